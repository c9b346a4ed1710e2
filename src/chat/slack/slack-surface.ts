import {
  App,
  type BlockAction,
  type ButtonAction,
  ExpressReceiver,
  LogLevel,
  SocketModeReceiver,
  webApi,
} from '@slack/bolt';
import type { Express } from 'express';
import type { Logger } from 'pino';
import { type ButtonPress, parseButtonPress, pivotCommandText } from '../../cards/index.ts';
import type { RetryBudget } from '../../config/index.ts';
import type { AuditLog } from '../../store/index.ts';
import { auditRejectedAction } from '../core/audit-event.ts';
import type { Bot } from '../core/bot.ts';
import type { CardUpdater } from '../core/card-delivery.ts';
import { boltLogger } from './bolt-logger.ts';
import { botTokenAuthorization } from './bot-token-authorization.ts';
import { pinWorkspace, type SlackPin } from './pin-workspace.ts';
import { rejectFutureTimestamps } from './reject-future-timestamps.ts';
import { rejectMalformedSignatures } from './reject-malformed-signatures.ts';
import { rejectReplayedRequests, type SeenSignatures } from './reject-replayed-requests.ts';
import { slackClientOptions } from './slack-client-options.ts';
import { type SlackChatClient, slackResponder, updateSlackMessage } from './slack-responder.ts';
import { keepReconnecting } from './socket-mode-reconnects.ts';

export interface SlackSettings {
  readonly botToken: string;
  readonly signingSecret?: string;
  readonly appToken?: string;
  readonly apiUrl: string;
  /** The app and workspaces served; payloads from others are refused (HTTP and Socket Mode alike). */
  readonly pin: SlackPin;
  /** How long and how often to try Slack's Web API (HUNTOPS_REMOTE_*); the defaults when unset. */
  readonly retry?: RetryBudget;
}

export interface SlackSurfaceOptions {
  readonly settings: SlackSettings;
  readonly app: Express;
  readonly bot: Bot;
  readonly logger: Logger;
  /** Where refusals of foreign apps and workspaces are recorded. */
  readonly audit: AuditLog;
  readonly newCorrelationId: () => string;
  /** Signatures already received (shared by replicas), to refuse replays. */
  readonly seenSignatures: SeenSignatures;
}

export const SLACK_EVENTS_PATH = '/slack/events';
/** Acknowledge well inside Slack's 3 seconds even if the bot is slow to say anything. */
const ACK_DEADLINE_MS = 2_000;
const BODY_LIMIT = 256 * 1024;
const ACTION_IDS = /^(approve|deny|retry|unblock|pivot):/;

/**
 * Slack through bolt: HTTP on the server's own /slack/events (every request's signature verified by bolt;
 * malformed signature headers, future timestamps and replays refused by us), or Socket Mode when an app-level
 * token is configured. Either way, payloads from another app or workspace than the pinned ones are dropped.
 */
export interface SlackSurface {
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Why Slack cannot reach the bot right now (a Socket Mode connection being re-established), or undefined. */
  outage(): string | undefined;
  /** Updates a card the bot posted, outside any Slack request (another card of the same proposal). */
  readonly updateCard: CardUpdater;
}

export function attachSlack(options: SlackSurfaceOptions): SlackSurface {
  const { settings, bot } = options;
  const logger = boltLogger(options.logger);
  // Give up within the remote-call budget, so an outage ends in a message over response_url, not a hang.
  const clientOptions = slackClientOptions(settings.apiUrl, settings.retry, { retry: true });
  let bolt: App;
  const authorize = botTokenAuthorization(settings.botToken);
  // Cards are updated outside any request too (every card of a proposal), with the bot token.
  const client = new webApi.WebClient(settings.botToken, { ...clientOptions, logger });
  // Our own receiver (what bolt would build from appToken) so its Socket Mode client can be kept reconnecting.
  let socketMode: SocketModeReceiver | undefined;
  let stopping = false;
  if (settings.appToken) {
    socketMode = new SocketModeReceiver({
      appToken: settings.appToken,
      logger,
      logLevel: LogLevel.INFO,
      installerOptions: { clientOptions },
    });
    bolt = new App({ authorize, receiver: socketMode, socketMode: true, logger, clientOptions });
  } else {
    if (!settings.signingSecret)
      throw new Error('SLACK_SIGNING_SECRET is required for Slack over HTTP (or set SLACK_APP_TOKEN for Socket Mode)');
    options.app.post(
      SLACK_EVENTS_PATH,
      rejectMalformedSignatures(),
      rejectFutureTimestamps(),
      ...rejectReplayedRequests({
        signingSecret: settings.signingSecret,
        seen: options.seenSignatures,
        logger: options.logger,
        bodyLimit: BODY_LIMIT,
      }),
    );
    const receiver = new ExpressReceiver({
      signingSecret: settings.signingSecret,
      app: options.app,
      endpoints: SLACK_EVENTS_PATH,
      logger,
      bodyLimit: BODY_LIMIT,
    });
    bolt = new App({ authorize, receiver, logger, clientOptions });
  }

  bolt.use(
    pinWorkspace({
      pin: settings.pin,
      audit: options.audit,
      logger: options.logger,
      newCorrelationId: options.newCorrelationId,
    }),
  );

  bolt.command('/hunt', async ({ command, ack, respond, client }) => {
    const responder = slackResponder({ client, channel: command.channel_id, ack, respond });
    const deadline = setTimeout(() => void responder.ensureAcknowledged().catch(() => {}), ACK_DEADLINE_MS);
    try {
      await bot.handleCommand(
        {
          surface: 'slack',
          channelId: command.channel_id,
          userId: command.user_id,
          userName: command.user_name,
          text: command.text,
          correlationId: options.newCorrelationId(),
        },
        responder,
      );
    } finally {
      clearTimeout(deadline);
      await responder.ensureAcknowledged();
    }
  });

  bolt.action<BlockAction<ButtonAction>>(ACTION_IDS, async ({ ack, body, action, client, respond }) => {
    await ack();
    const channel = body.channel?.id ?? body.container?.channel_id ?? '';
    const responder = slackResponder({ client, channel, respond });
    const origin = {
      surface: 'slack' as const,
      channelId: channel,
      userId: body.user.id,
      correlationId: options.newCorrelationId(),
    };
    let press: ButtonPress;
    try {
      press = parseButtonPress(action.value);
    } catch (error) {
      await auditRejectedAction(options.audit, origin, (error as Error).message);
      await responder.whisper((error as Error).message);
      return;
    }
    // A pivot press is the command it names: same grammar, gate, budgets and audit as typing it.
    const userName = body.user.name;
    if (press.kind === 'pivot')
      await bot.handleCommand({ ...origin, userName, text: pivotCommandText(press.pivot) }, responder);
    else await bot.handleAction({ ...origin, userName, ...press.decision }, responder);
  });

  bolt.error(async (error) => {
    options.logger.error({ err: error }, 'slack listener failed');
  });

  // Over HTTP every request reaches the server itself; in Socket Mode only an open socket brings events.
  let socketState = 'connected';
  return {
    start: async () => {
      // Says early when the token is wrong or Slack cannot be reached; never stops the bot (Slack may come back).
      client.auth
        .test()
        .catch((error: unknown) =>
          options.logger.warn(
            { err: error },
            'slack: auth.test failed; commands are answered once Slack accepts the token',
          ),
        );
      if (!socketMode) return;
      for (const state of ['connected', 'reconnecting', 'disconnected']) {
        socketMode.client.on(state, () => {
          socketState = state;
        });
      }
      await bolt.start();
      keepReconnecting(socketMode.client, options.logger, () => stopping);
    },
    stop: async () => {
      stopping = true;
      if (socketMode) await bolt.stop();
    },
    outage: () => (socketState === 'connected' ? undefined : `the Socket Mode connection is ${socketState}`),
    updateCard: (ref, card) => updateSlackMessage(client as unknown as SlackChatClient, ref, card),
  };
}
