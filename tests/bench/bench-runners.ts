import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { KqlDatabase, loadColumnTables, runQuery } from '../../src/kql/index.ts';
import { BENCH_START_MS } from './bench-data.ts';
import { type BenchShape, duckdbLoadStatements } from './bench-shapes.ts';

/** What one engine produced for one shape: time plus a row count and checksum to compare. */
export interface ShapeResult {
  readonly ms: number;
  /** CPU time (user + system, all threads) of the median run: robust to a busy machine, unlike wall time. */
  readonly cpuMs?: number;
  readonly rows: number;
  readonly checksum: number;
  readonly peakRssMb?: number;
}

export interface WarmRunner {
  readonly loadMs: number;
  readonly loadCpuMs: number;
  run(shape: BenchShape): Promise<ShapeResult>;
}

const ROOT = new URL('../../', import.meta.url).pathname;
/** Query instant for huntops: after the data, so `ago()` never matters and runs are repeatable. */
const NOW = new Date(BENCH_START_MS + 8 * 86_400_000);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** One warm-up run, then the median of `runs` timed runs. */
async function timed(runs: number, once: () => Promise<{ rows: number; checksum: number }>): Promise<ShapeResult> {
  const first = await once();
  const times: { ms: number; cpuMs: number }[] = [];
  for (let i = 0; i < runs; i++) {
    globalThis.gc?.();
    const started = performance.now();
    const cpu = process.cpuUsage();
    await once();
    const used = process.cpuUsage(cpu);
    times.push({ ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000 });
  }
  const middle = median(times.map((t) => t.ms));
  return { ...(times.find((t) => t.ms === middle) as { ms: number; cpuMs: number }), ...first };
}

export async function huntopsWarm(dir: string, runs: number): Promise<WarmRunner> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const { tables } = await loadColumnTables(dir);
  const database = KqlDatabase.empty().withTables(...tables);
  const loadMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return {
    loadMs,
    loadCpuMs: (used.user + used.system) / 1000,
    run: (shape) =>
      timed(runs, async () => {
        const outcome = await runQuery(database, shape.kql, { now: NOW });
        if (!outcome.ok) throw new Error(`huntops failed on ${shape.name}: ${JSON.stringify(outcome)}`);
        const checksum = outcome.table.columnValues(shape.checksumColumn).reduce<number>((s, v) => s + Number(v), 0);
        return { rows: outcome.table.rowCount, checksum };
      }),
  };
}

export async function duckdbWarm(dir: string, runs: number): Promise<WarmRunner & { close(): void }> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  for (const statement of duckdbLoadStatements(dir)) await connection.run(statement);
  const loadMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return {
    loadMs,
    loadCpuMs: (used.user + used.system) / 1000,
    run: (shape) =>
      timed(runs, async () => {
        const rows = (await connection.runAndReadAll(shape.sql)).getRowObjectsJS();
        const checksum = rows.reduce((s, row) => s + Number(row[shape.checksumColumn]), 0);
        return { rows: rows.length, checksum };
      }),
    close: () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

function spawnNode(args: string[]): Promise<{ ms: number; stdout: string; stderr: string }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    execFile('node', args, { cwd: ROOT, maxBuffer: 1 << 30 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${args.join(' ')} failed: ${stderr}`, { cause: error }));
      else resolve({ ms: performance.now() - started, stdout, stderr });
    });
  });
}

/** The whole `huntops kql` process: start-up, load, query, JSON output. */
export async function huntopsCold(dir: string, queryFile: string, shape: BenchShape): Promise<ShapeResult> {
  const run = await spawnNode([
    'src/cli/bin.mjs',
    'kql',
    '--data',
    dir,
    '--file',
    queryFile,
    '--format',
    'json',
    '--stats',
    '--at',
    NOW.toISOString(),
  ]);
  const stats = JSON.parse(run.stderr.trim().split('\n').at(-1) as string);
  const result = JSON.parse(run.stdout) as { columns: { name: string }[]; rows: unknown[][] };
  const index = result.columns.findIndex((c) => c.name === shape.checksumColumn);
  const checksum = result.rows.reduce((s, row) => s + Number(row[index]), 0);
  return { ms: run.ms, rows: result.rows.length, checksum, peakRssMb: stats.peakRssMb };
}

/** A fresh DuckDB process loading the same files and running the SQL. */
export async function duckdbCold(loadFile: string, sqlFile: string, shape: BenchShape): Promise<ShapeResult> {
  const run = await spawnNode(['tests/bench/duckdb-cold.mjs', loadFile, sqlFile, shape.checksumColumn]);
  const figures = JSON.parse(run.stdout);
  return { ms: run.ms, rows: figures.rows, checksum: figures.checksum, peakRssMb: figures.peakRssMb };
}

/**
 * Process start-up alone, to read the cold figures against: `huntops kql` over an empty directory
 * (tsx plus the engine's imports) and a node process that only imports DuckDB.
 */
export async function startupBaselines(): Promise<{ huntopsMs: number; duckdbMs: number }> {
  const empty = mkdtempSync(join(tmpdir(), 'huntops-bench-empty-'));
  const huntops = await spawnNode(['src/cli/bin.mjs', 'kql', '--data', empty, '--query', 'print 1']);
  const duckdb = await spawnNode(['--input-type=module', '-e', "await import('@duckdb/node-api')"]);
  return { huntopsMs: huntops.ms, duckdbMs: duckdb.ms };
}
