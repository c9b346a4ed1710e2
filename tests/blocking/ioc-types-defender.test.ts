import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BlockingService } from '../../src/blocking/index.ts';
import type { Store } from '../../src/store/index.ts';
import { storeDialects } from '../support/store-dialects.ts';
import { ANALYST, correlationId, LEAD } from './support/builders.ts';
import { type ProviderServices, realProviderService, startProviderServices } from './support/provider-harness.ts';

const START = Date.parse('2026-11-22T08:00:00Z');
const SHA1 = 'da39a3ee5e6b4b0d3255bfef95601890afd80709';
const SHA256 = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';
/** Per-type actions and severity as a tenant configures them. */
const TYPED_RULES = `, severity: Medium, actions: { domain: Warn, url: Audit, file: BlockAndRemediate },
      ownDomains: [fabrikam.com], protectedUrlPrefixes: ['https://partner.example/portal/'],
      allowList: [203.0.113.250, cdn.example, ${SHA1.replace('da39', 'aaaa')}]`;

const APPROVED = [
  { value: '203.0.113.7', iocType: 'ip', indicatorType: 'IpAddress', action: 'Block' },
  { value: 'c2-relay.example', iocType: 'domain', indicatorType: 'DomainName', action: 'Warn' },
  {
    value: 'https://login-fabrikam.example/office/auth.php',
    iocType: 'url',
    indicatorType: 'Url',
    action: 'Audit',
  },
  { value: SHA1, iocType: 'sha1', indicatorType: 'FileSha1', action: 'BlockAndRemediate' },
  { value: SHA256, iocType: 'sha256', indicatorType: 'FileSha256', action: 'BlockAndRemediate' },
] as const;

for (const dialect of await storeDialects()) {
  describe.skipIf(dialect.skipReason)(`Defender indicators of every IOC type on ${dialect.name}`, () => {
    let services: ProviderServices;
    let store: Store | undefined;
    beforeEach(async () => {
      services = await startProviderServices();
    });
    afterEach(async () => {
      await services.close();
      await store?.close();
      store = undefined;
    });
    const setup = async (provider: 'defender-indicator' | 'entra-named-location' = 'defender-indicator') => {
      store = await dialect.open({ clock: () => START });
      return realProviderService(services, provider, store, () => START, TYPED_RULES);
    };
    const request = (service: BlockingService, ioc: string) =>
      service.request({ tenant: 'tenant-x', indicator: ioc, reason: 'phishing wave', caller: ANALYST, correlationId });

    it('an approval of each type makes one indicator of that type, with its action, severity, expiry and title', async () => {
      const service = await setup();
      for (const ioc of APPROVED) {
        const proposed = await request(service, ioc.value);
        expect(proposed, ioc.value).toMatchObject({ ok: true, proposal: { iocType: ioc.iocType, state: 'proposed' } });
        if (!proposed.ok) continue;
        const decided = await service.decide({
          tenant: 'tenant-x',
          proposalId: proposed.proposal.id,
          verb: 'approve',
          caller: LEAD,
          correlationId,
        });
        expect(decided, ioc.value).toMatchObject({ ok: true, proposal: { state: 'blocked' } });
      }
      const indicators = services.defender.indicators();
      expect(indicators.map((i) => [i.indicatorValue, i.indicatorType, i.action])).toEqual(
        APPROVED.map((ioc) => [ioc.value, ioc.indicatorType, ioc.action]),
      );
      for (const indicator of indicators) {
        expect(indicator).toMatchObject({ severity: 'Medium', expirationTime: '2026-12-22T08:00:00.000Z' });
        expect(indicator.generateAlert).toBe(indicator.action === 'Audit');
      }
      expect(indicators[1]!.title).toBe('huntops: manual block of domain c2-relay.example');
      expect(indicators[4]!.title).toBe(`huntops: manual block of SHA-256 ${SHA256}`);

      const blocks = await service.activeBlocks('tenant-x', 'url');
      expect(blocks.map((b) => [b.indicator, b.iocType])).toEqual([[APPROVED[2].value, 'url']]);
      const typesAudited = async (action: 'block.proposed' | 'block.approved' | 'provider.block.result') =>
        (await store!.audit.list({ action })).map((event) => (event.details as { iocType: string }).iocType).sort();
      for (const action of ['block.proposed', 'block.approved', 'provider.block.result'] as const)
        expect(await typesAudited(action), action).toEqual(['domain', 'ip', 'sha1', 'sha256', 'url']);
      // Unblocking a URL finds and deletes its own indicator only.
      await service.unblock({ tenant: 'tenant-x', indicator: APPROVED[2].value, caller: LEAD, correlationId });
      expect(services.defender.indicators().map((i) => i.indicatorType)).toEqual([
        'IpAddress',
        'DomainName',
        'FileSha1',
        'FileSha256',
      ]);
    });

    it('never proposes, so never sends, a protected domain, URL or hash, nor an internal value', async () => {
      const service = await setup();
      const refused: [string, RegExp][] = [
        ['login.microsoftonline.com', /Microsoft's service domain microsoftonline\.com/],
        ['https://teams.microsoft.com/l/meetup-join/x', /Microsoft's service domain microsoft\.com/],
        ['mail.fabrikam.com', /own domain fabrikam\.com/],
        ['https://partner.example/portal/login', /protected URL prefix https:\/\/partner\.example\/portal\//],
        ['img.cdn.example', /allow-list entry cdn\.example/],
        [SHA1.replace('da39', 'aaaa'), /allow-list/],
        ['fileserver', /internal host name/],
        ['dc01.corp', /internal/],
        ['http://10.0.0.8/payload.exe', /internal/],
        ['co.uk', /public suffix/],
        ['d41d8cd98f00b204e9800998ecf8427e', /MD5.*SHA-256/],
        ['no such thing!', /accepted|is not an IPv4/],
      ];
      for (const [ioc, why] of refused)
        expect(await request(service, ioc), ioc).toMatchObject({ ok: false, reason: expect.stringMatching(why) });
      expect(services.defender.calls).toEqual([]);
    });

    it("a hunt's findings are proposed when they reach the minimum score of their type", async () => {
      store = await dialect.open({ clock: () => START });
      const service = realProviderService(
        services,
        'defender-indicator',
        store,
        () => START,
        `${TYPED_RULES}, minScore: { url: 95, file: 60 }`,
      );
      const finding = (indicator: string, score: number) => ({ indicator, score, band: 'high' as const, reasons: [] });
      const proposals = await service.proposeFromFindings({
        tenant: 'tenant-x',
        runId: 'run-1',
        template: 'ioc-drops',
        scores: [
          finding(APPROVED[2].value, 91),
          finding(SHA256, 65),
          finding('c2-relay.example', 69),
          finding('d41d8cd98f00b204e9800998ecf8427e', 99),
        ],
        caller: ANALYST,
        correlationId,
      });
      // URL under its 95, domain under the default 70, MD5 never blockable: only the SHA-256 (over its 60).
      expect(proposals.map((p) => [p.iocType, p.indicator])).toEqual([['sha256', SHA256]]);
    });

    it('a tenant on Entra named locations blocks addresses only and says so', async () => {
      const service = await setup('entra-named-location');
      const outcome = await request(service, 'c2-relay.example');
      expect(outcome).toMatchObject({
        ok: false,
        reason: expect.stringMatching(/Entra named location .* takes ip indicators only, not a domain/),
      });
      expect(await request(service, '203.0.113.9')).toMatchObject({ ok: true });
    });
  });
}
