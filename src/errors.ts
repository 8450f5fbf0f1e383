/** Codes of every error the API throws; content problems are diagnostics, not errors. */
export type CorroborateErrorCode =
  | 'INVALID_ARTICLES'
  | 'INVALID_ARTICLE'
  | 'DUPLICATE_ID'
  | 'INVALID_DATE'
  | 'INVALID_OPTION'
  | 'INVALID_REPORT'
  | 'INVALID_INDEX'
  | 'WORKER_FAILED';

/**
 * Thrown on misuse of the API (wrong types, duplicate ids, bad options), and
 * by `crossReferenceAsync` when a worker thread fails (WORKER_FAILED).
 * Problems in an article's content never throw: they become diagnostics.
 */
export class CorroborateError extends Error {
  readonly code: CorroborateErrorCode;

  constructor(code: CorroborateErrorCode, message: string) {
    super(message);
    this.name = 'CorroborateError';
    this.code = code;
  }
}
