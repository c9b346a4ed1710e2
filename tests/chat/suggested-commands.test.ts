import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ERROR_EXPLANATIONS } from '../../src/cards/index.ts';
import { parseCommand, slackUsageHint, teamsCommands } from '../../src/chat/index.ts';
import type { RunningHuntops } from '../../src/server/index.ts';
import { type SlackApiStandin, startSlackApiStandin } from '../standins/slack-api.ts';
import { type SlackClient, slackClient } from '../support/slack-client.ts';
import { startTestHuntops } from '../support/test-huntops.ts';

const SECRET = 'slack-signing-secret-for-tests-0018';
const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

/** Sample values for the placeholders usage lines show; an unknown placeholder fails the test. */
const PLACEHOLDERS: Record<string, string> = {
  '<template>': 'spray',
  '<tenant|all>': 'tenant-a',
  '<tenant>': 'tenant-a',
  '<ip>': '203.0.113.5',
  '<ioc>': 'https://evil.example/kit.zip',
  '[ip|domain|url|sha1|sha256]': 'url',
  '<address>': '203.0.113.5',
  '<upn>': 'alice@contoso.com',
  '<name>': 'ws-042',
  '[window]': '7d',
  '[name=value…]': 'minFailedUsersFromIP=3',
  '[reason]': '"seen spraying"',
  '[template]': 'spray',
  '[tactic|table|text]': 'persistence',
};

function fill(usage: string): string {
  let text = usage;
  for (const [placeholder, value] of Object.entries(PLACEHOLDERS)) text = text.replaceAll(placeholder, value);
  if (/[<[]/.test(text)) throw new Error(`unknown placeholder in '${usage}'`);
  return text;
}

/** Every `/hunt …` run in a text, up to the end of the code span, sentence or line. */
function slashCommands(text: string): string[] {
  return [...text.matchAll(/\/hunt [^`*_\n"\\,:;]+/g)].map((match) => match[0].replace(/[.\s]+$/, ''));
}

/** The backticked spans of error-model advice that are chat commands (not `huntops …` CLI commands). */
function chatSpans(text: string): string[] {
  return [...text.matchAll(/`([^`]+)`/g)].map((match) => match[1]).filter((span) => !span.startsWith('huntops '));
}

describe('every command huntops suggests parses with the grammar', () => {
  let slack: SlackApiStandin;
  let huntops: RunningHuntops;
  let client: SlackClient;
  let check: (source: string, example: string) => void;

  beforeAll(async () => {
    slack = await startSlackApiStandin();
    huntops = await startTestHuntops({
      env: { SLACK_BOT_TOKEN: 'xoxb-test-token-0018', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl },
    });
    client = slackClient(huntops, slack, SECRET);
    const templates = huntops.services.runner.templates;
    const vocabulary = { templates: templates.map((template) => template.command), tenants: ['tenant-a'] };
    check = (source, example) => {
      const command = parseCommand(fill(example), vocabulary);
      expect(command.kind, `${source}: '${example}' → ${JSON.stringify(command)}`).not.toBe('problem');
      if (command.kind !== 'hunt') return;
      // The grammar passes name=value words on; the template decides which names exist.
      const known = templates.find((template) => template.command === command.template)!.parameters;
      for (const word of command.params) {
        const name = word.slice(0, word.indexOf('='));
        expect(
          known.map((parameter) => parameter.name),
          `${source}: '${example}' sets '${name}'`,
        ).toContain(name);
      }
    };
  });
  afterAll(async () => {
    await huntops?.close();
    await slack?.close();
  });

  it('the README examples', () => {
    const examples = [...slashCommands(read('README.md')), ...slashCommands(read('src/hunts/README.md'))];
    expect(examples.length).toBeGreaterThan(4);
    for (const example of examples) check('README', example.replace(/^\/hunt /, ''));
  });

  it('the Slack usage_hint and the Teams command list, which match the grammar', () => {
    for (const name of ['manifest.yaml', 'manifest.socket-mode.yaml']) {
      const manifest = parse(read(`manifests/slack/${name}`));
      const hint: string = manifest.features.slash_commands[0].usage_hint;
      expect(hint).toBe(slackUsageHint());
      for (const usage of hint.split(' | ')) check(name, usage);
    }
    const teams = JSON.parse(read('manifests/teams/manifest.json'));
    const commands: { title: string; description: string }[] = teams.bots[0].commandLists[0].commands;
    expect(commands).toEqual(teamsCommands());
    for (const { description } of commands)
      check('Teams commandLists', description.slice(0, description.indexOf(': ')));
  });

  it('the error cards’ advice', () => {
    const spans = Object.values(ERROR_EXPLANATIONS).flatMap((explanation) => chatSpans(explanation.next));
    expect(spans).toContain('spray tenant-a 7d');
    for (const span of spans) check('error model', span);
  });

  it('help, help <template>, list, and the usage and hints of refused commands', async () => {
    for (const text of ['help', 'help spray', 'list']) await client.command(text, 'U-ANALYST', 'C1');
    const shown: string[] = [];
    await expect
      .poll(() => slack.calls.filter((call) => call.method === 'chat.postMessage').length)
      .toBeGreaterThanOrEqual(3);
    // Slack escapes <, > and & in message text.
    const unescapeSlack = (text: string) =>
      text.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
    for (const call of slack.calls) shown.push(unescapeSlack(JSON.stringify(call.args.blocks ?? call.args.text ?? '')));
    shown.push(await client.command('nonsense tenant-a', 'U-ANALYST', 'C1'));
    shown.push(await client.command('spray', 'U-ANALYST', 'C1'));
    const refused = await client.command('spray tenant-a window=1d', 'U-ANALYST', 'C1');
    const card = await client.cardWith('has no parameter');
    shown.push(refused, unescapeSlack(JSON.stringify(card.args.blocks).replaceAll('\\n', '\n')));

    const examples = shown.flatMap(slashCommands);
    expect(examples).toContain('/hunt spray tenant-a 7d minFailedUsersFromIP=3');
    expect(examples).toContain('/hunt block <tenant> <ioc> [reason]');
    expect(examples).toContain('/hunt spray <tenant> 7d');
    for (const example of examples) check('chat', example.replace(/^\/hunt ?/, ''));
    const spans = shown.flatMap(chatSpans).filter((span) => !span.includes('/hunt'));
    expect(spans).toContain('spray tenant-a 7d');
    for (const span of spans.filter((candidate) => /^[a-z]/.test(candidate))) check('chat advice', span);
  });
});
