import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type DemoData, type DemoDataOptions, generateDemoData } from './generate.ts';

export interface WrittenDemoData {
  readonly data: DemoData;
  /** Every file written: one `<Table>.jsonl` per table, then `attacks.json` and `lookalikes.json`. */
  readonly files: readonly string[];
}

/**
 * Writes `<Table>.jsonl` (one JSON object per line) for each table, `attacks.json` (the injected attacks:
 * kind, ip / account / host, and the hunt command that must find each) and `lookalikes.json`.
 */
export async function writeDemoData(dir: string, options: DemoDataOptions = {}): Promise<WrittenDemoData> {
  const data = generateDemoData(options);
  await mkdir(dir, { recursive: true });
  const files: string[] = [];
  for (const [table, rows] of Object.entries(data.tables)) {
    const file = join(dir, `${table}.jsonl`);
    await writeFile(file, rows.map((row) => JSON.stringify(row)).join('\n') + (rows.length > 0 ? '\n' : ''));
    files.push(file);
  }
  // Plain arrays of row objects: the local engine's folder loader reads them as the tables `attacks` and
  // `lookalikes`, so the output folder can be used as a local tenant's data folder as it is.
  for (const [name, rows] of [
    ['attacks.json', data.attacks],
    ['lookalikes.json', data.lookalikes],
  ] as const) {
    const file = join(dir, name);
    await writeFile(file, `${JSON.stringify(rows, null, 2)}\n`);
    files.push(file);
  }
  return { data, files };
}
