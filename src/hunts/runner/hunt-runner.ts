import { randomUUID } from 'node:crypto';
import type { BackendKind, QueryBackend } from '../../backends/index.ts';
import { HuntError } from '../errors.ts';
import { buildHuntReport } from '../findings/build-report.ts';
import { parseParameterArgs } from '../params/parse-parameter-args.ts';
import { renderHuntQuery } from '../query/render-hunt-query.ts';
import type { HuntReport } from '../report.ts';
import type { HuntTemplate } from '../template/hunt-template.ts';
import { parseWindow } from './parse-window.ts';

export interface HuntRunRequest {
  readonly template: string;
  readonly tenant: string;
  /** `24h`, `7d`…; the runner's default when absent. */
  readonly window?: string;
  /** Raw `name=value` words from the command. */
  readonly params: readonly string[];
  readonly correlationId?: string;
  readonly signal?: AbortSignal;
}

export interface HuntRunResult {
  readonly report: HuntReport;
  readonly runId: string;
  readonly durationMs: number;
  /** The exact KQL that ran, for deep links and the audit trail. */
  readonly query: string;
  readonly backend: BackendKind;
}

export interface HuntRunnerOptions {
  readonly templates: readonly HuntTemplate[];
  /** The backend to run `template` on for `tenant`; throws a coded error when the tenant has none that fits. */
  readonly backendFor: (tenant: string, template: HuntTemplate) => QueryBackend;
  readonly defaultWindow?: string;
  readonly clock?: () => number;
}

export interface HuntRunner {
  readonly templates: readonly HuntTemplate[];
  readonly defaultWindow: string;
  run(request: HuntRunRequest): Promise<HuntRunResult>;
}

/** Template + typed parameters + window → the tenant's backend → a report with ranked findings. */
export function createHuntRunner(options: HuntRunnerOptions): HuntRunner {
  const clock = options.clock ?? Date.now;
  const defaultWindow = options.defaultWindow ?? '24h';
  const byCommand = new Map(options.templates.map((template) => [template.command, template]));
  return {
    templates: options.templates,
    defaultWindow,
    async run(request) {
      const template = byCommand.get(request.template);
      if (!template) {
        throw new HuntError(
          'hunt_template_unknown',
          `unknown template '${request.template}'; known: ${[...byCommand.keys()].join(', ')}`,
        );
      }
      const windowMs = parseWindow(request.window ?? defaultWindow);
      const started = clock();
      const window = { start: new Date(started - windowMs), end: new Date(started) };
      const query = renderHuntQuery(template, { window, values: parseParameterArgs(request.params) });
      const backend = options.backendFor(request.tenant, template);
      const result = await backend.query({
        tenant: request.tenant,
        query,
        window,
        signal: request.signal,
        correlationId: request.correlationId,
      });
      return {
        report: buildHuntReport(template, { tenant: request.tenant, window, result }),
        runId: randomUUID(),
        durationMs: clock() - started,
        query,
        backend: backend.kind,
      };
    },
  };
}
