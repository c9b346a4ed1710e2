import { appendFile, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadColumnTablesCached } from '../../../src/kql/load/index.ts';
import { dirWith } from './support/fixture-dirs.ts';

describe('loadColumnTablesCached', () => {
  it('loads once while files are unchanged and reloads when one changes', async () => {
    const dir = await dirWith({ 'SigninLogs.jsonl': 'quirks/SigninLogs__part2.jsonl' });
    const first = await loadColumnTablesCached(dir);
    expect(await loadColumnTablesCached(dir)).toBe(first);

    const file = join(dir, 'SigninLogs.jsonl');
    await appendFile(file, '\n{"TimeGenerated":"2024-10-18T11:00:00Z","UserPrincipalName":"dave@contoso.com"}\n');
    await utimes(file, new Date(), new Date(Date.now() + 5_000));
    const reloaded = await loadColumnTablesCached(dir);
    expect(reloaded).not.toBe(first);
    expect(reloaded.tables[0].columnValues('UserPrincipalName')).toEqual(['carol@contoso.com', 'dave@contoso.com']);
  });

  it('sets a table it cannot load aside with its coded error, and loads the others', async () => {
    const dir = await dirWith({
      'SigninLogs.jsonl': 'bad-json-line/SigninLogs.jsonl',
      'Events.jsonl': 'quirks/SigninLogs__part2.jsonl',
    });
    const loaded = await loadColumnTablesCached(dir);
    expect(loaded.tables.map((table) => table.name)).toEqual(['Events']);
    expect(loaded.unreadable).toEqual([
      { table: 'SigninLogs', error: expect.objectContaining({ code: 'KQLL002', file: 'SigninLogs.jsonl', line: 3 }) },
    ]);
  });
});
