export { XlsxWorkbook } from './workbook';
