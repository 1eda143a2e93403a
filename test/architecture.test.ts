import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const SRC = join(__dirname, '..', 'src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

function imports(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  // `from '…'`, a bare `import '…'`, `import('…')` and `require('…')`.
  return [...text.matchAll(/(?:\bfrom\s+|\bimport\s*\(?|\brequire\()\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
}

/** Source without its comments, so that prose about Office.js does not count as using it. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

const all = files(SRC).map((path) => {
  const text = readFileSync(path, 'utf8');
  return { path: relative(SRC, path).replace(/\\/g, '/'), text, code: code(text) };
});

/** The folder of src a path relative to src lies in: `core`, `addin`, `cli`, … */
function folder(path: string): string {
  return path.split('/')[0];
}

/** Every import of one src file by another, as paths relative to src. */
const edges = all.flatMap((f) =>
  imports(join(SRC, f.path))
    .filter((i) => i.startsWith('.'))
    .map((i) => ({ from: f.path, to: relative(SRC, join(SRC, f.path, '..', i)).replace(/\\/g, '/') })),
);

const SURFACES = ['taskpane', 'commands', 'web', 'cli'];

describe('house rules (ARCHITECTURE.md)', () => {
  it('keeps src/core pure: imports stay inside core; no Node, ExcelJS, Office or DOM', () => {
    const offenders = all
      .filter((f) => f.path.startsWith('core/'))
      .flatMap((f) =>
        imports(join(SRC, f.path))
          .filter((i) => !i.startsWith('.') || !relative(SRC, join(SRC, f.path, '..', i)).startsWith('core'))
          .map((i) => `${f.path} imports ${i}`),
      );
    expect(offenders).toEqual([]);
    const globals = all.filter((f) => f.path.startsWith('core/') && /\b(Excel|Office)\.[A-Za-z]|\bdocument\.|\bwindow\./.test(f.code));
    expect(globals.map((f) => f.path)).toEqual([]);
  });

  it('touches Office.js only in src/office, and ExcelJS nowhere (it is the bench\'s baseline and a test reader)', () => {
    const office = all.filter((f) => !f.path.startsWith('office/') && /\b(Office|Excel|OfficeExtension)\.[A-Za-z]|context\.sync\(/.test(f.code));
    expect(office.map((f) => f.path)).toEqual([]);
    const exceljs = all.filter((f) => imports(join(SRC, f.path)).includes('exceljs'));
    expect(exceljs.map((f) => f.path)).toEqual([]);
  });

  it('keeps the shared layers (addin/, workbook/) off the adapters and the surfaces: they are handed a port', () => {
    const offenders = edges
      .filter((e) => ['addin', 'workbook'].includes(folder(e.from)) && ['office', 'xlsx', 'pane', 'web', ...SURFACES].includes(folder(e.to)))
      .map((e) => `${e.from} imports ${e.to}`);
    expect(offenders).toEqual([]);
  });

  it('keeps the surfaces apart: none imports another, and nothing below them imports one', () => {
    const offenders = edges
      .filter((e) => SURFACES.includes(folder(e.to)) && folder(e.to) !== folder(e.from))
      .map((e) => `${e.from} imports ${e.to}`);
    expect(offenders).toEqual([]);
  });

  it('shares addin/ between the add-in surfaces, the pane and the web page only (the CLI shares workbook/ and core/)', () => {
    const offenders = edges
      .filter((e) => folder(e.to) === 'addin' && !['addin', 'pane', 'taskpane', 'commands', 'web'].includes(folder(e.from)))
      .map((e) => `${e.from} imports ${e.to}`);
    expect(offenders).toEqual([]);
  });

  it('shares pane/ (the pane UI) between the task pane and the web page only', () => {
    const offenders = edges
      .filter((e) => folder(e.to) === 'pane' && !['pane', 'taskpane', 'web'].includes(folder(e.from)))
      .map((e) => `${e.from} imports ${e.to}`);
    expect(offenders).toEqual([]);
  });

  it('keeps Node built-ins out of what the web page bundles (pane/, web/)', () => {
    const builtins = /^(node:|fs$|path$|zlib$|os$|child_process$|crypto$|stream$|util$|buffer$)/;
    const offenders = all
      .filter((f) => ['pane', 'web'].includes(folder(f.path)))
      .flatMap((f) => imports(join(SRC, f.path)).filter((i) => builtins.test(i)).map((i) => `${f.path} imports ${i}`));
    expect(offenders).toEqual([]);
  });

  it('builds no HTML from strings', () => {
    const html = all.filter((f) => /innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write/.test(f.text));
    expect(html.map((f) => f.path)).toEqual([]);
  });
});
