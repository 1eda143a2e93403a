export { XlsxWorkbook } from './workbook';
export { OWNER_NAME } from './workbookxml';
