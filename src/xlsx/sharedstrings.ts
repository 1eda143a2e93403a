/**
 * Text in string items (`<si>` of the shared strings part, `<is>` of an inline string):
 * rich text runs read as plain text, phonetic runs (`<rPh>`, furigana) left out, as Excel
 * shows the cell.
 */
import { type ParseWith, unescapeXstring } from './xmlread';

/** Collects the text of one string item at a time; the caller says where items start and end. */
export class StringItem {
  /** Joined as it comes: most items are one run, and `'' + t` is `t` itself, no copy. */
  private collected = '';
  private inText = false;
  private phonetic = 0;

  /** Call for every start tag inside the item. */
  open(name: string): void {
    if (name === 'x:rPh') this.phonetic++;
    else if (name === 'x:t' && !this.phonetic) this.inText = true;
  }

  /** Call for every end tag inside the item. */
  close(name: string): void {
    if (name === 'x:rPh') this.phonetic--;
    else if (name === 'x:t') this.inText = false;
  }

  text(t: string): void {
    if (this.inText) this.collected += t;
  }

  /** The item's text so far, and a fresh start for the next item. */
  take(): string {
    const s = this.collected;
    this.collected = '';
    this.inText = false;
    this.phonetic = 0;
    return unescapeXstring(s);
  }
}

export function readSharedStrings(parse: ParseWith): string[] {
  const out: string[] = [];
  const item = new StringItem();
  let inItem = false;
  parse({
    open(name) {
      if (inItem) item.open(name);
      else if (name === 'x:si') inItem = true;
    },
    close(name) {
      if (!inItem) return;
      if (name === 'x:si') {
        out.push(item.take());
        inItem = false;
      } else item.close(name);
    },
    text(t) {
      if (inItem) item.text(t);
    },
  });
  return out;
}
