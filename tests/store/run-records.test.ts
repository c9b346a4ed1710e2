import { afterEach, describe, expect, it } from 'vitest';
import { createRunRecords, type RunRecord } from '../../src/chat/index.ts';
import type { Store } from '../../src/store/index.ts';
import { storeDialects } from '../support/store-dialects.ts';

const dialects = await storeDialects();

const QUERY =
  "let starttime = todatetime('2026-11-21T08:00:00.000Z');\nlet minFailedUsersFromIP = 4;\nSigninLogs | take 1";

const record = (runId: string, query?: string): RunRecord => ({
  runId,
  tenant: 'tenant-a',
  template: 'spray',
  surface: 'slack',
  channel: 'C1',
  requestedBy: 'U-ANALYST',
  card: { kind: 'error', code: 'huntops_hunt_example' },
  query,
});

for (const dialect of dialects) {
  describe.skipIf(dialect.skipReason)(`run records on ${dialect.name}`, () => {
    let store: Store | undefined;
    afterEach(async () => {
      await store?.close();
      store = undefined;
    });

    it('keep the rendered query of a hunt run, and none for a card no hunt produced', async () => {
      store = await dialect.open();
      const runs = createRunRecords(store.db);
      await runs.save(record('run-1', QUERY), new Date('2026-11-22T08:00:00Z'));
      await runs.save(record('block-card'), new Date('2026-11-22T08:00:00Z'));
      expect((await runs.get('run-1'))?.query).toBe(QUERY);
      expect((await runs.get('block-card'))?.query).toBeUndefined();
    });

    it('link every card showing a proposal to it, oldest first, once each', async () => {
      store = await dialect.open();
      const runs = createRunRecords(store.db);
      const huntCard = (proposalIds: string[]) => ({
        ...(record('x').card as object),
        kind: 'hunt',
        proposals: proposalIds.map((id) => ({ id })),
      });
      const at = (minute: number) => new Date(`2026-11-22T08:0${minute}:00Z`);
      await runs.save({ ...record('run-1'), card: huntCard(['p-1', 'p-2']) as never }, at(1));
      await runs.save({ ...record('run-2'), card: huntCard(['p-1']) as never }, at(2));
      await runs.save({ ...record('run-3'), card: huntCard([]) as never }, at(3));
      expect((await runs.showing('p-1')).map((run) => run.runId)).toEqual(['run-1', 'run-2']);
      expect((await runs.showing('p-2')).map((run) => run.runId)).toEqual(['run-1']);
      expect(await runs.showing('p-3')).toEqual([]);
    });
  });
}
