import { resolveParameterValues } from '../params/resolve-values.ts';
import type { HuntTemplate } from '../template/hunt-template.ts';
import { findLetLiterals } from './let-literals.ts';

export interface RenderOptions {
  readonly window: { readonly start: Date; readonly end: Date };
  /** Raw `name=value` values as returned by parseParameterArgs; missing parameters keep their defaults. */
  readonly values?: Readonly<Record<string, string>>;
}

/**
 * Produces the KQL to run: `{{StartTimeISO}}` / `{{EndTimeISO}}` are filled from the window, and each
 * given parameter replaces the literal of its `let` statement with a validated, typed KQL literal.
 * Values are never pasted into the query text anywhere else.
 */
export function renderHuntQuery(template: HuntTemplate, options: RenderOptions): string {
  const values = resolveParameterValues(template.command, template.parameters, options.values ?? {});
  const query = template.query
    .replaceAll('{{StartTimeISO}}', options.window.start.toISOString())
    .replaceAll('{{EndTimeISO}}', options.window.end.toISOString());
  const replacements = findLetLiterals(query)
    .filter((literal) => values.has(literal.name))
    .sort((a, b) => b.start - a.start);
  let rendered = query;
  for (const literal of replacements) {
    const value = values.get(literal.name)!;
    rendered = rendered.slice(0, literal.start) + value.kql + rendered.slice(literal.end);
  }
  return rendered;
}
