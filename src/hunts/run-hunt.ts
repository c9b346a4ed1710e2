import type { QueryBackend } from '../backends/index.ts';
import { buildHuntReport } from './findings/build-report.ts';
import { renderHuntQuery } from './query/render-hunt-query.ts';
import type { HuntReport } from './report.ts';
import type { HuntTemplate } from './template/hunt-template.ts';

export interface RunHuntOptions {
  readonly tenant: string;
  readonly window: { readonly start: Date; readonly end: Date };
  /** Raw `name=value` values (parseParameterArgs); validated against the template before anything runs. */
  readonly values?: Readonly<Record<string, string>>;
  readonly signal?: AbortSignal;
  readonly correlationId?: string;
}

/**
 * Renders a hunt, runs it on one tenant's backend and returns its report. Parameter problems throw a
 * HuntError before the backend is called; backend failures propagate as the backend's own errors.
 */
export async function runHunt(
  template: HuntTemplate,
  backend: QueryBackend,
  options: RunHuntOptions,
): Promise<HuntReport> {
  const query = renderHuntQuery(template, { window: options.window, values: options.values });
  const result = await backend.query({
    tenant: options.tenant,
    query,
    window: options.window,
    signal: options.signal,
    correlationId: options.correlationId,
  });
  return buildHuntReport(template, { tenant: options.tenant, window: options.window, result });
}
