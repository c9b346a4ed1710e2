import type { CompiledExpr } from '../engine/index.ts';
import type { ExprNode, FunctionDeclaration } from '../syntax/index.ts';
import type { TabularPlan } from './plan.ts';

/** What a `let` name (or a function parameter) stands for. */
export type Binding =
  | { readonly kind: 'scalar'; readonly expr: CompiledExpr }
  | { readonly kind: 'tabular'; readonly plan: TabularPlan }
  /**
   * A tabular `let` compiled where it is used (as Kusto inlines lets), so a fuzzy union can
   * tolerate a missing table inside it; `plans` caches one compiled plan per fuzziness.
   */
  | {
      readonly kind: 'tabularLet';
      readonly node: ExprNode;
      readonly scope: Scope;
      readonly plans: Map<boolean, TabularPlan>;
    }
  | { readonly kind: 'function'; readonly declaration: FunctionDeclaration; readonly scope: Scope };

/** Lexical scope of `let` names; function bodies get a child scope. Immutable once a statement is compiled. */
export class Scope {
  private readonly bindings = new Map<string, Binding>();

  constructor(private readonly parent?: Scope) {}

  define(name: string, binding: Binding): void {
    this.bindings.set(name, binding);
  }

  lookup(name: string): Binding | undefined {
    return this.bindings.get(name) ?? this.parent?.lookup(name);
  }

  /** Every visible name (for did-you-mean). */
  names(): string[] {
    return [...this.bindings.keys(), ...(this.parent?.names() ?? [])];
  }

  child(): Scope {
    return new Scope(this);
  }
}
