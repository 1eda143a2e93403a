/**
 * Words a note (note.ts) in Danish or English from the `note.*` templates of the catalogues, as
 * Markdown or as plain text. Grammar lives here and in the templates, never in the note itself.
 */
import { quote, t, type Lang } from '../i18n';
import type { Note, NotePhrase, NoteSentence, NoteValue } from './note';
import { normalizedWords } from './note-reasons';

export type NoteFormat = 'md' | 'text';

/**
 * Counts up to twelve are written in words, larger ones in digits. That is the Danish rule
 * (Dansk Sprognævn: small numbers in words in running text, "tolv" the last one with a word
 * of its own), and English house styles write at least these in words too, so one rule serves
 * both languages. One in Danish is "ét", the neuter the note's "initiativ" needs; a sentence
 * about a common-gender noun spells its own "én" in its `.one` template.
 */
const WORDS_UP_TO = 12;

/** Templates by language and key; a long note asks for the same few thousands of times. */
const TEMPLATES = new Map<string, string>();

function template(lang: Lang, key: string): string {
  const id = `${lang} ${key}`;
  let text = TEMPLATES.get(id);
  if (text === undefined) {
    text = t(lang, key);
    TEMPLATES.set(id, text);
  }
  return text;
}

export function countText(n: number, lang: Lang): string {
  if (n >= 1 && n <= WORDS_UP_TO) return template(lang, `note.number.${n}`);
  const sep = template(lang, 'note.number.thousands');
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** `15. december 2018` / `15 December 2018`. */
export function longDate(iso: string, lang: Lang): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (!year || !month || !day) return iso;
  return fill(template(lang, 'note.date'), { day: String(day), month: template(lang, `note.month.${month}`), year: String(year) });
}

/** `a, b og c` / `a, b and c`. */
export function joinList(items: string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${template(lang, 'note.list.and')} ${items[items.length - 1]}`;
}

/** A `note.*` label with its placeholders filled as given (text from the sheet stays as written). */
export function labelText(lang: Lang, key: string, values: Record<string, string>): string {
  return fill(template(lang, key), values);
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** Text from the sheet is written as text: in Markdown nothing of it may become markup. */
function sheetText(text: string, format: NoteFormat): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (format === 'text') return flat;
  return flat.replace(/[\\`*_[\]<>~]/g, '\\$&').replace(/&(?=#?\w+;)/g, '\\&');
}

function valueText(v: NoteValue, lang: Lang, format: NoteFormat): string {
  switch (v.kind) {
    case 'count':
      return countText(v.n, lang);
    case 'number':
      return String(v.n);
    case 'date':
      return longDate(v.iso, lang);
    case 'status':
      return template(lang, `note.status.${v.status}`);
    case 'initiative': {
      const title = v.title.replace(/\s+/g, ' ').trim();
      return sheetText(title ? `${v.id} ${title}` : v.id, format);
    }
    case 'text':
      return sheetText(v.text, format);
    case 'quote':
      return quote(lang, sheetText(v.text, format));
    case 'milestone': {
      // Danish time words are lower case inside a sentence: `Medio 2018` at the start of a cell is `medio 2018` here.
      const text = sheetText(/^\p{Lu}\p{Ll}/u.test(v.text) ? v.text.charAt(0).toLowerCase() + v.text.slice(1) : v.text, format);
      const due = longDate(v.due, lang);
      // `25. maj 2018` needs no `(25. maj 2018)` after it.
      if (normalizedWords(v.text) === normalizedWords(due)) return text;
      return fill(template(lang, 'note.milestone'), { text, date: due });
    }
    case 'list': {
      const items = v.items.map((item) => valueText(item, lang, format));
      if (v.more) items.push(phraseText({ key: 'note.list.more', values: { count: { kind: 'count', n: v.more } }, count: v.more }, lang, format));
      return joinList(items, lang);
    }
    case 'phrase':
      return phraseText(v.phrase, lang, format);
  }
}

export function phraseText(p: NotePhrase, lang: Lang, format: NoteFormat): string {
  const key = p.count === undefined ? p.key : `${p.key}.${p.count === 1 ? 'one' : 'other'}`;
  const values: Record<string, string> = {};
  for (const [name, v] of Object.entries(p.values)) values[name] = valueText(v, lang, format);
  return fill(template(lang, key), values);
}

/** A sentence as it is printed: its first letter upper case, and one full stop where a remark brought its own. */
export function sentenceText(s: NoteSentence, lang: Lang, format: NoteFormat): string {
  const text = phraseText(s, lang, format)
    .replace(/[\s;:,]+\.$/u, '.')
    .replace(/([.!?…])\.$/u, '$1');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The note as Markdown: `#` heading, `##` sections, paragraphs, `-` lists. */
export function noteToMarkdown(note: Note, lang: Lang): string {
  return render(note, lang, 'md');
}

/** The note as plain text, ready to paste: headings and paragraphs on their own lines, `-` before list items. */
export function noteToText(note: Note, lang: Lang): string {
  return render(note, lang, 'text');
}

function render(note: Note, lang: Lang, format: NoteFormat): string {
  const line = (s: NoteSentence) => sentenceText(s, lang, format);
  const parts = note.blocks.map((b) => {
    switch (b.kind) {
      case 'heading':
        return format === 'md' ? `${'#'.repeat(b.level)} ${line(b.sentence)}` : line(b.sentence);
      case 'paragraph':
        return b.sentences.map(line).join(' ');
      case 'list':
        return [line(b.lead), ...(format === 'md' ? [''] : []), ...b.items.map((item) => `- ${line(item)}`)].join('\n');
    }
  });
  return `${parts.join('\n\n')}\n`;
}
