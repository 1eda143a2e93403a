#!/usr/bin/env bash
# Renders the demo output's Samlet status to docs/samlet-status.png with LibreOffice
# headless (apt-get install libreoffice-calc-nogui poppler-utils), so the README shows
# what the product writes. Run `npm run demo` first.
set -euo pipefail
cd "$(dirname "$0")/.."
out=out/leveranceoversigt-2016-2020-opsummering.xlsx
tmp=$(mktemp -d)
soffice --headless --convert-to pdf --outdir "$tmp" "$out" >/dev/null
# Page 3 is Samlet status: the overview itself prints on pages 1–2.
pdftoppm -r 110 -png -f 3 -l 3 "$tmp"/*.pdf "$tmp/page"
mkdir -p docs
cp "$tmp"/page-*3.png docs/samlet-status.png
rm -rf "$tmp"
echo "docs/samlet-status.png"
