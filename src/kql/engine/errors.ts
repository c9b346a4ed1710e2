/**
 * Coded runtime errors of the KQL execution core. Every failure the engine raises while running a
 * plan is a `KqlRuntimeError` whose `code` tells callers (CLI, chat replies, tests) what went wrong
 * without parsing the message.
 */
export const KQL_RUNTIME_ERRORS = {
  /** The query ran longer than the configured timeout. */
  KQLR001: 'timeout',
  /** An intermediate table grew beyond the memory budget. */
  KQLR002: 'memory limit',
  /** An operator received a column name or type it cannot work with. */
  KQLR003: 'invalid operator input',
  /** An expression failed while it was evaluated over a row. */
  KQLR004: 'evaluation failed',
  /** A window function (`prev`, `next`, `row_number`) was used on unserialized rows. */
  KQLR005: 'rows not serialized',
  /** An operator option the engine does not implement. */
  KQLR006: 'unsupported',
} as const;

export type KqlRuntimeErrorCode = keyof typeof KQL_RUNTIME_ERRORS;

export class KqlRuntimeError extends Error {
  override readonly name = 'KqlRuntimeError';
  constructor(
    readonly code: KqlRuntimeErrorCode,
    /** The message without its code, for callers that show the code on its own (runQuery's outcome). */
    readonly detail: string,
    options?: { cause?: unknown },
  ) {
    super(`${code} ${detail}`, options);
  }
}

/** Shorthand for the most common failure: an operator got input it cannot handle. */
export function invalidInput(message: string, cause?: unknown): KqlRuntimeError {
  return new KqlRuntimeError('KQLR003', message, cause === undefined ? undefined : { cause });
}
