import { describe, expect, it } from 'vitest';
import { createBackend, type TenantBackendConfig } from '../../src/backends/index.ts';
import { configSchema, type TenantConfig } from '../../src/config/index.ts';

describe('tenant config compatibility', () => {
  it("builds backends from the config module's parsed tenant objects as they are", () => {
    const config = configSchema.parse({
      tenants: {
        'tenant-gov': {
          displayName: 'Gov tenant',
          entraTenantId: '7e7e7e7e-0000-4000-8000-00000000000a',
          cloud: 'usgov',
          credentials: {
            kind: 'clientSecret',
            clientId: '5a5a5a5a-0000-4000-8000-000000000001',
            secretEnv: 'GOV_SECRET',
          },
          backend: 'logAnalytics',
          logAnalytics: { workspaceId: '00000000-0000-0000-0000-00000000000a' },
          defender: { enabled: true },
        },
      },
    });
    // Also a compile-time check: assigning fails type-checking if the two shapes drift apart.
    const tenant: TenantBackendConfig = config.tenants['tenant-gov'] satisfies TenantConfig;
    const deps = { env: { GOV_SECRET: 'x' } };
    expect(createBackend('logAnalytics', tenant, deps).kind).toBe('logAnalytics');
    expect(createBackend('defender', tenant, deps).kind).toBe('defender');
  });
});
