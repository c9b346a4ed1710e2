import { gzipSync } from 'node:zlib';
import type { DeepLink, TimeWindow } from './model/types.ts';

/**
 * Portal links that open a query ready to run. Both portals take the KQL gzip-compressed and base64-encoded
 * (that is what their own "Share / Link to query" buttons produce); Log Analytics wants standard base64
 * URL-encoded in a path segment, Defender the URL-safe alphabet in the `query` parameter.
 */
function gzipBase64(query: string): string {
  return gzipSync(Buffer.from(query, 'utf8')).toString('base64');
}

export interface LogAnalyticsLinkInput {
  /** The Azure portal of the tenant's cloud; `https://portal.azure.com` when absent. */
  readonly portal?: string;
  /** Entra tenant id (GUID) or primary domain that owns the workspace. */
  readonly tenantId: string;
  /** ARM resource id of the Log Analytics workspace: `/subscriptions/…/workspaces/<name>`. */
  readonly workspaceResourceId: string;
  readonly query: string;
  readonly window?: TimeWindow;
}

export function logAnalyticsLink(input: LogAnalyticsLinkInput): DeepLink {
  const segments = [
    `${input.portal ?? 'https://portal.azure.com'}/#@${encodeURIComponent(input.tenantId)}`,
    'blade/Microsoft_Azure_Monitoring_Logs/LogsBlade',
    `resourceId/${encodeURIComponent(input.workspaceResourceId)}`,
    'source/LogsBlade.AnalyticsShareLinkToQuery',
    `q/${encodeURIComponent(gzipBase64(input.query))}`,
  ];
  if (input.window) segments.push(`timespan/${encodeURIComponent(`${input.window.start}/${input.window.end}`)}`);
  return { label: 'Open in Log Analytics', url: segments.join('/') };
}

export interface DefenderLinkInput {
  /** The Defender portal of the tenant's cloud; `https://security.microsoft.com` when absent. */
  readonly portal?: string;
  readonly tenantId: string;
  readonly query: string;
}

export function defenderLink(input: DefenderLinkInput): DeepLink {
  const encoded = gzipBase64(input.query).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
  const params = new URLSearchParams({ query: encoded, tid: input.tenantId });
  return {
    label: 'Open in Defender',
    url: `${input.portal ?? 'https://security.microsoft.com'}/v2/advanced-hunting?${params}`,
  };
}
