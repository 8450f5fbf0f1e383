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

/** Thrown only on misuse of the API (wrong types, duplicate ids, bad options). */
export class CorroborateError extends Error {
  readonly code: CorroborateErrorCode;

  constructor(code: CorroborateErrorCode, message: string) {
    super(message);
    this.name = 'CorroborateError';
    this.code = code;
  }
}
