import { RowBuilder, cell } from './builder';
import type { ReportContext } from './context';
import { displayDate, reportLabels } from './format';
import { buildNote, type NoteSentence } from './note';
import { labelText, longDate, sentenceText } from './note-render';
import type { CellStyle, SheetSpec } from './sheetspec';
import { baseStyles } from './styles';

/** One column as wide as an A4 portrait page holds at the default margins (about 90 characters). */
const WIDTH = 90;

/** The report's own title, subtitle and section styles, wrapped like every line of the note. */
function noteStyles(): Record<string, CellStyle> {
  const base = baseStyles();
  const text: CellStyle = { wrap: true, valign: 'top' };
  return {
    title: { ...base.title, ...text },
    subtitle: { ...base.subtitle, ...text },
    section: { ...base.section, ...text },
    paragraph: text,
    item: text,
  };
}

/** `Statusnotat`: the status note as text, one paragraph or list item per row, for A4 portrait. */
export function noteSheet(ctx: ReportContext): SheetSpec {
  const { lang, overview, rollup } = ctx;
  // The sheet shows the note's words: the cells behind them are the pane's.
  const note = buildNote({ overview, rollup, trend: ctx.trend, cells: false });
  const line = (s: NoteSentence) => sentenceText(s, lang, 'text');
  const b = new RowBuilder();
  note.blocks.forEach((block, k) => {
    // A blank row between blocks; a section heading sits right above its text.
    if (k > 0 && note.blocks[k - 1].kind !== 'heading') b.blank();
    if (block.kind === 'heading') {
      b.add([cell(line(block.sentence), block.level === 1 ? 'title' : 'section')]);
      if (block.level === 1) {
        b.add([cell(labelText(lang, 'note.sheet.subtitle', { sheet: note.sheet, date: longDate(note.reportDate, lang) }), 'subtitle')]);
      }
    } else if (block.kind === 'paragraph') {
      b.add([cell(block.sentences.map(line).join(' '), 'paragraph')]);
    } else {
      b.add([cell(line(block.lead), 'paragraph')]);
      for (const item of block.items) b.add([cell(`•  ${line(item)}`, 'item')]);
    }
  });
  return {
    name: ctx.names.note,
    owner: 'note',
    visibility: 'visible',
    rows: b.rows,
    styles: noteStyles(),
    columns: [WIDTH],
    merges: [],
    print: { orientation: 'portrait', fitToWidth: true, footer: reportLabels(lang)('print.footer', { date: displayDate(rollup.reportDate, lang) }) },
  };
}
