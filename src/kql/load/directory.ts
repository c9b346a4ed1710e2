import { readdir, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, extname, join } from 'node:path';
import type { ColumnTable } from '../engine/table.ts';
import { dataSchemaFor, schemaFor } from '../schemas/index.ts';
import { readCsvFile } from './csv-file.ts';
import { KqlLoadError, type LoadWarning } from './errors.ts';
import { fillEventTime, fillSyslogFromAsim } from './fixups.ts';
import { readJsonFile } from './json-file.ts';
import { readJsonLinesSplit, type SplitOptions } from './jsonl-split.ts';
import { TableAccumulator } from './table-accumulator.ts';

export const TABLE_FILE_EXTENSIONS = ['.jsonl', '.ndjson', '.json', '.csv'] as const;

export interface LoadedTables {
  readonly tables: ColumnTable[];
  readonly warnings: LoadWarning[];
  /** The data files read, with their modification times (for cache checks). */
  readonly files: readonly { path: string; mtimeMs: number; size: number }[];
  /** Tables left out because a file of theirs could not be loaded (only with `setAsideUnreadable`). */
  readonly unreadable: readonly UnreadableTable[];
}

/** A table whose files could not be loaded, with the coded error that names the file and line. */
export interface UnreadableTable {
  readonly table: string;
  readonly error: KqlLoadError;
}

/**
 * The table a file holds: its name up to the extension, or up to `__` so several files
 * (`SigninLogs__2024-10.jsonl`, `SigninLogs__2024-11.jsonl`, or a name plus its origin)
 * fill one table.
 */
export function tableNameOf(fileName: string): string {
  const stem = basename(fileName, extname(fileName));
  const cut = stem.indexOf('__');
  return cut > 0 ? stem.slice(0, cut) : stem;
}

/** Lists the data files of a directory, sorted by name, with their mtimes. */
export async function listTableFiles(dir: string): Promise<LoadedTables['files']> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    throw new KqlLoadError(
      'KQLL001',
      `cannot list the data directory (${(error as NodeJS.ErrnoException).code ?? error})`,
      {
        file: dir,
        hint: 'Pass --data with an existing directory of .jsonl, .json or .csv files, one file (or file__part) per table.',
        cause: error,
      },
    );
  }
  const files = [];
  for (const name of names.sort()) {
    if (!(TABLE_FILE_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase())) continue;
    const path = join(dir, name);
    const info = await stat(path);
    if (info.isFile()) files.push({ path, mtimeMs: info.mtimeMs, size: info.size });
  }
  return files;
}

/**
 * JSON Lines files from 64 MiB on are read on up to four threads; below that, starting threads
 * costs more than it saves.
 */
const DEFAULT_SPLIT: SplitOptions = { threads: Math.min(availableParallelism(), 4), minSplitBytes: 64 << 20 };

/** Which tables to load, and which JSON keys to store (see ../load-for-query.ts); by default everything. */
export interface LoadSelection {
  readonly tables: ReadonlySet<string>;
  readonly columns?: ReadonlySet<string>;
}

export interface LoadTablesOptions {
  readonly split?: Partial<SplitOptions>;
  readonly only?: LoadSelection;
  /**
   * Lists a table whose files cannot be loaded in `unreadable` instead of failing the whole load: a stray
   * file in a data folder (notes.json, a CSV without a header) must not fail the queries that never read it.
   */
  readonly setAsideUnreadable?: boolean;
}

/** Loads every data file of `dir` (or the selected ones) into columnar tables named after the files. */
export async function loadColumnTables(dir: string, options: LoadTablesOptions = {}): Promise<LoadedTables> {
  const splitting = { ...DEFAULT_SPLIT, ...options.split };
  const only = options.only;
  const files = await listTableFiles(dir);
  const warnings: LoadWarning[] = [];
  const warn = (warning: LoadWarning) => warnings.push(warning);
  const groups = new Map<string, string[]>();
  for (const { path } of files) {
    const name = tableNameOf(path);
    groups.set(name, [...(groups.get(name) ?? []), path]);
  }
  if (files.length === 0) warn({ file: dir, message: 'no .jsonl, .json or .csv files; the database has no tables' });
  const tables: ColumnTable[] = [];
  const unreadable: UnreadableTable[] = [];
  for (const [name, paths] of groups) {
    if (only && !only.tables.has(name)) continue;
    try {
      tables.push(await loadTable(name, paths, warn, splitting, only?.columns));
    } catch (error) {
      if (!(options.setAsideUnreadable && error instanceof KqlLoadError)) throw error;
      unreadable.push({ table: name, error });
    }
  }
  return { tables, warnings, files, unreadable };
}

async function loadTable(
  name: string,
  paths: readonly string[],
  warn: (w: LoadWarning) => void,
  splitting: SplitOptions,
  columns: ReadonlySet<string> | undefined,
): Promise<ColumnTable> {
  const schema = dataSchemaFor(name);
  const accumulator = new TableAccumulator(name, schema, columns);
  for (const path of paths) await readTableFile(path, accumulator, schema, warn, splitting);
  const facts = {
    present: (c: string) => accumulator.hasColumn(c),
    source: paths.map((p) => basename(p)).join(', '),
    warn,
  };
  let table = accumulator.finish();
  table = fillEventTime({ ...facts, table });
  table = fillSyslogFromAsim({ ...facts, table });
  if (schema === undefined) hintKnownTableName(table, facts.source, warn);
  return table;
}

/** A file whose rows say `Type == "Syslog"` but whose name does not start with `Syslog__` loads under another name. */
function hintKnownTableName(table: ColumnTable, source: string, warn: (w: LoadWarning) => void): void {
  if (!table.has('Type') || table.typeOf('Type') !== 'string' || table.rowCount === 0) return;
  const type = table.column('Type').get(0);
  if (typeof type !== 'string' || schemaFor(type) === undefined) return;
  warn({
    file: source,
    message: `loaded as table "${table.name}" although its rows have Type "${type}"; if they are ${type} rows, rename the file to ${type}__<anything>${extname(source)} to query them as ${type}`,
  });
}

async function readTableFile(
  path: string,
  table: TableAccumulator,
  schema: ReturnType<typeof schemaFor>,
  warn: (w: LoadWarning) => void,
  split: SplitOptions,
): Promise<void> {
  const file = basename(path);
  try {
    switch (extname(path).toLowerCase()) {
      case '.csv':
        return await readCsvFile(path, file, table, schema, warn);
      case '.json':
        return await readJsonFile(path, file, table, warn);
      default:
        return await readJsonLinesSplit(path, file, table, split);
    }
  } catch (error) {
    if (error instanceof KqlLoadError) throw error;
    throw new KqlLoadError('KQLL007', `cannot read the file (${(error as Error).message})`, {
      file,
      hint: 'Check that the file exists, is readable and is UTF-8 text.',
      cause: error,
    });
  }
}
