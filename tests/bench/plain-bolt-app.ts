// The load bench's reference: a plain Bolt app (default HTTP receiver) that acknowledges a slash command and
// posts one message, nothing else. Run as its own process so it competes for CPU the way huntops does.
// Env: SLACK_SIGNING_SECRET, SLACK_BOT_TOKEN, SLACK_API_URL. Prints "listening on http://127.0.0.1:PORT".
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, LogLevel } from '@slack/bolt';

const app = new App({
  token: process.env.SLACK_BOT_TOKEN,
  signingSecret: process.env.SLACK_SIGNING_SECRET,
  clientOptions: { slackApiUrl: process.env.SLACK_API_URL },
  logLevel: LogLevel.ERROR,
});

app.command('/hunt', async ({ command, ack, client }) => {
  await ack({ response_type: 'ephemeral', text: `Hunting ${command.text}…` });
  await client.chat.postMessage({ channel: command.channel_id, text: `report for ${command.text}` });
});

const server = (await app.start(0)) as Server;
console.log(`listening on http://127.0.0.1:${(server.address() as AddressInfo).port}`);
