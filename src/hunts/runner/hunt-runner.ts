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
  /** Told the query once rendered, before it is sent: a run that fails afterwards still has its evidence. */
  readonly onRendered?: (query: string) => void;
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
  /**
   * Measures how long a run took, in ms. Separate from `clock`, which decides the window: a fixed clock (`--at`,
   * tests) would time every run at 0 ms. Defaults to the monotonic `performance.now`.
   */
  readonly stopwatch?: () => number;
  /** Told about every finished run (for metrics); must not throw. */
  readonly onRunFinished?: (event: HuntRunEvent) => void;
}

/** One finished run: `outcome` is `ok` or the failure's error code. */
export interface HuntRunEvent {
  readonly template: string;
  readonly tenant: string;
  /** `none` when the run failed before a backend was chosen. */
  readonly backend: BackendKind | 'none';
  readonly outcome: string;
  readonly durationMs: number;
}

export interface HuntRunner {
  readonly templates: readonly HuntTemplate[];
  readonly defaultWindow: string;
  run(request: HuntRunRequest): Promise<HuntRunResult>;
}

/** Template + typed parameters + window → the tenant's backend → a report with ranked findings. */
export function createHuntRunner(options: HuntRunnerOptions): HuntRunner {
  const clock = options.clock ?? Date.now;
  const stopwatch = options.stopwatch ?? (() => performance.now());
  const defaultWindow = options.defaultWindow ?? '24h';
  const byCommand = new Map(options.templates.map((template) => [template.command, template]));
  const run = async (request: HuntRunRequest, chosen: (kind: BackendKind) => void): Promise<HuntRunResult> => {
    const template = byCommand.get(request.template);
    if (!template) {
      throw new HuntError(
        'huntops_hunt_template_unknown',
        `unknown template '${request.template}'; known: ${[...byCommand.keys()].join(', ')}`,
      );
    }
    const windowMs = parseWindow(request.window ?? defaultWindow);
    const now = clock();
    const started = stopwatch();
    const window = { start: new Date(now - windowMs), end: new Date(now) };
    const query = renderHuntQuery(template, { window, values: parseParameterArgs(request.params) });
    request.onRendered?.(query);
    const backend = options.backendFor(request.tenant, template);
    chosen(backend.kind);
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
      durationMs: stopwatch() - started,
      query,
      backend: backend.kind,
    };
  };
  return {
    templates: options.templates,
    defaultWindow,
    async run(request) {
      const started = stopwatch();
      let backend: BackendKind | 'none' = 'none';
      const finished = (outcome: string) =>
        options.onRunFinished?.({
          template: request.template,
          tenant: request.tenant,
          backend,
          outcome,
          durationMs: stopwatch() - started,
        });
      try {
        const result = await run(request, (kind) => {
          backend = kind;
        });
        finished('ok');
        return result;
      } catch (error) {
        finished(errorCode(error));
        throw error;
      }
    },
  };
}

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : 'error';
}
