import type { KqlDiagnostic } from './diagnostics/index.ts';

/**
 * The parser stops an expression nested too deeply, but thousands of piped operators or of lets each reading the
 * one before pass it and exhaust the stack while compiling or running: a limit of the query's shape, said as one
 * by every entry point that compiles user text (runQuery, bindQuery, explainQuery).
 */
export function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && error.message.includes('call stack');
}

export const NESTED_TOO_DEEPLY: KqlDiagnostic = {
  code: 'KQL0022',
  severity: 'error',
  message:
    'query nested too deeply (thousands of piped operators or of lets each reading the one before): not supported by the local engine',
  line: 1,
  column: 1,
  start: 0,
  length: 0,
};
