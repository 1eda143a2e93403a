/**
 * Cell colours as `RRGGBB`: ARGB values, the legacy indexed palette, and theme colours
 * (with tint) resolved against the workbook's theme part.
 */
import { type ParseWith, attr } from './xmlread';

// The default 64-colour palette of BIFF8/OOXML (ECMA-376 §18.8.27); 64/65 are system colours.
const INDEXED = [
  '000000', 'FFFFFF', 'FF0000', '00FF00', '0000FF', 'FFFF00', 'FF00FF', '00FFFF',
  '000000', 'FFFFFF', 'FF0000', '00FF00', '0000FF', 'FFFF00', 'FF00FF', '00FFFF',
  '800000', '008000', '000080', '808000', '800080', '008080', 'C0C0C0', '808080',
  '9999FF', '993366', 'FFFFCC', 'CCFFFF', '660066', 'FF8080', '0066CC', 'CCCCFF',
  '000080', 'FF00FF', 'FFFF00', '00FFFF', '800080', '800000', '008080', '0000FF',
  '00CCFF', 'CCFFFF', 'CCFFCC', 'FFFF99', '99CCFF', 'FF99CC', 'CC99FF', 'FFCC99',
  '3366FF', '33CCCC', '99CC00', 'FFCC00', 'FF9900', 'FF6600', '666699', '969696',
  '003366', '339966', '003300', '333300', '993300', '993366', '333399', '333333',
];

// Theme colour index → clrScheme element: Excel swaps the first two pairs (lt1 is 0, dk1 is 1).
const THEME_ORDER = ['lt1', 'dk1', 'lt2', 'dk2', 'accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6', 'hlink', 'folHlink'];

export interface Palette {
  indexed: string[];
  theme: string[];
}

/** The palette: the theme's colours and the styles part's own indexed colours, if it has them. */
export function buildPalette(theme: string[], customIndexed: string[]): Palette {
  return { indexed: customIndexed.length ? customIndexed : INDEXED, theme };
}

/**
 * The theme's colour scheme by theme colour index (`''` where a colour is missing), read
 * from the theme part; reading stops at the end of the scheme.
 */
export function readThemeColors(parse: ParseWith): string[] {
  const byName = new Map<string, string>();
  let inScheme = false;
  let slot: string | null = null;
  let done = false;
  parse({
    get done() {
      return done;
    },
    open(name, attrs) {
      if (name === 'a:clrScheme') inScheme = true;
      else if (inScheme && slot === null && name.startsWith('a:') && THEME_ORDER.includes(name.slice(2))) slot = name;
      else if (slot !== null && !byName.has(slot)) {
        // A system colour carries the value it last had; an sRGB colour its own.
        const rgb = name === 'a:sysClr' ? attr(attrs, 'lastClr') : name === 'a:srgbClr' ? attr(attrs, 'val') : undefined;
        if (rgb && /^[0-9A-Fa-f]{6}$/.test(rgb)) byName.set(slot, rgb.toUpperCase());
      }
    },
    close(name) {
      if (name === slot) slot = null;
      else if (name === 'a:clrScheme') done = true;
    },
  });
  return THEME_ORDER.map((name) => byName.get(`a:${name}`) ?? '');
}

function hex(n: number): string {
  return Math.round(Math.max(0, Math.min(255, n))).toString(16).padStart(2, '0').toUpperCase();
}

/** Applies an OOXML tint (−1…1) by scaling luminance in HSL, as Excel does. */
export function applyTint(rgb: string, tint: number): string {
  if (!tint) return rgb;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(rgb.slice(i, i + 2), 16) / 255);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  let h = 0;
  let s = 0;
  let l = (max + min) / 2;
  const d = max - min;
  if (d) {
    s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
    h = max === r ? (g - b) / d + (g < b ? 6 : 0) : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
    h /= 6;
  }
  l = tint < 0 ? l * (1 + tint) : l * (1 - tint) + tint;
  const hue = (p: number, q: number, t: number) => {
    const u = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
    if (u < 1 / 6) return p + (q - p) * 6 * u;
    if (u < 1 / 2) return q;
    if (u < 2 / 3) return p + (q - p) * (2 / 3 - u) * 6;
    return p;
  };
  if (!s) return hex(l * 255).repeat(3);
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  return hex(hue(p, q, h + 1 / 3) * 255) + hex(hue(p, q, h) * 255) + hex(hue(p, q, h - 1 / 3) * 255);
}

export interface ColorRef {
  argb?: string;
  theme?: number;
  tint?: number;
  indexed?: number;
}

export function resolveColor(c: ColorRef | undefined, palette: Palette): string | undefined {
  if (!c) return undefined;
  let rgb: string | undefined;
  if (typeof c.argb === 'string' && /^[0-9A-Fa-f]{6,8}$/.test(c.argb)) rgb = c.argb.slice(-6).toUpperCase();
  else if (typeof c.theme === 'number') rgb = palette.theme[c.theme] || undefined;
  else if (typeof c.indexed === 'number') rgb = palette.indexed[c.indexed];
  if (!rgb) return undefined;
  return typeof c.tint === 'number' ? applyTint(rgb, c.tint) : rgb;
}
