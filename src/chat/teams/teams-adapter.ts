import { ConfidentialClientApplication } from '@azure/msal-node';
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
} from 'botbuilder';
import { MsalServiceClientCredentialsFactory, type ServiceClientCredentialsFactory } from 'botframework-connector';
import { boundedConnectorTransport, type ConnectorCallObserver } from './connector-transport.ts';
import { loopbackOnlyTransport } from './emulator-only.ts';
import type { TeamsSettings } from './teams-settings.ts';

const PUBLIC_LOGIN_HOSTS = new Set([
  'login.microsoftonline.com',
  'login.microsoftonline.us',
  'login.chinacloudapi.cn',
  'login.partner.microsoftonline.cn',
]);

/**
 * The CloudAdapter with inbound JWT validation from the settings, and outbound connector calls (replies,
 * proactive cards, card updates) bounded by the settings' connector budget. For a login host MSAL does not know
 * (a private or sovereign Bot Framework), the outbound credential is our own MSAL app that names that
 * host as a known authority, because botbuilder's default path would try instance discovery on the public cloud.
 * Without a MicrosoftAppId (the Emulator-only mode) connector calls go to loopback serviceUrls only.
 */
export function createTeamsAdapter(settings: TeamsSettings, observe?: ConnectorCallObserver): CloudAdapter {
  const options = {
    MicrosoftAppId: settings.MicrosoftAppId ?? '',
    MicrosoftAppPassword: settings.MicrosoftAppPassword ?? '',
    MicrosoftAppTenantId: settings.MicrosoftAppTenantId ?? '',
    MicrosoftAppType: settings.MicrosoftAppType,
    ...(settings.endpoints ? { ...settings.endpoints, ValidateAuthority: false } : {}),
  } as ConfigurationBotFrameworkAuthenticationOptions;
  const transport = boundedConnectorTransport(settings.connector, observe);
  const connectorOptions = { httpClient: settings.MicrosoftAppId ? transport : loopbackOnlyTransport(transport) };
  return new CloudAdapter(
    new ConfigurationBotFrameworkAuthentication(
      options,
      credentialsFactory(settings),
      undefined,
      undefined,
      connectorOptions,
    ),
  );
}

function credentialsFactory(settings: TeamsSettings): ServiceClientCredentialsFactory | undefined {
  const loginUrl = settings.endpoints?.ToChannelFromBotLoginUrl;
  if (!loginUrl || !settings.MicrosoftAppId || !settings.MicrosoftAppPassword) return undefined;
  const host = new URL(loginUrl).host;
  if (PUBLIC_LOGIN_HOSTS.has(host)) return undefined;
  const application = new ConfidentialClientApplication({
    auth: {
      clientId: settings.MicrosoftAppId,
      clientSecret: settings.MicrosoftAppPassword,
      authority: loginUrl,
      knownAuthorities: [host],
    },
  });
  // The factory is typed against the msal-node botbuilder bundles; the current one has the same runtime surface.
  return new MsalServiceClientCredentialsFactory(
    settings.MicrosoftAppId,
    application as unknown as ConstructorParameters<typeof MsalServiceClientCredentialsFactory>[1],
  );
}
