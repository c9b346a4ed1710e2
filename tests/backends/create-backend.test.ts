import { describe, expect, it } from 'vitest';
import { BackendConfigError, type BackendKind, createBackend } from '../../src/backends/index.ts';
import { fixtureDir } from './support/harness.ts';

const remoteTenant = {
  entraTenantId: '7e7e7e7e-0000-4000-8000-00000000000a',
  credentials: { kind: 'clientSecret' as const, clientId: '5a5a5a5a-0000-4000-8000-000000000001', secretEnv: 'SECRET' },
  logAnalytics: { workspaceId: '00000000-0000-0000-0000-00000000000a' },
  defender: { enabled: true },
};
const deps = { env: { SECRET: 'x' } };

describe('createBackend', () => {
  it.each(['local', 'logAnalytics', 'defender'] as const)('builds the %s backend', (kind) => {
    expect(createBackend(kind, { ...remoteTenant, local: { dataDir: fixtureDir('workspace-a') } }, deps).kind).toBe(
      kind,
    );
  });

  it.each([
    ['logAnalytics', { ...remoteTenant, logAnalytics: undefined }, /logAnalytics\.workspaceId/],
    ['defender', { ...remoteTenant, defender: { enabled: false } }, /defender\.enabled/],
    ['logAnalytics', { ...remoteTenant, entraTenantId: undefined }, /entraTenantId/],
    ['defender', { ...remoteTenant, cloud: 'mars' as never }, /unknown cloud 'mars'/],
    ['local', remoteTenant, /local\.dataDir/],
    ['splunk' as BackendKind, remoteTenant, /unknown backend 'splunk'/],
  ] as const)('refuses %s with %o and names the setting', (kind, tenant, message) => {
    expect(() => createBackend(kind, { name: 'tenant-a', ...tenant }, deps)).toThrow(BackendConfigError);
    expect(() => createBackend(kind, { name: 'tenant-a', ...tenant }, deps)).toThrow(message);
  });
});
