import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAULT_KINDS, type FaultKind, injectSlackFault, otxMode } from './support/fault-kinds.ts';
import { type FaultRig, startFaultRig } from './support/fault-rig.ts';

const INTEL_NOTE = 'OTX did not answer for 1 indicator: scored from the offline feed only.';

/** OTX fails while a hunt scores its IPs: the report still comes, says intel is unavailable, and is audited. */
describe('faults: OTX', () => {
  let rig: FaultRig;
  beforeAll(async () => {
    rig = await startFaultRig();
  });
  afterAll(async () => rig?.close());

  it.each(FAULT_KINDS)('%s while a hunt is scored', async (kind) => {
    const runsBefore = (await rig.audit('hunt.run')).length;
    rig.otx.mode = otxMode(kind);
    const since = rig.slack.calls.length;
    expect(await rig.command('spray tenant-a')).toMatch(/^Hunting/);
    const report = await rig.nextPost(since, (text) => text.includes('203.0.113.'));
    expect(JSON.stringify(report.args.blocks)).toContain(INTEL_NOTE);
    rig.otx.mode = { kind: 'ok' };

    const next = rig.slack.calls.length;
    expect(await rig.command('list')).toBe('');
    await rig.nextPost(next, (text) => text.includes('spray'));
    await expect
      .poll(async () => (await rig.audit('hunt.run')).slice(runsBefore).map((event) => event.outcome))
      .toEqual(['ok']);
    expect((await rig.audit()).filter((event) => event.action.startsWith('provider.block'))).toEqual([]);
  });
});

/**
 * Slack's Web API fails when the report is posted: the analyst is told privately (response_url) what
 * failed, the failure is audited, and the next command is answered once Slack is back.
 */
describe('faults: Slack API', () => {
  let rig: FaultRig;
  beforeAll(async () => {
    rig = await startFaultRig();
  });
  afterAll(async () => rig?.close());

  const inject = (kind: FaultKind, times: number) => injectSlackFault(rig.slack, 'chat.postMessage', kind, times);

  it.each(FAULT_KINDS)('%s when the report is posted', { timeout: 60_000 }, async (kind) => {
    const runsBefore = (await rig.audit('hunt.run')).length;
    const responsesBefore = rig.slack.responses.length;
    inject(kind, 1_000);
    expect(await rig.command('spray tenant-a')).toMatch(/^Hunting/);
    await expect
      .poll(() => rig.slack.responses.slice(responsesBefore).map((r) => String(r.text)), { timeout: 45_000 })
      .toContainEqual(expect.stringMatching(/Slack|went wrong/));
    inject(kind, 0);

    const next = rig.slack.calls.length;
    await rig.command('list');
    await rig.nextPost(next, (text) => text.includes('spray'));
    const runs = (await rig.audit('hunt.run')).slice(runsBefore);
    expect(runs.map((event) => event.outcome)).toEqual(['failed']);
  });
});
