import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningHuntops } from '../../src/server/index.ts';
import { type SlackApiStandin, startSlackApiStandin } from '../standins/slack-api.ts';
import { slackHeaders } from '../support/slack-signing.ts';
import { startTestHuntops } from '../support/test-huntops.ts';

const SECRET = 'slack-signing-secret-for-errors-01';

/**
 * Bodies that fail before any handler runs (unreadable JSON, too large, an unknown encoding) reach express's own
 * error page unless the server answers them itself: outside production that page is the error's stack, with the
 * install path of every module it went through, sent to whoever posted.
 */
describe('security: what a broken request is answered', () => {
  let slack: SlackApiStandin;
  let huntops: RunningHuntops;

  beforeAll(async () => {
    slack = await startSlackApiStandin();
    huntops = await startTestHuntops({
      env: { SLACK_BOT_TOKEN: 'xoxb-errors-0001', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl },
    });
  });
  afterAll(async () => {
    await huntops?.close();
    await slack?.close();
  });

  const post = (path: string, body: string, headers: Record<string, string>) =>
    fetch(`${huntops.url}${path}`, { method: 'POST', body, headers });
  const consoleHeaders = () => ({ 'content-type': 'application/json', origin: huntops.url });
  const tooBig = 'x'.repeat(300 * 1024);

  it.each([
    [
      'unreadable JSON to /api/messages',
      () => post('/api/messages', '{"type":', { 'content-type': 'application/json' }),
      400,
    ],
    ['unreadable JSON to the console', () => post('/console/api/command', '{"text":', consoleHeaders()), 400],
    [
      'an unknown content encoding to /api/messages',
      () => post('/api/messages', '{}', { 'content-type': 'application/json', 'content-encoding': 'rot13' }),
      415,
    ],
    ['a signed 300 KB body to /slack/events', () => post('/slack/events', tooBig, slackHeaders(SECRET, tooBig)), 413],
  ])('answers %s with its status and a plain JSON error: no stack, no paths', async (_name, send, status) => {
    const response = await send();
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const text = await response.text();
    expect(text).not.toMatch(/node_modules|\bat \S+ \(|<html|<pre>/i);
    expect(JSON.parse(text)).toEqual({ error: expect.any(String) });
  });
});
