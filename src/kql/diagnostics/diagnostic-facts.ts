import type { DiagnosticDraft } from './diagnostic.ts';

/** Where in the query text a problem sits. */
export interface Span {
  readonly start: number;
  readonly length: number;
}

function error(code: string, message: string, span: Span): DiagnosticDraft {
  return { code, severity: 'error', message, start: span.start, length: Math.max(0, span.length) };
}

function warning(code: string, message: string, span: Span): DiagnosticDraft {
  return { code, severity: 'warning', message, start: span.start, length: Math.max(0, span.length) };
}

const suggestion = (hint: string | undefined) => (hint ? ` (did you mean '${hint}'?)` : '');

/**
 * Every diagnostic the KQL front end can emit, one factory per code. Codes are stable:
 * tests, chat cards and docs refer to them.
 */
export const Diagnostics = {
  unexpectedCharacter: (ch: string, span: Span) => error('KQL0001', `unexpected character '${ch}'`, span),
  unterminatedString: (span: Span) => error('KQL0002', 'unterminated string literal: add the closing quote', span),
  curlyQuotes: (span: Span) =>
    error('KQL0007', 'typographic quotes (“ ” ‘ ’) do not delimit KQL strings: use straight quotes " or \'', span),
  missingExpression: (span: Span) => error('KQL0003', 'missing expression', span),
  expectedToken: (expected: string, found: string, span: Span) =>
    error('KQL0004', `expected ${expected} but found ${found}`, span),
  unexpectedToken: (found: string, span: Span) => error('KQL0005', `unexpected ${found}`, span),
  invalidLiteral: (what: string, text: string, span: Span) =>
    error('KQL0006', `invalid ${what} literal '${text}'`, span),
  unknownTable: (name: string, hint: string | undefined, span: Span) =>
    error('KQL0010', `unknown table '${name}'${suggestion(hint)}`, span),
  unknownFunction: (name: string, hint: string | undefined, span: Span) =>
    error('KQL0011', `unknown function '${name}'${suggestion(hint)}`, span),
  unknownColumn: (name: string, hint: string | undefined, span: Span) =>
    error('KQL0012', `unknown column '${name}'${suggestion(hint)}`, span),
  unknownName: (name: string, hint: string | undefined, span: Span) =>
    error('KQL0013', `unknown name '${name}'${suggestion(hint)}`, span),
  fuzzyUnionMissingTable: (name: string, span: Span) =>
    warning('KQL0014', `fuzzy union ignores unknown table '${name}'`, span),
  asimParametersNotApplied: (name: string, span: Span) =>
    warning(
      'KQL0016',
      `${name}(): filtering loaded ${name} rows by the parser's parameters is not supported by the local engine; every loaded row is returned`,
      span,
    ),
  watchlistWithoutData: (alias: string, file: string, span: Span) =>
    warning(
      'KQL0017',
      `watchlist '${alias}' has no data here (${file} in the data folder): it answers with no rows`,
      span,
    ),
  fuzzyUnionNothingFound: (names: readonly string[], span: Span) =>
    error(
      'KQL0015',
      `none of the fuzzy union's tables exist (${names.join(', ')}); isfuzzy skips missing tables only while at least one is found`,
      span,
    ),
  // Kusto accepts these; the wording says the query is valid KQL that only this engine cannot run.
  unsupportedOperator: (name: string, span: Span) =>
    error('KQL0020', `operator '${name}' is not supported by the local engine`, span),
  unsupportedFunction: (name: string, span: Span) =>
    error('KQL0021', `function '${name}' is not supported by the local engine`, span),
  unsupportedConstruct: (what: string, span: Span) =>
    error('KQL0022', `${what}: not supported by the local engine`, span),
  notAvailableOffline: (what: string, reason: string, span: Span) =>
    error(
      'KQL0023',
      `${what} reads data from outside the workspace and is not available offline (${reason}): not supported by the local engine (map its URL to a local file or allow-list it under kql.externalData in the config file, or load the data as a table file)`,
      span,
    ),
  queryParameterWithoutValue: (name: string, span: Span) =>
    error(
      'KQL0024',
      `query parameter '${name}' has no value: the local engine takes no query parameter values, so give it a default in the declaration (${name}:type = value)`,
      span,
    ),
  typeMismatch: (message: string, span: Span) => error('KQL0030', message, span),
  wrongArgumentCount: (name: string, expected: string, got: number, span: Span) =>
    error('KQL0031', `function '${name}' expects ${expected} argument(s) but got ${got}`, span),
  notTabular: (what: string, span: Span) => error('KQL0032', `${what} is not a tabular expression`, span),
  notScalar: (what: string, span: Span) =>
    error('KQL0033', `${what} is a table where a scalar value is expected`, span),
  dynamicGroupKey: (name: string, span: Span) =>
    error(
      'KQL0034',
      `group-by key '${name}' is dynamic; Kusto does not allow dynamic keys: wrap it in tostring()`,
      span,
    ),
  joinColumnMissing: (name: string, side: string, hint: string | undefined, span: Span) =>
    error('KQL0035', `join column '${name}' does not exist on the ${side} side${suggestion(hint)}`, span),
  invalidArgument: (message: string, span: Span) => error('KQL0036', message, span),
} as const;
