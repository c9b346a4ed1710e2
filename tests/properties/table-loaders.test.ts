import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KqlLoadError, loadColumnTables } from '../../src/kql/index.ts';

/** Loads one file of arbitrary content: tables, or a KqlLoadError naming the file; nothing else. */
async function expectTablesOrClearError(fileName: string, content: string | Buffer): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'load-prop-'));
  try {
    writeFileSync(join(dir, fileName), content);
    try {
      const { tables } = await loadColumnTables(dir);
      expect(Array.isArray(tables)).toBe(true);
    } catch (error) {
      expect(error).toBeInstanceOf(KqlLoadError);
      expect((error as KqlLoadError).message).toContain(fileName);
      expect((error as KqlLoadError).hint.length).toBeGreaterThan(0);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const cell = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('', '"', '""', '"a,b"', '2024-01-01T00:00:00Z', '1/2/2024 3:04 PM', '45000.5', '=SUM(A1)', 'null'),
  fc.constantFrom('{"a":1}', '[1,2', 'true', '-0', '1e400', 'NaN', '203.0.113.7', '\r', '\n', '\u0000', '\ufeff'),
);
const header = fc.oneof(
  fc.constantFrom('TimeGenerated', 'IPAddress', 'UserPrincipalName', 'ResultType', 'TimeGenerated [UTC]', '', 'a.b'),
  fc.string({ maxLength: 10 }),
);
const csvText = fc
  .tuple(fc.array(header, { minLength: 1, maxLength: 6 }), fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 8 }))
  .map(([headers, rows]) => [headers, ...rows].map((row) => row.join(',')).join('\n'));
const jsonValue = fc.oneof(
  fc.json({ maxDepth: 3 }),
  fc
    .array(fc.dictionary(header, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 5 }), { maxLength: 6 })
    .map((rows) => JSON.stringify(rows)),
);

describe('property: the CSV / JSON / JSONL table loaders', () => {
  it('load any CSV text into tables or a KqlLoadError naming the file', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(csvText, fc.string({ unit: 'binary', maxLength: 300 })), (text) =>
        expectTablesOrClearError('SigninLogs.csv', text),
      ),
      { numRuns: 120 },
    );
  });

  it('load any JSON text (well-formed or not) into tables or a KqlLoadError naming the file', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(jsonValue, fc.string({ maxLength: 200 })), (text) =>
        expectTablesOrClearError('Custom.json', text),
      ),
      { numRuns: 120 },
    );
  });

  it('load any JSON lines into tables or a KqlLoadError naming the file', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(jsonValue, fc.string({ maxLength: 40 })), { maxLength: 8 }), (lines) =>
        expectTablesOrClearError('SecurityEvent.jsonl', lines.join('\n')),
      ),
      { numRuns: 120 },
    );
  });

  it('load arbitrary bytes (including UTF-16 byte order marks) without crashing', async () => {
    const bom = fc.constantFrom(
      Buffer.alloc(0),
      Buffer.from([0xff, 0xfe]),
      Buffer.from([0xfe, 0xff]),
      Buffer.from([0xef, 0xbb, 0xbf]),
    );
    await fc.assert(
      fc.asyncProperty(
        bom,
        fc.uint8Array({ maxLength: 200 }),
        fc.constantFrom('T.csv', 'T.json', 'T.jsonl'),
        (prefix, bytes, name) => expectTablesOrClearError(name, Buffer.concat([prefix, Buffer.from(bytes)])),
      ),
      { numRuns: 120 },
    );
  });
});
