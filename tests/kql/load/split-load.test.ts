import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KqlLoadError, type LoadedTables, loadColumnTables } from '../../../src/kql/index.ts';
import { dirWith, FIXTURES } from './support/fixture-dirs.ts';

/** Every table as names, types and values: what a query can observe. */
function observable({ tables, warnings }: LoadedTables) {
  return {
    tables: tables.map((table) => ({
      name: table.name,
      columns: table.columns.map((c) => `${c.name}:${c.type}`),
      rows: table.toRaw().rows,
    })),
    warnings,
  };
}

const sequential = { threads: 1 };
/** Split every JSON Lines file, however small, into three ranges read on three threads. */
const threeThreads = { threads: 3, minSplitBytes: 1 };

describe('JSON Lines read on several threads', () => {
  it('loads the quirks fixtures (BOM, CRLF, blank lines, schema coercion, inferred types) exactly as one thread does', async () => {
    const dir = `${FIXTURES}/quirks`;
    const one = observable(await loadColumnTables(dir, { split: sequential }));
    const three = observable(await loadColumnTables(dir, { split: threeThreads }));
    expect(three).toEqual(one);
    expect(one.tables.some((t) => t.rows.length > 0)).toBe(true);
  });

  it('types a column with no schema over all ranges together, as one thread does', async () => {
    const dir = await dirWith({});
    // Numbers in the first ranges, one text value at the end: the whole column is string in both reads.
    const lines = Array.from({ length: 30 }, (_, i) => JSON.stringify({ Id: i, Flag: i % 2 === 0, Extra: { i } }));
    lines.push(JSON.stringify({ Id: 'thirty', Late: '2024-10-18T09:29:21Z' }));
    await writeFile(join(dir, 'Custom.jsonl'), `${lines.join('\n')}\n`);
    const one = observable(await loadColumnTables(dir, { split: sequential }));
    const three = observable(await loadColumnTables(dir, { split: threeThreads }));
    expect(three).toEqual(one);
    expect(one.tables[0].columns).toEqual(['Id:string', 'Flag:bool', 'Extra:dynamic', 'Late:datetime']);
  });

  it('reports a bad line in a later range with its line number in the whole file', async () => {
    const dir = await dirWith({});
    const lines = Array.from({ length: 40 }, (_, i) => JSON.stringify({ TimeGenerated: '2024-10-18T09:29:21Z', n: i }));
    lines[36] = '{"TimeGenerated": "2024-10-18T09:29:21Z", "n": ';
    await writeFile(join(dir, 'SigninLogs.jsonl'), `${lines.join('\n')}\n`);
    const error = await loadColumnTables(dir, { split: threeThreads }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KqlLoadError);
    expect(error).toMatchObject({ code: 'KQLL002', line: 37, file: 'SigninLogs.jsonl' });
    const alone = await loadColumnTables(dir, { split: sequential }).catch((e: unknown) => e);
    expect((error as Error).message).toBe((alone as Error).message);
  });
});
