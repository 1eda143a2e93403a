import type { NoteSentence } from '../../../src/core/report/note';
import { countText, joinList, longDate, noteToMarkdown, noteToText, sentenceText } from '../../../src/core/report/note-render';

const remark = (text: string): NoteSentence => ({
  key: 'note.item.remark',
  values: { initiative: { kind: 'initiative', id: '1.1', title: 'Titel' }, remark: { kind: 'text', text } },
  cells: ['A7', 'K7'],
});

describe('countText', () => {
  it('writes one to twelve in words, with the neuter "ét" in Danish, and larger counts in digits', () => {
    expect([1, 2, 9, 12, 13, 30].map((n) => countText(n, 'da'))).toEqual(['ét', 'to', 'ni', 'tolv', '13', '30']);
    expect([1, 2, 9, 12, 13, 30].map((n) => countText(n, 'en'))).toEqual(['one', 'two', 'nine', 'twelve', '13', '30']);
  });

  it('groups thousands the way each language does', () => {
    expect(countText(20000, 'da')).toBe('20.000');
    expect(countText(1234567, 'en')).toBe('1,234,567');
  });
});

describe('joinList', () => {
  it('joins with "og" in Danish and "and" in English, commas between the rest', () => {
    expect(joinList([], 'da')).toBe('');
    expect(joinList(['1.1'], 'da')).toBe('1.1');
    expect(joinList(['1.1', '2.4'], 'da')).toBe('1.1 og 2.4');
    expect(joinList(['1.1', '2.4', '3.1', '7.2'], 'da')).toBe('1.1, 2.4, 3.1 og 7.2');
    expect(joinList(['1.1', '2.4', '3.1'], 'en')).toBe('1.1, 2.4 and 3.1');
  });
});

describe('longDate', () => {
  it('writes the month as a word', () => {
    expect(longDate('2018-12-15', 'da')).toBe('15. december 2018');
    expect(longDate('2019-06-01', 'en')).toBe('1 June 2019');
  });
});

describe('sentenceText', () => {
  it('ends with one full stop when the remark brings its own, and adds one when it does not', () => {
    expect(sentenceText(remark('Forsinket.'), 'da', 'text')).toBe('1.1 Titel: Forsinket.');
    expect(sentenceText(remark('Forsinket?'), 'da', 'text')).toBe('1.1 Titel: Forsinket?');
    expect(sentenceText(remark('Forsinket;'), 'da', 'text')).toBe('1.1 Titel: Forsinket.');
    expect(sentenceText(remark('Forsinket'), 'da', 'text')).toBe('1.1 Titel: Forsinket.');
  });

  it('writes sheet text on one line', () => {
    expect(sentenceText(remark('Første linje\n  anden linje'), 'da', 'text')).toBe('1.1 Titel: Første linje anden linje.');
  });

  it('starts with a capital letter when a number word opens the sentence', () => {
    const lead: NoteSentence = { key: 'note.red.lead', values: { count: { kind: 'count', n: 2 } }, count: 2, cells: [] };
    expect(sentenceText(lead, 'da', 'text')).toBe('To initiativer er i rød:');
    expect(sentenceText({ ...lead, values: { count: { kind: 'count', n: 1 } }, count: 1 }, 'da', 'text')).toBe('Ét initiativ er i rød:');
  });

  it('keeps sheet text from becoming Markdown, and leaves it as written in plain text', () => {
    const text = '=HYPERLINK("x") <b>fed</b> *stjerne* [link](x) &amp; _B_';
    expect(sentenceText(remark(text), 'da', 'md')).toBe('1.1 Titel: =HYPERLINK("x") \\<b\\>fed\\</b\\> \\*stjerne\\* \\[link\\](x) \\&amp; \\_B\\_.');
    expect(sentenceText(remark(text), 'da', 'text')).toBe(`1.1 Titel: ${text}.`);
  });
});

describe('noteToMarkdown and noteToText', () => {
  const note = {
    reportDate: '2018-12-15',
    sheet: 'Leveranceoversigt',
    blocks: [
      { kind: 'heading' as const, level: 1 as const, sentence: { key: 'note.heading.second', values: { year: { kind: 'number' as const, n: 2018 } }, cells: [] } },
      { kind: 'list' as const, lead: { key: 'note.red.lead', values: { count: { kind: 'count' as const, n: 1 } }, count: 1, cells: ['J7'] }, items: [remark('Bagud')] },
    ],
  };

  it('renders headings, paragraphs and lists in Markdown', () => {
    expect(noteToMarkdown(note, 'da')).toBe('# Status ved andet halvår af 2018\n\nÉt initiativ er i rød:\n\n- 1.1 Titel: Bagud.\n');
  });

  it('renders the same as plain text', () => {
    expect(noteToText(note, 'en')).toBe('Status for the second half of 2018\n\nOne initiative is red:\n- 1.1 Titel: Bagud.\n');
  });
});
