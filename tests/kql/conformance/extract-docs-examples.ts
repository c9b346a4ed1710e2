/**
 * Regenerates tests/fixtures/kql/conformance/docs-examples.json from the KQL reference pages of
 * MicrosoftDocs/dataexplorer-docs (data-explorer/kusto/query/**.md, CC-BY-4.0; code samples MIT).
 * Not part of the test run:
 *
 *   npx tsx tests/kql/conformance/extract-docs-examples.ts <checkout>/data-explorer/kusto/query <commit>
 *   npx biome format --write tests/fixtures/kql/conformance/docs-examples.json
 *
 * A case is a ```kusto block followed directly by its **Output** table, kept when it is self-contained: every
 * statement starts with `print`, `datatable`, `range`, `let` or a let-bound name, and nothing reads a table (the
 * samples database is not here). That leaves out management commands (`.show`, `.create`), `explain` with SQL,
 * `table()`/`database()` reads and externaldata.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { tokenize } from '../../../src/kql/parser/lexer.ts';

interface DocExample {
  readonly page: string;
  readonly index: number;
  readonly query: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

const SOURCES = new Set(['print', 'datatable', 'range']);
const OUTPUT_HEADING = /^\*{0,2}(Output|Results?)\s*:?\*{0,2}\s*:?$/i;
const OPENERS = new Set(['(', '[', '{']);
const CLOSERS = new Set([')', ']', '}']);
/** What reads a table, cluster or database by name, or data from outside (externaldata, external_data). */
const TABLE_READERS = new Set([
  'table',
  'database',
  'cluster',
  'external_table',
  'materialized_view',
  'externaldata',
  'external_data',
]);
/** A markdown table's header separator row, `|---|:--:|` or `---|---` (the outer pipes are optional). */
const SEPARATOR_ROW = /^\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?$/;

function main([root, commit]: readonly string[]): void {
  if (!root || !commit) throw new Error('usage: extract-docs-examples.ts <docs query dir> <commit>');
  const examples = markdownFiles(root).flatMap((file) =>
    examplesOf(readFileSync(file, 'utf8')).map((example, index) => ({
      page: `data-explorer/kusto/query/${relative(root, file)}`,
      index,
      ...example,
    })),
  );
  const out = new URL('../../fixtures/kql/conformance/docs-examples.json', import.meta.url);
  const about =
    `Examples and documented outputs from MicrosoftDocs/dataexplorer-docs@${commit} (data-explorer/kusto/query), ` +
    'CC-BY-4.0 (docs) / MIT (code samples), extracted by tests/kql/conformance/extract-docs-examples.ts.';
  writeFileSync(out, `${JSON.stringify({ about, examples }, null, 2)}\n`);
  console.log(`${examples.length} self-contained examples → ${out.pathname}`);
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return markdownFiles(path);
      return name.endsWith('.md') ? [path] : [];
    });
}

/** ```kusto blocks whose next non-blank content is an **Output** heading and a table, or the table itself. */
function examplesOf(markdown: string): Omit<DocExample, 'page' | 'index'>[] {
  const lines = markdown.split(/\r?\n/);
  const found: Omit<DocExample, 'page' | 'index'>[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^```(kusto|kql)\s*$/i.test(lines[i].trim())) continue;
    const end = lines.findIndex((line, j) => j > i && line.trim().startsWith('```'));
    if (end < 0) break;
    const query = lines
      .slice(i + 1, end)
      .join('\n')
      .trim();
    let j = end + 1;
    while (j < lines.length && lines[j].trim() === '') j++;
    // The Output table comes under a heading (**Output**, **Output:**, *Output*, **Results**) or right under the block.
    const heading = OUTPUT_HEADING.test(lines[j]?.trim() ?? '');
    if (!heading && !lines[j]?.trim().startsWith('|')) continue;
    if (heading) j++;
    // Prose may come between the heading and its table, but not another code block.
    while (j < lines.length && !lines[j].includes('|') && !lines[j].trim().startsWith('```')) j++;
    // Table rows may leave out the outer pipes (row-rank-dense-function.md); the second row is the separator.
    const table: string[][] = [];
    for (; j < lines.length && lines[j].includes('|'); j++) table.push(cellsOf(lines[j]));
    if (table.length < 2 || !SEPARATOR_ROW.test(lines[j - table.length + 1].trim()) || !isSelfContained(query))
      continue;
    // Headers are names: markdown's `\_` escape is not part of them (series-periods-detect-function.md).
    found.push({ query, columns: table[0].map((name) => name.replace(/\\_/g, '_')), rows: table.slice(2) });
    i = j - 1;
  }
  return found;
}

function cellsOf(line: string): string[] {
  const trimmed = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  return trimmed.split(/(?<!\\)\|/).map((cell) =>
    cell
      .trim()
      .replace(/\\\|/g, '|')
      .replace(/^`(.*)`$/, '$1'),
  );
}

/** Every statement starts from print/datatable/range or an earlier let name; no name reads a table. */
function isSelfContained(query: string): boolean {
  const tokens = tokenize(query).filter((t) => t.kind !== 'eof');
  const lets = new Set<string>();
  let statementStart = true;
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'punct' && OPENERS.has(t.text)) depth++;
    if (t.kind === 'punct' && CLOSERS.has(t.text)) depth--;
    // A `;` inside brackets ends a step of scan or a let function's body statement, not the query's statement.
    if (t.kind === 'punct' && t.text === ';' && depth === 0) {
      statementStart = true;
      continue;
    }
    if (statementStart && t.kind === 'ident' && t.text === 'let' && tokens[i + 1]?.kind === 'ident') {
      lets.add(tokens[i + 1].text);
      i += 2;
      statementStart = false;
      continue;
    }
    // Anything else at a statement's start is a command (`.show`), SQL (`explain`) or a table.
    if (statementStart && (t.kind !== 'ident' || (!SOURCES.has(t.text) && !lets.has(t.text)))) return false;
    statementStart = false;
    if (t.kind === 'ident' && TABLE_READERS.has(t.text) && tokens[i + 1]?.text === '(') return false;
    // A capitalised name followed by a pipe that no let defines is a table of the samples database.
    const next = tokens[i + 1];
    if (t.kind === 'ident' && /^[A-Z]/.test(t.text) && next?.kind === 'punct' && next.text === '|' && !lets.has(t.text))
      return false;
  }
  return !statementStart || tokens.length > 0;
}

main(process.argv.slice(2));
