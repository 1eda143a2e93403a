'use strict';
// The SPEC §7 baseline for `summarize`: a bare ExcelJS load + save of the same workbook, in
// its own process like the CLI, so both sides pay for starting Node and loading their code.
// Usage: node exceljs-roundtrip.js <in.xlsx> <out.xlsx>
const ExcelJS = require('exceljs');

async function roundTrip(input, output) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(input);
  await workbook.xlsx.writeFile(output);
}

roundTrip(process.argv[2], process.argv[3]).catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
