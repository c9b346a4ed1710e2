import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningHuntops } from '../../src/server/index.ts';
import { rawRequest } from '../support/raw-http.ts';
import { startTestHuntops } from '../support/test-huntops.ts';

/** A connector on this machine that records what the bot sends it, as the Bot Framework Emulator does. */
async function recordingConnector(host: string): Promise<{ url: string; paths: string[]; server: Server }> {
  const paths: string[] = [];
  const server = createServer((request, response) => {
    paths.push(request.url ?? '');
    request.resume();
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify({ id: 'sent-1' }));
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  return { url: `http://${host}:${(server.address() as AddressInfo).port}/`, paths, server };
}

/** Without MicrosoftAppId no token is checked: the endpoint must serve the Emulator on this machine and no one else. */
describe('security: Teams Emulator-only mode', () => {
  let huntops: RunningHuntops;
  let emulator: Awaited<ReturnType<typeof recordingConnector>>;
  let elsewhere: Awaited<ReturnType<typeof recordingConnector>>;
  const message = (serviceUrl: string, text: string) =>
    JSON.stringify({
      type: 'message',
      id: `act-${text.length}`,
      channelId: 'emulator',
      serviceUrl,
      text,
      from: { id: 'user-1', name: 'User' },
      recipient: { id: 'bot', name: 'huntops' },
      conversation: { id: 'conv-1' },
    });
  const post = (body: string, headers: Record<string, string> = {}) =>
    rawRequest(huntops.url, '/api/messages', {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', ...headers },
    });

  beforeAll(async () => {
    huntops = await startTestHuntops();
    emulator = await recordingConnector('127.0.0.1');
    // 127.0.0.2 reaches this machine too, but is no name the check knows: it stands for any remote serviceUrl.
    elsewhere = await recordingConnector('127.0.0.2');
  });
  afterAll(async () => {
    await huntops?.close();
    emulator?.server.close();
    elsewhere?.server.close();
  });

  it('answers the Emulator at a loopback serviceUrl', async () => {
    expect((await post(message(emulator.url, 'help'))).status).toBe(200);
    await expect.poll(() => emulator.paths.some((path) => path.startsWith('/v3/conversations/conv-1/'))).toBe(true);
  });

  it('refuses a request whose Host is not a loopback name (DNS rebinding), before reading it', async () => {
    const port = new URL(huntops.url).port;
    const response = await post(message(emulator.url, 'tenants'), { host: `evil.example:${port}` });
    expect(response.status).toBe(401);
  });

  it('refuses an activity naming a serviceUrl off this machine, and sends it nothing', async () => {
    for (const serviceUrl of [elsewhere.url, 'https://evil.example/', 'http://localhost.evil.example/'])
      expect((await post(message(serviceUrl, 'tenants'))).status).toBe(401);
    expect(elsewhere.paths).toEqual([]);
  });
});
