import { ConfigError, remoteRetryFromEnv } from '../../config/index.ts';
import { type ConnectorBudget, connectorBudget } from './connector-budget.ts';

/**
 * The Bot Framework settings huntops passes to botbuilder, by the SDK's own names. Besides the four
 * usual ones (MicrosoftApp*), the endpoint keys let a deployment reach a sovereign or private Bot
 * Framework; botbuilder only honours them when all are set, so they are taken together or not at all.
 */
export const ENDPOINT_KEYS = [
  'ToBotFromChannelOpenIdMetadataUrl',
  'ToBotFromChannelTokenIssuer',
  'ToBotFromEmulatorOpenIdMetadataUrl',
  'ToChannelFromBotLoginUrl',
  'ToChannelFromBotOAuthScope',
  'OAuthUrl',
  'CallerId',
] as const;

export interface TeamsSettings {
  readonly MicrosoftAppId?: string;
  readonly MicrosoftAppPassword?: string;
  readonly MicrosoftAppTenantId?: string;
  readonly MicrosoftAppType: string;
  readonly endpoints?: Readonly<Record<(typeof ENDPOINT_KEYS)[number], string>>;
  /** Retries and timeouts of the bot's own calls to the connector (HUNTOPS_REMOTE_* like every remote service). */
  readonly connector: ConnectorBudget;
}

export function teamsSettingsFromEnv(env: NodeJS.ProcessEnv, appType: string): TeamsSettings {
  const present = ENDPOINT_KEYS.filter((key) => env[key]);
  if (present.length > 0 && present.length < ENDPOINT_KEYS.length) {
    const missing = ENDPOINT_KEYS.filter((key) => !env[key]);
    throw new ConfigError('environment', [
      `Bot Framework endpoint settings must be given together; missing: ${missing.join(', ')}`,
    ]);
  }
  // SingleTenant (the default) is the bot's own organisation: botbuilder needs to know which one it is.
  if (env.MicrosoftAppId && appType === 'SingleTenant' && !env.MicrosoftAppTenantId)
    throw new ConfigError('environment', [
      'MicrosoftAppTenantId is required for MicrosoftAppType SingleTenant (or set MicrosoftAppType)',
    ]);
  return {
    MicrosoftAppId: env.MicrosoftAppId || undefined,
    MicrosoftAppPassword: env.MicrosoftAppPassword || undefined,
    MicrosoftAppTenantId: env.MicrosoftAppTenantId || undefined,
    // Without an app id no token is checked (Emulator-only mode), which botbuilder allows for MultiTenant only.
    MicrosoftAppType: env.MicrosoftAppId ? appType : 'MultiTenant',
    connector: connectorBudget(remoteRetryFromEnv(env)),
    endpoints:
      present.length > 0
        ? (Object.fromEntries(ENDPOINT_KEYS.map((key) => [key, env[key]!])) as TeamsSettings['endpoints'])
        : undefined,
  };
}
