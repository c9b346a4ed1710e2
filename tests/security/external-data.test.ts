import { mkdtemp, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent, fetch as undiciFetch } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExternalDataReader, KqlDatabase, runQuery } from '../../src/kql/index.ts';
import { TEST_NOW } from '../kql/support/builders.ts';
import { type Standin, startHttpsStandin } from '../standins/https-standin.ts';
import { testTls } from '../standins/tls.ts';

/**
 * `externaldata` is the one way KQL text makes huntops read a file or the network (`kql.externalData`: URLs mapped
 * to local files, allow-listed HTTPS prefixes). A query author (or a query pasted from a threat report) must
 * not reach anything else through it: not another host by a redirect, not another path by `..`, not a local
 * file by `file://` or by a URL that is not exactly a mapped key.
 */
const agent = new Agent({ connect: { ca: testTls().caPem } });
// Like the CLI's reader (global fetch), with the stand-ins' CA trusted; redirects as undici's fetch does by default.
const trustingFetch = ((url: string, init: RequestInit) =>
  undiciFetch(url, { ...(init as object), dispatcher: agent })) as unknown as Parameters<
  typeof createExternalDataReader
>[1];

let feeds: Standin;
let internal: Standin;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'huntops-externaldata-'));
  await writeFile(join(dir, 'feed.csv'), '203.0.113.5\n');
  await writeFile(join(dir, 'secret.txt'), 'not-for-queries\n');
  internal = await startHttpsStandin(() => ({ status: 200, text: 'internal-secret\n' }));
  feeds = await startHttpsStandin((call) => {
    if (call.path === '/feeds/redirect.csv') return { status: 302, headers: { location: `${internal.url}/meta` } };
    if (call.path === '/feeds/moved.csv') return { status: 301, headers: { location: `${feeds.url}/admin/x.csv` } };
    if (call.path.startsWith('/feeds/')) return { status: 200, text: '198.51.100.7\n' };
    return { status: 200, text: 'outside-the-prefix\n' };
  });
});
afterAll(async () => {
  await feeds.close();
  await internal.close();
  await agent.close();
});

const reader = () =>
  createExternalDataReader(
    {
      files: { 'https://intel.example.org/feed.csv': join(dir, 'feed.csv') },
      allowedUrlPrefixes: [`${feeds.url}/feeds/`],
      maxBytes: 10_000,
      timeoutMs: 5000,
    },
    trustingFetch,
  );

async function refusalOf(url: string): Promise<string> {
  const query = `externaldata (Line: string) [@"${url}"] with (format="txt")`;
  const outcome = await runQuery(KqlDatabase.empty(), query, { now: TEST_NOW, externalData: reader() });
  expect(outcome.ok, `${url} was read: ${outcome.ok && JSON.stringify(outcome.table.toRaw().rows)}`).toBe(false);
  if (outcome.ok || outcome.kind !== 'diagnostics') return '';
  expect(outcome.diagnostics[0].code).toBe('KQL0023');
  return outcome.diagnostics[0].message;
}

describe('security: externaldata reads only what the config names', () => {
  it('reads an allow-listed URL (the control case)', async () => {
    const outcome = await runQuery(
      KqlDatabase.empty(),
      `externaldata (Line: string) [@"${feeds.url}/feeds/ips.csv"] with (format="txt")`,
      { now: TEST_NOW, externalData: reader() },
    );
    expect(outcome.ok && outcome.table.toRaw().rows).toEqual([['198.51.100.7']]);
  });

  it('does not follow a redirect from an allow-listed URL to a host that is not allow-listed', async () => {
    expect(await refusalOf(`${feeds.url}/feeds/redirect.csv`)).toMatch(/redirect/);
    expect(internal.calls).toEqual([]);
  });

  it('does not follow a redirect to a path of the same host outside the allowed prefix', async () => {
    expect(await refusalOf(`${feeds.url}/feeds/moved.csv`)).toMatch(/redirect/);
    expect(feeds.calls.map((call) => call.path)).not.toContain('/admin/x.csv');
  });

  it.each(['/feeds/../admin/x.csv', '/feeds/%2e%2e/admin/x.csv', '/feeds/.%2E/admin/x.csv', '/feeds\\..\\admin/x.csv'])(
    'refuses %s: dot segments do not climb out of the allowed prefix',
    async (path) => {
      const before = feeds.calls.length;
      expect(await refusalOf(`${feeds.url}${path}`)).toMatch(/neither mapped to a local file nor an allow-listed/);
      expect(feeds.calls.slice(before)).toEqual([]);
    },
  );

  it.each([
    'file://{dir}/secret.txt',
    'file://localhost{dir}/secret.txt',
    'http://{feeds}/feeds/ips.csv',
    'https://intel.example.org/feed.csv/../../secret.txt',
    'https://intel.example.org/FEED.csv',
    '__proto__',
    'constructor',
  ])('refuses %s without reading a file or the network', async (written) => {
    const url = written.replace('{dir}', dir).replace('{feeds}', feeds.url.slice('https://'.length));
    const before = feeds.calls.length + internal.calls.length;
    expect(await refusalOf(url)).not.toContain('not-for-queries');
    expect(feeds.calls.length + internal.calls.length).toBe(before);
  });

  it('refuses a URL computed from query text, so row data never chooses what is read', async () => {
    const query = `let u = strcat("${feeds.url}", "/feeds/ips.csv"); externaldata (Line: string) [u] with (format="txt")`;
    const outcome = await runQuery(KqlDatabase.empty(), query, { now: TEST_NOW, externalData: reader() });
    expect(outcome.ok).toBe(false);
  });

  it('gives up on an allow-listed URL that answers at once but drips its body past the deadline', async () => {
    const tls = testTls();
    let drips = 0;
    const timers = new Set<NodeJS.Timeout>();
    const dripping: Server = createServer({ key: tls.keyPem, cert: tls.certPem }, (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      const drip = setInterval(() => {
        drips++;
        res.write('1');
      }, 20);
      timers.add(drip);
      res.on('close', () => clearInterval(drip));
    });
    await new Promise<void>((resolve) => dripping.listen(0, '127.0.0.1', resolve));
    const url = `https://127.0.0.1:${(dripping.address() as AddressInfo).port}/feeds/slow.txt`;
    try {
      const read = createExternalDataReader(
        { allowedUrlPrefixes: [`${url.slice(0, url.indexOf('/feeds/'))}/feeds/`], maxBytes: 1_000_000, timeoutMs: 300 },
        trustingFetch,
      );
      const outcome = await runQuery(
        KqlDatabase.empty(),
        `externaldata (Line: string) [@"${url}"] with (format="txt")`,
        {
          now: TEST_NOW,
          externalData: read,
        },
      );
      expect(!outcome.ok && outcome.kind === 'diagnostics' && outcome.diagnostics[0].message).toMatch(
        /did not answer within 300 ms/,
      );
      expect(drips).toBeGreaterThan(0);
    } finally {
      for (const timer of timers) clearInterval(timer);
      dripping.closeAllConnections();
      await new Promise<void>((resolve) => dripping.close(() => resolve()));
    }
  });
});
