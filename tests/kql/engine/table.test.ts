import { describe, expect, it } from 'vitest';
import {
  ColumnTable,
  columnFromValues,
  gatherColumn,
  type NumberColumn,
  type StringColumn,
} from '../../../src/kql/engine/index.ts';

const raw = {
  name: 'T',
  columns: [
    { name: 'Computer', type: 'string' as const },
    { name: 'EventID', type: 'int' as const },
    { name: 'Ok', type: 'bool' as const },
    { name: 'Bag', type: 'dynamic' as const },
  ],
  rows: [
    ['a', 4625, true, { x: 1 }],
    ['b', null, null, null],
    ['a', 4624, false, [1, 2]],
  ],
};

describe('ColumnTable', () => {
  it('round-trips a RawTable', () => {
    const table = ColumnTable.fromRaw(raw);
    expect(table.rowCount).toBe(3);
    expect(table.toRaw()).toEqual(raw);
  });

  it('dictionary-encodes strings so equal strings share a code', () => {
    const column = ColumnTable.fromRaw(raw).column('Computer') as StringColumn;
    expect(column.codes[0]).toBe(column.codes[2]);
    expect(column.codeOf('b')).toBe(column.codes[1]);
    expect(column.codeOf('zzz')).toBe(-1);
  });

  it('keeps nulls of numbers in a mask and turns null strings into ""', () => {
    const table = ColumnTable.fromRaw({ ...raw, rows: [[null, 1, true, null]] });
    expect(table.columnValues('Computer')).toEqual(['']);
    expect((table.column('EventID') as NumberColumn).nulls).toBeNull();
    expect(ColumnTable.fromRaw(raw).columnValues('EventID')).toEqual([4625, null, 4624]);
  });

  it('selects rows as a view without copying columns', () => {
    const table = ColumnTable.fromRaw(raw);
    const view = table.withSelection(Int32Array.from([2, 0]));
    expect(view.column('Computer')).toBe(table.column('Computer'));
    expect(view.columnValues('EventID')).toEqual([4624, 4625]);
    expect(view.compact().toRaw().rows).toEqual([raw.rows[2], raw.rows[0]]);
  });

  it('gathers -1 rows as null and "" ', () => {
    expect(gatherColumn(columnFromValues('string', ['x']), Int32Array.from([0, -1])).get(1)).toBe('');
    expect(gatherColumn(columnFromValues('long', [5]), Int32Array.from([-1, 0])).get(0)).toBeNull();
  });

  it('names the available columns when one is missing', () => {
    expect(() => ColumnTable.fromRaw(raw).column('Nope')).toThrow(/KQLR003 unknown column 'Nope'.*Computer, EventID/);
  });

  it('rejects columns of different lengths', () => {
    expect(() =>
      ColumnTable.fromColumns('T', [
        { name: 'a', column: columnFromValues('long', [1]) },
        { name: 'b', column: columnFromValues('long', [1, 2]) },
      ]),
    ).toThrow(/KQLR003/);
  });
});
