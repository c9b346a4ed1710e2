import { z } from 'zod';
import { ConfigError } from './config-error.ts';
import { formatIssues } from './format-issues.ts';

/**
 * Settings that come from the environment: ports, connection strings and every secret.
 * Names follow each SDK's usual conventions (SLACK_*, MicrosoftApp*), so existing deployments carry over.
 */
const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  // Loopback unless told otherwise: exposing the bot is a decision (see the README's deploy notes).
  HOST: z.string().default('127.0.0.1'),
  // /metrics on its own port (the webhook port then has none), and/or behind a bearer token.
  METRICS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  METRICS_TOKEN: z.string().min(16, { error: 'expected at least 16 characters' }).optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { error: 'expected a postgres:// URL' })
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // Unset: readable lines on a terminal, JSON lines otherwise (services, containers, log shippers).
  LOG_FORMAT: z.enum(['json', 'pretty']).optional(),
  HUNTOPS_DATA_DIR: z.string().default('./data'),
  // How long SIGTERM waits for running hunts and approvals before closing (systemd / Kubernetes allow 30 s).
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(25_000),
  SLACK_BOT_TOKEN: z.string().optional(),
  SLACK_SIGNING_SECRET: z.string().optional(),
  SLACK_APP_TOKEN: z.string().optional(),
  SLACK_API_URL: z.url().default('https://slack.com/api/'),
  MicrosoftAppId: z.string().optional(),
  MicrosoftAppPassword: z.string().optional(),
  MicrosoftAppTenantId: z.string().optional(),
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('SingleTenant'),
  OTX_API_KEY: z.string().optional(),
  OTX_BASE_URL: z.url().default('https://otx.alienvault.com'),
});

export type HuntopsEnv = z.infer<typeof envSchema>;

export function readEnv(env: NodeJS.ProcessEnv = process.env): HuntopsEnv {
  // Empty strings (a blank line in .env) mean "not set", not "set to nothing".
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) throw new ConfigError('environment', formatIssues(parsed.error.issues, present));
  return parsed.data;
}
