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
