/**
 * @module Hand-written lexer and recursive-descent parser for KQL.
 */
export { parseQuery } from './parse-query.ts';
