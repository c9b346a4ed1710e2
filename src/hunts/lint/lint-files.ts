import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { type Document, isScalar, parseDocument, Scalar } from 'yaml';
import { HuntError } from '../errors.ts';
import { listTemplateFiles } from '../template/load-templates.ts';
import { parseTemplate } from '../template/parse-template.ts';
import { analyzeQuery, type LintDiagnostic, lintQuery } from './lint-query.ts';
import { checkMappedColumns } from './mapped-columns.ts';

/** The lint outcome of one file: analyzer diagnostics with file-relative positions, or why it could not be linted. */
export interface FileLintResult {
  readonly file: string;
  readonly diagnostics: readonly LintDiagnostic[];
  /** Set when the file is not a valid template, so its query could not be analyzed. */
  readonly problem?: string;
}

/**
 * Lints template YAML files (and plain .kql files); folders are searched for *.yaml / *.yml. Templates are
 * analyzed against the known table schemas, then checked for mapped columns missing from the result (HUNT001).
 */
export function lintFiles(paths: readonly string[]): FileLintResult[] {
  return listTemplateFiles(paths).map(lintFile);
}

export function lintFile(file: string): FileLintResult {
  try {
    const text = readFileSync(file, 'utf8');
    if (extname(file).toLowerCase() === '.kql') return { file, diagnostics: lintQuery(text) };
    const template = parseTemplate(text, file);
    const document = parseDocument(text);
    const offset = queryPosition(document, text);
    const analysis = analyzeQuery(template.query);
    const diagnostics = analysis.diagnostics.map((diagnostic) => ({
      ...diagnostic,
      line: diagnostic.line + offset.lines,
      column: diagnostic.column + offset.indent,
    }));
    // Column checks only make sense once the query itself binds.
    const mapped =
      !diagnostics.some(({ severity }) => severity === 'Error') && analysis.resultColumns
        ? checkMappedColumns(template, analysis.resultColumns, document, text)
        : [];
    return { file, diagnostics: [...diagnostics, ...mapped] };
  } catch (error) {
    if (error instanceof HuntError && error.code !== 'huntops_hunt_lint_unavailable')
      return { file, diagnostics: [], problem: error.message };
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      return { file, diagnostics: [], problem: `${file} does not exist` };
    throw error;
  }
}

/**
 * Where the `query:` block's first line sits in the file, so positions point into the YAML file.
 * Only block scalars (`query: |`) map exactly; other styles report lines relative to the `query:` key.
 */
function queryPosition(document: Document, text: string): { lines: number; indent: number } {
  const node = document.get('query', true);
  if (!isScalar(node) || !node.range) return { lines: 0, indent: 0 };
  const keyLine = text.slice(0, node.range[0]).split('\n').length;
  if (node.type !== Scalar.BLOCK_LITERAL && node.type !== Scalar.BLOCK_FOLDED) return { lines: keyLine - 1, indent: 0 };
  const firstContentLine = text.split('\n')[keyLine] ?? '';
  return { lines: keyLine, indent: firstContentLine.length - firstContentLine.trimStart().length };
}

/** `file:line:column: CODE Severity: message`, one line per diagnostic, as compilers print them. */
export function formatLintResult(result: FileLintResult): string[] {
  if (result.problem) return [`${result.file}: ${result.problem}`];
  return result.diagnostics.map(
    (diagnostic) =>
      `${result.file}:${diagnostic.line}:${diagnostic.column}: ${diagnostic.code} ${diagnostic.severity}: ${diagnostic.message}`,
  );
}
