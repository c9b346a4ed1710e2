import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAULT_KINDS, httpsFault } from './support/fault-kinds.ts';
import { type FaultRig, MAX_ATTEMPTS, startFaultRig } from './support/fault-rig.ts';

const SERVICES = [
  {
    service: 'Log Analytics',
    hunt: 'spray tenant-x',
    standin: 'logAnalytics',
    path: '/workspaces/',
    name: 'Log Analytics',
  },
  {
    service: 'Graph hunting',
    hunt: 'bruteforce tenant-x',
    standin: 'graphHunting',
    path: 'runHuntingQuery',
    name: 'Defender advanced hunting',
  },
] as const;

/** Plain words: the card's headline is a sentence, not a stack trace or a raw status line. */
const PLAIN_HEADLINE =
  /^(The service is busy|The tenant’s log service did not answer|The query took too long|The service answered with something huntops could not read)/;

/** A query service fails while a hunt runs: the analyst is told in plain words, audited, and the next hunt works. */
describe.each(SERVICES)('faults: $service', ({ hunt, standin, path, name }) => {
  let rig: FaultRig;
  beforeAll(async () => {
    rig = await startFaultRig();
  });
  afterAll(async () => rig?.close());

  it.each(FAULT_KINDS)('%s while a hunt runs', async (kind) => {
    const runsBefore = (await rig.audit('hunt.run')).length;
    rig[standin].inject(httpsFault(kind, path, MAX_ATTEMPTS));
    const since = rig.slack.calls.length;
    expect(await rig.command(hunt)).toMatch(/^Hunting/);
    const errorCard = await rig.nextPost(since, (text) => /Error huntops_/.test(text));
    expect(String(errorCard.args.text)).toMatch(PLAIN_HEADLINE);
    expect(JSON.stringify(errorCard.args.blocks)).toContain(`${name} query for tenant 'tenant-x' failed`);
    rig[standin].clearFaults(); // a fault that is not retried leaves the rest of its count queued

    const next = rig.slack.calls.length;
    expect(await rig.command(hunt)).toMatch(/^Hunting/);
    const report = await rig.nextPost(next, (text) => !/Error huntops_/.test(text));
    expect(report.args.channel).toBe('C1');

    // Every hunt is audited, the failed one with the code the card showed; no block moved.
    await expect
      .poll(async () => (await rig.audit('hunt.run')).slice(runsBefore).map((event) => event.outcome))
      .toEqual(['failed', 'ok']);
    const failed = (await rig.audit('hunt.run'))[runsBefore];
    expect(JSON.stringify(errorCard.args.blocks)).toContain(String(failed.details?.code));
    // The query the backend failed is kept as evidence, as for a run that succeeds.
    expect(failed.details?.query).toEqual(expect.stringMatching(/^let starttime = todatetime\('/));
    expect((await rig.audit()).filter((event) => event.action.startsWith('provider.block'))).toEqual([]);
  });
});
