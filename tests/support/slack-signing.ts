import { createHmac } from 'node:crypto';

/** Signs a request body the way Slack does: v0=HMAC-SHA256(secret, "v0:" + timestamp + ":" + body). */
export function slackHeaders(
  secret: string,
  body: string,
  timestamp = Math.floor(Date.now() / 1000),
): Record<string, string> {
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return {
    'content-type': 'application/x-www-form-urlencoded',
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': signature,
  };
}

export function slashCommandBody(fields: { text: string; user: string; channel: string; responseUrl: string }): string {
  return new URLSearchParams({
    token: 'legacy',
    team_id: 'T1',
    team_domain: 'acme',
    channel_id: fields.channel,
    channel_name: 'soc',
    user_id: fields.user,
    user_name: fields.user.toLowerCase(),
    command: '/hunt',
    text: fields.text,
    api_app_id: 'A1',
    is_enterprise_install: 'false',
    response_url: fields.responseUrl,
    trigger_id: '1.2.3',
  }).toString();
}

export function blockActionBody(fields: {
  user: string;
  channel: string;
  messageTs: string;
  actionId: string;
  value: string;
  responseUrl: string;
}): string {
  const payload = {
    type: 'block_actions',
    api_app_id: 'A1',
    token: 'legacy',
    trigger_id: '1.2.3',
    response_url: fields.responseUrl,
    team: { id: 'T1', domain: 'acme' },
    user: { id: fields.user, username: fields.user.toLowerCase(), name: fields.user.toLowerCase(), team_id: 'T1' },
    channel: { id: fields.channel, name: 'soc' },
    container: { type: 'message', message_ts: fields.messageTs, channel_id: fields.channel, is_ephemeral: false },
    message: { type: 'message', ts: fields.messageTs, text: 'card', bot_id: 'B1' },
    actions: [
      {
        type: 'button',
        block_id: 'b1',
        action_id: fields.actionId,
        value: fields.value,
        text: { type: 'plain_text', text: 'Approve' },
        action_ts: '1700000001.000200',
      },
    ],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}
