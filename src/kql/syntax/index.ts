/**
 * @module The KQL syntax tree: immutable kind-tagged records produced by the parser.
 */
export { create } from './create.ts';
export type * from './nodes.ts';
export type * from './operators.ts';
export { EVALUATE_PLUGINS } from './operators.ts';
export type * from './statements.ts';
