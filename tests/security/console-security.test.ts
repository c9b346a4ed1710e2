import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningHuntops } from '../../src/server/index.ts';
import { consoleAs } from '../support/console-client.ts';
import { rawRequest } from '../support/raw-http.ts';
import { SLACK_TENANT_YAML, startTestHuntops } from '../support/test-huntops.ts';

const EVIL = 'evil.example';

/**
 * The console against a page on another origin (DNS rebinding: the browser sends `Host: evil.example:PORT` to the
 * loopback socket), a local reverse proxy, and a caller that names its own identity in the body.
 */
describe('security: the web console trusts its own page only', () => {
  let huntops: RunningHuntops;
  let port: string;
  const json = (body: unknown) => JSON.stringify(body);
  const post = (path: string, body: unknown, headers: Record<string, string>) =>
    rawRequest(huntops.url, path, {
      method: 'POST',
      body: json(body),
      headers: { 'content-type': 'application/json', ...headers },
    });
  const actors = async () => (await huntops.store.audit.list()).map((event) => event.actor);

  beforeAll(async () => {
    huntops = await startTestHuntops();
    port = new URL(huntops.url).port;
  });
  afterAll(async () => huntops?.close());

  it('refuses every console request whose Host is not a loopback name, even from the loopback socket', async () => {
    const rebound = { host: `${EVIL}:${port}`, origin: `http://${EVIL}:${port}` };
    expect((await rawRequest(huntops.url, '/', { headers: rebound })).status).toBe(403);
    const hunt = await post('/console/api/command', { text: '/hunt spray tenant-a', user: 'analyst@demo' }, rebound);
    expect(hunt.status).toBe(403);
    const login = await post('/console/api/session', { user: 'lead@demo' }, rebound);
    expect(login.status).toBe(403);
    expect(login.headers['set-cookie']).toBeUndefined();
    const approve = await post(
      '/console/api/action',
      {
        data: { verb: 'approve', proposalId: '00000000-0000-4000-8000-000000000000', tenant: 'tenant-a' },
        user: 'lead@demo',
      },
      rebound,
    );
    expect(approve.status).toBe(403);
    expect(await actors()).toEqual([]);
  });

  it('answers the loopback names with the listening port', async () => {
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`])
      expect((await rawRequest(huntops.url, '/', { headers: { host } })).status).toBe(200);
    expect((await rawRequest(huntops.url, '/', { headers: { host: 'localhost:1' } })).status).toBe(403);
  });

  it.each([
    ['no Origin', {}],
    ['a foreign Origin', { origin: `http://${EVIL}:${1}` }],
    ['a null Origin', { origin: 'null' }],
    ['an Origin on another port', { origin: 'http://127.0.0.1:1' }],
  ])('refuses a POST with %s, login included', async (_name, headers: Record<string, string>) => {
    expect((await post('/console/api/session', { user: 'lead@demo' }, headers)).status).toBe(403);
    const hunt = await post('/console/api/command', { text: '/hunt spray tenant-a', user: 'analyst@demo' }, headers);
    expect(hunt.status).toBe(403);
    expect(await actors()).toEqual([]);
  });

  it('refuses a request relayed by a proxy on this machine (no console auth configured)', async () => {
    const origin = { origin: huntops.url };
    for (const header of ['x-forwarded-for', 'forwarded', 'x-real-ip', 'via']) {
      const login = await post('/console/api/session', { user: 'lead@demo' }, { ...origin, [header]: '127.0.0.1' });
      expect(login.status).toBe(403);
    }
  });

  it('acts as the session’s identity, never the one the body names, and refuses a request without a session', async () => {
    const origin = { origin: huntops.url };
    const anonymous = await post('/console/api/command', { text: '/hunt spray tenant-a', user: 'lead@demo' }, origin);
    expect(anonymous.status).toBe(401);
    expect(await actors()).toEqual([]);

    const analyst = await consoleAs(huntops.url, 'analyst@demo');
    const hunt = await (
      await analyst.post('/console/api/command', { text: '/hunt spray tenant-a', user: 'lead@demo' })
    ).text();
    const proposalId = /"proposalId":"([^"]+)"/.exec(hunt)?.[1];
    expect(proposalId, hunt).toBeDefined();
    const approve = await analyst.post('/console/api/action', {
      data: { verb: 'approve', proposalId, tenant: 'tenant-a' },
      user: 'lead@demo',
    });
    expect(JSON.stringify(await approve.json())).toContain('not an approver');
    const events = await huntops.store.audit.list();
    expect(events.filter((event) => event.surface === 'console').map((event) => event.actor)).not.toContain(
      'lead@demo',
    );
    expect(events.some((event) => event.actor === 'analyst@demo' && event.outcome === 'refused')).toBe(true);
    expect(events.some((event) => event.action === 'block.approved')).toBe(false);
  });

  it('issues an HttpOnly SameSite=Strict cookie, only for configured console identities', async () => {
    const login = await post('/console/api/session', { user: 'analyst@demo' }, { origin: huntops.url });
    expect(login.status).toBe(200);
    expect(String(login.headers['set-cookie'])).toMatch(
      /^huntops_console=[\w-]{43}; HttpOnly; SameSite=Strict; Path=\//,
    );
    const stranger = await post('/console/api/session', { user: 'mallory@evil' }, { origin: huntops.url });
    expect(stranger.status).toBe(403);
    expect(stranger.headers['set-cookie']).toBeUndefined();
  });

  it('marks the session cookie Secure when the page was served over HTTPS (a TLS proxy in front)', async () => {
    const host = new URL(huntops.url).host;
    const overTls = await post('/console/api/session', { user: 'analyst@demo' }, { origin: `https://${host}` });
    expect(overTls.status).toBe(200);
    expect(String(overTls.headers['set-cookie'])).toMatch(/; Secure(;|$)/);
    const plain = await post('/console/api/session', { user: 'analyst@demo' }, { origin: huntops.url });
    expect(String(plain.headers['set-cookie'])).not.toMatch(/Secure/);
  });

  it('forbids framing the console page, so no other page can lay it under its own buttons (clickjacking)', async () => {
    const page = await rawRequest(huntops.url, '/', {});
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toBe("frame-ancestors 'none'");
    expect(page.headers['x-frame-options']).toBe('DENY');
  });

  it('refuses to start with allowRemote and no authentication method, saying why', async () => {
    const yaml = `${SLACK_TENANT_YAML}surfaces:\n  console: { allowRemote: true }\n`;
    await expect(startTestHuntops({ configYaml: yaml })).rejects.toThrow(/allowRemote needs an authentication method/);
  });
});
