import { create, type ExprNode } from '../syntax/index.ts';

/**
 * Rewrites a scalar expression bottom-up: `replace` may answer a node in place of the one it is
 * given (which is then not descended into); otherwise the node is rebuilt from its rewritten parts.
 * scan's `step.column` and graph-match's `variable.property` become plain column names this way.
 */
export function mapExpression(node: ExprNode, replace: (node: ExprNode) => ExprNode | undefined): ExprNode {
  const replaced = replace(node);
  if (replaced !== undefined) return replaced;
  const walk = (n: ExprNode) => mapExpression(n, replace);
  switch (node.kind) {
    case 'Path':
      return create({ ...node, target: walk(node.target) });
    case 'Binary':
      return create({ ...node, left: walk(node.left), right: walk(node.right) });
    case 'Unary':
      return create({ ...node, operand: walk(node.operand) });
    case 'In':
      return create({ ...node, left: walk(node.left), list: node.list.map(walk) });
    case 'Between':
      return create({ ...node, left: walk(node.left), low: walk(node.low), high: walk(node.high) });
    case 'Call':
      return create({ ...node, args: node.args.map(walk) });
    case 'Index':
      return create({ ...node, target: walk(node.target), index: walk(node.index) });
    default:
      return node;
  }
}
