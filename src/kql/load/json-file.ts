import type { KqlType } from '../types.ts';
import { isKqlType } from '../types.ts';
import { KqlLoadError, type WarningSink } from './errors.ts';
import { readUtf8 } from './read-text.ts';
import type { TableAccumulator } from './table-accumulator.ts';

/**
 * A `.json` file holds either an array of row objects, or a Log Analytics query API response
 * (`{"tables":[{"name":"PrimaryResult","columns":[{"name","type"}],"rows":[[…]]}]}`), whose
 * declared column types are used when the table has no known schema.
 */
export async function readJsonFile(
  path: string,
  file: string,
  table: TableAccumulator,
  warn: WarningSink,
): Promise<void> {
  const document = parseDocument((await readUtf8(path)).toString('utf8'), file);
  table.beginFile(file, false);
  if (Array.isArray(document)) return readRowObjects(document, file, table);
  const response = asApiResponse(document);
  if (response === undefined) {
    throw new KqlLoadError('KQLL003', 'expected an array of row objects or a Log Analytics response with "tables"', {
      file,
      hint: 'Save rows as [{"Col":value,…},…], or save the API response body as returned.',
    });
  }
  if (response.tables.length > 1)
    warn({ file, message: `response has ${response.tables.length} tables; loaded only the first` });
  const [first] = response.tables;
  // Schema columns keep their schema type; the response's declared types only type the others.
  const slots = first.columns.map((column) => table.slot(column.name, apiType(column.type)));
  first.rows.forEach((row, index) => {
    if (!Array.isArray(row) || row.length !== slots.length) {
      throw new KqlLoadError('KQLL003', `row ${index + 1} does not have ${slots.length} values`, {
        file,
        hint: 'Each entry of "rows" must be an array with one value per entry of "columns".',
      });
    }
    for (let c = 0; c < slots.length; c++) table.put(slots[c], row[c], index + 1);
    table.endRow();
  });
}

function parseDocument(text: string, file: string): unknown {
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new KqlLoadError('KQLL003', `not valid JSON (${(error as Error).message})`, {
      file,
      line: lineOfJsonError(text, error),
      hint: 'Fix the JSON syntax, or save one object per line as .jsonl.',
      cause: error,
    });
  }
}

/** V8 reports "… in JSON at position N"; turn N into a line number when present. */
function lineOfJsonError(text: string, error: unknown): number | undefined {
  const position = /position (\d+)/.exec((error as Error).message)?.[1];
  if (position === undefined) return undefined;
  let line = 1;
  for (let i = 0; i < Number(position) && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function readRowObjects(rows: unknown[], file: string, table: TableAccumulator): void {
  rows.forEach((row, index) => {
    if (row === null || typeof row !== 'object' || Array.isArray(row)) {
      throw new KqlLoadError('KQLL003', `array entry ${index + 1} is not an object`, {
        file,
        hint: 'Each array entry must be one row object: {"Col":value,…}.',
      });
    }
    table.putObject(row as Record<string, unknown>, index + 1);
  });
}

interface ApiTable {
  readonly columns: readonly { name: string; type: string }[];
  readonly rows: readonly unknown[];
}

function asApiResponse(document: unknown): { tables: ApiTable[] } | undefined {
  const tables = (document as { tables?: unknown })?.tables;
  if (!Array.isArray(tables) || tables.length === 0) return undefined;
  const valid = tables.every((t) => Array.isArray(t?.columns) && Array.isArray(t?.rows));
  return valid ? { tables } : undefined;
}

/** The API names types as Kusto does ("string", "datetime", …), older versions as .NET types. */
function apiType(type: string | undefined): KqlType | undefined {
  const name = (type ?? '').replace(/^System\./, '').toLowerCase();
  if (isKqlType(name)) return name;
  const dotnet: Record<string, KqlType> = {
    int32: 'int',
    int64: 'long',
    double: 'real',
    boolean: 'bool',
    object: 'dynamic',
    sbyte: 'bool',
    guid: 'guid',
  };
  return dotnet[name];
}
