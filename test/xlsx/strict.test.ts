/**
 * A workbook saved as Strict Open XML goes through `leverance summarize` twice and stays a
 * Strict workbook: what the product adds speaks Strict, every part it writes parses as
 * XML with each namespace bound once, and LibreOffice opens the result. The Strict input
 * is the bundled overview fixture converted as `toStrict` documents; the corpus test runs
 * Strict files Excel saved.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { XlsxWorkbook } from '../../src/xlsx';
import { TRANSITIONAL_NAMESPACES, toStrict, xmlFaults, zipEntries } from './helpers';

const STRICT_MAIN = 'http://purl.oclc.org/ooxml/spreadsheetml/main';
const STRICT_REL = 'http://purl.oclc.org/ooxml/officeDocument/relationships';
const SHARED = ['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'docProps/app.xml'];

let dir: string;
let input: Buffer;
const runs: Buffer[] = [];
const stderr: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'leverance-strict-'));
  input = await toStrict(readFileSync(join(__dirname, '../fixtures/overview-2016-2020.xlsx')));
  const files = ['strict.xlsx', 'once.xlsx', 'twice.xlsx'].map((f) => join(dir, f));
  writeFileSync(files[0], input);
  const io = { stdout: () => undefined, stderr: (s: string) => void stderr.push(s), isTTY: false };
  for (const [from, to] of [
    [files[0], files[1]],
    [files[1], files[2]],
  ]) {
    expect(await main(['summarize', from, '--out', to, '--report-date', '2018-12-15'], io)).toBe(0);
    runs.push(readFileSync(to));
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The XML parts of `after` that differ from `before` or are new. */
async function writtenParts(before: Buffer, after: Buffer): Promise<Map<string, string>> {
  const old = await zipEntries(before);
  const out = new Map<string, string>();
  for (const [name, bytes] of await zipEntries(after)) {
    if (/\.(xml|rels)$/.test(name) && !old.get(name)?.equals(bytes)) out.set(name, bytes.toString('utf8'));
  }
  return out;
}

describe('a Strict Open XML workbook summarized twice', () => {
  it('is the Strict package it claims to be', async () => {
    const entries = await zipEntries(input);
    expect(entries.get('xl/workbook.xml')!.toString()).toMatch(new RegExp(`<workbook conformance="strict"[^>]* xmlns="${STRICT_MAIN}"`));
    for (const [name, bytes] of entries) {
      for (const ns of TRANSITIONAL_NAMESPACES) expect([name, bytes.toString('utf8').includes(ns)]).toEqual([name, false]);
    }
  });

  it.each([0, 1])('writes only well-formed parts, each namespace bound once, none of them Transitional (run %d)', async (run) => {
    const parts = await writtenParts(input, runs[run]);
    expect([...parts.keys()]).toEqual(expect.arrayContaining(['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml']));
    expect([...parts.keys()].some((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))).toBe(true);
    for (const [name, xml] of parts) {
      expect([name, xmlFaults(xml)]).toEqual([name, []]);
      for (const ns of TRANSITIONAL_NAMESPACES) expect([name, ns, xml.includes(ns)]).toEqual([name, ns, false]);
    }
  });

  it('keeps the root of workbook.xml as it was: no namespace is declared again', async () => {
    const root = async (bytes: Buffer) => /<workbook[^>]*>/.exec((await zipEntries(bytes)).get('xl/workbook.xml')!.toString())![0];
    expect(await root(runs[0])).toBe(await root(input));
    expect(await root(runs[1])).toBe(await root(input));
  });

  it('adds sheets, charts and styles in Strict terms', async () => {
    const entries = await zipEntries(runs[1]);
    const workbookXml = entries.get('xl/workbook.xml')!.toString();
    expect(workbookXml).toMatch(/<sheet name="Samlet status" sheetId="\d+" r:id="rId\d+"\/>/);
    const rels = entries.get('xl/_rels/workbook.xml.rels')!.toString();
    for (const m of rels.matchAll(/Type="([^"]*)"/g)) expect(m[1].startsWith(`${STRICT_REL}/`)).toBe(true);
    const ours = [...entries.keys()].filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n) && n !== 'xl/worksheets/sheet1.xml');
    expect(ours.length).toBeGreaterThan(1);
    for (const name of ours) expect(entries.get(name)!.toString()).toContain(`<worksheet xmlns="${STRICT_MAIN}" xmlns:r="${STRICT_REL}">`);
    const chart = [...entries].find(([n]) => /^xl\/charts\/chart\d+\.xml$/.test(n))![1].toString();
    expect(chart).toContain('xmlns:c="http://purl.oclc.org/ooxml/drawingml/chart"');
    // Strict borders have start and end edges, no left and right.
    const styles = entries.get('xl/styles.xml')!.toString();
    expect(styles).toMatch(/<border><start[\s/>]/);
    expect(styles).not.toMatch(/<(left|right)[\s/>]/);
  });

  it('keeps every part it does not own byte for byte', async () => {
    const before = await zipEntries(input);
    for (const out of runs) {
      const after = await zipEntries(out);
      for (const [name, bytes] of before) if (!SHARED.includes(name)) expect([name, after.get(name)]).toEqual([name, bytes]);
    }
  });

  it('reads its own sheets back and replaces them on the second run', async () => {
    const once = await (await XlsxWorkbook.fromBuffer(runs[0])).listSheets();
    const twice = await (await XlsxWorkbook.fromBuffer(runs[1])).listSheets();
    expect(twice).toEqual(once);
    expect(twice.filter((s) => s.owner !== null).map((s) => s.owner)).toEqual(expect.arrayContaining(['summary', 'validation', 'snapshot']));
    expect(stderr.join('')).toBe('');
  });
});

const soffice = existsSync('/usr/bin/soffice') ? '/usr/bin/soffice' : null;
const lo = soffice ? it : it.skip;
const skipped = soffice ? '' : ' (skipped: LibreOffice — /usr/bin/soffice — is not installed)';

lo(
  `LibreOffice opens the twice-summarized Strict workbook and prints it to PDF${skipped}`,
  () => {
    const run = spawnSync(soffice!, ['--headless', `-env:UserInstallation=file://${dir}/lo-profile`, '--convert-to', 'pdf', '--outdir', join(dir, 'pdf'), join(dir, 'twice.xlsx')], {
      timeout: 120_000,
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    const pdf = join(dir, 'pdf', 'twice.pdf');
    expect(existsSync(pdf)).toBe(true);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  },
  150_000,
);
