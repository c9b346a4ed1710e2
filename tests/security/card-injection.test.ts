import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SlackMessage } from '../../src/cards/index.ts';
import type { RunningHuntops } from '../../src/server/index.ts';
import { slackLimitProblems } from '../cards/support/slack-limits.ts';
import { type OtxStandin, otxFixture, startOtxStandin } from '../standins/otx.ts';
import type { SlackApiStandin } from '../standins/slack-api.ts';
import { consoleAs } from '../support/console-client.ts';
import { type SlackClient, type SlackHuntops, startSlackHuntops } from '../support/slack-client.ts';

const OTX_KEY = 'otx-test-key-cards-0048';
const NOW = Date.parse('2026-11-22T08:00:00Z');
const C2 = '203.0.113.66';
// What an attacker writes into the logs (an account name, a command line) or into an OTX pulse and its network
// name, hoping the card shows a disguised link or pings the whole channel.
const LINK = '[Sign in again](https://evil.example/login)';
const PAYLOAD = `<!channel> <https://evil.example/reset|Reset your password> ${LINK} &amp; <b>x</b>`;

const CSV_PAYLOAD = '=HYPERLINK("https://evil.example/x","```<!channel>")';

function rows(): { network: string; processes: string } {
  const at = (minutes: number) => new Date(NOW - 3_600_000 + minutes * 60_000).toISOString();
  const network = Array.from({ length: 13 }, (_, i) =>
    JSON.stringify({
      Timestamp: at(i * 5),
      DeviceId: 'dev-0',
      DeviceName: 'ws-0.contoso.local',
      RemoteUrl: 'https://evil-c2.example.net/b',
      RemoteIP: C2,
      InitiatingProcessFileName: 'updater.exe',
      InitiatingProcessAccountName: PAYLOAD,
    }),
  );
  // 30 more rare beacons, one a device, each from a log account that would close the thread's code block, ping
  // the channel and run a formula: more findings than the card shows, so the full list goes to the thread as CSV.
  const overflow = Array.from({ length: 30 }, (_, beacon) =>
    Array.from({ length: 13 }, (_, i) =>
      JSON.stringify({
        Timestamp: at(i * 5),
        DeviceId: `dev-o${beacon}`,
        DeviceName: `ws-o${beacon}.contoso.local`,
        RemoteUrl: `https://beacon${beacon}.example.net/b`,
        RemoteIP: `198.51.100.${beacon + 1}`,
        InitiatingProcessFileName: 'updater.exe',
        InitiatingProcessAccountName: CSV_PAYLOAD,
      }),
    ),
  ).flat();
  // 300 distinct process lines on one host: more than any card shows.
  const processes = Array.from({ length: 300 }, (_, i) =>
    JSON.stringify({
      Timestamp: at(i % 60),
      DeviceName: 'ws-0.contoso.local',
      AccountName: PAYLOAD,
      FileName: `tool${i}.exe`,
      ProcessCommandLine: `tool${i}.exe ${PAYLOAD} ${'x'.repeat(i)}`,
      InitiatingProcessFileName: 'cmd.exe',
    }),
  );
  return { network: [...network, ...overflow].join('\n'), processes: processes.join('\n') };
}

/** Every string in a JSON value, with the key it sits under. */
function stringsOf(value: unknown, key = ''): Array<{ key: string; text: string }> {
  if (typeof value === 'string') return [{ key, text: value }];
  if (Array.isArray(value)) return value.flatMap((item) => stringsOf(item, key));
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([name, item]) => stringsOf(item, name));
  return [];
}

/** The texts of an Adaptive Card that hosts read as markdown: TextBlock text and Fact titles and values (not TextRun). */
function markdownRead(card: unknown): string[] {
  if (Array.isArray(card)) return card.flatMap(markdownRead);
  if (typeof card !== 'object' || card === null) return [];
  const element = card as Record<string, unknown>;
  const own =
    element.type === 'TextBlock' && typeof element.text === 'string'
      ? [element.text]
      : element.type === 'FactSet'
        ? (element.facts as Array<{ title: string; value: string }>).flatMap((fact) => [fact.title, fact.value])
        : [];
  return [...own, ...Object.values(element).flatMap(markdownRead)];
}

/**
 * Log fields and threat-intel text reach the analyst's cards. Whatever they hold, Slack mrkdwn shows them as
 * text (no `<!channel>`, no disguised link), an Adaptive Card never reads them as markdown, and a card with
 * hundreds of lines stays within the host's limits.
 */
describe('security: what the logs and intel say cannot format the cards', () => {
  let rig: SlackHuntops;
  let slack: SlackApiStandin;
  let otx: OtxStandin;
  let huntops: RunningHuntops;
  let client: SlackClient;

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'huntops-cards-'));
    const { network, processes } = rows();
    writeFileSync(join(dir, 'DeviceNetworkEvents.jsonl'), `${network}\n`);
    writeFileSync(join(dir, 'DeviceProcessEvents.jsonl'), `${processes}\n`);
    otx = await startOtxStandin({ apiKey: OTX_KEY });
    const reply = otxFixture('new-c2', C2);
    otx.replies.set(C2, { ...reply, asn: `AS64507 ${LINK}`, country_name: '*Urgent* <!here>' });
    rig = await startSlackHuntops({
      configYaml: `tenants:
  tenant-a:
    displayName: Contoso
    local: { dataDir: ${dir} }
    channels: { slack: [C1], console: [console] }
    hunters: { slack: ['*'], console: [analyst@demo] }
    approvers: { slack: [U-LEAD], console: [lead@demo] }
`,
      clock: () => NOW,
      env: { OTX_API_KEY: OTX_KEY, OTX_BASE_URL: otx.url },
    });
    ({ slack, huntops, client } = rig);
  });
  afterAll(async () => {
    await rig?.close();
    await otx?.close();
  });

  const expectInertMrkdwn = (message: unknown) => {
    const text = JSON.stringify(message);
    expect(text).not.toMatch(/<!(channel|here|everyone)>/);
    expect(text).not.toContain('<https://evil.example');
    expect(text).not.toContain('<b>');
  };

  it('Slack: a hunt card shows a log account name as text', async () => {
    await client.command('rare-domain-beacon tenant-a', 'U-ANALYST', 'C1');
    const card = await client.cardWith(C2);
    expect(JSON.stringify(card.args.blocks)).toContain('&lt;!channel&gt;');
    expectInertMrkdwn(card.args.blocks);
    expectInertMrkdwn(card.args.text);
  });

  it('Slack: the findings CSV in the card’s thread shows log text as text, formulas neutralised', async () => {
    const card = await client.cardWith(C2);
    const thread = await slack.waitFor(
      (call) => call.method === 'chat.postMessage' && call.args.thread_ts === card.reply.ts,
    );
    const text = String(thread.args.text);
    expect(text).toContain("'=HYPERLINK");
    expect(text).toContain('&lt;!channel&gt;');
    expectInertMrkdwn(thread.args);
  });

  it('Slack: a pivot card shows OTX network names and 300 log lines as text, within Block Kit limits', async () => {
    await client.command(`ip ${C2} tenant-a`, 'U-ANALYST', 'C1');
    const ipCard = await client.cardWith(`IP address ${C2}`);
    expectInertMrkdwn(ipCard.args);
    await client.command('host ws-0 tenant-a', 'U-ANALYST', 'C1');
    // Its header: the hunt card's pivot buttons name the host too.
    const hostCard = await client.cardWith('"text":"Host ws-0"');
    expect(JSON.stringify(hostCard.args.blocks)).toContain('process tool');
    expectInertMrkdwn(hostCard.args);
    expect(slackLimitProblems(hostCard.args as unknown as SlackMessage)).toEqual([]);
    expect(slackLimitProblems(ipCard.args as unknown as SlackMessage)).toEqual([]);
  });

  it('Slack: a block reason and a hunt search typed by an insider show as text', async () => {
    await client.command(`block tenant-a evil-reason.example.net ${PAYLOAD}`, 'U-INSIDER', 'C1');
    const approval = await client.cardWith('evil-reason.example.net');
    expectInertMrkdwn(approval.args);
    const posted = slack.calls.length;
    const answer = await client.command(`list ${PAYLOAD}`, 'U-INSIDER', 'C1');
    expectInertMrkdwn(answer);
    // Once approved, the block and its typed reason are listed to the channel.
    await client.press('U-LEAD', approval, 'approve');
    await expect
      .poll(async () => (await huntops.services.blocking.activeBlocks('tenant-a')).map((b) => b.indicator))
      .toContain('evil-reason.example.net');
    expectInertMrkdwn(await client.command('blocks tenant-a', 'U-INSIDER', 'C1'));
    const list = await client.cardWith('Active blocks');
    expect(JSON.stringify(list.args.blocks)).toContain('evil-reason.example.net');
    for (const call of slack.calls.slice(posted)) expectInertMrkdwn(call.args);
  });

  it('Adaptive Cards (console, as Teams): typed reasons and searches never sit where markdown is read', async () => {
    const analyst = await consoleAs(huntops.url, 'analyst@demo');
    const cards: unknown[] = [];
    for (const text of [`/hunt block tenant-a evil2.example.net ${LINK}`, `/hunt list ${LINK}`, `/hunt help ${LINK}`]) {
      const answer = (await (await analyst.post('/console/api/command', { text })).json()) as {
        ops: Array<{ op: string; card?: unknown; text?: string }>;
      };
      cards.push(...answer.ops.flatMap((op) => (op.card ? [op.card] : [])));
    }
    for (const text of markdownRead(cards)) expect(text).not.toMatch(/\]\(https?:/);
  });

  it('Adaptive Cards (console, as Teams): log and intel text never sits where markdown is read', async () => {
    const analyst = await consoleAs(huntops.url, 'analyst@demo');
    const cards: unknown[] = [];
    for (const text of [`/hunt ip ${C2} tenant-a`, '/hunt host ws-0 tenant-a', '/hunt rare-domain-beacon tenant-a']) {
      const answer = (await (await analyst.post('/console/api/command', { text })).json()) as {
        ops: Array<{ op: string; card?: unknown }>;
      };
      cards.push(...answer.ops.filter((op) => op.op === 'post').map((op) => op.card));
    }
    expect(cards.length).toBe(3);
    const readAsMarkdown = cards.flatMap(markdownRead);
    expect(readAsMarkdown.length).toBeGreaterThan(0);
    for (const text of readAsMarkdown) expect(text).not.toMatch(/\]\(https?:/);
    // The payload still reaches the analyst, as text.
    expect(stringsOf(cards).some(({ text }) => text.includes('evil.example'))).toBe(true);
  });
});
