import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { BUILTIN_PROFILES } from '../../src/core/profile/load';
import { noteToMarkdown, noteToText } from '../../src/core/report/note-render';
import { runNote } from '../../src/workbook/pipeline';
import { XlsxWorkbook } from '../../src/xlsx';

const ROOT = join(__dirname, '..', '..');
const DECEMBER = join(ROOT, 'examples', 'leveranceoversigt-2016-2020.xlsx');
const JUNE = join(ROOT, 'examples', 'leveranceoversigt-2016-2020-juni-2018.xlsx');

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTTY: false });
  return { code, stdout, stderr };
}

async function expectedNote(file: string, reportDate: string, lang: 'da' | 'en') {
  return runNote(await XlsxWorkbook.open(file), { profile: BUILTIN_PROFILES['2016-2020'], lang, reportDate });
}

describe('leverance note', () => {
  it('prints the note as Markdown by default, and writes nothing', async () => {
    const before = readFileSync(DECEMBER);
    const { code, stdout, stderr } = await run('note', DECEMBER, '--report-date', '2018-12-15');
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toBe(noteToMarkdown(await expectedNote(DECEMBER, '2018-12-15', 'da'), 'da'));
    expect(stdout.startsWith('# Status ved andet halvår af 2018\n')).toBe(true);
    expect(readFileSync(DECEMBER).equals(before)).toBe(true);
  });

  it('prints plain text with --format text, in English with --lang en', async () => {
    const { code, stdout } = await run('note', DECEMBER, '--report-date', '2018-12-15', '--format', 'text', '--lang', 'en');
    expect(code).toBe(0);
    expect(stdout).toBe(noteToText(await expectedNote(DECEMBER, '2018-12-15', 'en'), 'en'));
    expect(stdout.startsWith('Status for the second half of 2018\n')).toBe(true);
  });

  it('reports the changes since the snapshot a summary stored in the workbook', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'leverance-note-')), 'juni.xlsx');
    expect((await run('summarize', JUNE, '--out', out, '--report-date', '2018-06-15')).code).toBe(0);
    const { code, stdout } = await run('note', out, '--report-date', '2018-12-15');
    expect(code).toBe(0);
    expect(stdout).toContain('## Ændringer siden 15. juni 2018\n\nIngen initiativer har skiftet status.');
  });

  it('refuses a format the note does not have, and a workbook without overview, with exit 2 and one line', async () => {
    const json = await run('note', DECEMBER, '--format', 'json');
    expect([json.code, json.stdout]).toEqual([2, '']);
    expect(json.stderr).toContain('json');
    const none = await run('note', join(ROOT, 'test', 'fixtures', 'no-overview.xlsx'));
    expect([none.code, none.stdout]).toEqual([2, '']);
    expect(none.stderr.trimEnd().split('\n')).toHaveLength(1);
    const file = join(mkdtempSync(join(tmpdir(), 'leverance-note-')), 'text.xlsx');
    writeFileSync(file, 'ikke en projektmappe');
    expect((await run('note', file)).code).toBe(2);
  });
});
