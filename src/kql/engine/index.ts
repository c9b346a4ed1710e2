/**
 * @module
 * Columnar execution core of the embedded KQL engine: tables, the compiled-expression contract,
 * runtime limits and one function per tabular operator. kql-front's compiled plans call these.
 */
export * from './column.ts';
export * from './column-writer.ts';
export * from './compiled-expression.ts';
export * from './errors.ts';
export * from './limits.ts';
export * from './table.ts';
export * from './window.ts';
