// Public surface of chat: the command grammar, access control and the surface-neutral bot core.
export type { Caller } from '../access/index.ts';
export { consoleLogin } from './console/console-login.ts';
export { type ConsoleOptions, consoleRouter } from './console/console-routes.ts';
export { type Bot, createBot } from './core/bot.ts';
export type { BotDeps } from './core/bot-deps.ts';
export { type CardDelivery, type CardUpdater, createCardDelivery } from './core/card-delivery.ts';
export { type Conversations, createConversations } from './core/conversations.ts';
export { type HuntCommand, handleHunt } from './core/handle-hunt.ts';
export { handlePivot, type PivotCommand } from './core/handle-pivot.ts';
export { SWEEP_CONCURRENCY } from './core/handle-sweep.ts';
export type { InboundAction, InboundCommand, MessageRef, Responder } from './core/inbound.ts';
export type { BlockingPort, EntityQuerySummary, HuntPort, HuntRun, IntelPort } from './core/ports.ts';
export { createRunRecords, type RunRecord, type RunRecords } from './core/run-records.ts';
export type { ChatCommand, CommandProblem } from './grammar/commands.ts';
export { COMMAND_SYNTAX, MAX_COMMAND_LENGTH, USAGE } from './grammar/commands.ts';
export { normalizeCommandText } from './grammar/normalize-text.ts';
export { parseCommand, type Vocabulary } from './grammar/parse-command.ts';
export { slackUsageHint, teamsCommands } from './grammar/surface-hints.ts';
export { type SeenSignatures, seenSignatures } from './slack/reject-replayed-requests.ts';
export { type SlackDigestPoster, slackDigestPoster } from './slack/slack-digest-poster.ts';
export {
  attachSlack,
  SLACK_EVENTS_PATH,
  type SlackSettings,
  type SlackSurface,
  type SlackSurfaceOptions,
} from './slack/slack-surface.ts';
export { type TeamsDigestOptions, type TeamsDigestPoster, teamsDigestPoster } from './teams/teams-digest-poster.ts';
export { type TeamsSettings, teamsSettingsFromEnv } from './teams/teams-settings.ts';
export { attachTeams, TEAMS_MESSAGES_PATH, type TeamsSurfaceOptions } from './teams/teams-surface.ts';
