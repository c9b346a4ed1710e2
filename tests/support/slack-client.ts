import type { RunningHuntops } from '../../src/server/index.ts';
import { type SlackApiStandin, type SlackCall, startSlackApiStandin } from '../standins/slack-api.ts';
import { blockActionBody, slackHeaders, slashCommandBody } from './slack-signing.ts';
import { startTestHuntops } from './test-huntops.ts';

export interface SlackClient {
  /** A signed `/hunt` command; resolves to the private answer Slack got in the acknowledgement ('' for none). */
  command(text: string, user: string, channel: string): Promise<string>;
  /** A signed press of `verb` on `card`, from `channel` (default: the card's); `value` replaces the button's payload. */
  press(user: string, card: SlackCall, verb: string, options?: { channel?: string; value?: string }): Promise<void>;
  /** The first card posted to the channel whose blocks mention `text`. */
  cardWith(text: string): Promise<SlackCall>;
}

/** Drives the real server the way Slack does: every request signed with the app's signing secret. */
export function slackClient(huntops: RunningHuntops, slack: SlackApiStandin, secret: string): SlackClient {
  const post = async (body: string) => {
    const response = await fetch(`${huntops.url}/slack/events`, {
      method: 'POST',
      body,
      headers: slackHeaders(secret, body),
    });
    if (response.status !== 200) throw new Error(`Slack request answered ${response.status}: ${await response.text()}`);
    return response.text();
  };
  return {
    async command(text, user, channel) {
      const raw = await post(slashCommandBody({ text, user, channel, responseUrl: slack.responseUrl() }));
      return raw ? String((JSON.parse(raw) as { text?: string }).text ?? '') : '';
    },
    async press(user, card, verb, options = {}) {
      const match = JSON.stringify(card.args.blocks).match(
        new RegExp(`"action_id":"(${verb}:[^"]+)","value":"((?:[^"\\\\]|\\\\.)*)"`),
      );
      if (!match) throw new Error(`no ${verb} button on the card`);
      await post(
        blockActionBody({
          user,
          channel: options.channel ?? String(card.args.channel),
          messageTs: String(card.reply.ts),
          actionId: match[1],
          value: options.value ?? JSON.parse(`"${match[2]}"`),
          responseUrl: slack.responseUrl(),
        }),
      );
    },
    cardWith: (text) =>
      slack.waitFor(
        // Thread replies (the findings CSV) carry text and no blocks.
        (call) => call.method === 'chat.postMessage' && (JSON.stringify(call.args.blocks) ?? '').includes(text),
      ),
  };
}

/** The real server in-process with Slack over HTTP, pointed at a Slack API stand-in, and a client that signs. */
export interface SlackHuntops {
  readonly slack: SlackApiStandin;
  readonly huntops: RunningHuntops;
  readonly client: SlackClient;
  close(): Promise<void>;
}

const SIGNING_SECRET = 'slack-signing-secret-for-tests-0001';

/**
 * Starts the Slack stand-in and huntops (SLACK_TENANT_YAML unless `configYaml` is given) wired to each other;
 * `env` adds to the Slack variables (an OTX stand-in, say), `clock` is huntops' own.
 */
export async function startSlackHuntops(
  options: { configYaml?: string; env?: Record<string, string>; clock?: () => number } = {},
): Promise<SlackHuntops> {
  const slack = await startSlackApiStandin();
  const huntops = await startTestHuntops({
    configYaml: options.configYaml,
    clock: options.clock,
    env: {
      SLACK_BOT_TOKEN: 'xoxb-test-token-0001',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slack.apiUrl,
      ...options.env,
    },
  });
  return {
    slack,
    huntops,
    client: slackClient(huntops, slack, SIGNING_SECRET),
    async close() {
      await huntops.close();
      await slack.close();
    },
  };
}
