import { type Document, isNode } from 'yaml';
import type { HuntTemplate } from '../template/hunt-template.ts';
import type { LintDiagnostic } from './lint-query.ts';

/**
 * HUNT001: every column an entity mapping or the x-hunt summary names must be a column of the query's
 * result, or findings silently lose their IP / account / host / ranking. Positions point at the YAML key.
 */
export function checkMappedColumns(
  template: HuntTemplate,
  resultColumns: readonly string[],
  document: Document,
  text: string,
): LintDiagnostic[] {
  const available = new Set(resultColumns);
  const references: { path: (string | number)[]; column: string }[] = [
    ...template.entityMappings.flatMap((mapping, entity) =>
      mapping.fieldMappings.map((field, index) => ({
        path: ['entityMappings', entity, 'fieldMappings', index, 'columnName'],
        column: field.columnName,
      })),
    ),
    ...template.summary.rankBy.map((column, index) => ({ path: ['x-hunt', 'summary', 'rankBy', index], column })),
    ...(['count', 'first', 'last'] as const).flatMap((key) => {
      const column = template.summary[key];
      return column === undefined ? [] : [{ path: ['x-hunt', 'summary', key], column }];
    }),
  ];
  return references
    .filter((reference) => !available.has(reference.column))
    .map((reference) => ({
      code: 'HUNT001',
      severity: 'Error',
      message: `${reference.path.join('.')} names '${reference.column}', which is not a column of the query result (${resultColumns.join(', ')})`,
      ...position(document, reference.path, text),
      length: reference.column.length,
    }));
}

function position(document: Document, path: (string | number)[], text: string): { line: number; column: number } {
  const node = document.getIn(path, true);
  const offset = isNode(node) && node.range ? node.range[0] : 0;
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}
