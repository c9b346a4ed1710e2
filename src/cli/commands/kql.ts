import { readFile } from 'node:fs/promises';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { ConfigError } from '../../config/index.ts';
import {
  type DirectoryQueryResult,
  explainQuery,
  formatDiagnostic,
  KqlDatabase,
  KqlLoadError,
  parseDatetimeText,
  runQuery,
  runQueryOnDirectory,
  toWireTable,
} from '../../kql/index.ts';
import { externalDataReaderFor } from '../kql-external-data.ts';
import { formatResult, KQL_OUTPUT_FORMATS, type KqlOutputFormat } from '../kql-output.ts';

interface KqlOptions {
  data?: string;
  file?: string;
  query?: string;
  format: KqlOutputFormat;
  at?: Date;
  stats?: boolean;
  explain?: boolean;
  config?: string;
}

/** Exit codes: 0 result printed, 1 data / runtime / usage error, 2 the query has errors (diagnostics). */
const EXIT_DATA_OR_RUNTIME = 1;
const EXIT_BAD_QUERY = 2;

export function register(program: Command): void {
  program
    .command('kql')
    .description('run a KQL query with the embedded engine over a directory of exported logs (.jsonl/.json/.csv)')
    .option(
      '--data <dir>',
      'directory with one file per table (SigninLogs.jsonl, SecurityEvent__part1.csv, …); without it every table is empty',
    )
    .addOption(new Option('--file <file>', 'read the query from a file').conflicts('query'))
    .addOption(new Option('--query <kql>', 'the query text').conflicts('file'))
    .addOption(new Option('--format <format>', 'output format').choices(KQL_OUTPUT_FORMATS).default('table'))
    .option('--at <iso-8601>', 'the instant now() and ago() refer to (default: the current time)', parseInstant)
    .option('--stats', 'print {"loadMs","queryMs","rows","peakRssMb"} as one JSON line on stderr')
    .option('--explain', 'list what the local engine would not run in the query, with positions, without running it')
    .option('--config <file>', 'config file whose kql.externalData says where externaldata may read from')
    .addHelpText(
      'after',
      `
A file's table is its name up to the extension or the first "__" (SigninLogs__2024-10.csv → SigninLogs).
Known Sentinel/Defender tables get their full schema; Sentinel portal CSV exports are read as exported.
Without --data every known table is empty (a print, range or datatable query needs none); a warning says so.
Exit codes: 0 result printed, 1 data, runtime or usage error, 2 the query has errors (diagnostics on stderr).`,
    )
    .action(async (options: KqlOptions) => {
      process.exitCode = await runKqlCommand(options);
    });
}

function parseInstant(text: string): Date {
  const ms = /^\d{4}-\d{2}-\d{2}/.test(text) ? parseDatetimeText(text) : null;
  if (ms === null) throw new InvalidArgumentError('expected an ISO-8601 instant such as 2024-10-18T09:30:00Z.');
  return new Date(ms);
}

async function runKqlCommand(options: KqlOptions): Promise<number> {
  if ((options.file === undefined) === (options.query === undefined)) {
    console.error('error: give the query with exactly one of --file <file> or --query <kql>');
    return EXIT_DATA_OR_RUNTIME;
  }
  const text = options.query ?? (await readQueryFile(options.file as string));
  if (text === undefined) return EXIT_DATA_OR_RUNTIME;
  if (options.explain) return explain(text);

  let result: DirectoryQueryResult;
  try {
    const externalData = externalDataReaderFor(text, options.config);
    result = await runQueryOn(options.data, text, { now: options.at, externalData });
  } catch (error) {
    if (!(error instanceof KqlLoadError) && !(error instanceof ConfigError)) throw error;
    console.error(`error: ${error.message}`);
    return EXIT_DATA_OR_RUNTIME;
  }
  const { outcome, loadMs } = result;
  for (const w of result.warnings) console.error(`warning: ${w.file}: ${w.message}`);
  if (!outcome.ok && outcome.kind === 'diagnostics') {
    for (const diagnostic of outcome.diagnostics) console.error(formatDiagnostic(diagnostic));
    return EXIT_BAD_QUERY;
  }
  if (!outcome.ok) {
    console.error(`error: ${outcome.error.code} ${outcome.error.message}`);
    return EXIT_DATA_OR_RUNTIME;
  }
  for (const warning of outcome.warnings) console.error(`warning: ${warning}`);
  console.log(formatResult(toWireTable(outcome.table), options.format));
  if (options.stats) printStats(loadMs, outcome.stats.queryMs, outcome.stats.rows);
  return 0;
}

/**
 * Over the data directory when there is one: one query per process, so it loads only what the query
 * reads. Without one, over no data at all, saying so, because an empty result of a hunt run without
 * its logs must not read as "nothing found".
 */
async function runQueryOn(
  dataDir: string | undefined,
  text: string,
  options: Parameters<typeof runQuery>[2],
): Promise<DirectoryQueryResult> {
  if (dataDir !== undefined) return runQueryOnDirectory(dataDir, text, options);
  const started = performance.now();
  const outcome = await runQuery(KqlDatabase.empty(), text, options);
  const loadMs = performance.now() - started - (outcome.ok ? outcome.stats.queryMs : 0);
  return { outcome, loadMs, warnings: [{ file: '--data', message: 'not given: every table is empty' }] };
}

/** `--explain`: what the local engine would not run, then the query's other errors; exit 2 when there is either. */
function explain(text: string): number {
  const { unsupported, errors, sentinelSchemas } = explainQuery(text);
  if (sentinelSchemas.length > 0) {
    console.log(
      "typed from Azure-Sentinel's query validation schemas, not Microsoft's table reference (no rows without data):",
    );
    for (const { name, source } of sentinelSchemas) console.log(`  ${name}: ${source}`);
  }
  if (unsupported.length === 0 && errors.length === 0) {
    console.log('the local engine runs every construct of this query');
    return 0;
  }
  if (unsupported.length > 0) {
    console.log('not run by the local engine:');
    for (const diagnostic of unsupported) console.log(`  ${formatDiagnostic(diagnostic)}`);
  }
  if (errors.length > 0) {
    console.log('other errors in the query:');
    for (const diagnostic of errors) console.log(`  ${formatDiagnostic(diagnostic)}`);
  }
  return EXIT_BAD_QUERY;
}

async function readQueryFile(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    console.error(`error: cannot read the query file ${path} (${(error as NodeJS.ErrnoException).code ?? error})`);
    return undefined;
  }
}

function printStats(loadMs: number, queryMs: number, rows: number): void {
  // maxRSS is the process's peak resident set in KiB, loading included.
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  const round = (n: number) => Math.round(n * 10) / 10;
  console.error(JSON.stringify({ loadMs: round(loadMs), queryMs: round(queryMs), rows, peakRssMb: round(peakRssMb) }));
}
