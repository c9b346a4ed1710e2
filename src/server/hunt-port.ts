import type { HuntPort } from '../chat/index.ts';
import { findTenant, type HuntopsConfig } from '../config/index.ts';
import { describeParameter, entityQueriesFor, type HuntRunner } from '../hunts/index.ts';
import { deepLinkFor } from './deep-link-for.ts';

/** Adapts the hunt runner to what the chat core needs, adding the portal link that carries the query. */
export function huntPort(runner: HuntRunner, config: HuntopsConfig): HuntPort {
  const summaries = runner.templates
    .filter((template) => !template.pivot)
    .map((template) => ({
      command: template.command,
      name: template.name,
      severity: template.severity,
      techniques: template.techniques,
      tactics: template.tactics,
      tables: template.tables,
      description: template.description,
      defaultWindow: runner.defaultWindow,
      parameters: template.parameters.map((parameter) => ({
        name: parameter.name,
        help: describeParameter(parameter),
      })),
    }));
  return {
    templates: () => summaries,
    entityQueries: (entity) =>
      entityQueriesFor(runner.templates, entity).map((template) => ({
        command: template.command,
        name: template.name,
        parameter: template.pivot!.parameter,
        defaultWindow: runner.defaultWindow,
      })),
    async run(request) {
      const result = await runner.run(request);
      return {
        report: result.report,
        runId: result.runId,
        durationMs: result.durationMs,
        query: result.query,
        deepLink: deepLinkFor(findTenant(config, request.tenant), result),
      };
    },
  };
}
