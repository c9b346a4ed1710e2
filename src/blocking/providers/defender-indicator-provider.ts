import type { BlockingConfig, TenantConfig } from '../../config/index.ts';
import { BLOCKABLE_IOC_TYPES, type BlockableIocType } from '../../intel/index.ts';
import type { BlockProvider, BlockRequest } from './block-provider.ts';
import { defenderIndicatorsApi, type IndicatorType } from './defender-indicators-api.ts';
import { BlockProviderError } from './provider-error.ts';
import { type ProviderDeps, resolveProviderSetup } from './provider-setup.ts';

/** Defender's indicator type for each blockable IOC type (api-contracts §3.1). */
const INDICATOR_TYPES: Record<BlockableIocType, IndicatorType> = {
  ip: 'IpAddress',
  domain: 'DomainName',
  url: 'Url',
  sha1: 'FileSha1',
  sha256: 'FileSha256',
};

/** The configured action for a type: `blocking.action` for addresses, `blocking.actions.<domain|url|file>` otherwise. */
function actionFor(blocking: BlockingConfig, type: BlockableIocType): string {
  if (type === 'ip') return blocking.action;
  return type === 'domain' || type === 'url' ? blocking.actions[type] : blocking.actions.file;
}

/**
 * Blocks an indicator with a Defender for Endpoint indicator of its type (IpAddress, DomainName, Url, FileSha1,
 * FileSha256). `POST /api/indicators` is submit-or-update keyed by value and type, so calling `block` again after a
 * crash updates the same indicator.
 */
export function createDefenderIndicatorProvider(
  tenantKey: string,
  tenant: TenantConfig,
  deps: ProviderDeps = {},
): BlockProvider {
  const setup = resolveProviderSetup('defender-indicator', tenantKey, tenant, deps);
  const { defenderApiHost, defenderScope } = setup.cloud;
  if (!defenderApiHost || !defenderScope)
    throw new BlockProviderError(
      'huntops_block_config_invalid',
      `tenants.${tenantKey}.blocking.provider is defender-indicator, but this tenant's cloud has no Defender for Endpoint API: set cloud.defenderApiHost and cloud.defenderScope, or use entra-named-location`,
    );
  const api = defenderIndicatorsApi({ ...setup, tenantKey, host: defenderApiHost, scope: defenderScope });
  const { blocking } = tenant;

  return {
    name: 'defender-indicator',
    target: `Defender indicator (${blocking.action})`,
    types: BLOCKABLE_IOC_TYPES,
    async block(request: BlockRequest) {
      const indicatorValue = singleAddress(tenantKey, request);
      const action = actionFor(blocking, request.iocType);
      const indicator = await api.submit({
        indicatorValue,
        indicatorType: INDICATOR_TYPES[request.iocType],
        action,
        title: request.title,
        description: request.description,
        expirationTime: request.expiresAt,
        severity: blocking.severity,
        recommendedActions: `Blocked by huntops (proposal ${request.proposalId}); unblock with /hunt unblock ${tenantKey} ${indicatorValue}.`,
        application: 'huntops',
        // The API insists on an alert for Audit indicators; for the others an alert per hit would be noise.
        generateAlert: action === 'Audit',
      });
      return {
        ref: indicator.id,
        summary: `Defender ${INDICATOR_TYPES[request.iocType]} indicator ${indicator.id} (${action}) for ${indicatorValue} on ${tenantKey}, expiring ${request.expiresAt}`,
      };
    },
    async unblock(request) {
      const id = request.ref ?? (await api.findId(singleAddress(tenantKey, request), INDICATOR_TYPES[request.iocType]));
      if (id !== undefined) await api.remove(id);
    },
  };
}

// Defender IpAddress indicators take single addresses only: CIDR is not supported by the API.
function singleAddress(tenantKey: string, request: { indicator: string; iocType: BlockableIocType }): string {
  if (request.iocType !== 'ip' || !request.indicator.includes('/')) return request.indicator;
  throw new BlockProviderError(
    'huntops_block_unsupported_indicator',
    `Defender indicators cannot block the range ${request.indicator} (the API takes single IP addresses): block single addresses, or set tenants.${tenantKey}.blocking.provider to entra-named-location`,
  );
}
