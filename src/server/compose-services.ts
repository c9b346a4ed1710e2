import type { Logger } from 'pino';
import { BackendConfigError, type BackendKind, createBackend, type QueryBackend } from '../backends/index.ts';
import {
  type BlockingService,
  createBlockingService,
  createDefenderIndicatorProvider,
  createDryRunProvider,
  createEntraNamedLocationProvider,
  LIVE_STATES,
} from '../blocking/index.ts';
import {
  type Bot,
  type BotDeps,
  type CardDelivery,
  createBot,
  createCardDelivery,
  createRunRecords,
  type RunRecords,
} from '../chat/index.ts';
import { type ExternalDataSettings, findTenant, type HuntopsConfig, type TenantConfig } from '../config/index.ts';
import {
  createHuntRunner,
  type HuntRunner,
  type HuntTemplate,
  loadTemplates,
  SHIPPED_ENTITY_QUERIES_DIR,
} from '../hunts/index.ts';
import {
  createIntelService,
  type IntelCache,
  type IntelService,
  intelCacheFromStore,
  withTenantDomains,
} from '../intel/index.ts';
import type { Store } from '../store/index.ts';
import { blockingPort } from './blocking-port.ts';
import { prepareDemoTenants } from './demo-tenants.ts';
import { environmentSettings } from './environment-settings.ts';
import { huntPort } from './hunt-port.ts';
import { type InFlightWork, trackInFlight } from './in-flight.ts';
import { intelPort } from './intel-port.ts';
import type { HuntopsMetrics } from './metrics.ts';

export interface Services {
  /** The bot the surfaces talk to: counted by `work`, so shutdown can wait for it. */
  readonly bot: Bot;
  /** What the bot's handlers run on: `huntops hunt` runs the chat hunt path on it. */
  readonly core: BotDeps;
  readonly work: InFlightWork;
  /** The posted cards the bot remembers; a Teams refresh shows them again. */
  readonly runs: RunRecords;
  /** Where each surface registers how to update its cards outside a request, once it is attached. */
  readonly cards: CardDelivery;
  readonly runner: HuntRunner;
  readonly intel: IntelService;
  readonly blocking: BlockingService;
  close(): void;
}

export interface ComposeOptions {
  readonly config: HuntopsConfig;
  /** `config.kql.externalData` with its file paths resolved against the config file (resolvedExternalData). */
  readonly externalData: ExternalDataSettings;
  readonly rawEnv: NodeJS.ProcessEnv;
  readonly dataRoot: string;
  readonly store: Store;
  readonly logger: Logger;
  readonly clock?: () => number;
  /** Where the capabilities report for /metrics; the CLI runs without. */
  readonly metrics?: HuntopsMetrics;
  /** Wraps the bot, e.g. to hold each command's work behind the webhooks still owed an answer (the server does). */
  readonly prioritize?: (bot: Bot) => Bot;
}

/** Wires the capabilities together for one process. Everything that can be wrong in the config fails here, at start. */
export async function composeServices(options: ComposeOptions): Promise<Services> {
  const { config, store, logger, metrics } = options;
  const clock = options.clock ?? Date.now;
  const { retry, intel: envSettings, blockLeaseMs } = environmentSettings(options.rawEnv);
  const dataDirs = await prepareDemoTenants(config, options.dataRoot, new Date(clock()));
  const backends = new Map<string, QueryBackend>();
  const backendFor = (tenantKey: string, template: HuntTemplate): QueryBackend => {
    const tenant = findTenant(config, tenantKey);
    if (!tenant) throw new BackendConfigError(`unknown tenant '${tenantKey}'`);
    const kind = backendKindFor(tenantKey, tenant, template);
    const key = `${tenantKey}/${kind}`;
    if (!backends.has(key)) {
      const local = dataDirs.get(tenantKey);
      backends.set(
        key,
        createBackend(
          kind,
          { ...tenant, name: tenantKey, local: local ? { dataDir: local } : undefined },
          { env: options.rawEnv, retry, observer: metrics?.remoteCall, logger, externalData: options.externalData },
        ),
      );
    }
    return backends.get(key)!;
  };
  const runner = createHuntRunner({
    // The entity queries share the hunts' namespace: a deployment's template can never shadow one of them.
    templates: loadTemplates([SHIPPED_ENTITY_QUERIES_DIR, ...config.templates.dirs]),
    backendFor,
    clock,
    onRunFinished: metrics?.huntFinished,
  });
  const observeCache = (cache: IntelCache) => metrics?.observeIntelCache(cache) ?? cache;
  // A tenant's own domains are never blocked, so they are never sent to OTX either.
  const envIntel = withTenantDomains(envSettings, Object.values(config.tenants));
  const intel = createIntelService({
    settings: {
      ...envIntel,
      feedPath: config.intel.feedPath ?? envIntel.feedPath,
      cacheTtlMs: config.intel.cacheTtlHours ? config.intel.cacheTtlHours * 3_600_000 : envIntel.cacheTtlMs,
      budgetMs: config.intel.budgetMs ?? envIntel.budgetMs,
    },
    cache: observeCache(intelCacheFromStore(store.cache)),
    logger,
    clock,
    onOtxCall: metrics?.otxCall,
  });
  const blocking = createBlockingService({
    config,
    store,
    providers: {
      'dry-run': createDryRunProvider,
      'defender-indicator': (key, tenant) =>
        createDefenderIndicatorProvider(key, tenant, { env: options.rawEnv, retry, observer: metrics?.providerCall }),
      'entra-named-location': (key, tenant) =>
        createEntraNamedLocationProvider(key, tenant, { env: options.rawEnv, retry, observer: metrics?.providerCall }),
    },
    logger,
    clock,
    leaseMs: blockLeaseMs,
    onTransition: metrics?.blockTransition,
  });
  metrics?.countProposalsWith(() => blocking.proposals({ states: LIVE_STATES }));
  const prioritize = options.prioritize ?? ((bot: Bot) => bot);
  const runs = createRunRecords(store.db);
  const cards = createCardDelivery();
  const core: BotDeps = {
    config,
    audit: store.audit,
    runs,
    hunts: huntPort(runner, config),
    intel: intelPort(intel),
    blocking: blockingPort(blocking),
    logger,
    clock,
    cards,
  };
  const work = trackInFlight(prioritize(createBot(core)));
  return { bot: work.bot, core, work, runs, cards, runner, intel, blocking, close: () => intel.close() };
}

/** Local tenants hunt locally; otherwise the template's own backend wins when the tenant has it, else the tenant's. */
function backendKindFor(tenantKey: string, tenant: TenantConfig, template: HuntTemplate): BackendKind {
  if (tenant.backend === 'local') return 'local';
  if (template.backend === 'defender') {
    if (!tenant.defender.enabled)
      throw new BackendConfigError(
        `hunt '${template.command}' runs on Defender, which is not enabled for ${tenantKey} (tenants.${tenantKey}.defender.enabled)`,
      );
    return 'defender';
  }
  if (template.backend === 'logAnalytics') {
    if (!tenant.logAnalytics)
      throw new BackendConfigError(
        `hunt '${template.command}' runs on Log Analytics, which ${tenantKey} has no workspace for (tenants.${tenantKey}.logAnalytics)`,
      );
    return 'logAnalytics';
  }
  return tenant.backend;
}
