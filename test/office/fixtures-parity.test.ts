import { join } from 'node:path';
import { BUILTIN_PROFILES } from '../../src/core/profile/load';
import { OfficeWorkbook } from '../../src/office/workbook';
import { runSummary, runValidation } from '../../src/workbook/pipeline';
import { XlsxWorkbook } from '../../src/xlsx';
import { FakeExcel } from '../fake-excel';

const FIXTURES = join(__dirname, '..', 'fixtures');
const opts = { profile: BUILTIN_PROFILES['2016-2020'], lang: 'da' as const, reportDate: '2018-12-15' };

/** The fixture's sheets, as the xlsx adapter reads them, loaded into the in-memory Excel. */
async function both(name: string) {
  const xlsx = await XlsxWorkbook.open(join(FIXTURES, name));
  const fake = new FakeExcel();
  for (const sheet of await xlsx.listSheets()) fake.addGrid(await xlsx.readGrid(sheet.name));
  return { xlsx, office: new OfficeWorkbook(fake.host), fake };
}

describe('the add-in and the CLI agree on the fixtures', () => {
  it.each(['overview-2016-2020.xlsx', 'rule-breaker.xlsx', 'table-fill-status.xlsx', 'number-ids.xlsx', 'user-samlet-status.xlsx'])(
    '%s gives the same findings, rollup and sheets',
    async (name) => {
      const { xlsx, office } = await both(name);
      const [a, b] = await Promise.all([runValidation(xlsx, opts), runValidation(office, opts)]);
      expect(b.findings).toEqual(a.findings);
      const [sa, sb] = [await runSummary(xlsx, opts), await runSummary(office, opts)];
      expect(sb.rollup.byStatus).toEqual(sa.rollup.byStatus);
      expect(sb.rollup.areas).toEqual(sa.rollup.areas);
      expect(sb.sheets).toEqual(sa.sheets);
    },
  );
});
