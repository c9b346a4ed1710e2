import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sample } from '../support/prometheus.ts';
import { FAULT_KINDS, httpsFault } from './support/fault-kinds.ts';
import { ATTEMPT_TIMEOUT_MS, MAX_ATTEMPTS } from './support/fault-rig.ts';
import { startTeamsFaultRig, type TeamsFaultRig } from './support/teams-fault-rig.ts';

/**
 * A hunt whose card Teams will not take makes four connector calls (typing, the card, the error card, the
 * apology), each bounded by the budget: two attempts of at most 1.5 s with a 1 s Retry-After between them.
 */
const FAILED_HUNT_BOUND_MS = 4 * (MAX_ATTEMPTS * ATTEMPT_TIMEOUT_MS + 1_000) + 5_000;
const PROPOSAL_ID = /"proposalId":"([0-9a-f-]{36})"/g;

const runOutcomes = (rig: TeamsFaultRig, since: number) =>
  rig
    .audit()
    .slice(since)
    .filter((event) => event.action === 'hunt.run')
    .map((event) => event.outcome);

/**
 * The Bot Framework connector fails while a Teams hunt posts its card. Nothing can reach the analyst (every
 * reply goes through the connector), so the failure is logged and audited, and the hunt's proposals stay open:
 * they are valid findings, the run's audit event names them, and running the hunt again once Teams is back
 * shows them on a fresh card (proposals are per indicator, so none is made twice) until they expire.
 */
describe('faults: Teams connector, while a hunt posts its card', () => {
  let rig: TeamsFaultRig;
  beforeAll(async () => {
    rig = await startTeamsFaultRig();
  });
  afterAll(async () => rig?.close());

  it.each(FAULT_KINDS)('%s', { timeout: 60_000 }, async (kind) => {
    const eventsBefore = rig.audit().length;
    rig.bf.inject(httpsFault(kind, '/v3/conversations/', 1_000));
    expect((await rig.message('spray tenant-a')).status).toBe(200);
    await expect.poll(() => runOutcomes(rig, eventsBefore), { timeout: FAILED_HUNT_BOUND_MS }).toEqual(['failed']);
    rig.bf.clearFaults();

    const trail = rig.audit().slice(eventsBefore);
    const run = trail.find((event) => event.action === 'hunt.run')!;
    expect(run.details.code).toMatch(/^huntops_teams_/);
    expect(run.details.message).toMatch(/^Teams did not take the card: the (Bot Framework connector|connection)/);
    await expect.poll(() => rig.huntops.output.join('\n')).toContain(String(run.details.code));
    expect(trail.filter((event) => /^block\.(approved|denied)|^provider\./.test(event.action))).toEqual([]);

    // Once Teams is back the bot answers, and the same hunt shows every proposal it has made, still open.
    const since = rig.bf.calls.length;
    expect((await rig.message('spray tenant-a')).status).toBe(200);
    const card = JSON.stringify((await rig.nextCard(since, (json) => json.includes('203.0.113.'))).body);
    const proposed = rig
      .audit()
      .filter((event) => event.action === 'block.proposed')
      .map((event) => String(event.details.proposalId));
    expect(proposed.length).toBeGreaterThan(0);
    expect(new Set([...card.matchAll(PROPOSAL_ID)].map((found) => found[1]))).toEqual(new Set(proposed));
    expect(card).toContain('"verb":"approve"');
    await expect.poll(() => runOutcomes(rig, eventsBefore)).toEqual(['failed', 'ok']);
  });

  it('counted every connector attempt in /metrics, by outcome', async () => {
    const text = await (await fetch(`${rig.huntops.url}/metrics`)).text();
    const calls = (outcome: string) =>
      sample(text, 'huntops_api_calls_total', { service: 'teams-connector', tenant: '', outcome }) ?? 0;
    expect(calls('ok')).toBeGreaterThan(0);
    expect(calls('throttled')).toBeGreaterThan(0);
    expect(calls('connector_error')).toBeGreaterThan(0);
    expect(calls('no_answer')).toBeGreaterThan(0);
    expect(sample(text, 'huntops_api_throttles_total', { service: 'teams-connector', tenant: '' })).toBe(
      calls('throttled'),
    );
  });
});

/**
 * The connector fails while an approval refreshes the card in the channel. The decision is stored and carried
 * out first, and the presser gets the new card in the invoke response, which does not go through the
 * connector; so they are told there, in plain words, that the channel's copy is stale, and nothing is undone.
 */
describe('faults: Teams connector, while an approval updates the card', () => {
  let rig: TeamsFaultRig;
  let nextIp = 10;
  beforeAll(async () => {
    rig = await startTeamsFaultRig();
  });
  afterAll(async () => rig?.close());

  it.each(FAULT_KINDS)('%s', { timeout: 60_000 }, async (kind) => {
    const ip = `198.51.100.${nextIp++}`;
    const eventsBefore = rig.audit().length;
    let since = rig.bf.calls.length;
    await rig.message(`block tenant-a ${ip} seen spraying`, 'aad-lead');
    const card = await rig.nextCard(since, (json) => json.includes(ip) && json.includes('"verb":"approve"'));

    rig.bf.inject(httpsFault(kind, `/activities/${card.activityId}`, 1_000));
    const answer = await rig.press(card, 'approve', 'aad-lead2');
    rig.bf.clearFaults();
    expect(answer.type).toBe('application/vnd.microsoft.card.adaptive');
    const shown = JSON.stringify(answer.value);
    expect(shown).toContain(ip);
    expect(shown).toContain('aad-lead2');
    expect(shown).toMatch(
      /Done, but the card in the channel still shows the old state: Teams did not update the card: the (Bot Framework connector|connection)/,
    );

    // The block was applied once, the trail has every step, and the bot answers the next command.
    const trail = rig
      .audit()
      .slice(eventsBefore)
      .map((event) => `${event.action}:${event.outcome}`);
    expect(trail).toEqual([
      'block.proposed:ok',
      'block.approved:ok',
      'provider.block.call:started',
      'provider.block.result:ok',
    ]);
    since = rig.bf.calls.length;
    expect((await rig.message('blocks tenant-a')).status).toBe(200);
    await rig.nextCard(since, (json) => json.includes(ip));
  });
});
