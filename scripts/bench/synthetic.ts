import type { Cell, Grid } from '../../src/core/grid';

const STATUSES = ['Grøn', 'Grøn', 'Grøn', 'Gul', 'Rød'];
const PHRASES = ['ultimo 2016', 'medio 2017', '1. kvartal 2018', 'Nov. 16 - aug. 17', 'frem mod 2019', 'primo 2020'];

/**
 * A realistic overview of `n` initiatives in the published layout (title rows, two-row
 * header, section rows every 50 initiatives), for the benchmark.
 */
export function syntheticGrid(n: number): Grid {
  const c = (value: Cell['value'], fill?: string): Cell => (fill ? { value, fill } : { value });
  const cells: (Cell | null)[][] = [
    [c('LEVERANCEOVERSIGT')],
    [c('Version af 15. december 2018')],
    [],
    [c('Initiativ'), c('Tidshorisont'), null, null, null, null, c('Kontakt-person hos KL'), c('Kontakt'), c('Kontor i KL'), c('Status'), c('Bemærkning')],
    [null, c(2016), c(2017), c(2018), c(2019), c(2020)],
  ];
  const perArea = 50;
  for (let k = 0; k < n; k++) {
    const area = Math.floor(k / perArea) + 1;
    if (k % perArea === 0) cells.push([c(`${area}. Indsatsområde ${area}`)]);
    const status = STATUSES[k % STATUSES.length];
    cells.push([
      c(`${area}.${(k % perArea) + 1}: Initiativ nummer ${k + 1} om digital borgerbetjening`),
      c(PHRASES[k % PHRASES.length]),
      k % 3 === 0 ? c(PHRASES[(k + 1) % PHRASES.length]) : null,
      null,
      k % 4 === 0 ? c('Løbende implementering i kommunerne') : null,
      null,
      c(`Kontakt ${k % 97}`),
      c(`k${k % 97}@kl.dk`),
      c('Teknik og Miljø'),
      c(status, status === 'Grøn' ? '00B050' : undefined),
      status === 'Grøn' ? null : c('Forsinket pga. leverandør'),
    ]);
  }
  return { sheetName: 'Leveranceoversigt', originRow: 1, originCol: 1, cells, merges: [], tables: [] };
}
