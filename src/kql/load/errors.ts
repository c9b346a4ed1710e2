/**
 * Coded errors and warnings of the table loaders. A load error always names the file, the
 * 1-based line when there is one, what was wrong and how to fix it, so an analyst can repair
 * an export without reading code.
 */
export const KQL_LOAD_ERRORS = {
  KQLL001: 'data directory unreadable',
  KQLL002: 'bad JSON line',
  KQLL003: 'bad JSON file',
  KQLL004: 'bad CSV',
  KQLL005: 'unknown date format',
  KQLL006: 'value does not fit the column type',
  KQLL007: 'file unreadable',
} as const;

export type KqlLoadErrorCode = keyof typeof KQL_LOAD_ERRORS;

export interface LoadErrorDetails {
  readonly file: string;
  readonly line?: number;
  readonly column?: string;
  /** What to change in the file (or the command) to make the load succeed. */
  readonly hint: string;
  readonly cause?: unknown;
}

export class KqlLoadError extends Error {
  override readonly name = 'KqlLoadError';
  readonly file: string;
  readonly line: number | undefined;
  readonly column: string | undefined;
  readonly hint: string;
  constructor(
    readonly code: KqlLoadErrorCode,
    readonly problem: string,
    details: LoadErrorDetails,
  ) {
    const where = details.line === undefined ? details.file : `${details.file}:${details.line}`;
    const columnPart = details.column === undefined ? '' : ` (column ${details.column})`;
    super(`${code} ${where}${columnPart}: ${problem}. ${details.hint}`, { cause: details.cause });
    this.file = details.file;
    this.line = details.line;
    this.column = details.column;
    this.hint = details.hint;
  }
}

/** Something the loader fixed up or guessed; the load still succeeded. */
export interface LoadWarning {
  readonly file: string;
  readonly message: string;
}

export type WarningSink = (warning: LoadWarning) => void;
