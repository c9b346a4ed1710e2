import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { BlockingService } from '../blocking/index.ts';
import { toPlainText } from '../cards/index.ts';
import { type Conversations, slackDigestPoster, type TeamsDigestOptions, teamsDigestPoster } from '../chat/index.ts';
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
  readonly teams?: TeamsDigestOptions;
  readonly logger: Logger;
  readonly clock: () => number;
}

/**
 * Posts a digest card where its plan says: a Slack channel, a stored Teams conversation (each through its
 * surface's digest poster), or the log (console).
 */
export function createDigestDelivery(options: DigestDeliveryOptions) {
  const slack = options.env.SLACK_BOT_TOKEN
    ? slackDigestPoster({ token: options.env.SLACK_BOT_TOKEN, apiUrl: options.env.SLACK_API_URL, retry: options.retry })
    : undefined;
  const teams = options.teams ? teamsDigestPoster(options.teams) : undefined;
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
      await slack(post.slack, card);
    }
    if (post.teams) {
      const reference = await options.conversations.find('teams', post.teams);
      if (!reference || !teams)
        throw new Error(
          `digest ${outcome.plan.id} posts to Teams conversation ${post.teams}, which the bot has not been added to yet`,
        );
      await teams(reference, card);
    }
    if (post.console)
      options.logger.info({ digest: outcome.plan.id }, `digest ${outcome.plan.id}:\n${toPlainText(card)}`);
  };
}
