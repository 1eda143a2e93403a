/**
 * Security properties of the source (README "Security"): the add-in talks to nothing but
 * Excel and Office's own script, runs no code built from strings, and shows workbook text
 * as text. A source scan is cheap and catches the change that would break one of them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? files(path, ext) : ext.test(e.name) ? [path] : [];
  });
}

/** `file:line: text` for every line of the files matching the pattern. */
function hits(paths: string[], pattern: RegExp): string[] {
  return paths.flatMap((path) =>
    readFileSync(path, 'utf8')
      .split('\n')
      .flatMap((line, k) => (pattern.test(line) ? [`${relative(ROOT, path)}:${k + 1}: ${line.trim()}`] : [])),
  );
}

const code = files(join(ROOT, 'src'), /\.(ts|tsx|js|mjs|cjs)$/);
const pages = files(join(ROOT, 'src'), /\.html$/);
/** What the pane, the ribbon commands and the web page bundle: their own code and everything they import from src. */
const addin = code.filter((p) => /[/\\]src[/\\](taskpane|pane|web|commands|office|workbook|core)[/\\]/.test(p));

describe('the source', () => {
  it('scans the add-in code (a moved folder must not make these tests vacuous)', () => {
    expect(addin.some((p) => p.includes(join('src', 'taskpane')))).toBe(true);
    expect(addin.some((p) => p.includes(join('src', 'commands')))).toBe(true);
    expect(pages.length).toBeGreaterThan(0);
  });

  it('makes no network calls from the add-in', () => {
    expect(hits(addin, /\bfetch\s*\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon|importScripts|\bimport\s*\(\s*['"`]https?:/)).toEqual([]);
  });

  it('starts one worker: the pane’s own script, from the add-in’s origin (CSP worker-src self)', () => {
    expect(hits(addin, /new\s+Worker\b/).map((h) => h.split(':')[0])).toEqual([join('src', 'pane', 'calls.ts')]);
    expect(hits(addin, /workerAnalyst\(new/)).toEqual([expect.stringContaining("workerAnalyst(new URL('worker.js', document.baseURI))")]);
    const html = readFileSync(join(ROOT, 'src', 'taskpane', 'taskpane.html'), 'utf8');
    expect(html).toContain("worker-src 'self';");
  });

  it('loads no script or style from elsewhere than the add-in and Office’s own script', () => {
    const external = pages.flatMap((p) =>
      [...readFileSync(p, 'utf8').matchAll(/<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)\s*=\s*["']?(https?:[^"'\s>]+)/gi)].map((m) => `${relative(ROOT, p)}: ${m[1]}`),
    );
    expect(external.filter((e) => !e.endsWith(`: ${OFFICE_JS}`))).toEqual([]);
  });

  it.each([
    ['taskpane', 'taskpane.html'],
    ['commands', 'commands.html'],
    ['commands', 'outcome.html'],
  ])('has %s/%s restrict scripts and connections to its own origin', (folder, page) => {
    const html = readFileSync(join(ROOT, 'src', folder, page), 'utf8');
    const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    const directive = (name: string) => csp.split(';').map((d) => d.trim()).find((d) => d.startsWith(`${name} `));
    expect(directive('connect-src')).toBe("connect-src 'self'");
    expect(directive('script-src')).toBe("script-src 'self' https://appsforoffice.microsoft.com");
    expect(directive('object-src')).toBe("object-src 'none'");
  });

  it('has the web page restrict scripts, its worker and connections to its own origin', () => {
    const html = readFileSync(join(ROOT, 'src', 'web', 'index.html'), 'utf8');
    const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    const directives = csp.split(';').map((d) => d.trim());
    expect(directives).toEqual(expect.arrayContaining(["connect-src 'self'", "script-src 'self'", "worker-src 'self'", "object-src 'none'", "form-action 'none'"]));
  });

  it('runs no code built from strings anywhere', () => {
    expect(hits(code, /\beval\s*\(|new\s+Function\s*\(|\bFunction\s*\(\s*['"`]|set(?:Timeout|Interval)\s*\(\s*['"`]/)).toEqual([]);
  });

  it('never puts workbook text into the page as HTML', () => {
    expect(hits(code, /\.innerHTML\b|\.outerHTML\b|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write\s*\(/)).toEqual([]);
  });
});
