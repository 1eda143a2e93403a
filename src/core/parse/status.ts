import type { Status } from '../status';

/**
 * The built-in vocabulary. ASCII spellings (`groen`, `rod`) are accepted because CSV
 * round trips and ASCII keyboards lose æ/ø/å; in a status cell `rod` can only mean rød.
 */
const WORDS: Record<Status, readonly string[]> = {
  green: ['grøn', 'groen', 'gron', 'green', 'g'],
  yellow: ['gul', 'yellow', 'amber', 'y'],
  red: ['rød', 'roed', 'rod', 'red', 'r'],
  done: ['afsluttet', 'gennemført', 'gennemfoert', 'gennemfort', 'done'],
};

function normalizeWord(text: string): string {
  return text.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ').replace(/\.$/, '');
}

/** A status word (`Grøn`, `yellow`, `R`, `Afsluttet`, …), any case, trimmed; null when not one. */
export function parseStatusWord(text: string, extra?: Partial<Record<Status, string[]>>): Status | null {
  if (typeof text !== 'string' || text.length > 500) return null;
  const whole = text.length <= 100 ? statusOfWord(normalizeWord(text), extra) : null;
  return whole ?? qualifiedStatus(text, extra);
}

function statusOfWord(word: string, extra?: Partial<Record<Status, string[]>>): Status | null {
  if (word === '') return null;
  for (const status of Object.keys(WORDS) as Status[]) {
    if (WORDS[status].includes(word)) return status;
    const more = extra?.[status];
    if (Array.isArray(more) && more.some((w) => typeof w === 'string' && normalizeWord(w) === word)) return status;
  }
  return null;
}

/** A word, then an explanation after a dash, colon, parenthesis or comma. */
const QUALIFIED = /^\s*([^\s\-–—:(,;]+)\s*[-–—:(,;]\s*(\S[\s\S]*)$/;

/**
 * `Rød (forsinket)`, `Grøn - følger planen`, `Gul: afventer KOMBIT`: the status word before the
 * explanation. When the explanation names another status (`Gul - tidligere grøn`, `Gul, rød`)
 * the cell is no status word: which one is meant is for a person to say.
 */
function qualifiedStatus(text: string, extra?: Partial<Record<Status, string[]>>): Status | null {
  const m = QUALIFIED.exec(text);
  if (!m) return null;
  const status = statusOfWord(normalizeWord(m[1]), extra);
  if (status === null) return null;
  for (const word of m[2].toLowerCase().split(/[^a-zæøåöü]+/)) {
    if (word.length < 2) continue;
    const other = statusOfWord(word, extra);
    if (other !== null && other !== status) return null;
  }
  return status;
}

/** Hue (0–360), saturation and lightness (0–1) of an `RRGGBB` colour; null when it is not one. */
function hsl(rgb: string): { h: number; s: number; l: number } | null {
  const m = /^#?(?:[0-9a-f]{2})?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(typeof rgb === 'string' ? rgb.trim() : '');
  if (!m) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((x) => parseInt(x, 16) / 255);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const d = max - min;
  const l = (max + min) / 2;
  if (d === 0) return { h: 0, s: 0, l };
  const s = d / (1 - Math.abs(2 * l - 1));
  let h: number;
  if (max === r) h = ((g - b) / d) % 6;
  else if (max === g) h = (b - r) / d + 2;
  else h = (r - g) / d + 4;
  h *= 60;
  if (h < 0) h += 360;
  return { h, s, l };
}

/**
 * The status a fill colour stands for, judged by hue so every shade people use counts:
 * Excel's standard green/yellow/red, their dark variants and the pale conditional-format
 * fills (C6EFCE, FFEB9C, FFC7CE). Greys, near-white, near-black and other hues are no status;
 * hues between the bands (orange ~15–35°, lime ~70–80°) are too ambiguous to guess.
 */
export function statusFromFill(rgb: string): Status | null {
  const c = hsl(rgb);
  if (!c || c.s < 0.25 || c.l > 0.93 || c.l < 0.12) return null;
  if (c.h >= 80 && c.h <= 170) return 'green';
  if (c.h >= 35 && c.h <= 70) return 'yellow';
  if (c.h >= 345 || c.h <= 15) return 'red';
  return null;
}
