import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningHuntops } from '../../src/server/index.ts';
import { consoleAs } from '../support/console-client.ts';
import { startTestHuntops } from '../support/test-huntops.ts';

/** What every caller reads for a tenant they may not use from where they are, known or not. */
const NOT_YOURS = /^you may not use tenant '.+' from here, or there is no such tenant/;

/**
 * Console button payloads whose tenant is a name every object has (`__proto__`, `constructor`): looked up among
 * the configured tenants only, so they are unknown tenants, refused and audited like any other. A payload that
 * smuggles its fields in an own `__proto__` member is no payload at all. (Slack buttons: authorization.test.ts;
 * Teams Action.Execute: teams-security.test.ts.)
 */
describe('security: prototype keys in console button payloads', () => {
  let huntops: RunningHuntops;
  let proposalId: string;
  const lead = () => consoleAs(huntops.url, 'lead@demo');
  const press = async (data: unknown) => {
    const response = await (await lead()).post('/console/api/action', { data });
    return { status: response.status, body: (await response.json()) as { ops?: { op: string; text: string }[] } };
  };
  const stateOfProposal = async () =>
    (await huntops.services.blocking.proposals({ tenant: 'tenant-a' })).find((p) => p.id === proposalId)?.state;

  beforeAll(async () => {
    huntops = await startTestHuntops();
    const analyst = await consoleAs(huntops.url, 'analyst@demo');
    await analyst.post('/console/api/command', { text: 'block tenant-a 198.51.100.61 proto' });
    proposalId = (await huntops.services.blocking.proposals({ tenant: 'tenant-a' }))[0].id;
  });
  afterAll(async () => huntops?.close());

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])(
    'a press naming tenant %s is the normal refusal, audited, and decides nothing',
    async (key) => {
      const { status, body } = await press({ verb: 'approve', proposalId, tenant: key });
      expect(status).toBe(200);
      expect(body.ops).toEqual([{ op: 'whisper', text: expect.stringMatching(NOT_YOURS) }]);
      const refused = (await huntops.store.audit.list({ action: 'block.approve' })).filter((e) => e.tenant === key);
      expect(refused).toEqual([
        expect.objectContaining({
          outcome: 'refused',
          actor: 'lead@demo',
          details: expect.objectContaining({ proposalId, reason: 'unknown tenant' }),
        }),
      ]);
      expect(await stateOfProposal()).toBe('proposed');
    },
  );

  it('a payload carrying its tenant in an own __proto__ member is refused as malformed, audited, and decides nothing', async () => {
    const smuggled = JSON.parse(`{"verb":"approve","proposalId":"${proposalId}","__proto__":{"tenant":"tenant-a"}}`);
    const { status, body } = await press(smuggled);
    expect(status).toBe(400);
    expect(JSON.stringify(body)).toContain('tenant');
    expect(await stateOfProposal()).toBe('proposed');
    const rejected = await huntops.store.audit.list({ action: 'action.rejected' });
    expect(rejected).toEqual([
      expect.objectContaining({
        outcome: 'refused',
        actor: 'lead@demo',
        details: { problem: expect.stringContaining('tenant') },
      }),
    ]);
  });
});
