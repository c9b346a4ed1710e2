import { type DeepLink, defenderLink, logAnalyticsLink } from '../cards/index.ts';
import type { TenantConfig } from '../config/index.ts';
import type { HuntRunResult } from '../hunts/index.ts';
import { portalsFor } from '../remote/index.ts';

/**
 * The portal link that opens a run's query, in the portal of the tenant's own cloud (a US Government tenant's
 * workspace is not reachable from portal.azure.com). None for local runs, a workspace without its resource id,
 * or Defender in a cloud without a Defender portal.
 */
export function deepLinkFor(tenant: TenantConfig | undefined, result: HuntRunResult): DeepLink | undefined {
  if (!tenant?.entraTenantId) return undefined;
  const portals = portalsFor(tenant.cloud);
  if (result.backend === 'defender' && portals.defenderPortal)
    return defenderLink({ portal: portals.defenderPortal, tenantId: tenant.entraTenantId, query: result.query });
  const workspace = tenant.logAnalytics?.workspaceResourceId;
  if (result.backend === 'logAnalytics' && workspace)
    return logAnalyticsLink({
      portal: portals.azurePortal,
      tenantId: tenant.entraTenantId,
      workspaceResourceId: workspace,
      query: result.query,
      window: result.report.window,
    });
  return undefined;
}
