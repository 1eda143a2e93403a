/**
 * What a cell's style index (`s`) means for reading it: its number format (so `1.1` shows
 * as `1.10`, and a serial as a date) and its solid fill colour, read from the styles part.
 */
import { type ColorRef, buildPalette, resolveColor } from './colors';
import { type NumberFormat, numberFormat } from './numfmt';
import { type Attrs, type ParseWith, attr } from './xmlread';

export interface CellFormat extends NumberFormat {
  /** Solid fill as `RRGGBB`. */
  fill?: string;
}

const PLAIN: CellFormat = { date: false };

/** Cell formats by `cellXfs` index; a style index past the end reads as no format. */
export class CellFormats {
  constructor(private readonly list: CellFormat[]) {}

  static readonly none = new CellFormats([]);

  at(index: number): CellFormat {
    return this.list[index] ?? PLAIN;
  }
}

function int(v: string | undefined): number | undefined {
  if (v === undefined || !/^\s*\d+\s*$/.test(v)) return undefined;
  return Number(v);
}

function colorRef(attrs: Attrs): ColorRef {
  const tint = Number(attr(attrs, 'tint'));
  return {
    argb: attr(attrs, 'rgb'),
    theme: int(attr(attrs, 'theme')),
    indexed: int(attr(attrs, 'indexed')),
    tint: Number.isFinite(tint) ? tint : undefined,
  };
}

/** Reads the styles part; `theme` gives the theme's colours for theme-coloured fills. */
export function readCellFormats(parse: ParseWith, theme: string[]): CellFormats {
  const numFmts = new Map<number, string>();
  const fills: (ColorRef | undefined)[] = [];
  const xfs: { numFmtId: number; fillId: number }[] = [];
  const indexed: string[] = [];
  // The top-level section being read (a child of styleSheet), and how deep inside it.
  let section = '';
  let depth = 0;
  let solid = false;
  parse({
    open(name, attrs) {
      depth++;
      if (depth === 2) {
        section = name;
        return;
      }
      if (section === 'x:numFmts' && name === 'x:numFmt') {
        const id = int(attr(attrs, 'numFmtId'));
        if (id !== undefined) numFmts.set(id, attr(attrs, 'formatCode') ?? '');
      } else if (section === 'x:fills') {
        if (depth === 3 && name === 'x:fill') {
          fills.push(undefined);
          solid = false;
        } else if (name === 'x:patternFill') solid = attr(attrs, 'patternType') === 'solid';
        else if (name === 'x:fgColor' && solid) fills[fills.length - 1] = colorRef(attrs);
      } else if (section === 'x:cellXfs' && depth === 3 && name === 'x:xf') {
        xfs.push({ numFmtId: int(attr(attrs, 'numFmtId')) ?? 0, fillId: int(attr(attrs, 'fillId')) ?? 0 });
      } else if (section === 'x:colors' && name === 'x:rgbColor') {
        const rgb = attr(attrs, 'rgb') ?? '';
        indexed.push(/^[0-9A-Fa-f]{6,8}$/.test(rgb) ? rgb.slice(-6).toUpperCase() : '');
      }
    },
    close() {
      depth--;
      if (depth === 1) section = '';
    },
  });
  const palette = buildPalette(theme, indexed);
  return new CellFormats(
    xfs.map((xf) => {
      const format: CellFormat = numberFormat(xf.numFmtId, numFmts);
      const fill = resolveColor(fills[xf.fillId], palette);
      return fill ? { ...format, fill } : format;
    }),
  );
}
