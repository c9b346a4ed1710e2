import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningHuntops } from '../../src/server/index.ts';
import { SLACK_TENANT_YAML, startTestHuntops } from '../support/test-huntops.ts';

const ANALYST_TOKEN = 'analyst-console-token-0001';
const TOKENS_YAML = `${SLACK_TENANT_YAML}surfaces:
  console:
    allowRemote: true
    auth: { kind: tokens, users: { analyst@demo: ANALYST_CONSOLE_TOKEN, lead@demo: LEAD_CONSOLE_TOKEN } }
`;

/** A console open to the network (allowRemote) logs users in by their own token; the token, not the body, names them. */
describe('security: console login tokens', () => {
  let huntops: RunningHuntops;
  const login = (body: unknown) =>
    fetch(`${huntops.url}/console/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: huntops.url },
      body: JSON.stringify(body),
    });

  beforeAll(async () => {
    huntops = await startTestHuntops({
      configYaml: TOKENS_YAML,
      env: { ANALYST_CONSOLE_TOKEN: ANALYST_TOKEN, LEAD_CONSOLE_TOKEN: 'lead-console-token-00001' },
    });
  });
  afterAll(async () => huntops?.close());

  it('refuses a login without the user’s token, whatever identity it names', async () => {
    for (const body of [{ user: 'lead@demo' }, { user: 'lead@demo', token: 'guess' }]) {
      const response = await login(body);
      expect(response.status).toBe(401);
      expect(response.headers.get('set-cookie')).toBeNull();
      expect(await response.json()).toMatchObject({ needsToken: true });
    }
  });

  it('logs in as the user whose token it is, not the one the body names', async () => {
    const response = await login({ user: 'lead@demo', token: ANALYST_TOKEN });
    expect(await response.json()).toEqual({ user: 'analyst@demo' });
    expect(response.headers.get('set-cookie')).toMatch(/HttpOnly; SameSite=Strict/);
  });

  it('refuses to start when a token variable is unset, naming the variable only', async () => {
    await expect(
      startTestHuntops({ configYaml: TOKENS_YAML, env: { ANALYST_CONSOLE_TOKEN: ANALYST_TOKEN } }),
    ).rejects.toThrow(/LEAD_CONSOLE_TOKEN: console login token for surfaces.console.auth is not set/);
  });
});
