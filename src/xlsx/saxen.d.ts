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
    on(event: 'comment', cb: (text: string, decode: (s: string) => string, context: Context) => void): this;
    /** A processing instruction or the XML declaration, `<?` to `?>` included. */
    on(event: 'question', cb: (text: string, context: Context) => void): this;
    /** A `<!…>` declaration other than a comment or CDATA (a DOCTYPE). */
    on(event: 'attention', cb: (text: string, decode: (s: string) => string, context: Context) => void): this;
    on(event: 'error' | 'warn', cb: (error: Error, context: Context) => void): this;
    /** Stops parsing the current chunk. */
    stop(): void;
    parse(xml: string): Error | null;
  }
}
