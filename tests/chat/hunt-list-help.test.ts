import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consolePost } from '../support/console-client.ts';
import { type SlackHuntops, startSlackHuntops } from '../support/slack-client.ts';

/** Slack escapes <, > and & in message text. */
const unescapeSlack = (text: string) => text.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');

describe('/hunt list [tactic|table|text] and /hunt help <hunt>', { timeout: 60_000 }, () => {
  let env: SlackHuntops;
  let posted = 0;

  /** Sends a Slack command and returns the text of the card it posted. */
  const slackCard = async (text: string) => {
    await env.client.command(text, 'U-ANALYST', 'C1');
    posted += 1;
    await expect.poll(() => env.slack.calls.filter((call) => call.method === 'chat.postMessage').length).toBe(posted);
    const card = env.slack.calls.filter((call) => call.method === 'chat.postMessage').at(-1)!;
    return unescapeSlack(JSON.stringify(card.args.blocks ?? card.args.text));
  };

  beforeAll(async () => {
    env = await startSlackHuntops();
  }, 60_000);
  afterAll(() => env?.close());

  it('lists the hunts grouped by MITRE tactic, in kill-chain order', async () => {
    const card = await slackCard('list');
    expect(card).toMatch(/\d+ hunts by MITRE ATT&CK tactic/);
    expect(card.indexOf('Initial access')).toBeGreaterThan(-1);
    expect(card.indexOf('Initial access')).toBeLessThan(card.indexOf('Credential access'));
    expect(card).toContain('admin-consent');
  });

  it('filters by tactic (as people write it), by table and by a word', async () => {
    const persistence = await slackCard('list privilege escalation');
    expect(persistence).toContain('for the tactic Privilege escalation');
    expect(persistence).toContain('/hunt pim-off-hours <tenant>');
    expect(persistence).not.toContain('/hunt spray <tenant>');

    const audit = await slackCard('list auditlogs');
    expect(audit).toContain('reading AuditLogs');
    expect(audit).toContain('/hunt admin-consent <tenant>');
    expect(audit).not.toContain('/hunt ssh-bruteforce <tenant>');

    const word = await slackCard('list consent');
    expect(word).toContain('mentioning consent');
    expect(word).toContain('/hunt admin-consent <tenant>');
    expect(word).not.toContain('/hunt pim-off-hours <tenant>');
  });

  it('says when nothing matches and what would', async () => {
    const card = await slackCard('list xyzzy');
    expect(card).toContain("No hunt matches 'xyzzy'");
    expect(card).toContain('Credential access');
  });

  it('explains a hunt: description, parameters, tables and MITRE tactics and techniques', async () => {
    const card = await slackCard('help admin-consent');
    expect(card).toContain('Admin consent granted to an application');
    expect(card).toContain('consentType=…');
    expect(card).toContain('AuditLogs');
    expect(card).toContain('Credential access, Persistence · T1528, T1098.003');
  });

  it('answers the same on the console', async () => {
    const answer = await consolePost(env.huntops.url, 'analyst@demo', '/console/api/command', {
      text: '/hunt list SecurityEvent',
    });
    expect(answer).toContain('reading SecurityEvent');
    expect(answer).toContain('privileged-group-member');
    expect(answer).not.toContain('admin-consent');
  });
});
