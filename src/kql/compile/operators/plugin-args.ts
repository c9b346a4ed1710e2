import { Diagnostics } from '../../diagnostics/index.ts';
import type { ActivityWindow, CompiledExpr } from '../../engine/index.ts';
import type { CallNode, ExprNode } from '../../syntax/index.ts';
import type { KqlType } from '../../types.ts';
import { compileExpression } from '../compile-expression.ts';
import { isTabularSyntax } from '../compile-statements.ts';
import { compileTabular } from '../compile-tabular.ts';
import { constantOf } from '../constants.ts';
import type { ExprEnv } from '../env.ts';
import { failedPlan, operatorPlan, type TabularPlan } from '../plan.ts';

/**
 * Reads a plugin's arguments: column names of the input and constant numbers (datetimes, timespans).
 * A wrong argument is reported once, naming the plugin's signature, and ends the plugin's compilation.
 */
export class PluginArgs {
  /** Tables besides the input that the plugin reads (table(i)); they follow the input when it runs. */
  readonly tables: TabularPlan[] = [];

  constructor(
    private readonly call: CallNode,
    private readonly input: TabularPlan,
    private readonly env: ExprEnv,
    private readonly usage: string,
  ) {}

  column(i: number): string {
    const node = this.call.args[i];
    return node?.kind === 'Name' && this.isColumn(i) ? node.name : this.fail();
  }

  columns(from: number): string[] {
    return this.call.args.slice(from).map((_, i) => this.column(from + i));
  }

  /** A row expression over the input, of the given type. */
  expression(i: number, type: KqlType): CompiledExpr {
    const node: ExprNode | undefined = this.call.args[i];
    const compiled = node && compileExpression(node, this.env);
    return compiled?.type === type ? compiled : this.fail();
  }

  isColumn(i: number): boolean {
    const node = this.call.args[i];
    return node?.kind === 'Name' && this.input.schema.some((c) => c.name === node.name);
  }

  /** An analysis window: a positive number or timespan, or 'week', 'month' or 'year'. */
  window(i: number): ActivityWindow {
    const node: ExprNode | undefined = this.call.args[i];
    const value = node && constantOf(compileExpression(node, this.env))?.value;
    if (value === 'week' || value === 'month' || value === 'year') return value;
    return this.number(i, { positive: true });
  }

  /** A tabular argument (new_activity_metrics' Lookback): its index among the tables the plugin runs on. */
  table(i: number): number {
    const node: ExprNode | undefined = this.call.args[i];
    if (!node || !isTabularSyntax(node, this.env)) return this.fail();
    this.tables.push(compileTabular(node, { ...this.env, columns: [] }));
    return this.tables.length;
  }

  /** Whether argument i is a table rather than a column or a constant. */
  isTable(i: number): boolean {
    const node = this.call.args[i];
    return node !== undefined && !this.isColumn(i) && isTabularSyntax(node, this.env);
  }

  number(i: number, { positive = false } = {}): number {
    const node: ExprNode | undefined = this.call.args[i];
    const value = node && constantOf(compileExpression(node, this.env))?.value;
    const valid = typeof value === 'number' && Number.isFinite(value) && (!positive || value > 0);
    return valid ? value : this.fail();
  }

  fail(): never {
    this.env.cx.report(Diagnostics.invalidArgument(`${this.call.name}(${this.usage})`, this.call.span));
    throw new PluginArgumentError();
  }
}

/** Ends a plugin's compilation after PluginArgs reported what was wrong. */
class PluginArgumentError extends Error {}

export function compilePlugin(
  input: TabularPlan,
  call: CallNode,
  env: ExprEnv,
  usage: string,
  build: (args: PluginArgs) => Parameters<typeof operatorPlan>[1],
): TabularPlan {
  const args = new PluginArgs(call, input, env, usage);
  try {
    const apply = build(args);
    return operatorPlan([input, ...args.tables], apply, env.cx, call.span);
  } catch (error) {
    if (error instanceof PluginArgumentError) return failedPlan();
    throw error;
  }
}
