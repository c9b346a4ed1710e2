import { randomUUID } from 'node:crypto';
import { webApi } from '@slack/bolt';
import type { CloudAdapter, ConversationReference } from 'botbuilder';
import type { Logger } from 'pino';
import type { BlockingService } from '../blocking/index.ts';
import { toBlockKit, toPlainText } from '../cards/index.ts';
import { type Conversations, teamsResponder } from '../chat/index.ts';
import type { HuntopsConfig, HuntopsEnv } from '../config/index.ts';
import { type DigestOutcome, digestCard } from '../digest/index.ts';
import type { HuntRunner } from '../hunts/index.ts';

export interface DigestDeliveryOptions {
  readonly config: HuntopsConfig;
  readonly env: HuntopsEnv;
  readonly runner: HuntRunner;
  readonly blocking: BlockingService;
  readonly conversations: Conversations;
  readonly teams?: { readonly adapter: CloudAdapter; readonly appId: string };
  readonly logger: Logger;
  readonly clock: () => number;
}

/** Posts a digest card where its plan says: Slack chat.postMessage, a stored Teams conversation, or the log (console). */
export function createDigestDelivery(options: DigestDeliveryOptions) {
  const slack = options.env.SLACK_BOT_TOKEN
    ? new webApi.WebClient(options.env.SLACK_BOT_TOKEN, { slackApiUrl: options.env.SLACK_API_URL })
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
      await slack.chat.postMessage({ channel: post.slack, text: message.text, blocks: message.blocks as never });
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
