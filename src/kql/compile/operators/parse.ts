import { Diagnostics } from '../../diagnostics/index.ts';
import { type ParseSegment, parse, where } from '../../engine/index.ts';
import { compileExpression } from '../compile-expression.ts';
import { operatorPlan } from '../plan.ts';
import type { OperatorCompiler } from './index.ts';

const KINDS = ['simple', 'regex', 'relaxed'] as const;

/** `parse [kind=simple|regex|relaxed] [flags=…] Expr with * "text" Name:type …` and `parse-where`. */
export const compileParse: OperatorCompiler<'ParseOperator'> = (input, operator, env) => {
  const source = compileExpression(operator.source, env);
  const kindOption = operator.options.find((o) => o.name === 'kind')?.value ?? 'simple';
  const kind = KINDS.find((k) => k === kindOption);
  if (!kind) {
    env.cx.report(
      Diagnostics.invalidArgument(`parse kind must be simple, regex or relaxed, got '${kindOption}'`, operator.span),
    );
  }
  const flags = operator.options.find((o) => o.name === 'flags')?.value;
  const segments: ParseSegment[] = operator.pattern.parts.map((part) =>
    'text' in part
      ? { kind: 'literal', text: part.text }
      : part.column === null
        ? { kind: 'wildcard' }
        : { kind: 'capture', name: part.column, type: part.type },
  );
  const captures = segments.flatMap((s) => (s.kind === 'capture' ? [s.name] : []));
  return operatorPlan(
    [input],
    ([t]) => {
      const parsed = parse(t, { source, segments, kind: kind ?? 'simple', flags }, env.cx.exec);
      if (!operator.filterUnmatched || captures.length === 0) return parsed;
      // parse-where keeps only rows the pattern matched: an unmatched row has every capture empty.
      return where(parsed, matchedRows(captures), env.cx.exec);
    },
    env.cx,
    operator.span,
  );
};

function matchedRows(captures: readonly string[]) {
  return {
    type: 'bool' as const,
    bind(table: Parameters<typeof where>[0]) {
      const readers = captures.map((name) => {
        const column = table.column(name);
        return (row: number) => column.get(row);
      });
      return (row: number) => readers.some((read) => read(row) !== null && read(row) !== '');
    },
  };
}
