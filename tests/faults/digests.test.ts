import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKEND_NAMES } from '../../src/backends/index.ts';
import { writeDemoData } from '../../src/hunts/index.ts';
import type { SlackCall } from '../standins/slack-api.ts';
import { FAULT_KINDS, type FaultKind, httpsFault, injectSlackFault } from './support/fault-kinds.ts';
import { ATTEMPT_TIMEOUT_MS, type FaultRig, startFaultRig } from './support/fault-rig.ts';

/** spray runs on Log Analytics, bruteforce on Graph hunting (its template says `backend: defender`). */
const DIGEST = { name: 'watch', cron: '* * * * * *', hunts: ['spray', 'bruteforce'] } as const;
const DIGEST_ID = `tenant-x/${DIGEST.name}`;
/** A few runs of the 1-second schedule, the slowest (a hang: two 1.5 s attempts) included. */
const RUN_TIMEOUT_MS = 15_000;
const CASE_TIMEOUT_MS = 45_000;

interface DigestRun {
  readonly scheduled_for: string;
  readonly state: string;
  readonly started_at: string;
  readonly findings: string | null;
  readonly failure: string | null;
}

/** The rig with the digest on tenant-x, whose stand-ins answer from a day of demo logs ending now (attacks included). */
async function startDigestRig(): Promise<FaultRig> {
  const dataDir = mkdtempSync(join(tmpdir(), 'huntops-digest-faults-'));
  await writeDemoData(dataDir, { seed: 3, days: 1 });
  return startFaultRig({ dataDir, digests: [DIGEST] });
}

const runs = (rig: FaultRig): Promise<DigestRun[]> =>
  rig.huntops.store.db
    .selectFrom('digest_runs')
    .select(['scheduled_for', 'state', 'started_at', 'findings', 'failure'])
    .where('digest_id', '=', DIGEST_ID)
    .orderBy('scheduled_for')
    .execute();

/** The first run that started at or after `since` (ISO) and is in `state`. */
async function nextRun(rig: FaultRig, state: 'running' | 'done' | 'failed', since: string): Promise<DigestRun> {
  let found: DigestRun | undefined;
  await expect
    .poll(async () => (found = (await runs(rig)).find((run) => run.state === state && run.started_at >= since)), {
      timeout: RUN_TIMEOUT_MS,
      interval: 20,
    })
    .toBeDefined();
  return found!;
}

/** Resolves once no run is in flight: every run that started before this call has finished. */
async function settled(rig: FaultRig): Promise<void> {
  await expect
    .poll(async () => (await runs(rig)).filter((run) => run.state === 'running'), { timeout: RUN_TIMEOUT_MS })
    .toEqual([]);
}

const digestPosts = (rig: FaultRig): SlackCall[] =>
  rig.slack.calls.filter(
    (call) => call.method === 'chat.postMessage' && String(call.args.text).startsWith(`${DIGEST.name} digest`),
  );

/**
 * The message a finished `done` run posted. Runs never overlap and each posts before it is recorded done, so the
 * n-th digest message belongs to the n-th done run; a failed run posts nothing (that is checked separately).
 */
async function postOf(rig: FaultRig, run: DigestRun): Promise<SlackCall> {
  const done = (await runs(rig)).filter((candidate) => candidate.state === 'done');
  const post = digestPosts(rig)[done.findIndex((candidate) => candidate.scheduled_for === run.scheduled_for)];
  expect(post, `the message of run ${run.scheduled_for}`).toBeDefined();
  return post;
}

/** Every done run posted exactly one digest message and no failed run posted any: nothing twice, nothing late. */
async function onePostPerDoneRun(rig: FaultRig): Promise<void> {
  // Polled: a run may have posted and not yet be recorded done.
  await expect
    .poll(async () => digestPosts(rig).length - (await runs(rig)).filter((run) => run.state === 'done').length)
    .toBe(0);
}

/** One hunt's line on a digest card: what it found, or why it failed. */
function line(post: SlackCall, hunt: string): string {
  const heading = `*Contoso (tenant-x) · ${hunt} (`;
  const block = ((post.args.blocks ?? []) as { text?: { text?: string } }[]).find((candidate) =>
    candidate.text?.text?.includes(heading),
  );
  expect(block, `the ${hunt} line`).toBeDefined();
  return String(block?.text?.text).split('\n')[1];
}

/** "N findings, 0 new, N still active": the same findings as the baseline, none new and none gone. */
const unchanged = (count: number) => new RegExp(`^${count} findings?, 0 new, ${count} still active$`);

/** How many findings each hunt had in a run (its baseline for the next). */
const counts = (run: DigestRun): Record<string, number> =>
  Object.fromEntries(
    Object.entries(JSON.parse(run.findings ?? '{}') as Record<string, string[]>).map(([key, keys]) => [
      key.replace('tenant-x|', ''),
      keys.length,
    ]),
  );

/** The analyst's hunt on another tenant gets its report, and the audit trail has it (digests write no audit events). */
async function analystStillServed(rig: FaultRig, command: Promise<string>, since: number, runsBefore: number) {
  expect(await command).toMatch(/^Hunting/);
  await rig.nextPost(since, (text) => text.includes('Demo (tenant-a)') && !text.includes('digest'));
  await expect
    .poll(async () => (await rig.audit('hunt.run')).slice(runsBefore).map((event) => [event.tenant, event.outcome]))
    .toEqual([['tenant-a', 'ok']]);
}

/** No block reached a provider: the analyst's hunt may propose one, but nothing was approved or applied. */
async function noBlockMoved(rig: FaultRig) {
  expect((await rig.audit()).filter((event) => event.action.startsWith('provider.block'))).toEqual([]);
  expect(rig.defender.counts).toEqual({ creates: 0, updates: 0, deletes: 0 });
}

/** What the failed hunt's line says after its backend and tenant, per fault. */
const HUNT_FAILURE: Record<FaultKind, RegExp> = {
  '429 with Retry-After': /^throttled by the service \(HTTP 429, Retry-After 1 s\)/,
  '500': /^service error \(HTTP 500\)/,
  'a hang': /^no answer within 1\.5 s$/,
  'a connection reset': /^network failure: /,
  'malformed JSON': /^the service answered with something huntops could not read \(not valid JSON\)$/,
};

const SERVICES = [
  { service: 'Log Analytics', standin: 'logAnalytics', path: '/workspaces/', hunt: 'spray', other: 'bruteforce' },
  {
    service: 'Graph hunting',
    standin: 'graphHunting',
    path: 'runHuntingQuery',
    hunt: 'bruteforce',
    other: 'spray',
  },
] as const;
const BACKEND = { spray: BACKEND_NAMES.logAnalytics, bruteforce: BACKEND_NAMES.defender } as const;

/**
 * A query service fails while the scheduled digest hunts on tenant-x: the digest is still posted, says in
 * words which hunt failed on which tenant and why, reports nothing as gone, and the run after the fault is
 * compared with the last good findings. An analyst's hunt on another tenant is answered meanwhile.
 */
describe.each(SERVICES)('digest faults: $service', ({ standin, path, hunt, other }) => {
  let rig: FaultRig;
  beforeAll(async () => {
    rig = await startDigestRig();
  });
  afterAll(async () => rig?.close());

  it.each(FAULT_KINDS)('%s while a digest runs', { timeout: CASE_TIMEOUT_MS }, async (kind) => {
    const baseline = counts(await nextRun(rig, 'done', ''));
    expect(baseline[hunt]).toBeGreaterThan(0); // so "gone" and "new" would show if the baseline were lost
    await settled(rig);
    const runsBefore = (await rig.audit('hunt.run')).length;

    const faultedAt = new Date().toISOString();
    rig[standin].inject(httpsFault(kind, path, 1_000)); // every query fails until cleared
    const faulted = await nextRun(rig, 'running', faultedAt);
    const since = rig.slack.calls.length;
    await analystStillServed(rig, rig.command('spray tenant-a'), since, runsBefore);

    await settled(rig);
    await onePostPerDoneRun(rig);
    const finished = (await runs(rig)).find((run) => run.scheduled_for === faulted.scheduled_for)!;
    expect(finished.state).toBe('done');
    expect(counts(finished)).toEqual(baseline); // the failed hunt keeps its last findings as the baseline
    const post = await postOf(rig, finished);
    expect(post.args.channel).toBe('C1');
    expect(String(post.args.text)).toMatch(/^watch digest: nothing new · .* · 1 hunt failed · /); // not "all clear"
    const failure = line(post, hunt);
    expect(failure.startsWith(`Failed: ${BACKEND[hunt]} query for tenant 'tenant-x' failed`)).toBe(true);
    expect(failure.replace(/^Failed: [^:]+: /, '')).toMatch(HUNT_FAILURE[kind]);
    expect(line(post, other)).toMatch(unchanged(baseline[other]));
    expect(JSON.stringify(post.args.blocks)).not.toContain('gone');

    rig[standin].clearFaults();
    const clearedAt = new Date().toISOString();
    const next = await nextRun(rig, 'done', clearedAt);
    await settled(rig);
    const recovered = await postOf(rig, next);
    expect(String(recovered.args.text)).not.toContain('failed');
    expect(line(recovered, hunt)).toMatch(unchanged(baseline[hunt])); // not "N new" against an empty baseline
    expect(line(recovered, other)).toMatch(unchanged(baseline[other]));
    await noBlockMoved(rig);
  });
});

/** Why the run failed, as digest_runs.failure records it, per fault of Slack's chat.postMessage. */
const SLACK_FAILURE: Record<FaultKind, RegExp> = {
  '429 with Retry-After': /: Slack is rate-limiting huntops \(retry after 1 s\)$/,
  '500': /: Slack answered HTTP 500$/,
  // The rig's HUNTOPS_REMOTE_ATTEMPT_TIMEOUT_MS bounds Slack posts too.
  'a hang': new RegExp(`: Slack did not answer within ${ATTEMPT_TIMEOUT_MS / 1000} s$`),
  'a connection reset': /: the connection to Slack failed \(fetch failed\)$/,
  'malformed JSON': /: Slack answered with something huntops could not read$/,
};

/**
 * Slack's Web API fails when the digest is posted: the run is recorded failed with the reason in plain words,
 * nothing is posted for it (nor twice later), a command is still answered, and the next run is delivered.
 */
describe('digest faults: Slack API', () => {
  let rig: FaultRig;
  beforeAll(async () => {
    rig = await startDigestRig();
  });
  afterAll(async () => rig?.close());

  const inject = (kind: FaultKind, times: number) => injectSlackFault(rig.slack, 'chat.postMessage', kind, times);

  it.each(FAULT_KINDS)('%s when the digest is posted', { timeout: CASE_TIMEOUT_MS }, async (kind) => {
    const baseline = counts(await nextRun(rig, 'done', ''));
    await settled(rig);
    const faultedAt = new Date().toISOString();
    const postsBefore = digestPosts(rig).length;
    inject(kind, 1_000);
    await nextRun(rig, 'running', faultedAt);
    // Answered in the slash command's own HTTP response, which needs no Web API call.
    expect(await rig.command('frobnicate')).toMatch(/^unknown template 'frobnicate'/);
    const failed = await nextRun(rig, 'failed', faultedAt);
    expect(failed.failure).toMatch(
      new RegExp(`^Slack did not take the digest for channel C1${SLACK_FAILURE[kind].source}`),
    );
    expect(failed.findings).toBeNull(); // a failed run is not the next run's baseline
    expect(digestPosts(rig)).toHaveLength(postsBefore);

    inject(kind, 0);
    const clearedAt = new Date().toISOString();
    const next = await nextRun(rig, 'done', clearedAt);
    await settled(rig);
    await onePostPerDoneRun(rig); // none for the failed run, then or later
    const delivered = await postOf(rig, next);
    expect(line(delivered, 'spray')).toMatch(unchanged(baseline.spray));

    const runsBefore = (await rig.audit('hunt.run')).length;
    const since = rig.slack.calls.length;
    await analystStillServed(rig, rig.command('spray tenant-a'), since, runsBefore);
    await noBlockMoved(rig);
  });
});
