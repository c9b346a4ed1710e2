import { readFileSync } from 'node:fs';
import type { CloudConfig, CloudName, CustomCloudConfig } from './cloud-config.ts';
import { RemoteConfigError } from './config-error.ts';

/** Every endpoint and token scope a tenant's clients use, after presets and overrides are applied. */
export interface CloudEndpoints {
  readonly authorityHost: string;
  readonly logAnalyticsEndpoint: string;
  readonly logAnalyticsScope: string;
  readonly graphBaseUrl: string;
  readonly graphScope: string;
  /** Absent where Defender for Endpoint is not offered (Azure China). */
  readonly defenderApiHost: string | undefined;
  readonly defenderScope: string | undefined;
  readonly disableInstanceDiscovery: boolean;
  /** Extra CA (PEM) to trust per client; undefined = the system trust store only. */
  readonly caPem: string | undefined;
}

type PresetEndpoints = Omit<CloudEndpoints, 'disableInstanceDiscovery' | 'caPem'>;

export const CLOUD_PRESETS: Readonly<Record<CloudName, PresetEndpoints>> = {
  public: {
    authorityHost: 'https://login.microsoftonline.com',
    logAnalyticsEndpoint: 'https://api.loganalytics.io/v1',
    logAnalyticsScope: 'https://api.loganalytics.io/.default',
    graphBaseUrl: 'https://graph.microsoft.com',
    graphScope: 'https://graph.microsoft.com/.default',
    defenderApiHost: 'https://api.security.microsoft.com',
    defenderScope: 'https://api.securitycenter.microsoft.com/.default',
  },
  usgov: {
    authorityHost: 'https://login.microsoftonline.us',
    logAnalyticsEndpoint: 'https://api.loganalytics.us/v1',
    logAnalyticsScope: 'https://api.loganalytics.us/.default',
    graphBaseUrl: 'https://graph.microsoft.us',
    graphScope: 'https://graph.microsoft.us/.default',
    defenderApiHost: 'https://api-gov.securitycenter.microsoft.us',
    defenderScope: 'https://api-gov.securitycenter.microsoft.us/.default',
  },
  china: {
    authorityHost: 'https://login.chinacloudapi.cn',
    logAnalyticsEndpoint: 'https://api.loganalytics.azure.cn/v1',
    logAnalyticsScope: 'https://api.loganalytics.azure.cn/.default',
    graphBaseUrl: 'https://microsoftgraph.chinacloudapi.cn',
    graphScope: 'https://microsoftgraph.chinacloudapi.cn/.default',
    defenderApiHost: undefined,
    defenderScope: undefined,
  },
};

/** The portals an analyst opens a query in, per cloud; Azure China has no Defender portal. */
export interface CloudPortals {
  readonly azurePortal: string;
  readonly defenderPortal: string | undefined;
}

// Microsoft's documented portal hosts for each national cloud.
export const CLOUD_PORTALS: Readonly<Record<CloudName, CloudPortals>> = {
  public: { azurePortal: 'https://portal.azure.com', defenderPortal: 'https://security.microsoft.com' },
  usgov: { azurePortal: 'https://portal.azure.us', defenderPortal: 'https://security.microsoft.us' },
  china: { azurePortal: 'https://portal.azure.cn', defenderPortal: undefined },
};

/** The portals of a tenant's cloud: explicit endpoints use their preset's portals (public when none). */
export function portalsFor(cloud: CloudConfig = 'public'): CloudPortals {
  const preset = typeof cloud === 'string' ? cloud : (cloud.preset ?? 'public');
  return CLOUD_PORTALS[preset] ?? CLOUD_PORTALS.public;
}

const PRESET_AUTHORITY_HOSTS = new Set(Object.values(CLOUD_PRESETS).map((preset) => preset.authorityHost));

/** Resolves a tenant's `cloud` setting (preset name or explicit endpoints) to concrete endpoints. */
export function resolveCloud(cloud: CloudConfig = 'public'): CloudEndpoints {
  const custom: CustomCloudConfig = typeof cloud === 'string' ? { preset: cloud } : cloud;
  const presetName = custom.preset ?? 'public';
  const preset = CLOUD_PRESETS[presetName];
  if (!preset)
    throw new RemoteConfigError(`unknown cloud '${presetName}': use one of ${Object.keys(CLOUD_PRESETS).join(', ')}`);
  const authorityHost = httpsUrl('authorityHost', custom.authorityHost ?? preset.authorityHost);
  const defenderApiHost = custom.defenderApiHost ?? preset.defenderApiHost;
  return {
    authorityHost,
    logAnalyticsEndpoint: httpsUrl('logAnalyticsEndpoint', custom.logAnalyticsEndpoint ?? preset.logAnalyticsEndpoint),
    logAnalyticsScope: custom.logAnalyticsScope ?? preset.logAnalyticsScope,
    graphBaseUrl: httpsUrl('graphBaseUrl', custom.graphBaseUrl ?? preset.graphBaseUrl),
    graphScope: custom.graphScope ?? preset.graphScope,
    defenderApiHost: defenderApiHost === undefined ? undefined : httpsUrl('defenderApiHost', defenderApiHost),
    defenderScope: custom.defenderScope ?? preset.defenderScope,
    disableInstanceDiscovery: custom.disableInstanceDiscovery ?? !PRESET_AUTHORITY_HOSTS.has(authorityHost),
    caPem: custom.caFile === undefined ? undefined : readCa(custom.caFile),
  };
}

// The Microsoft SDKs refuse bearer tokens over plain http, so catch it here with a clearer message.
function httpsUrl(field: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch (error) {
    throw new RemoteConfigError(`cloud.${field} '${value}' is not a URL (expected e.g. https://host[:port][/path])`, {
      cause: error,
    });
  }
  if (url.protocol !== 'https:')
    throw new RemoteConfigError(`cloud.${field} '${value}' must use https (token-bearing clients refuse http)`);
  return value.replace(/\/+$/, '');
}

function readCa(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new RemoteConfigError(`cloud.caFile '${path}' cannot be read: point it at a PEM CA certificate`, {
      cause: error,
    });
  }
}
