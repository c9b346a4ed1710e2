import { createRequire } from 'node:module';
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { z } from 'zod';
import { parseCardAction } from '../../cards/index.ts';
import type { HuntopsConfig } from '../../config/index.ts';
import type { Bot } from '../core/bot.ts';
import { consoleIdentities } from './console-identities.ts';
import { consolePage } from './console-page.ts';
import { consoleResponder } from './console-responder.ts';

const require = createRequire(import.meta.url);
const ADAPTIVECARDS_JS = require.resolve('adaptivecards/dist/adaptivecards.min.js');
const CONSOLE_CHANNEL = 'console';

const commandBody = z.object({ text: z.string().max(100_000), user: z.string().min(1).max(200) });
const actionBody = z.object({
  data: z.unknown(),
  user: z.string().min(1).max(200),
  reason: z.string().max(500).optional(),
});

export interface ConsoleOptions {
  readonly config: HuntopsConfig;
  readonly bot: Bot;
  readonly newCorrelationId: () => string;
}

/** The web console: a command box that renders the bot's real Adaptive Cards, its buttons routed through the same handlers as Teams. */
export function consoleRouter(options: ConsoleOptions): Router {
  const router = express.Router();
  const identities = consoleIdentities(options.config);
  router.use(loopbackOnly(options.config.surfaces.console.allowRemote));
  router.get('/', (_request, response) => {
    response.type('html').send(consolePage(identities));
  });
  router.get('/console/assets/adaptivecards.js', (_request, response) => response.sendFile(ADAPTIVECARDS_JS));
  router.post('/console/api/command', express.json({ limit: '256kb' }), async (request, response) => {
    const body = commandBody.safeParse(request.body);
    if (!body.success || !identities.some((identity) => identity.id === body.data.user)) {
      response.status(400).json({ error: 'expected {text, user} with a known console user' });
      return;
    }
    const { responder, ops } = consoleResponder();
    await options.bot.handleCommand(
      {
        surface: 'console',
        channelId: CONSOLE_CHANNEL,
        userId: body.data.user,
        text: body.data.text,
        correlationId: options.newCorrelationId(),
      },
      responder,
    );
    response.json({ ops });
  });
  router.post('/console/api/action', express.json({ limit: '64kb' }), async (request, response) => {
    const body = actionBody.safeParse(request.body);
    if (!body.success || !identities.some((identity) => identity.id === body.data.user)) {
      response.status(400).json({ error: 'expected {data, user} with a known console user' });
      return;
    }
    let payload: ReturnType<typeof parseCardAction>;
    try {
      payload = parseCardAction(body.data.data);
    } catch (error) {
      response.status(400).json({ error: (error as Error).message });
      return;
    }
    const { responder, ops } = consoleResponder();
    await options.bot.handleAction(
      {
        surface: 'console',
        channelId: CONSOLE_CHANNEL,
        userId: body.data.user,
        ...payload,
        reason: body.data.reason,
        correlationId: options.newCorrelationId(),
      },
      responder,
    );
    response.json({ ops });
  });
  return router;
}

/** The console has no login: it answers loopback callers only, unless the config allows remote access. */
function loopbackOnly(allowRemote: boolean) {
  return (request: Request, response: Response, next: NextFunction) => {
    const address = request.socket.remoteAddress ?? '';
    if (allowRemote || address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1') return next();
    response
      .status(403)
      .type('text')
      .send('The huntops console answers loopback requests only (surfaces.console.allowRemote is false).');
  };
}
