import { defenderLink, logAnalyticsLink } from '../cards/index.ts';
import type { HuntPort } from '../chat/index.ts';
import { findTenant, type HuntopsConfig } from '../config/index.ts';
import { describeParameter, type HuntRunner } from '../hunts/index.ts';

/** Adapts the hunt runner to what the chat core needs, adding the portal link that carries the query. */
export function huntPort(runner: HuntRunner, config: HuntopsConfig): HuntPort {
  const summaries = runner.templates.map((template) => ({
    command: template.command,
    name: template.name,
    severity: template.severity,
    techniques: template.techniques,
    description: template.description,
    defaultWindow: runner.defaultWindow,
    parameters: template.parameters.map((parameter) => ({ name: parameter.name, help: describeParameter(parameter) })),
  }));
  return {
    templates: () => summaries,
    async run(request) {
      const result = await runner.run(request);
      const tenant = findTenant(config, request.tenant);
      const workspace = tenant?.logAnalytics?.workspaceResourceId;
      let deepLink: { label: string; url: string } | undefined;
      if (tenant?.entraTenantId && result.backend === 'defender')
        deepLink = defenderLink({ tenantId: tenant.entraTenantId, query: result.query });
      if (tenant?.entraTenantId && result.backend === 'logAnalytics' && workspace) {
        deepLink = logAnalyticsLink({
          tenantId: tenant.entraTenantId,
          workspaceResourceId: workspace,
          query: result.query,
          window: result.report.window,
        });
      }
      return {
        report: result.report,
        runId: result.runId,
        durationMs: result.durationMs,
        query: result.query,
        deepLink,
      };
    },
  };
}
