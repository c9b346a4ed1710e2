// One cold DuckDB run for the KQL benchmark: a fresh process and instance that loads the JSONL
// files and runs one query. Plain JS (no tsx) so the process start is DuckDB's alone.
// Usage: node tests/bench/duckdb-cold.mjs <load-statements.json> <query.sql> <checksum column>
import { readFileSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';

const [loadFile, sqlFile, checksumColumn] = process.argv.slice(2);
const started = performance.now();
const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
for (const statement of JSON.parse(readFileSync(loadFile, 'utf8'))) await connection.run(statement);
const loadMs = performance.now() - started;
const reader = await connection.runAndReadAll(readFileSync(sqlFile, 'utf8'));
const rows = reader.getRowObjectsJS();
const queryMs = performance.now() - started - loadMs;
const checksum = rows.reduce((sum, row) => sum + Number(row[checksumColumn]), 0);
const peakRssMb = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify({ loadMs, queryMs, rows: rows.length, checksum, peakRssMb }));
