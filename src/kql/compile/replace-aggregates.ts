import { type CallNode, create, type ExprNode } from '../syntax/index.ts';
import { isAggregateCall } from './compile-aggregate.ts';

/**
 * Replaces each aggregate call inside an expression by a reference to a hidden column, so that
 * `round(avg(x), 2)` becomes `round(__aggregate0, 2)` over summarize's output.
 */
export function replaceAggregates(
  expr: ExprNode,
  nextName: () => string,
  hidden: string[],
): { rewritten: ExprNode; calls: { name: string; call: CallNode }[] } {
  const calls: { name: string; call: CallNode }[] = [];
  const visit = (node: ExprNode): ExprNode => {
    if (isAggregateCall(node)) {
      const name = nextName();
      hidden.push(name);
      calls.push({ name, call: node as CallNode });
      return create({ kind: 'Name', name, span: node.span });
    }
    switch (node.kind) {
      case 'Binary':
        return create({ ...node, left: visit(node.left), right: visit(node.right) });
      case 'Unary':
        return create({ ...node, operand: visit(node.operand) });
      case 'Call':
        return create({ ...node, args: node.args.map(visit) });
      case 'Path':
        return create({ ...node, target: visit(node.target) });
      case 'Index':
        return create({ ...node, target: visit(node.target), index: visit(node.index) });
      case 'In':
        return create({ ...node, left: visit(node.left), list: node.list.map(visit) });
      case 'Between':
        return create({ ...node, left: visit(node.left), low: visit(node.low), high: visit(node.high) });
      default:
        return node;
    }
  };
  return { rewritten: visit(expr), calls };
}
