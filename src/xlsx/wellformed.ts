/**
 * The last check before a package is saved: every XML part the writer produced is parsed
 * back with a real, namespace-aware XML parser (saxes, as the reader is), so an edit that
 * went wrong is caught here instead of by Excel refusing the file. Parsing costs a few
 * milliseconds per megabyte; the edits are text-level and this is what vouches for them.
 */
import { SaxesParser } from 'saxes';

/**
 * Why a text is not well-formed, namespace-well-formed XML (an unclosed element, an
 * attribute or namespace declared twice, an unbound prefix), or null when it is. The
 * reason is the parser's and is for tests and logs; a user is told which part failed.
 */
export function xmlProblem(xml: string): string | null {
  const parser = new SaxesParser({ xmlns: true });
  let problem: string | null = null;
  parser.on('error', (e) => {
    problem ??= e.message;
  });
  try {
    parser.write(xml).close();
  } catch (e) {
    problem ??= (e as Error).message;
  }
  return problem;
}
