import type { BotFrameworkStandin } from '../standins/bot-framework.ts';
import type { EntraTokenStandin } from '../standins/entra-token.ts';
import { testTls } from '../standins/tls.ts';

/**
 * The environment that points huntops' Teams surface at the local Bot Framework and Entra stand-ins:
 * the same settings a sovereign-cloud deployment would set, plus the test CA for the process.
 */
export function teamsEnv(
  bf: BotFrameworkStandin,
  entra: EntraTokenStandin,
  app: { id: string; secret: string },
): Record<string, string> {
  return {
    NODE_EXTRA_CA_CERTS: testTls().caFile,
    MicrosoftAppId: app.id,
    MicrosoftAppPassword: app.secret,
    MicrosoftAppType: 'MultiTenant',
    ToBotFromChannelOpenIdMetadataUrl: bf.openIdMetadataUrl,
    ToBotFromChannelTokenIssuer: bf.issuer,
    ToBotFromEmulatorOpenIdMetadataUrl: bf.openIdMetadataUrl,
    ToChannelFromBotLoginUrl: `${entra.url}/botframework.com`,
    ToChannelFromBotOAuthScope: 'https://api.botframework.com',
    OAuthUrl: bf.serviceUrl,
    CallerId: 'urn:botframework:azure',
  };
}

/** The Entra tenant of the Teams tests' users: tenant-a's `entraTenantId`, so it admits them (SLACK_TENANT_YAML). */
export const SOC_ENTRA_TENANT = '5ca1ab1e-0000-4000-8000-00000000c0de';

/** The SOC channel the Teams tests talk in. */
export const SOC_CHANNEL = '19:soc@thread.tacv2';

/** An activity from `user` (an Entra object id) in the SOC channel, as the Bot Framework posts it to the bot. */
export function teamsActivity(
  bf: BotFrameworkStandin,
  appId: string,
  user: string,
  fields: Record<string, unknown>,
): Record<string, unknown> {
  return {
    id: `act-${Math.random().toString(36).slice(2)}`,
    channelId: 'msteams',
    serviceUrl: bf.serviceUrl,
    from: { id: `29:${user}`, aadObjectId: user, name: user },
    recipient: { id: `28:${appId}`, name: 'huntops' },
    conversation: { id: SOC_CHANNEL, conversationType: 'channel', isGroup: true, tenantId: SOC_ENTRA_TENANT },
    channelData: { channel: { id: SOC_CHANNEL }, tenant: { id: SOC_ENTRA_TENANT } },
    ...fields,
  };
}

/** Posts `activity` to the bot's /api/messages as the Bot Framework does: with a channel token signed for `appId`. */
export async function sendToBot(
  botUrl: string,
  bf: BotFrameworkStandin,
  appId: string,
  activity: Record<string, unknown>,
): Promise<Response> {
  return fetch(`${botUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await bf.token({ aud: appId })}` },
    body: JSON.stringify(activity),
  });
}

/** An Action.Execute invoke (`adaptiveCard/action`) from `user`: a press (`manual`) or a card's refresh (`automatic`). */
export function cardInvoke(
  bf: BotFrameworkStandin,
  appId: string,
  user: string,
  action: { verb: string; data: Record<string, unknown>; trigger?: 'manual' | 'automatic' },
  conversationId = SOC_CHANNEL,
): Record<string, unknown> {
  return teamsActivity(bf, appId, user, {
    type: 'invoke',
    name: 'adaptiveCard/action',
    conversation: { id: conversationId, conversationType: 'channel', isGroup: true },
    value: {
      action: { type: 'Action.Execute', verb: action.verb, data: action.data },
      trigger: action.trigger ?? 'manual',
    },
  });
}
