// `npm run bench`: huntops' embedded KQL engine against DuckDB over the same seeded JSONL data.
// Prints figures and ratios; asserts nothing about time (targets: warm ≤ 3×, cold ≤ 2.5×,
// peak RSS ≤ 1 GB at 1M rows). Row counts and checksums must match, or the run fails.
// Sizes: BENCH_SIGNIN_ROWS (default 1,000,000), BENCH_SECURITY_ROWS (200,000), BENCH_RUNS (5).
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeBenchData } from './bench-data.ts';
import {
  duckdbCold,
  duckdbWarm,
  huntopsCold,
  huntopsWarm,
  type ShapeResult,
  startupBaselines,
} from './bench-runners.ts';
import { BENCH_SHAPES, duckdbLoadStatements } from './bench-shapes.ts';

const signinRows = Number(process.env.BENCH_SIGNIN_ROWS ?? 1_000_000);
const securityRows = Number(process.env.BENCH_SECURITY_ROWS ?? 200_000);
const runs = Number(process.env.BENCH_RUNS ?? 5);

/** The data is deterministic, so a previous run's files are reused (the marker is written last). */
async function benchData(): Promise<string> {
  const dir = join(tmpdir(), `huntops-kql-bench-v2-${signinRows}-${securityRows}`);
  const marker = join(dir, '.complete');
  if (!existsSync(marker)) {
    await mkdir(dir, { recursive: true });
    console.log(`generating ${signinRows} SigninLogs + ${securityRows} SecurityEvent rows in ${dir} …`);
    await writeBenchData(dir, signinRows, securityRows);
    await writeFile(marker, '');
  }
  return dir;
}

const fmt = (ms = 0) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);
const ratio = (a = 0, b = 1) => `${(a / b).toFixed(2)}×`;
const pair = (a: string, b: string) => `${a} / ${b}`;
const agree = (a: ShapeResult, b: ShapeResult) => a.rows === b.rows && Math.abs(a.checksum - b.checksum) < 1e-6;
// Wall times mean little on a busy machine: the load average says how busy it was; CPU times do not care.
const busy = () => `load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} CPUs`;

function printTable(rows: string[][]): void {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i])).join('  '));
}

const dir = await benchData();
const queriesDir = join(dir, 'queries');
await mkdir(queriesDir, { recursive: true });
const loadFile = join(queriesDir, 'duckdb-load.json');
await writeFile(loadFile, JSON.stringify(duckdbLoadStatements(dir)));

console.log(
  `warm: median of ${runs} runs after a warm-up, both engines in this process; node ${process.version}; ${busy()}`,
);
const huntops = await huntopsWarm(dir, runs);
const duck = await duckdbWarm(dir, runs);
console.log(
  `load into memory (h / D): wall ${pair(fmt(huntops.loadMs), fmt(duck.loadMs))} = ${ratio(huntops.loadMs, duck.loadMs)}, ` +
    `CPU ${pair(fmt(huntops.loadCpuMs), fmt(duck.loadCpuMs))} = ${ratio(huntops.loadCpuMs, duck.loadCpuMs)}`,
);

const report = [
  [
    'shape',
    'warm h / D',
    'ratio',
    'warm CPU h / D',
    'ratio',
    'cold h / D',
    'ratio',
    'peak RSS h / D',
    'rows h / D',
    'same',
  ],
];
let mismatches = 0;
for (const shape of BENCH_SHAPES) {
  const kqlFile = join(queriesDir, `${shape.name}.kql`);
  const sqlFile = join(queriesDir, `${shape.name}.sql`);
  await writeFile(kqlFile, shape.kql);
  await writeFile(sqlFile, shape.sql);
  const warmH = await huntops.run(shape);
  const warmD = await duck.run(shape);
  const coldH = await huntopsCold(dir, kqlFile, shape);
  const coldD = await duckdbCold(loadFile, sqlFile, shape);
  const same = agree(warmH, warmD) && agree(coldH, coldD);
  if (!same) mismatches++;
  report.push([
    shape.name,
    pair(fmt(warmH.ms), fmt(warmD.ms)),
    ratio(warmH.ms, warmD.ms),
    pair(fmt(warmH.cpuMs), fmt(warmD.cpuMs)),
    ratio(warmH.cpuMs, warmD.cpuMs),
    pair(fmt(coldH.ms), fmt(coldD.ms)),
    ratio(coldH.ms, coldD.ms),
    pair(`${Math.round(coldH.peakRssMb ?? 0)}`, `${Math.round(coldD.peakRssMb ?? 0)} MB`),
    pair(`${warmH.rows}`, `${warmD.rows}`),
    same ? 'yes' : `NO: checksum ${warmH.checksum} vs ${warmD.checksum}`,
  ]);
}
duck.close();
printTable(report);
const startup = await startupBaselines();
console.log(
  `process start-up alone (part of every cold figure): huntops kql on no data ${fmt(startup.huntopsMs)}, node + DuckDB import ${fmt(startup.duckdbMs)}`,
);
console.log(`finished with ${busy()}`);
console.log('targets (reported, not asserted): warm ≤ 3×, cold ≤ 2.5×, huntops peak RSS ≤ 1024 MB');
if (mismatches > 0) {
  console.error(`${mismatches} shape(s) returned different results in huntops and DuckDB`);
  process.exitCode = 1;
}
