/**
 * What a file that is no .xlsx package is instead, so the user reads what to do about it
 * rather than that the file is damaged: a password-protected workbook (Excel encrypts the
 * whole package inside a Compound File), an .xls from Excel 97–2003 (a Compound File too,
 * or before Excel 5 bare BIFF records), an Excel Binary Workbook (.xlsb: a zip like .xlsx
 * whose parts are binary) or an OpenDocument spreadsheet (.ods: a zip without OPC).
 * Only read once a file has failed to be an .xlsx, never on the way of a good one.
 */
import type { WorkbookErrorCode } from '../workbook/port';

/** A Compound File's directory entries are 128 bytes, and its sectors (512 or 4096 bytes) start at multiples of them. */
const DIR_ENTRY = 128;

/**
 * The names of the streams and storages in a Compound File, read from every place a
 * directory entry can start: walking the sector chains would find the same names, and a
 * file cut short still shows those it holds.
 */
function compoundFileNames(bytes: Uint8Array): Set<string> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const names = new Set<string>();
  for (let at = 512; at + DIR_ENTRY <= bytes.length; at += DIR_ENTRY) {
    // The name's length in bytes, its terminating NUL included; the entry's type: storage, stream or root.
    const length = view.getUint16(at + 0x40, true);
    const type = bytes[at + 0x42];
    if (length < 4 || length > 64 || length % 2 !== 0 || (type !== 1 && type !== 2 && type !== 5)) continue;
    let name = '';
    for (let i = 0; i < length - 2; i += 2) name += String.fromCharCode(view.getUint16(at + i, true));
    names.add(name.toLowerCase());
  }
  return names;
}

/** What a Compound File holds: an encrypted package, an .xls workbook, or neither (a .doc, say). */
export function compoundFileKind(bytes: Uint8Array): WorkbookErrorCode {
  const names = compoundFileNames(bytes);
  if (names.has('encryptedpackage')) return 'encrypted';
  // BIFF8 (Excel 97–2003) calls its stream Workbook, BIFF5 (Excel 5 and 95) Book.
  if (names.has('workbook') || names.has('book')) return 'old-format';
  return 'not-a-workbook';
}

/**
 * A worksheet or workbook stream from before Excel 5, stored bare: it opens with a BOF
 * record (type 0x0009, 0x0209, 0x0409 or 0x0809) whose length is a few bytes.
 */
export function isBareBiff(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && bytes[0] === 0x09 && [0x00, 0x02, 0x04, 0x08].includes(bytes[1]) && bytes[2] > 0 && bytes[2] <= 0x14 && bytes[3] === 0;
}

const ODS_MIMETYPE = 'application/vnd.oasis.opendocument.spreadsheet';

/** Whether a zip's `mimetype` entry (or, where a producer left it out, its manifest) names an OpenDocument spreadsheet. */
export function isOpenDocumentSpreadsheet(mimetype: string | null, manifest: string | null): boolean {
  if (mimetype !== null) return mimetype.trim().startsWith(ODS_MIMETYPE);
  return manifest !== null && manifest.includes(`"${ODS_MIMETYPE}"`);
}
