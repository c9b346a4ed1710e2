import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/index.ts';
import { storeDialects } from '../support/store-dialects.ts';

for (const dialect of await storeDialects()) {
  describe.skipIf(dialect.skipReason)(`the proposals' IOC type column on ${dialect.name}`, () => {
    let store: Store | undefined;
    afterEach(async () => {
      await store?.close();
      store = undefined;
    });

    it('reads a proposal written without a type, as every proposal before migration 009 was, as an ip', async () => {
      store = await dialect.open();
      const at = '2026-11-22T08:00:00.000Z';
      await store.db
        .insertInto('proposals')
        .values({
          id: 'p-old',
          tenant: 'tenant-a',
          indicator: '203.0.113.7',
          state: 'blocked',
          version: 3,
          requested_by: 'U-ANALYST',
          surface: 'slack',
          channel: 'C1',
          run_id: null,
          evidence: '{}',
          approvals: '["U-LEAD"]',
          required_approvals: 1,
          decided_by: 'U-LEAD',
          decided_at: at,
          reason: null,
          provider: 'dry-run',
          provider_ref: null,
          last_error: null,
          outcome: null,
          attempts: 1,
          created_at: at,
          decide_by: at,
          block_expires_at: null,
          updated_at: at,
          updated_by: 'U-LEAD',
        })
        .execute();
      const row = await store.db
        .selectFrom('proposals')
        .select(['ioc_type'])
        .where('id', '=', 'p-old')
        .executeTakeFirst();
      expect(row).toEqual({ ioc_type: 'ip' });
    });
  });
}
