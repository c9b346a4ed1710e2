import { webApi } from '@slack/bolt';
import { type CardModel, toBlockKit } from '../../cards/index.ts';
import type { RetryBudget } from '../../config/index.ts';
import { slackClientOptions } from './slack-client-options.ts';

export interface SlackDigestPosterOptions {
  readonly token: string;
  /** SLACK_API_URL: Slack's Web API, or a stand-in. */
  readonly apiUrl: string;
  /** HUNTOPS_REMOTE_*: how long one post may take. */
  readonly retry?: RetryBudget;
}

/** Posts a card to a channel outside any request; rejects with the reason an admin reads in digest_runs.failure. */
export type SlackDigestPoster = (channel: string, card: CardModel) => Promise<void>;

/**
 * Digests into Slack through chat.postMessage. A digest run holds its schedule (no overlap) until it is posted, so
 * this gives up within one attempt and the run is recorded as failed: a post that timed out may still have
 * arrived, and a second could post it twice. The next slot is the retry.
 */
export function slackDigestPoster(options: SlackDigestPosterOptions): SlackDigestPoster {
  const clientOptions = slackClientOptions(options.apiUrl, options.retry, { retry: false });
  const slack = new webApi.WebClient(options.token, clientOptions);
  return async (channel, card) => {
    const message = toBlockKit(card);
    await slack.chat
      .postMessage({ channel, text: message.text, blocks: message.blocks as never })
      .catch((error: unknown) => {
        throw new Error(
          `Slack did not take the digest for channel ${channel}: ${slackFailure(error, clientOptions.timeout)}`,
          { cause: error },
        );
      });
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
