import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend, QuotaRegistry } from '../../src/backends/index.ts';
import { loadTemplates, renderHuntQuery, writeDemoData } from '../../src/hunts/index.ts';
import { type Services, startServices } from './support/harness.ts';

const DEMO_END = new Date('2026-11-21T00:00:00Z');
const WINDOW = { start: new Date(DEMO_END.getTime() - 3 * 86_400_000), end: DEMO_END };

describe('shipped hunts give the same rows remotely and locally (demo data)', () => {
  let services: Services;
  beforeAll(async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'huntops-demo-'));
    await writeDemoData(dataDir, { seed: 7, end: DEMO_END });
    services = await startServices({ dataDir, now: DEMO_END });
  });
  afterAll(() => services.close());

  it.each(loadTemplates().map((template) => [template.command, template] as const))(
    '/hunt %s',
    async (_command, template) => {
      const kind = template.backend === 'defender' ? 'defender' : 'logAnalytics';
      const query = renderHuntQuery(template, { window: WINDOW });
      const request = { tenant: 'tenant-a', query, window: WINDOW };
      const deps = { ...services.deps, quotas: new QuotaRegistry() };
      const [remote, local] = await Promise.all([
        createBackend(kind, services.tenant(), deps).query(request),
        createBackend('local', services.tenant()).query(request),
      ]);
      expect(remote.rows.length).toBeGreaterThan(0); // the demo data holds an attack for every shipped hunt
      expect(remote.columns).toEqual(local.columns);
      expect(remote.rows).toEqual(local.rows);
    },
  );
});
