import type { Cell, Grid } from '../../src/core/grid';

const STATUSES = ['Grøn', 'Grøn', 'Grøn', 'Gul', 'Rød'];
/** Delivery texts per year column, in the seed's vocabulary (a quarter of them prose without a date). */
const PHRASES: Record<number, string[]> = {
  2016: ['ultimo 2016', 'Aug. - nov. 2016: afklaringsfase', '4. kvartal 2016'],
  2017: ['medio 2017', 'Nov. 16 - aug. 17 udvikling af løsningen', 'Løbende implementering i kommunerne'],
  2018: ['1. kvartal 2018', 'primo 2018', 'frem mod 2019'],
  2019: ['ultimo 2019', '2. halvår 2019', 'Løbende implementering i kommunerne'],
  2020: ['primo 2020', 'Programmet løber frem til ultimo 2020', 'medio 2020'],
};
const YEARS = [2016, 2017, 2018, 2019, 2020];

/**
 * Text as a reader hands it over (from a file or from Office.js): one flat string. A template
 * literal's result is kept as its pieces until first read, and joining them then, inside the
 * measured time, is no cost the core has with a real sheet.
 */
const flat = (text: string): string => JSON.parse(JSON.stringify(text)) as string;

function deliveryText(phrase: string, id: string, texts: DeliveryTexts): string {
  return texts === 'phrases' ? phrase : flat(`${phrase} (initiativ ${id})`);
}

/**
 * How the delivery texts repeat: `phrases`, the seed's handful down the sheet, as in a real
 * overview (the core remembers each distinct text, so this is the friendly case); `distinct`,
 * every delivery text different (the same phrases, each naming its initiative's id), the worst
 * case for the calendar parser.
 */
export type DeliveryTexts = 'phrases' | 'distinct';

/**
 * A realistic overview of `n` initiatives in the published layout (title rows, two-row
 * header, 99 focus areas with section rows), for the benchmark.
 */
export function syntheticGrid(n: number, texts: DeliveryTexts = 'phrases'): Grid {
  const c = (value: Cell['value'], fill?: string): Cell => (fill ? { value, fill } : { value });
  const cells: (Cell | null)[][] = [
    [c('LEVERANCEOVERSIGT')],
    [c('Version af 15. december 2018')],
    [],
    [c('Initiativ'), c('Tidshorisont'), null, null, null, null, c('Kontakt-person hos KL'), c('Kontakt'), c('Kontor i KL'), c('Status'), c('Bemærkning')],
    [null, c(2016), c(2017), c(2018), c(2019), c(2020)],
  ];
  const perArea = Math.max(1, Math.ceil(n / 99));
  for (let k = 0; k < n; k++) {
    const area = Math.floor(k / perArea) + 1;
    if (k % perArea === 0) cells.push([c(flat(`${area}. Indsatsområde ${area}`))]);
    const status = STATUSES[k % STATUSES.length];
    const id = `${area}.${(k % perArea) + 1}`;
    cells.push([
      c(flat(`${id}: Initiativ nummer ${k + 1} om digital borgerbetjening`)),
      ...YEARS.map((year, y) => ((k + y) % 3 === 0 ? null : c(deliveryText(PHRASES[year][(k + y) % 3], id, texts)))),
      c(flat(`Kontakt ${k % 97}`)),
      c(flat(`k${k % 97}@kl.dk`)),
      c('Teknik og Miljø'),
      c(status, status === 'Grøn' ? '00B050' : undefined),
      status === 'Grøn' ? null : c('Forsinket pga. leverandør'),
    ]);
  }
  return { sheetName: 'Leveranceoversigt', originRow: 1, originCol: 1, cells, merges: [], tables: [] };
}
