import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/index.ts';
import { storeDialects } from '../support/store-dialects.ts';

const dialects = await storeDialects();

for (const dialect of dialects) {
  describe.skipIf(dialect.skipReason)(`store on ${dialect.name}`, () => {
    let store: Store | undefined;
    let now = Date.parse('2026-11-22T08:00:00Z');
    const open = async () => {
      store = await dialect.open({ clock: () => now });
      return store;
    };
    afterEach(async () => {
      await store?.close();
      store = undefined;
    });

    it('appends audit events and lists them in order with their fields', async () => {
      const { audit } = await open();
      await audit.append({
        correlationId: 'c1',
        action: 'hunt.run',
        outcome: 'ok',
        actor: 'U1',
        surface: 'slack',
        tenant: 'tenant-a',
        channel: 'C1',
        details: { template: 'spray' },
      });
      now += 1000;
      await audit.append({
        correlationId: 'c2',
        action: 'block.approve',
        outcome: 'refused',
        actor: 'U2',
        surface: 'teams',
        tenant: 'tenant-b',
      });
      const all = await audit.list();
      expect(all.map((event) => event.action)).toEqual(['hunt.run', 'block.approve']);
      expect(all[0]).toMatchObject({
        correlationId: 'c1',
        tenant: 'tenant-a',
        channel: 'C1',
        details: { template: 'spray' },
        at: '2026-11-22T08:00:00.000Z',
      });
      expect(all[1].channel).toBeUndefined();
    });

    it('filters audit events by tenant, time and correlation id', async () => {
      const { audit } = await open();
      await audit.append({
        correlationId: 'a',
        action: 'hunt.run',
        outcome: 'ok',
        actor: 'u',
        surface: 'console',
        tenant: 'tenant-a',
      });
      now += 60_000;
      await audit.append({
        correlationId: 'b',
        action: 'hunt.run',
        outcome: 'ok',
        actor: 'u',
        surface: 'console',
        tenant: 'tenant-b',
      });
      expect((await audit.list({ tenant: 'tenant-b' })).map((e) => e.correlationId)).toEqual(['b']);
      expect((await audit.list({ since: new Date(now - 1000) })).map((e) => e.correlationId)).toEqual(['b']);
      expect((await audit.list({ correlationId: 'a' })).map((e) => e.tenant)).toEqual(['tenant-a']);
    });

    it('caches values until their TTL passes, and overwrites on set', async () => {
      const { cache } = await open();
      await cache.set('otx', '203.0.113.7', { pulses: 3 }, 10_000);
      expect(await cache.get('otx', '203.0.113.7')).toEqual({ pulses: 3 });
      await cache.set('otx', '203.0.113.7', { pulses: 4 }, 10_000);
      expect(await cache.get('otx', '203.0.113.7')).toEqual({ pulses: 4 });
      expect(await cache.get('other', '203.0.113.7')).toBeUndefined();
      now += 10_001;
      expect(await cache.get('otx', '203.0.113.7')).toBeUndefined();
      expect(await cache.sweep()).toBe(1);
    });

    it('lets exactly one of many simultaneous claims take a key, and a new claim take it once it expired', async () => {
      const { cache } = await open();
      const claims = await Promise.all(
        Array.from({ length: 12 }, () => cache.claim('slack-signature', 'v0=abc', 1_000)),
      );
      expect(claims.filter(Boolean)).toHaveLength(1);
      expect(await cache.claim('slack-signature', 'v0=abc', 1_000)).toBe(false);
      expect(await cache.claim('slack-signature', 'v0=other', 1_000)).toBe(true);
      now += 1_000;
      expect(await cache.claim('slack-signature', 'v0=abc', 1_000)).toBe(true);
      expect(await cache.claim('slack-signature', 'v0=abc', 1_000)).toBe(false);
    });

    it('answers ping', async () => {
      await expect((await open()).ping()).resolves.toBeUndefined();
    });
  });
}
