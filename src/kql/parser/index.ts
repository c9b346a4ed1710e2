/**
 * @module Hand-written lexer and recursive-descent parser for KQL.
 */

export { parseDatetimeText, parseTimespanText } from './literal-text.ts';
export { parseQuery } from './parse-query.ts';
export { typeFromName } from './type-names.ts';
