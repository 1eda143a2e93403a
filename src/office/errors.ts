import { WorkbookError, type WorkbookErrorCode } from '../workbook/port';

/**
 * Office.js error codes (OfficeExtension.Error.code) the user can act on. Anything else
 * keeps its original error on reads and becomes `write-failed` on writes.
 */
const CODES: Record<string, WorkbookErrorCode> = {
  InvalidOperationInCellEditMode: 'editing',
  RangeExceedsLimit: 'too-large',
  RequestPayloadSizeLimitExceeded: 'too-large',
  ResponsePayloadSizeLimitExceeded: 'too-large',
  PayloadTooLarge: 'too-large',
  MemoryLimitReached: 'too-large',
  ApiNotFound: 'api-unsupported',
};

function codeOf(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * The WorkbookError for an Office.js failure. `subject` names the sheet the operation was on;
 * an operation on no sheet in particular (adding and removing the product's sheets) is
 * refused only by the workbook's structure protection, so there a refusal says that.
 * Excel reports a write to a protected sheet as `InvalidOperation` on some hosts, so that
 * code counts as protection when the message says so.
 */
export function toWorkbookError(e: unknown, kind: 'read' | 'write', subject = ''): unknown {
  if (e instanceof WorkbookError) return e;
  const code = codeOf(e);
  const message = e instanceof Error ? e.message : String(e);
  const denied = code === 'AccessDenied' || (code === 'InvalidOperation' && /protect/i.test(message));
  if (denied) return subject === '' ? new WorkbookError('workbook-protected') : new WorkbookError('protected', subject);
  const mapped = code === undefined ? undefined : CODES[code];
  if (mapped) return new WorkbookError(mapped, subject);
  if (code === 'ItemNotFound' && subject !== '') return new WorkbookError('sheet-not-found', subject);
  if (kind === 'write') return new WorkbookError('write-failed', code ?? message);
  return e;
}
