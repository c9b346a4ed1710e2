import { randomUUID } from 'node:crypto';
import { webApi } from '@slack/bolt';
import type { CloudAdapter, ConversationReference } from 'botbuilder';
import type { Logger } from 'pino';
import type { BlockingService } from '../blocking/index.ts';
import { toBlockKit, toPlainText } from '../cards/index.ts';
import { type Conversations, slackClientOptions, teamsResponder } from '../chat/index.ts';
import type { HuntopsConfig, HuntopsEnv, RetryBudget } from '../config/index.ts';
import { type DigestOutcome, digestCard } from '../digest/index.ts';
import type { HuntRunner } from '../hunts/index.ts';

export interface DigestDeliveryOptions {
  readonly config: HuntopsConfig;
  readonly env: HuntopsEnv;
  /** HUNTOPS_REMOTE_*: how long one Slack post may take. */
  readonly retry?: RetryBudget;
  readonly runner: HuntRunner;
  readonly blocking: BlockingService;
  readonly conversations: Conversations;
  readonly teams?: { readonly adapter: CloudAdapter; readonly appId: string };
  readonly logger: Logger;
  readonly clock: () => number;
}

/** Posts a digest card where its plan says: Slack chat.postMessage, a stored Teams conversation, or the log (console). */
export function createDigestDelivery(options: DigestDeliveryOptions) {
  // A digest run holds its schedule (no overlap) until it is posted, so give up within one attempt and record
  // the run as failed: a post that timed out may still have arrived, and a second could post it twice. The
  // next slot is the retry.
  const clientOptions = slackClientOptions(options.env.SLACK_API_URL, options.retry, { retry: false });
  const slack = options.env.SLACK_BOT_TOKEN
    ? new webApi.WebClient(options.env.SLACK_BOT_TOKEN, clientOptions)
    : undefined;
  const severity = new Map(options.runner.templates.map((template) => [template.command, template.severity]));
  return async (outcome: DigestOutcome): Promise<void> => {
    const tenants = outcome.plan.tenants;
    const proposals = await options.blocking.proposals({ states: ['proposed', 'blocked'] });
    const mine = proposals.filter((proposal) => tenants.includes(proposal.tenant));
    const card = digestCard(outcome, {
      displayName: (key) => options.config.tenants[key]?.displayName ?? key,
      severity: (hunt) => severity.get(hunt) ?? 'Medium',
      pendingApprovals: mine.filter((proposal) => proposal.state === 'proposed').length,
      activeBlocks: mine.filter((proposal) => proposal.state === 'blocked').length,
      runId: randomUUID(),
      now: new Date(options.clock()).toISOString(),
    });
    const { post } = outcome.plan;
    if (post.slack) {
      if (!slack) throw new Error(`digest ${outcome.plan.id} posts to Slack but SLACK_BOT_TOKEN is not set`);
      const message = toBlockKit(card);
      await slack.chat
        .postMessage({ channel: post.slack, text: message.text, blocks: message.blocks as never })
        .catch((error: unknown) => {
          throw new Error(
            `Slack did not take the digest for channel ${post.slack}: ${slackFailure(error, clientOptions.timeout)}`,
            {
              cause: error,
            },
          );
        });
    }
    if (post.teams) {
      const reference = await options.conversations.find('teams', post.teams);
      if (!reference || !options.teams)
        throw new Error(
          `digest ${outcome.plan.id} posts to Teams conversation ${post.teams}, which the bot has not been added to yet`,
        );
      // The same proactive path as hunt cards, so a refused card fails with the same plain words.
      await teamsResponder({ ...options.teams, reference: reference as Partial<ConversationReference> }).post(card);
    }
    if (post.console)
      options.logger.info({ digest: outcome.plan.id }, `digest ${outcome.plan.id}:\n${toPlainText(card)}`);
  };
}

/** Why the Web API client gave up, in the words digest_runs.failure and the log show an admin. */
function slackFailure(error: unknown, timeoutMs: number): string {
  const shape = error as { code?: string; statusCode?: number; retryAfter?: number; data?: unknown; original?: Error };
  switch (shape.code) {
    case webApi.ErrorCode.RateLimitedError:
      return `Slack is rate-limiting huntops (retry after ${shape.retryAfter} s)`;
    case webApi.ErrorCode.HTTPError:
      return `Slack answered HTTP ${shape.statusCode}`;
    case webApi.ErrorCode.RequestError:
      return shape.original?.name === 'TimeoutError'
        ? `Slack did not answer within ${timeoutMs / 1000} s`
        : `the connection to Slack failed (${shape.original?.message})`;
    case webApi.ErrorCode.PlatformError: {
      // Slack names a refusal with a snake_case code; anything else there is a reply the client could not parse.
      const refusal = (shape.data as { error?: unknown } | undefined)?.error;
      return typeof refusal === 'string' && /^[a-z0-9_]+$/.test(refusal)
        ? `Slack refused it (${refusal})`
        : 'Slack answered with something huntops could not read';
    }
    default:
      return (error as Error).message;
  }
}
