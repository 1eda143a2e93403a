/**
 * The two things the adapter needs from the Office host, injectable so tests (and the
 * browser playground) can run it against the in-memory fake instead of Excel.
 */
export interface OfficeHost {
  /** `Excel.run`: one request context per operation. */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** `Office.context.requirements.isSetSupported`. */
  isSetSupported(name: string, version: string): boolean;
}

/** The real host. Only call after `Office.onReady`. */
export function excelHost(): OfficeHost {
  return {
    run: (batch) => Excel.run(batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
  };
}
