import type { AllMiddlewareArgs, AnyMiddlewareArgs } from '@slack/bolt';
import type { Logger } from 'pino';
import type { AuditLog } from '../../store/index.ts';

/** The Slack app and workspaces this bot serves (config `slack.appId` / `slack.teamIds`); unset means any. */
export interface SlackPin {
  readonly appId?: string;
  readonly teamIds?: readonly string[];
}

type Body = {
  api_app_id?: string;
  team_id?: string;
  team?: { id?: string } | null;
  user_id?: string;
  user?: { id?: string; team_id?: string } | string;
  channel_id?: string;
  channel?: { id?: string };
  event?: { user?: string; channel?: string };
};

/** Where a payload says it comes from; each Slack payload family spells it differently. */
function originOf(body: Body) {
  const user = typeof body.user === 'object' ? body.user : undefined;
  return {
    appId: body.api_app_id,
    teamId: body.team_id ?? body.team?.id ?? user?.team_id,
    userId: body.user_id ?? user?.id ?? body.event?.user ?? 'unknown',
    channelId: body.channel_id ?? body.channel?.id ?? body.event?.channel,
  };
}

/**
 * Bolt global middleware that drops payloads from another Slack app or workspace before any listener sees them.
 * A signing secret or app token proves the payload came through Slack, not which install: a second app sharing
 * the secret, or the app installed in a stranger's workspace, would otherwise reach the commands. Refusals are
 * acknowledged (so Slack shows no timeout), logged and audited, and say nothing to the sender.
 */
export function pinWorkspace(options: {
  pin: SlackPin;
  audit: AuditLog;
  logger: Logger;
  newCorrelationId: () => string;
}) {
  const { pin } = options;
  return async (args: AnyMiddlewareArgs & AllMiddlewareArgs) => {
    const origin = originOf(args.body as Body);
    const wrongApp = pin.appId !== undefined && origin.appId !== pin.appId;
    const wrongTeam = pin.teamIds !== undefined && !pin.teamIds.includes(origin.teamId ?? '');
    if (!wrongApp && !wrongTeam) return args.next();
    if ('ack' in args && typeof args.ack === 'function') await (args.ack as () => Promise<void>)();
    const reason = wrongApp ? 'slack.appId' : 'slack.teamIds';
    options.logger.warn({ ...origin, reason }, `slack: refused a request from outside ${reason}`);
    await options.audit.append({
      correlationId: options.newCorrelationId(),
      action: 'request.refused',
      outcome: 'refused',
      actor: origin.userId,
      surface: 'slack',
      channel: origin.channelId,
      details: {
        reason: `not the pinned ${reason === 'slack.appId' ? 'app' : 'workspace'} (${reason})`,
        appId: origin.appId,
        teamId: origin.teamId,
      },
    });
  };
}
