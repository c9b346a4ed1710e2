import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyIoc, recognizeIoc } from '../../src/intel/index.ts';
import type { RunningHuntops } from '../../src/server/index.ts';
import { type OtxStandin, startOtxStandin } from '../standins/otx.ts';
import { type SlackClient, type SlackHuntops, startSlackHuntops } from '../support/slack-client.ts';

const OTX_KEY = 'otx-test-key-leakage-0047';
const NOW = Date.parse('2026-11-22T08:00:00Z');
const OWN = ['contoso.com'];

// Beacons (13 connections every 5 min from one device) to names an attacker can make appear in the logs: the
// organisation's own hosts spelt with a trailing dot or in upper case, internal and private names, and one
// public control that must be looked up.
const BEACONS = [
  { url: 'https://intranet.contoso.com./beacon', ip: '10.1.2.3' },
  { url: 'https://VPN.CONTOSO.COM./x', ip: '10.1.2.4' },
  { url: 'http://fileserver.corp./share', ip: '192.168.7.7' },
  { url: 'http://[::ffff:10.9.9.9]/x', ip: '10.9.9.9' },
  { url: 'https://evil-c2.example.net/b', ip: '203.0.113.66' },
  // Public hosts, but the URL carries a victim's address or credentials.
  { url: 'https://evil-phish.example.net/login?u=alice%40Contoso.com', ip: '203.0.113.77' },
  { url: 'https://bob:Winter2026@evil-ftp.example.net/drop', ip: '203.0.113.78' },
];

function beaconRows(): string {
  return BEACONS.flatMap(({ url, ip }, device) =>
    Array.from({ length: 13 }, (_, i) =>
      JSON.stringify({
        Timestamp: new Date(NOW - 3_600_000 + i * 300_000).toISOString(),
        DeviceId: `dev-${device}`,
        DeviceName: `ws-${device}.contoso.local`,
        RemoteUrl: url,
        RemoteIP: ip,
        InitiatingProcessFileName: 'updater.exe',
        InitiatingProcessAccountName: 'svc-update',
      }),
    ),
  ).join('\n');
}

/**
 * What huntops sends to OTX (here a stand-in) from a hunt's findings and a pivot: never an internal host, a
 * private address or a name under the organisation's own domains, however the logs spell it.
 */
describe('security: intel never learns the organisation’s own names', () => {
  let rig: SlackHuntops;
  let otx: OtxStandin;
  let huntops: RunningHuntops;
  let client: SlackClient;

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'huntops-leak-'));
    writeFileSync(join(dir, 'DeviceNetworkEvents.jsonl'), `${beaconRows()}\n`);
    otx = await startOtxStandin({ apiKey: OTX_KEY });
    rig = await startSlackHuntops({
      configYaml: `tenants:
  tenant-a:
    displayName: Contoso
    local: { dataDir: ${dir} }
    channels: { slack: [C1] }
    hunters: { slack: ['*'] }
    approvers: { slack: [U-LEAD, U-LEAD2] }
    blocking: { ownDomains: [${OWN.join(', ')}], minScore: { ip: 0, domain: 0, url: 0, file: 0 } }
`,
      clock: () => NOW,
      env: { OTX_API_KEY: OTX_KEY, OTX_BASE_URL: otx.url },
    });
    ({ huntops, client } = rig);
  });
  afterAll(async () => {
    await rig?.close();
    await otx?.close();
  });

  const sent = () => otx.calls.map((call) => call.indicator);
  const notPublic = (indicator: string) => {
    const ioc = recognizeIoc(indicator);
    return (
      ioc === undefined ||
      classifyIoc(ioc, OWN).place !== 'public' ||
      /contoso|fileserver|10\.|192\.168|Winter2026/i.test(indicator)
    );
  };

  it('a hunt looks up the public beacon and nothing internal it found', async () => {
    expect(await client.command('rare-domain-beacon tenant-a', 'U-ANALYST', 'C1')).toMatch(/^Hunting/);
    await expect.poll(sent, { timeout: 30_000 }).toContain('https://evil-c2.example.net/b');
    await expect.poll(async () => (await huntops.store.audit.list({ action: 'hunt.run' })).length).toBe(1);
    expect(sent()).toContain('evil-c2.example.net');
    expect(sent().filter(notPublic)).toEqual([]);
  });

  it('even at a threshold of 0, a hunt proposes blocks only on public indicators, requested by the hunter', async () => {
    const proposals = await huntops.services.blocking.proposals({ tenant: 'tenant-a' });
    // The URLs that carry a victim or credentials are not scored, so not proposed; their hosts and addresses are.
    expect(proposals.map((proposal) => proposal.indicator).sort()).toEqual([
      '203.0.113.66',
      '203.0.113.77',
      '203.0.113.78',
      'evil-c2.example.net',
      'evil-ftp.example.net',
      'evil-phish.example.net',
      'https://evil-c2.example.net/b',
    ]);
    expect(proposals.map((proposal) => proposal.requestedBy)).toEqual(proposals.map(() => 'U-ANALYST'));
  });

  it('a pivot on an internal address or an own-domain user sends neither to OTX', async () => {
    const before = otx.calls.length;
    await client.command('ip 10.1.2.3 tenant-a', 'U-ANALYST', 'C1');
    await client.command('user alice@contoso.com tenant-a', 'U-ANALYST', 'C1');
    await client.command('host ws-0.contoso.local tenant-a', 'U-ANALYST', 'C1');
    await expect
      .poll(async () => (await huntops.store.audit.list({ action: 'hunt.pivot' })).length, { timeout: 30_000 })
      .toBe(3);
    expect(sent().slice(before).filter(notPublic)).toEqual([]);
  });
});
