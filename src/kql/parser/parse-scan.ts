import { create, type OperatorNode, type ScanDeclaration, type ScanStepNode } from '../syntax/index.ts';
import type { Cursor } from './cursor.ts';
import type { Token } from './lexer.ts';
import { parseNamedExpression, parseOptions } from './parse-clauses.ts';
import { parseExpression } from './parse-expressions.ts';
import { readName } from './parse-sources.ts';
import { readTypeName } from './type-names.ts';

const OUTPUTS = ['all', 'last', 'none'] as const;

/** `scan [with_match_id=Id] [declare (c:type [= default], …)] with (step s [output=all|last|none]: Condition [=> c = Expr, …]; …)`. */
export function parseScan(c: Cursor, keyword: Token): OperatorNode {
  const matchIdColumn = parseOptions(c, ['with_match_id']).find((o) => o.name === 'with_match_id')?.value;
  const declarations = c.acceptIdent('declare') ? parseDeclarations(c) : [];
  const steps: ScanStepNode[] = [];
  if (c.expectIdent('with') && c.expectPunct('(')) {
    while (c.isIdent('step')) {
      steps.push(parseStep(c));
      if (!c.acceptPunct(';')) break;
    }
    c.expectPunct(')');
  }
  return create({ kind: 'ScanOperator', matchIdColumn, declarations, steps, span: c.spanFrom(keyword) });
}

function parseDeclarations(c: Cursor): ScanDeclaration[] {
  const declarations: ScanDeclaration[] = [];
  c.expectPunct('(');
  do {
    const start = c.peek();
    const name = readName(c);
    if (name === undefined) break;
    c.expectPunct(':');
    const type = readTypeName(c);
    const defaultValue = c.acceptPunct('=') ? parseExpression(c) : undefined;
    declarations.push({ name, type: type ?? 'dynamic', defaultValue, span: c.spanFrom(start) });
  } while (c.acceptPunct(','));
  c.expectPunct(')');
  return declarations;
}

function parseStep(c: Cursor): ScanStepNode {
  const start = c.next();
  const name = readName(c) ?? '';
  let output: ScanStepNode['output'] = 'all';
  if (c.isIdent('output') && c.isPunct('=', 1)) {
    c.next();
    c.next();
    const mode = OUTPUTS.find((o) => c.isIdent(o));
    if (mode === undefined) c.reportExpected('output=all, last or none');
    else {
      c.next();
      output = mode;
    }
  }
  c.expectPunct(':');
  const condition = parseExpression(c);
  const assignments = [];
  if (c.acceptPunct('=>')) {
    do assignments.push(parseNamedExpression(c));
    while (c.acceptPunct(','));
  }
  return { name, output, condition, assignments, span: c.spanFrom(start) };
}
