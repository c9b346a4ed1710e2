import { maskCredentials } from '../logging/index.ts';
import type { HuntopsEnv } from './env.ts';
import type { HuntopsConfig } from './schema.ts';

/** One line per part saying which mode it runs in, e.g. `slack: off (no SLACK_BOT_TOKEN)`. Never includes a secret. */
export function describeModes(config: HuntopsConfig, env: HuntopsEnv): string[] {
  const tenants = Object.entries(config.tenants);
  return [
    `store: ${env.DATABASE_URL ? `postgres ${maskCredentials(env.DATABASE_URL)}` : `sqlite ${config.store.sqlitePath}`}`,
    `tenants: ${tenants.map(([key, tenant]) => `${key} (${tenant.backend})`).join(', ')}`,
    `slack: ${slackMode(env)}`,
    `teams: ${env.MicrosoftAppId ? `on (app ${env.MicrosoftAppId}, ${env.MicrosoftAppType})` : 'emulator only (no MicrosoftAppId: /api/messages accepts loopback requests only)'}`,
    `console: ${config.surfaces.console.enabled ? `on (${config.surfaces.console.allowRemote ? 'remote allowed' : 'loopback only'})` : 'off'}`,
    `intel: ${env.OTX_API_KEY ? `otx ${maskCredentials(env.OTX_BASE_URL)}` : 'otx off (no OTX_API_KEY)'}${config.intel.feedPath ? ` + feed ${config.intel.feedPath}` : ''}`,
    `blocking: ${tenants.map(([key, tenant]) => `${key} ${tenant.blocking.provider}`).join(', ')}`,
    `digests: ${tenants.reduce((count, [, tenant]) => count + tenant.digests.length, 0)} scheduled`,
  ];
}

function slackMode(env: HuntopsEnv): string {
  if (!env.SLACK_BOT_TOKEN) return 'off (no SLACK_BOT_TOKEN)';
  if (env.SLACK_APP_TOKEN) return 'on (socket mode)';
  if (!env.SLACK_SIGNING_SECRET) return 'off (SLACK_SIGNING_SECRET missing for HTTP mode)';
  return `on (http /slack/events, api ${maskCredentials(env.SLACK_API_URL)})`;
}
