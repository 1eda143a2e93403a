/**
 * docProps/app.xml lists the sheet names (TitlesOfParts) grouped by HeadingPairs
 * ("Worksheets"/"Regneark" → count, "Named Ranges" → count). Only the worksheet group is
 * updated; when the structure is not the one Excel writes, the part is left as it is —
 * it is informational and Excel rebuilds it on save.
 */
import { esc, unesc } from './xml';

const ANY = '(?:[\\w.-]+:)?';

export interface AppSheet {
  name: string;
  ours: boolean;
  state: 'visible' | 'hidden' | 'veryHidden';
}

export function updateAppXml(xml: string, oldNames: string[], sheets: AppSheet[]): string {
  const headRe = new RegExp(`(<${ANY}HeadingPairs>\\s*<(${ANY})vector\\b[^>]*>)([\\s\\S]*?)(</${ANY}vector>\\s*</${ANY}HeadingPairs>)`);
  const titlesRe = new RegExp(`(<${ANY}TitlesOfParts>\\s*<(${ANY})vector\\b[^>]*>)([\\s\\S]*?)(</${ANY}vector>\\s*</${ANY}TitlesOfParts>)`);
  const head = headRe.exec(xml);
  const titles = titlesRe.exec(xml);
  if (!head || !titles) return xml;

  const variants = [...head[3].matchAll(new RegExp(`<${ANY}variant>\\s*<${ANY}(lpstr|i4)>([^<]*)</${ANY}(?:lpstr|i4)>\\s*</${ANY}variant>`, 'g'))];
  const names = [...titles[3].matchAll(new RegExp(`<${ANY}lpstr>([^<]*)</${ANY}lpstr>`, 'g'))].map((m) => unesc(m[1]));
  if (variants.length % 2 || variants.length === 0) return xml;
  const counts: number[] = [];
  for (let i = 0; i < variants.length; i += 2) {
    if (variants[i][1] !== 'lpstr' || variants[i + 1][1] !== 'i4') return xml;
    counts.push(Number(variants[i + 1][2]));
  }
  if (counts.reduce((a, b) => a + b, 0) !== names.length) return xml;

  // The worksheet group is the first whose titles are all sheet names.
  const old = new Set(oldNames);
  let start = 0;
  let group = -1;
  for (let g = 0; g < counts.length; g++) {
    const seg = names.slice(start, start + counts[g]);
    if (seg.length && seg.every((n) => old.has(n))) {
      group = g;
      break;
    }
    start += counts[g];
  }
  if (group < 0) return xml;
  const listed = new Set(names.slice(start, start + counts[group]));
  const segment = sheets.filter((s) => (s.ours ? s.state !== 'veryHidden' : listed.has(s.name))).map((s) => s.name);
  const newNames = [...names.slice(0, start), ...segment, ...names.slice(start + counts[group])];

  const countVariant = variants[group * 2 + 1];
  const at = countVariant.index!;
  const headBody =
    head[3].slice(0, at) + countVariant[0].replace(/>\d+</, `>${segment.length}<`) + head[3].slice(at + countVariant[0].length);
  const vt = titles[2];
  const titlesOpen = titles[1].replace(/(<[\w.-]*:?vector\b[^>]*?\ssize=")\d+(")/, `$1${newNames.length}$2`);
  const titlesBody = newNames.map((n) => `<${vt}lpstr>${esc(n)}</${vt}lpstr>`).join('');
  return xml.replace(head[0], () => head[1] + headBody + head[4]).replace(titles[0], () => titlesOpen + titlesBody + titles[4]);
}
