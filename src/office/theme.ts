/**
 * Office's theme for the pane. Office reports colours, not a light/dark flag, and some
 * hosts (older Excel builds, the browser playground) report none.
 */

/** The body background colour of Office's current theme (`#RRGGBB`), or null when unknown. */
export function officeBodyBackground(): string | null {
  return Office.context?.officeTheme?.bodyBackgroundColor ?? null;
}

/** Whether a theme background colour (`#RRGGBB`) is dark: relative luminance below the midpoint. */
export function isDarkColour(colour: string | null): boolean {
  const m = colour === null ? null : /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour.trim());
  if (!m) return false;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.18;
}
