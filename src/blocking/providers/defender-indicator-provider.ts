import type { TenantConfig } from '../../config/index.ts';
import type { BlockProvider, BlockRequest } from './block-provider.ts';
import { defenderIndicatorsApi } from './defender-indicators-api.ts';
import { BlockProviderError } from './provider-error.ts';
import { type ProviderDeps, resolveProviderSetup } from './provider-setup.ts';

/**
 * Blocks an IP with a Defender for Endpoint IpAddress indicator. `POST /api/indicators` is submit-or-update
 * keyed by the indicator value, so calling `block` again after a crash updates the same indicator.
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
  const { action } = tenant.blocking;

  return {
    name: 'defender-indicator',
    target: `Defender indicator (${action})`,
    async block(request: BlockRequest) {
      const indicatorValue = singleAddress(tenantKey, request.indicator);
      const indicator = await api.submit({
        indicatorValue,
        indicatorType: 'IpAddress',
        action,
        title: request.title,
        description: request.description,
        expirationTime: request.expiresAt,
        severity: 'High',
        recommendedActions: `Blocked by huntops (proposal ${request.proposalId}); unblock with /hunt unblock ${tenantKey} ${indicatorValue}.`,
        application: 'huntops',
        // The API insists on an alert for Audit indicators; for the others an alert per hit would be noise.
        generateAlert: action === 'Audit',
      });
      return {
        ref: indicator.id,
        summary: `Defender indicator ${indicator.id} (${action}) for ${indicatorValue} on ${tenantKey}, expiring ${request.expiresAt}`,
      };
    },
    async unblock(request) {
      const id = request.ref ?? (await api.findId(singleAddress(tenantKey, request.indicator)));
      if (id !== undefined) await api.remove(id);
    },
  };
}

// Defender IpAddress indicators take single addresses only: CIDR is not supported by the API.
function singleAddress(tenantKey: string, indicator: string): string {
  if (!indicator.includes('/')) return indicator;
  throw new BlockProviderError(
    'huntops_block_unsupported_indicator',
    `Defender indicators cannot block the range ${indicator} (the API takes single IP addresses): block single addresses, or set tenants.${tenantKey}.blocking.provider to entra-named-location`,
  );
}
