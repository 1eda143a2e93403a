/** The part of saxen's API this project uses (the package ships no type declarations). */
declare module 'saxen' {
  type Context = () => { line: number; column: number; data: string };
  export class Parser {
    constructor(options?: { proxy?: false });
    /** Maps namespace URIs to the prefixes elements and attributes are named with. */
    ns(map?: Record<string, string>): this;
    on(event: 'openTag', cb: (name: string, attrs: () => Record<string, string>, decode: (s: string) => string, selfClosing: boolean, context: Context) => void): this;
    on(event: 'closeTag', cb: (name: string, decode: (s: string) => string, selfClosing: boolean, context: Context) => void): this;
    on(event: 'text', cb: (text: string, decode: (s: string) => string, context: Context) => void): this;
    on(event: 'cdata', cb: (text: string, context: Context) => void): this;
    on(event: 'error' | 'warn', cb: (error: Error, context: Context) => void): this;
    /** Feeds the next chunk of a document; a token cut by the chunk's end waits for the next one. */
    write(xml: string): this;
    /** Ends the document: an unfinished one is an error. */
    end(): Error | null;
    /** Stops parsing the current chunk. */
    stop(): void;
    parse(xml: string): Error | null;
  }
}
