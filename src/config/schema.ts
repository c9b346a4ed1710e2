import { z } from 'zod';
import { kqlSettings } from './kql-settings.ts';

/**
 * The shape of huntops.config.yaml. Objects are strict so that a misspelt key, or a secret
 * pasted into the file, is reported instead of silently ignored: secrets are only ever named
 * here (by the environment variable that holds them), never written.
 */
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const TENANT_KEY = /^[a-z0-9][a-z0-9-]{0,62}$/;

const guid = z.string().regex(GUID, { error: 'expected a GUID' });
const envName = z.string().regex(ENV_NAME, { error: 'expected the name of an environment variable' });
const httpsUrl = z.url({ protocol: /^https$/, error: 'expected an https:// URL' });

export const SURFACES = ['slack', 'teams', 'console'] as const;
export type Surface = (typeof SURFACES)[number];

/** Per-surface lists of ids; `'*'` admits everyone on that surface. */
const perSurfaceIds = z.strictObject({
  slack: z.array(z.string().min(1)).default([]),
  teams: z.array(z.string().min(1)).default([]),
  console: z.array(z.string().min(1)).default([]),
});

/**
 * One person's id on one surface, or a list of them (two Slack workspaces), written as `approvers.<surface>` writes
 * it; read as a list. A string is wrapped before validation rather than offered as a union branch, so a mistake is
 * reported at its own key path.
 */
const personIds = z.preprocess((ids) => (typeof ids === 'string' ? [ids] : ids), z.array(z.string().min(1)));

/**
 * The accounts one person has on the surfaces (`lea: { slack: U0123ABCD, teams: <Entra object id>, console: lea }`),
 * so that four-eyes counts people, not accounts: the requester of a block cannot approve it from another surface,
 * and one person's two accounts give one approval. An id listed nowhere here is a person of its own.
 */
const person = z.strictObject({
  slack: personIds.optional(),
  teams: personIds.optional(),
  console: personIds.optional(),
});

const credentials = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('clientSecret'), clientId: guid, secretEnv: envName }),
  z.strictObject({
    kind: z.literal('certificate'),
    clientId: guid,
    certificatePath: z.string().min(1),
    passwordEnv: envName.optional(),
  }),
  z.strictObject({ kind: z.literal('managedIdentity'), clientId: guid.optional() }),
  z.strictObject({ kind: z.literal('workloadIdentity'), clientId: guid.optional() }),
  z.strictObject({ kind: z.literal('default') }),
]);

/** The national clouds huntops has endpoints for (their presets are in src/remote/clouds.ts). */
export const CLOUD_NAMES = ['public', 'usgov', 'china'] as const;
export type CloudName = (typeof CLOUD_NAMES)[number];
const cloud = z.union([
  z.enum(CLOUD_NAMES),
  z.strictObject({
    preset: z.enum(CLOUD_NAMES).optional(),
    authorityHost: httpsUrl.optional(),
    logAnalyticsEndpoint: httpsUrl.optional(),
    logAnalyticsScope: z.string().optional(),
    graphBaseUrl: httpsUrl.optional(),
    graphScope: z.string().optional(),
    defenderApiHost: httpsUrl.optional(),
    defenderScope: z.string().optional(),
    /** An extra CA that this tenant's clients trust (a TLS-inspecting proxy, a private endpoint). */
    caFile: z.string().min(1).optional(),
    disableInstanceDiscovery: z.boolean().optional(),
  }),
]);

export const BACKENDS = ['local', 'logAnalytics', 'defender'] as const;
export const BLOCK_PROVIDERS = ['dry-run', 'defender-indicator', 'entra-named-location'] as const;

const domainName = z.string().regex(/^[a-z0-9_-]+(\.[a-z0-9_-]+)+$/i, {
  error: 'expected a domain name such as contoso.com (no scheme, no path)',
});
const score = z.number().int().min(0).max(100);

/**
 * What Defender does on a hit, per indicator type (the API's names). Domains and URLs may warn; files may be
 * quarantined (`BlockAndRemediate`). IP addresses keep `blocking.action`.
 */
const typedActions = z
  .strictObject({
    domain: z.enum(['Block', 'Warn', 'Audit']).default('Block'),
    url: z.enum(['Block', 'Warn', 'Audit']).default('Block'),
    file: z.enum(['BlockAndRemediate', 'Block', 'Audit']).default('BlockAndRemediate'),
  })
  .default({ domain: 'Block', url: 'Block', file: 'BlockAndRemediate' });

/** The least intel score a hunt's finding needs before a block is proposed, per type (default: proposalThreshold). */
const minScores = z.strictObject({ ip: score, domain: score, url: score, file: score }).partial().default({});

const blocking = z.strictObject({
  provider: z.enum(BLOCK_PROVIDERS).default('dry-run'),
  expiryDays: z.number().int().min(1).max(365).default(90),
  action: z.enum(['Block', 'Audit', 'Warn', 'AlertAndBlock']).default('Block'),
  actions: typedActions,
  severity: z.enum(['Informational', 'Low', 'Medium', 'High']).default('High'),
  namedLocationId: guid.optional(),
  proposalThreshold: score.default(70),
  minScore: minScores,
  proposalTtlHours: z.number().positive().max(720).default(24),
  fourEyes: z.boolean().default(true),
  egressRanges: z.array(z.string()).default([]),
  /** The tenant's own domains (and their subdomains): never blocked, never sent to OTX. */
  ownDomains: z.array(domainName).default([]),
  /** URLs starting with one of these are never blocked (the tenant's own portals, partner sites). */
  protectedUrlPrefixes: z
    .array(z.url({ protocol: /^https?$/, error: 'expected an http(s):// URL prefix' }))
    .default([]),
  /** Indicators of any type that are never blocked: addresses and ranges, domains (with subdomains), URL prefixes, hashes. */
  allowList: z.array(z.string()).default([]),
});

const digest = z.strictObject({
  name: z.string().regex(TENANT_KEY, { error: 'expected lower-case letters, digits and dashes' }),
  cron: z.string().min(9),
  timezone: z.string().default('UTC'),
  hunts: z.array(z.string().min(1)).min(1),
  window: z.string().default('24h'),
  post: z.strictObject({ slack: z.string().optional(), teams: z.string().optional(), console: z.boolean().optional() }),
  onlyChanges: z.boolean().default(false),
  allClearLine: z.boolean().default(true),
  catchUp: z.boolean().default(true),
});

const tenant = z.strictObject({
  displayName: z.string().min(1),
  entraTenantId: guid.optional(),
  /** Entra tenants whose Teams users may use this tenant; defaults to `entraTenantId` (a tenant with neither admits no Teams user). */
  allowedEntraTenants: z.array(guid).optional(),
  cloud: cloud.default('public'),
  credentials: credentials.default({ kind: 'default' }),
  backend: z.enum(BACKENDS).default('local'),
  logAnalytics: z
    .strictObject({
      workspaceId: guid,
      additionalWorkspaces: z.array(guid).default([]),
      /** ARM id of the workspace; when given, cards link to the query in the Azure portal. */
      workspaceResourceId: z.string().startsWith('/subscriptions/').optional(),
    })
    .optional(),
  defender: z.strictObject({ enabled: z.boolean().default(false) }).default({ enabled: false }),
  local: z
    .strictObject({
      dataDir: z.string().min(1).optional(),
      demo: z.strictObject({ seed: z.number().int(), scale: z.number().positive().default(1) }).optional(),
    })
    .optional(),
  channels: perSurfaceIds.default({ slack: [], teams: [], console: [] }),
  hunters: perSurfaceIds.default({ slack: [], teams: [], console: [] }),
  approvers: perSurfaceIds.default({ slack: [], teams: [], console: [] }),
  blocking: blocking.default(blocking.parse({})),
  digests: z.array(digest).default([]),
});

/**
 * Command budgets, per user (commands and button presses) and per tenant (hunts, which spend its query quota).
 * The defaults are far above what an analyst types by hand; a script or a stuck client meets them.
 */
const rateLimits = z.strictObject({
  commandsPerUserPerMinute: z.number().int().min(1).max(100_000).default(30),
  huntsPerTenantPerHour: z.number().int().min(1).max(1_000_000).default(120),
});

/**
 * How a console user proves who they are. `proxyHeader`: an authenticating reverse proxy at one of
 * `proxyAddresses` (socket addresses, never a forwarded header) names the user in `header`, who must be in
 * `users`. `tokens`: each user logs in with their own token, held in the named environment variable.
 */
const consoleAuth = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('proxyHeader'),
    header: z.string().regex(/^[A-Za-z0-9-]+$/, { error: 'expected an HTTP header name' }),
    proxyAddresses: z.array(z.string().min(1)).min(1),
    users: z.array(z.string().min(1)).min(1),
  }),
  z.strictObject({ kind: z.literal('tokens'), users: z.record(z.string().min(1), envName) }),
]);

const consoleSurface = z
  .strictObject({
    enabled: z.boolean().default(true),
    allowRemote: z.boolean().default(false),
    /** Host names (with a port unless it is the scheme's default) the console answers besides loopback. */
    hosts: z.array(z.string().min(1)).default([]),
    auth: consoleAuth.optional(),
  })
  .refine((surface) => !surface.allowRemote || surface.auth !== undefined, {
    error:
      'allowRemote needs an authentication method: set surfaces.console.auth (kind proxyHeader or tokens), or turn allowRemote off',
    path: ['allowRemote'],
  });

const CONSOLE_DEFAULTS = { enabled: true, allowRemote: false, hosts: [] };

export const configSchema = z.strictObject({
  tenants: z
    .record(z.string().regex(TENANT_KEY, { error: 'tenant keys are lower-case letters, digits and dashes' }), tenant)
    .refine((tenants) => Object.keys(tenants).length > 0, { error: 'expected at least one tenant' }),
  store: z
    .strictObject({ sqlitePath: z.string().min(1).default('./data/huntops.db') })
    .default({ sqlitePath: './data/huntops.db' }),
  /** Overrides of the INTEL_* environment settings. */
  intel: z
    .strictObject({
      feedPath: z.string().min(1).optional(),
      cacheTtlHours: z.number().positive().max(720).optional(),
      budgetMs: z.number().int().positive().max(60_000).optional(),
    })
    .default({}),
  surfaces: z
    .strictObject({ console: consoleSurface.default(CONSOLE_DEFAULTS) })
    .default({ console: CONSOLE_DEFAULTS }),
  /** Pins the Slack app and workspaces served; payloads from any other are refused. */
  slack: z
    .strictObject({ appId: z.string().min(1).optional(), teamIds: z.array(z.string().min(1)).min(1).optional() })
    .default({}),
  templates: z.strictObject({ dirs: z.array(z.string().min(1)).default([]) }).default({ dirs: [] }),
  /** The embedded KQL engine's reach outside the data folder (externaldata). */
  kql: kqlSettings.default(kqlSettings.parse({})),
  rateLimits: rateLimits.default(rateLimits.parse({})),
  /** Digests over a group of tenants; a tenant's own `digests` are the one-tenant case. */
  digests: z.array(digest.extend({ tenants: z.array(z.string().min(1)).min(1) })).default([]),
  /** Each approver's accounts on the surfaces, keyed by a name for the person (see `person`). */
  people: z.record(z.string().min(1), person).default({}),
});

export type HuntopsConfig = z.infer<typeof configSchema>;
export type TenantConfig = HuntopsConfig['tenants'][string];
export type TenantCredentials = TenantConfig['credentials'];
export type BlockingConfig = TenantConfig['blocking'];
export type DigestConfig = TenantConfig['digests'][number];
export type RateLimitsConfig = HuntopsConfig['rateLimits'];
