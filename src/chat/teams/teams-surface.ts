import { ActivityEventNames } from 'botbuilder';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import type { Logger } from 'pino';
import type { HuntopsConfig } from '../../config/index.ts';
import type { Bot } from '../core/bot.ts';
import type { Conversations } from '../core/conversations.ts';
import type { RunRecords } from '../core/run-records.ts';
import { approverDirectory } from './approver-directory.ts';
import { approverViews } from './approver-views.ts';
import type { ConnectorCallObserver } from './connector-transport.ts';
import { createTeamsAdapter } from './teams-adapter.ts';
import { TeamsHandler } from './teams-handler.ts';
import type { TeamsSettings } from './teams-settings.ts';

export const TEAMS_MESSAGES_PATH = '/api/messages';

export interface TeamsSurfaceOptions {
  readonly settings: TeamsSettings;
  readonly app: Express;
  readonly bot: Bot;
  readonly conversations: Conversations;
  /** The tenants' Teams approvers, who get their own view of a hunt card with the decision buttons. */
  readonly config: HuntopsConfig;
  /** The posted cards, which a refresh shows again to whoever asks. */
  readonly runs: RunRecords;
  readonly logger: Logger;
  readonly newCorrelationId: () => string;
  /** Told about every call to the Bot Framework connector (for metrics). */
  readonly onConnectorCall?: ConnectorCallObserver;
}

/**
 * Teams through botbuilder's CloudAdapter on /api/messages. Every request's JWT is validated by the adapter;
 * without a MicrosoftAppId (no validation possible) only loopback callers such as the Bot Framework Emulator are served.
 */
export function attachTeams(options: TeamsSurfaceOptions) {
  const adapter = createTeamsAdapter(options.settings, options.onConnectorCall);
  const appId = options.settings.MicrosoftAppId ?? '';
  adapter.onTurnError = async (context, error) => {
    // A proactive send (a hunt's card, a digest) has a caller waiting for the outcome: botbuilder would report
    // success once this handler returns, so hand the error back; apologising would go through the same connector.
    if (context.activity.name === ActivityEventNames.ContinueConversation) throw error;
    options.logger.error({ err: error, activityType: context.activity.type }, 'teams turn failed');
    await context.sendActivity('huntops hit an error handling that; the admin can find it in the log.').catch(() => {});
  };
  const handler = new TeamsHandler({
    bot: options.bot,
    adapter,
    appId,
    logger: options.logger,
    newCorrelationId: options.newCorrelationId,
    views: approverViews({
      config: options.config,
      runs: options.runs,
      directory: approverDirectory(),
      logger: options.logger,
    }),
    rememberConversation: (reference) => {
      const id = (reference as { conversation?: { id?: string } }).conversation?.id;
      return id ? options.conversations.remember('teams', id, reference, new Date()) : Promise.resolve();
    },
  });
  const guards = appId ? [] : [loopbackOnly];
  options.app.post(TEAMS_MESSAGES_PATH, ...guards, express.json({ limit: '256kb' }), async (request, response) => {
    let authenticated = false;
    await adapter.process(
      request,
      unauthorizedUntilAuthenticated(response, () => authenticated),
      (context) => {
        authenticated = true;
        return handler.run(context);
      },
    );
  });
  return { adapter };
}

/**
 * botbuilder answers 500 when jsonwebtoken rejects a signature (it only wraps some failures as
 * AuthenticationError). Anything that fails before the turn logic ran was an unauthenticated request: 401.
 */
function unauthorizedUntilAuthenticated(response: Response, authenticated: () => boolean): Response {
  const status = response.status.bind(response);
  response.status = (code: number) => status(code === 500 && !authenticated() ? 401 : code);
  const writeHead = response.writeHead.bind(response) as (...args: unknown[]) => Response;
  response.writeHead = ((code: number, ...rest: unknown[]) =>
    writeHead(code === 500 && !authenticated() ? 401 : code, ...rest)) as Response['writeHead'];
  return response;
}

function loopbackOnly(request: Request, response: Response, next: NextFunction) {
  const address = request.socket.remoteAddress ?? '';
  if (address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1') return next();
  response
    .status(401)
    .type('text')
    .send('MicrosoftAppId is not set: /api/messages accepts loopback requests (Bot Framework Emulator) only');
}
