import { ActivityEventNames, ActivityTypes, Channels, type ConversationReference, type TurnContext } from 'botbuilder';
import express, { type Express, type Response } from 'express';
import type { Logger } from 'pino';
import type { HuntopsConfig } from '../../config/index.ts';
import type { AuditLog } from '../../store/index.ts';
import type { Bot } from '../core/bot.ts';
import type { CardUpdater } from '../core/card-delivery.ts';
import type { Conversations } from '../core/conversations.ts';
import type { RunRecords } from '../core/run-records.ts';
import { approverDirectory } from './approver-directory.ts';
import { approverViews } from './approver-views.ts';
import type { ConnectorCallObserver } from './connector-transport.ts';
import { emulatorOnly } from './emulator-only.ts';
import { foreignEntraTenant, servedEntraTenants } from './entra-tenants.ts';
import { createTeamsAdapter } from './teams-adapter.ts';
import { TeamsHandler } from './teams-handler.ts';
import { teamsResponder } from './teams-responder.ts';
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
  /** Where activities from Entra tenants no huntops tenant admits are recorded. */
  readonly audit: AuditLog;
  readonly newCorrelationId: () => string;
  /** Told about every call to the Bot Framework connector (for metrics). */
  readonly onConnectorCall?: ConnectorCallObserver;
}

/**
 * Teams through botbuilder's CloudAdapter on /api/messages. Every request's JWT is validated by the adapter, then
 * activities from Entra tenants that no huntops tenant admits are refused; without a MicrosoftAppId (no
 * validation possible) only the Bot Framework Emulator on this machine is served.
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
  const views = approverViews({
    config: options.config,
    runs: options.runs,
    directory: approverDirectory(),
    logger: options.logger,
    audit: options.audit,
  });
  const handler = new TeamsHandler({
    bot: options.bot,
    adapter,
    appId,
    logger: options.logger,
    newCorrelationId: options.newCorrelationId,
    audit: options.audit,
    views,
    rememberConversation: (reference) => {
      const id = (reference as { conversation?: { id?: string } }).conversation?.id;
      return id ? options.conversations.remember('teams', id, reference, new Date()) : Promise.resolve();
    },
  });
  const refuseOutsiders = appId ? refuseOutsideTeams(options) : async () => false;
  const [beforeBody, afterBody] = appId ? [[], []] : [[emulatorOnly.caller], [emulatorOnly.serviceUrl]];
  const body = express.json({ limit: '256kb' });
  options.app.post(TEAMS_MESSAGES_PATH, ...beforeBody, body, ...afterBody, async (request, response) => {
    let authenticated = false;
    await adapter.process(
      request,
      unauthorizedUntilAuthenticated(response, () => authenticated),
      async (context) => {
        authenticated = true;
        if (!(await refuseOutsiders(context))) await handler.run(context);
      },
    );
  });
  /** Updates a card outside any Teams request (another card of the same proposal), in its stored conversation. */
  const updateCard: CardUpdater = async (ref, card) => {
    const reference = ref.conversationId ? await options.conversations.find('teams', ref.conversationId) : undefined;
    if (!reference) throw new Error(`no stored Teams conversation ${ref.conversationId} to update the card in`);
    const channel = { adapter, appId, reference: reference as Partial<ConversationReference> };
    await teamsResponder({ ...channel, channelCard: views.channelCard }).update(ref, card);
  };
  return { adapter, updateCard };
}

const FOREIGN_TENANT = 'This huntops does not serve your organisation.';
const NOT_TEAMS = 'This huntops serves Microsoft Teams only.';

/**
 * A valid Bot Framework token proves the activity came through the Bot Framework, not through Teams nor from which
 * organisation. The Bot Framework signs every channel of the bot with the same keys, which carry no endorsements,
 * so botbuilder checks no channelId: a Web Chat or Direct Line client (both on for every Azure Bot) writes
 * `from.id` and `channelData` itself and could name an approver and a SOC channel. And a user of any Entra tenant
 * can message a multi-tenant bot in a 1:1 chat. Both get one plain sentence, and the refusal is audited and
 * logged; the command is never seen by the bot.
 */
function refuseOutsideTeams(options: TeamsSurfaceOptions) {
  const served = servedEntraTenants(options.config);
  return async (context: TurnContext): Promise<boolean> => {
    const { activity } = context;
    const outsideTeams = activity.channelId !== Channels.Msteams;
    const reason = outsideTeams
      ? `the activity comes from the ${JSON.stringify(activity.channelId)} channel, not msteams`
      : foreignEntraTenant(activity, served);
    if (!reason) return false;
    const actor = activity.from?.aadObjectId ?? activity.from?.id ?? 'unknown';
    options.logger.warn({ actor, conversation: activity.conversation?.id, reason }, 'teams: refused an activity');
    await options.audit.append({
      correlationId: options.newCorrelationId(),
      action: 'request.refused',
      outcome: 'refused',
      actor,
      surface: 'teams',
      channel: activity.conversation?.id,
      details: { reason, activityType: activity.type },
    });
    const answer = outsideTeams ? NOT_TEAMS : FOREIGN_TENANT;
    if (activity.type === ActivityTypes.Invoke)
      await context.sendActivity({
        type: ActivityTypes.InvokeResponse,
        value: {
          status: 200,
          body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: answer },
        },
      });
    else if (activity.type === ActivityTypes.Message) await context.sendActivity(answer);
    return true;
  };
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
