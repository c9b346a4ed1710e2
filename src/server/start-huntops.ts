import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import {
  attachSlack,
  attachTeams,
  consoleRouter,
  createConversations,
  SLACK_EVENTS_PATH,
  seenSignatures,
  TEAMS_MESSAGES_PATH,
  teamsSettingsFromEnv,
} from '../chat/index.ts';
import {
  describeModes,
  type HuntopsConfig,
  type HuntopsEnv,
  loadConfig,
  readEnv,
  remoteRetryFromEnv,
  resolvedExternalData,
  unsetTenantSecrets,
} from '../config/index.ts';
import { digestPlans, startDigestScheduler } from '../digest/index.ts';
import { createLogger, type Logger, newCorrelationId, secretsFromEnv } from '../logging/index.ts';
import { openStore, type Store } from '../store/index.ts';
import { composeServices, type Services } from './compose-services.ts';
import { demoRefresher } from './demo-tenants.ts';
import { createDigestDelivery } from './digest-delivery.ts';
import { digestDeps } from './digest-deps.ts';
import { answerErrors } from './error-answer.ts';
import { healthHandler, readinessHandler } from './health.ts';
import { startMaintenance } from './maintenance.ts';
import { createMetrics } from './metrics.ts';
import { metricsHandler } from './metrics-endpoint.ts';
import { VERSION } from './version.ts';
import { webhookPriority } from './webhook-priority.ts';

export interface StartOptions {
  readonly env?: NodeJS.ProcessEnv;
  readonly configPath?: string;
  readonly cwd?: string;
  readonly logger?: Logger;
  /** The bot's clock (rate limits, run records): tests move it instead of waiting. */
  readonly clock?: () => number;
}

export interface RunningHuntops {
  readonly url: string;
  /** Where /metrics is served: `url` itself, or its own listener when METRICS_PORT is set. */
  readonly metricsUrl: string;
  readonly config: HuntopsConfig;
  readonly env: HuntopsEnv;
  readonly store: Store;
  readonly services: Services;
  readonly logger: Logger;
  /**
   * Graceful shutdown: refuses new commands (readyz 503), waits up to SHUTDOWN_GRACE_MS for running
   * hunts and approvals, then closes. Anything cut off is in the blocking outbox and resumes on the next start.
   */
  close(): Promise<void>;
}

/** The composition root: config → logger → store → HTTP server. Refuses to start half-configured. */
export async function startHuntops(options: StartOptions = {}): Promise<RunningHuntops> {
  const rawEnv = options.env ?? process.env;
  const env = readEnv(rawEnv);
  const logger =
    options.logger ?? createLogger({ level: env.LOG_LEVEL, format: env.LOG_FORMAT, secrets: secretsFromEnv(rawEnv) });
  const loaded = loadConfig({ path: options.configPath, env: rawEnv, cwd: options.cwd });
  const { config, source } = loaded;
  logger.info({ source }, `config: ${source}`);
  const store = await openStore({ databaseUrl: env.DATABASE_URL, sqlitePath: config.store.sqlitePath });
  const metrics = createMetrics();
  const webhooks = webhookPriority();
  let services: Services;
  try {
    services = await composeServices({
      config,
      externalData: resolvedExternalData(loaded),
      rawEnv,
      dataRoot: env.HUNTOPS_DATA_DIR,
      store,
      logger,
      metrics,
      prioritize: webhooks.deferWork,
      clock: options.clock,
    });
  } catch (error) {
    await store.close();
    throw error;
  }
  const maintenance = startMaintenance(
    services.blocking,
    logger,
    demoRefresher(config, env.HUNTOPS_DATA_DIR, Date.now),
  );

  let shuttingDown = false;
  let closing: Promise<void> | undefined;
  const app = express();
  app.disable('x-powered-by');
  app.use([SLACK_EVENTS_PATH, TEAMS_MESSAGES_PATH], webhooks.track);
  app.get(
    '/healthz',
    healthHandler({ version: VERSION, backends: backendsOf(config), surfaces: surfacesOf(config, env) }),
  );
  /** The attached surfaces, each saying why it cannot be reached right now (Slack Socket Mode reconnecting), if so. */
  const surfacesUp = new Map<string, () => string | undefined>();
  const reachable = () => undefined;
  app.get(
    '/readyz',
    readinessHandler(
      [
        { name: 'store', check: () => store.ping() },
        { name: 'config', check: async () => configLoaded(config, source) },
        ...enabledSurfaces(config, env).map((name) => ({
          name: `surface:${name}`,
          check: async () => isUp(surfacesUp, name),
        })),
      ],
      () => shuttingDown,
    ),
  );
  const serveMetrics = metricsHandler(metrics.registry, env.METRICS_TOKEN);
  // On its own port /metrics can stay unexposed while the webhook port faces Slack and Teams.
  const metricsApp = env.METRICS_PORT === undefined ? app : express().disable('x-powered-by');
  metricsApp.get('/metrics', serveMetrics);
  const slack = env.SLACK_BOT_TOKEN
    ? attachSlack({
        settings: {
          botToken: env.SLACK_BOT_TOKEN,
          signingSecret: env.SLACK_SIGNING_SECRET,
          appToken: env.SLACK_APP_TOKEN,
          apiUrl: env.SLACK_API_URL,
          pin: config.slack,
          retry: remoteRetryFromEnv(rawEnv),
        },
        app,
        bot: services.bot,
        logger,
        audit: store.audit,
        newCorrelationId,
        seenSignatures: seenSignatures(store.cache),
      })
    : undefined;
  await slack?.start();
  if (slack) surfacesUp.set('slack', slack.outage);
  if (slack) services.cards.register('slack', slack.updateCard);
  const conversations = createConversations(store.db);
  const teamsSettings = teamsSettingsFromEnv(rawEnv, env.MicrosoftAppType);
  const teams = attachTeams({
    settings: teamsSettings,
    app,
    bot: services.bot,
    conversations,
    config,
    runs: services.runs,
    logger,
    audit: store.audit,
    newCorrelationId,
    onConnectorCall: metrics.teamsConnectorCall,
  });
  surfacesUp.set('teams', reachable);
  services.cards.register('teams', teams.updateCard);
  const scheduler = startDigestScheduler({
    plans: digestPlans(config),
    deps: digestDeps(services.runner, services.blocking, store, Date.now),
    deliver: createDigestDelivery({
      config,
      env,
      retry: remoteRetryFromEnv(rawEnv),
      runner: services.runner,
      blocking: services.blocking,
      conversations,
      teams: { adapter: teams.adapter, appId: teamsSettings.MicrosoftAppId ?? '' },
      logger,
      clock: Date.now,
    }),
    logger,
  });
  // Missed digests are caught up in the background: start-up does not wait for hunts.
  void scheduler
    .catchUp()
    .then((count) => count > 0 && logger.info(`digests: caught up ${count} missed run(s)`))
    .catch((error) => logger.error({ err: error }, 'digest catch-up failed'));
  if (config.surfaces.console.enabled) {
    app.use(consoleRouter({ config, bot: services.bot, newCorrelationId, env: rawEnv, audit: store.audit }));
    surfacesUp.set('console', reachable);
  }

  app.use(answerErrors(logger));
  if (metricsApp !== app) metricsApp.use(answerErrors(logger));
  const server = await listen(app, env.PORT, env.HOST);
  const url = urlOf(server, env.HOST);
  const metricsServer = metricsApp === app ? undefined : await listen(metricsApp, env.METRICS_PORT!, env.HOST);
  const metricsUrl = metricsServer ? urlOf(metricsServer, env.HOST) : url;
  for (const line of describeModes(config, env)) logger.info(line);
  // Not a refusal: the other tenants can hunt. But the deployer should hear of it now, not from an analyst later.
  for (const problem of unsetTenantSecrets(config, rawEnv)) logger.warn(problem);
  if (!metricsServer && !env.METRICS_TOKEN && !['127.0.0.1', '::1', 'localhost'].includes(env.HOST))
    logger.warn(
      `metrics: /metrics (tenant keys in its labels) is open on ${env.HOST}; set METRICS_PORT or METRICS_TOKEN`,
    );
  logger.info({ url, metricsUrl, version: VERSION }, `huntops ${VERSION} listening on ${url}`);

  return {
    url,
    metricsUrl,
    config,
    env,
    store,
    services,
    logger,
    close() {
      closing ??= (async () => {
        // First refuse new work (readyz turns 503, so load balancers stop sending), then let running work end.
        shuttingDown = true;
        services.work.stopAccepting();
        await scheduler.stop();
        if (!(await services.work.drain(env.SHUTDOWN_GRACE_MS)))
          logger.warn(
            { running: services.work.running, graceMs: env.SHUTDOWN_GRACE_MS },
            'shutdown: grace period over with work still running; approved blocks resume on the next start',
          );
        await Promise.all([server, metricsServer].map(closeServer));
        await slack?.stop();
        await maintenance.stop();
        services.close();
        await store.close();
      })();
      return closing;
    },
  };
}

function closeServer(server: Server | undefined): Promise<void> {
  if (!server) return Promise.resolve();
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeAllConnections();
  return closed;
}

/** The URL a local client uses: a wildcard bind answers on localhost too. */
function urlOf(server: Server, host: string): string {
  const { port } = server.address() as AddressInfo;
  const name = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${name}:${port}`;
}

function listen(app: express.Express, port: number, host: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host, (error?: Error) => (error ? reject(error) : resolve(server)));
    server.once('error', reject);
  });
}

/** How many tenants use each backend. Liveness is unauthenticated (and readable by a DNS-rebinding page): no tenant keys. */
function backendsOf(config: HuntopsConfig): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const tenant of Object.values(config.tenants)) counts[tenant.backend] = (counts[tenant.backend] ?? 0) + 1;
  return counts;
}

function surfacesOf(config: HuntopsConfig, env: HuntopsEnv): Record<string, string> {
  return {
    console: config.surfaces.console.enabled ? 'on' : 'off',
    slack: env.SLACK_BOT_TOKEN ? (env.SLACK_APP_TOKEN ? 'socket-mode' : 'http') : 'off',
    teams: env.MicrosoftAppId ? 'on' : 'emulator-only',
  };
}

/** The surfaces this process should serve: the console when enabled, Slack with a bot token, Teams always. */
function enabledSurfaces(config: HuntopsConfig, env: HuntopsEnv): string[] {
  return [...(config.surfaces.console.enabled ? ['console'] : []), ...(env.SLACK_BOT_TOKEN ? ['slack'] : []), 'teams'];
}

function isUp(surfacesUp: ReadonlyMap<string, () => string | undefined>, name: string): void {
  const outageOf = surfacesUp.get(name);
  if (!outageOf) throw new Error(`${name} is not attached yet`);
  const outage = outageOf();
  if (outage) throw new Error(`${name}: ${outage}`);
}

function configLoaded(config: HuntopsConfig, source: string): void {
  if (Object.keys(config.tenants).length === 0) throw new Error(`${source} defines no tenants`);
}
