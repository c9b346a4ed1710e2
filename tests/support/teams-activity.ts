import type { BotFrameworkStandin } from '../standins/bot-framework.ts';
import { SOC_ENTRA_TENANT } from './teams-env.ts';

/** The SOC channel of SLACK_TENANT_YAML's tenant-a on Teams. */
export const SOC_CONVERSATION = '19:soc@thread.tacv2';

/** Activities as Teams sends them to the bot `appId` from the SOC channel, by the analyst unless overridden. */
export function socActivity(bf: BotFrameworkStandin, appId: string) {
  return (overrides: Record<string, unknown>) => ({
    id: `act-${Math.random().toString(36).slice(2)}`,
    channelId: 'msteams',
    serviceUrl: bf.serviceUrl,
    from: { id: '29:analyst', aadObjectId: 'aad-analyst', name: 'Ana Lyst' },
    recipient: { id: `28:${appId}`, name: 'huntops' },
    conversation: { id: SOC_CONVERSATION, conversationType: 'channel', isGroup: true },
    channelData: { channel: { id: SOC_CONVERSATION }, tenant: { id: SOC_ENTRA_TENANT } },
    ...overrides,
  });
}

/** Posts an activity to the bot's messaging endpoint, with the connector's bearer token when given one. */
export function postActivity(url: string, body: object, token?: string): Promise<Response> {
  return fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
}
