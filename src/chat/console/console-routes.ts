import { createRequire } from 'node:module';
import express, { type Request, type Response, type Router } from 'express';
import { z } from 'zod';
import { type ButtonPress, parseButtonPress, pivotCommandText } from '../../cards/index.ts';
import type { HuntopsConfig } from '../../config/index.ts';
import type { AuditLog } from '../../store/index.ts';
import { auditRejectedAction } from '../core/audit-event.ts';
import type { Bot } from '../core/bot.ts';
import { consoleGuards } from './console-guards.ts';
import { consoleIdentities } from './console-identities.ts';
import { consoleLogin } from './console-login.ts';
import { consolePage } from './console-page.ts';
import { consoleResponder } from './console-responder.ts';
import { consoleSessions } from './console-sessions.ts';

const require = createRequire(import.meta.url);
const ADAPTIVECARDS_JS = require.resolve('adaptivecards/dist/adaptivecards.min.js');
const CONSOLE_CHANNEL = 'console';

// Who is acting comes from the session, never from these bodies.
const commandBody = z.object({ text: z.string().max(100_000) });
const actionBody = z.object({ data: z.unknown(), reason: z.string().max(500).optional() });
const loginBody = z.object({ user: z.string().max(200).optional(), token: z.string().max(1_000).optional() });

export interface ConsoleOptions {
  readonly config: HuntopsConfig;
  readonly bot: Bot;
  readonly newCorrelationId: () => string;
  /** Where the console's login tokens are read (surfaces.console.auth kind tokens). */
  readonly env: NodeJS.ProcessEnv;
  /** Where presses with an unreadable payload are recorded. */
  readonly audit: AuditLog;
}

/**
 * The web console: a command box that renders the bot's real Adaptive Cards, its buttons routed through the same
 * handlers as Teams. A page logs in first (POST /console/api/session) and acts as whoever the server decided then.
 */
export function consoleRouter(options: ConsoleOptions): Router {
  const surface = options.config.surfaces.console;
  const router = express.Router();
  const identities = consoleIdentities(options.config);
  const guard = consoleGuards(surface);
  const login = consoleLogin(surface, identities, options.env);
  const sessions = consoleSessions();
  /** The session's identity, or a 401 the page answers by logging in again. */
  const actor = (request: Request, response: Response) => {
    const identity = sessions.identityOf(request);
    if (!identity) response.status(401).json({ error: 'not logged in to the console', login: true });
    return identity;
  };
  /** The session's identity and the parsed body, or undefined once a 401 or a 400 naming the expected body is sent. */
  const actorAndBody = <T>(request: Request, response: Response, schema: z.ZodType<T>, expected: string) => {
    const userId = actor(request, response);
    if (!userId) return undefined;
    const body = schema.safeParse(request.body);
    if (!body.success) {
      response.status(400).json({ error: `expected ${expected}` });
      return undefined;
    }
    return { userId, body: body.data };
  };

  router.get('/', ...guard.page, (_request, response) => {
    // A page of the same site (another host under the console's domain) gets the SameSite cookie sent in a frame,
    // so it could lay the logged-in console under its own buttons and have an approver press Approve.
    response.set({ 'content-security-policy': "frame-ancestors 'none'", 'x-frame-options': 'DENY' });
    response.type('html').send(consolePage(identities, { askForToken: surface.auth?.kind === 'tokens' }));
  });
  router.get('/console/assets/adaptivecards.js', ...guard.page, (_request, response) =>
    response.sendFile(ADAPTIVECARDS_JS),
  );
  router.post('/console/api/session', ...guard.post, express.json({ limit: '4kb' }), (request, response) => {
    const body = loginBody.safeParse(request.body ?? {});
    const outcome = login(request, body.success ? body.data : {});
    if ('refused' in outcome) {
      response.status(outcome.status).json({ error: outcome.refused, needsToken: outcome.needsToken });
      return;
    }
    sessions.open(request, response, outcome.identity);
    response.json({ user: outcome.identity });
  });
  router.post('/console/api/command', ...guard.post, express.json({ limit: '256kb' }), async (request, response) => {
    const input = actorAndBody(request, response, commandBody, '{text}');
    if (!input) return;
    const { userId, body } = input;
    const { responder, ops } = consoleResponder();
    await options.bot.handleCommand(
      {
        surface: 'console',
        channelId: CONSOLE_CHANNEL,
        userId,
        text: body.text,
        correlationId: options.newCorrelationId(),
      },
      responder,
    );
    response.json({ ops });
  });
  router.post('/console/api/action', ...guard.post, express.json({ limit: '64kb' }), async (request, response) => {
    const input = actorAndBody(request, response, actionBody, '{data}');
    if (!input) return;
    const { userId, body } = input;
    const correlationId = options.newCorrelationId();
    let press: ButtonPress;
    try {
      press = parseButtonPress(body.data);
    } catch (error) {
      const problem = (error as Error).message;
      await auditRejectedAction(
        options.audit,
        { surface: 'console', channelId: CONSOLE_CHANNEL, userId, correlationId },
        problem,
      );
      response.status(400).json({ error: problem });
      return;
    }
    const { responder, ops } = consoleResponder();
    const origin = { surface: 'console' as const, channelId: CONSOLE_CHANNEL, userId, correlationId };
    // A pivot press is the command it names: same grammar, gate, budgets and audit as typing it.
    if (press.kind === 'pivot')
      await options.bot.handleCommand({ ...origin, text: pivotCommandText(press.pivot) }, responder);
    else await options.bot.handleAction({ ...origin, ...press.decision, reason: body.reason }, responder);
    response.json({ ops });
  });
  return router;
}
