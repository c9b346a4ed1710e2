import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent, fetch as undiciFetch } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createExternalDataReader,
  type ExternalDataReader,
  explainQuery,
  KqlDatabase,
  runQuery,
} from '../../../src/kql/index.ts';
import { type Standin, startHttpsStandin } from '../../standins/https-standin.ts';
import { testTls } from '../../standins/tls.ts';
import { TEST_NOW } from '../support/builders.ts';

// externaldata operator: MicrosoftDocs/dataexplorer-docs data-explorer/kusto/query/externaldata-operator.md
// (columns typed by the declaration, URLs as string literals, `with (format=…, ignoreFirstRecord=…)`).

const FEED = 'https://feeds.example.org/bad-ips.csv';
const feedQuery = (url: string, withClause = '') =>
  `externaldata (Ip: string, Score: long, Seen: datetime) [@"${url}"] ${withClause}| order by Score desc`;

let standin: Standin;
let dir: string;
const agent = new Agent({ connect: { ca: testTls().caPem } });
const trustingFetch = ((url: string, init: { signal: AbortSignal }) =>
  undiciFetch(url, { ...init, dispatcher: agent })) as unknown as Parameters<typeof createExternalDataReader>[1];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kql-externaldata-'));
  await writeFile(join(dir, 'bad-ips.csv'), 'Ip,Score,Seen\n203.0.113.5,90,2024-01-09T10:00:00Z\n198.51.100.7,x,\n');
  standin = await startHttpsStandin((call) => {
    if (call.path === '/feed.json') return { status: 200, text: '{"Ip":"192.0.2.1","Score":5}\n{"Ip":"192.0.2.2"}\n' };
    if (call.path === '/big.txt') return { status: 200, text: 'a'.repeat(5000) };
    return { status: 404, text: 'no such feed' };
  });
});
afterAll(async () => {
  await standin.close();
  await agent.close();
});

const reader = (overrides: Partial<Parameters<typeof createExternalDataReader>[0]> = {}): ExternalDataReader =>
  createExternalDataReader(
    {
      files: { [FEED]: join(dir, 'bad-ips.csv') },
      allowedUrlPrefixes: [`${standin.url}/`],
      maxBytes: 1000,
      timeoutMs: 5000,
      ...overrides,
    },
    trustingFetch,
  );

async function run(query: string, externalData?: ExternalDataReader) {
  return runQuery(KqlDatabase.empty(), query, { now: TEST_NOW, externalData });
}

describe('externaldata', () => {
  it('reads a URL mapped to a local file, typed by the declared columns (a cell that is not its type is null)', async () => {
    const outcome = await run(feedQuery(FEED, 'with (format="csv", ignoreFirstRecord=true) '), reader());
    expect(outcome.ok && outcome.table.toRaw().rows).toEqual([
      ['203.0.113.5', 90, Date.parse('2024-01-09T10:00:00Z')],
      ['198.51.100.7', null, null],
    ]);
  });

  it('fetches an allow-listed HTTPS URL (multijson: objects by column name)', async () => {
    const outcome = await run(feedQuery(`${standin.url}/feed.json`, 'with (format="multijson") '), reader());
    expect(outcome.ok && outcome.table.toRaw().rows).toEqual([
      ['192.0.2.1', 5, null],
      ['192.0.2.2', null, null],
    ]);
  });

  it.each([
    [
      'a URL neither mapped nor allow-listed',
      'https://elsewhere.example.net/x.csv',
      {},
      /neither mapped to a local file nor an allow-listed HTTPS URL/,
    ],
    ['an answer over the byte cap', '/big.txt', {}, /more than 1000 bytes/],
    ['an HTTP error', '/missing.csv', {}, /answered HTTP 404/],
    ['a mapped file over the byte cap', FEED, { maxBytes: 10 }, /more than 10 bytes/],
  ])('refuses %s as not available offline, naming why and where', async (_, url, overrides, reason) => {
    const full = url.startsWith('/') ? `${standin.url}${url}` : url;
    const outcome = await run(feedQuery(full), reader(overrides));
    expect(outcome.ok).toBe(false);
    if (outcome.ok || outcome.kind !== 'diagnostics') return;
    const [diagnostic] = outcome.diagnostics;
    expect(diagnostic).toMatchObject({ code: 'KQL0023', line: 1, column: 1 });
    expect(diagnostic.message).toMatch(reason);
    expect(diagnostic.message).toContain('not supported by the local engine');
  });

  it('gives up on a URL that does not answer in time', async () => {
    standin.inject({ kind: 'timeout', path: '/slow.csv' });
    const outcome = await run(feedQuery(`${standin.url}/slow.csv`), reader({ timeoutMs: 200 }));
    expect(!outcome.ok && outcome.kind === 'diagnostics' && outcome.diagnostics[0].message).toMatch(
      /did not answer within 200 ms/,
    );
  });

  // The local engine thread's watchdog counts from onStarted: a fetch waits on the network, not on the thread, so a
  // query that hangs the thread meanwhile must be the one whose clock runs (engine-thread.ts).
  it('says the query started only once its external data is read, when compiling and running begin', async () => {
    let answer: (text: string) => void = () => {};
    const pendingFeed: ExternalDataReader = () => new Promise((resolve) => (answer = resolve));
    let starts = 0;
    const outcome = runQuery(KqlDatabase.empty(), feedQuery(FEED), {
      now: TEST_NOW,
      externalData: pendingFeed,
      onStarted: () => starts++,
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(starts).toBe(0);
    answer('203.0.113.5,90,2024-01-09T10:00:00Z\n');
    expect((await outcome).ok).toBe(true);
    expect(starts).toBe(1);
  });

  it('without a reader is refused (never a syntax error), and --explain says so', async () => {
    const outcome = await run(feedQuery(FEED));
    expect(!outcome.ok && outcome.kind === 'diagnostics' && outcome.diagnostics.map((d) => d.code)).toEqual([
      'KQL0023',
    ]);
    expect(explainQuery(feedQuery(FEED)).unsupported[0].message).toMatch(/no external data reader is configured/);
  });
});
