import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningHuntops } from '../../../src/server/index.ts';
import {
  CLIENT_ID,
  type ProviderServices,
  SECRET,
  SECRET_ENV,
  startProviderServices,
  TENANT_ID,
} from '../../blocking/support/provider-harness.ts';
import { testTls } from '../../standins/tls.ts';
import { launchChromium, chromiumMissing as skipReason } from '../../support/chromium.ts';
import { startTestHuntops } from '../../support/test-huntops.ts';

const OUTPUT = fileURLToPath(new URL('../../output/', import.meta.url));
const FIXTURE = (path: string) => fileURLToPath(new URL(`../../fixtures/hunts/ioc-drops/${path}`, import.meta.url));
if (skipReason) console.warn(`[console IOC browser test] skipped: ${skipReason}`);

/** Four hours after the fixture's downloads: inside the default 24 h window on any day the suite runs. */
const NOW = Date.parse('2026-11-22T12:00:00Z');
const MALWARE_URL = 'https://cdn-invoices.example/dl/invoice.exe';
const MALWARE_SHA256 = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';
/** The fixture's 234-character download link: longer than its column is wide. */
const LONG_URL =
  'https://files.partner-portal.example/share/download/2026/11/quarterly-reports/finance-team/Q3-consolidated-statements-final-v7-approved-by-controller.xlsx?token=8f14e45fceea167a5a36dedd4bea2543&session=c9f0f895fb98ab9159f51fd0297e236d';

describe.skipIf(skipReason)('web console in Chromium: blocking URLs and file hashes', () => {
  let services: ProviderServices;
  let huntops: RunningHuntops;
  let browser: Browser;
  beforeAll(async () => {
    services = await startProviderServices();
    huntops = await startTestHuntops({
      clock: () => NOW,
      env: { [SECRET_ENV]: SECRET, INTEL_FEED_PATH: FIXTURE('feed.jsonl') },
      configYaml: `tenants:
  tenant-x:
    displayName: Fabrikam
    entraTenantId: ${TENANT_ID}
    credentials: { kind: clientSecret, clientId: ${CLIENT_ID}, secretEnv: ${SECRET_ENV} }
    cloud: { authorityHost: '${services.entra.url}', defenderApiHost: '${services.defender.url}', caFile: '${testTls().caFile}' }
    local: { dataDir: '${FIXTURE('logs')}' }
    channels: { console: [console] }
    hunters: { console: [analyst@demo, lead@demo] }
    approvers: { console: [lead@demo] }
    blocking: { provider: defender-indicator, expiryDays: 30, actions: { url: Block, file: BlockAndRemediate } }
templates: { dirs: ['${FIXTURE('templates')}'] }
`,
    });
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await huntops?.close();
    await services?.close();
  });

  it("proposes the hunt's malicious URL and file hash, and an approver's clicks create one indicator of each type", async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 1600 } });
    await page.goto(huntops.url);
    await page.fill('#command', '/hunt ioc-drops tenant-x');
    await page.click('button[type=submit]');
    const card = () => page.locator('.card').first();
    await expect.poll(async () => card().innerText(), { timeout: 30_000 }).toContain(`URL ${MALWARE_URL}`);
    const text = await card().innerText();
    expect(text).toContain(`SHA-256 ${MALWARE_SHA256}`);
    // Microsoft's download site scores high in the fixture feed, but its domain is protected: never proposed.
    expect(text).not.toMatch(/Approve[^\n]*download\.microsoft\.com/);
    expect(services.defender.calls).toEqual([]);

    await page.selectOption('#user', 'lead@demo');
    for (let approved = 1; approved <= 2; approved++) {
      await card()
        .getByRole('button', { name: /^Approve/ })
        .first()
        .click();
      await expect.poll(() => services.defender.indicators().length, { timeout: 30_000 }).toBe(approved);
    }
    await expect
      .poll(async () => (await card().innerText()).match(/Blocked/g)?.length ?? 0, { timeout: 20_000 })
      .toBe(2);
    expect(
      services.defender
        .indicators()
        .map((indicator) => [indicator.indicatorType, indicator.indicatorValue, indicator.action])
        .sort(),
    ).toEqual([
      ['FileSha256', MALWARE_SHA256, 'BlockAndRemediate'],
      ['Url', MALWARE_URL, 'Block'],
    ]);
    mkdirSync(OUTPUT, { recursive: true });
    await page.screenshot({ path: `${OUTPUT}console-ioc-approved.png`, fullPage: true });
  });

  it('names the type of every finding and keeps a long URL inside its column, its full value in the title', async () => {
    const page = await browser.newPage({ viewport: { width: 900, height: 1400 } });
    await page.goto(huntops.url);
    await page.fill('#command', '/hunt ioc-drops tenant-x');
    await page.click('button[type=submit]');
    const card = page.locator('.card').last();
    const longValue = card.locator('.ac-richTextBlock', { hasText: LONG_URL.slice(0, 60) });
    await expect.poll(async () => longValue.count(), { timeout: 30_000 }).toBe(1);
    expect(await card.getByRole('columnheader').first().innerText()).toMatch(/IP.*domain.*URL.*file hash/);
    const entities = await card.locator('[role=cell]:first-child .ac-richTextBlock:first-child').allInnerTexts();
    expect(entities.length).toBe(3);
    for (const entity of entities) expect(entity).toMatch(/^URL https:\/\//);
    expect(await longValue.getAttribute('title')).toBe(`URL ${LONG_URL}`);
    const fit = await longValue.evaluate((block) => {
      const cell = block.closest('[role=cell]')!.getBoundingClientRect();
      const bottom = block.getBoundingClientRect().bottom;
      // One rectangle per line the text runs over (runs of one line may sit a pixel or two apart).
      const text = Array.from(block.querySelectorAll('span'))
        .flatMap((span) => Array.from(span.getClientRects()))
        .filter((r) => r.width > 0);
      const linesOf = (rects: DOMRect[]) =>
        rects
          .map((r) => r.top)
          .sort((a, b) => a - b)
          .filter((top, i, tops) => i === 0 || top - tops[i - 1] > 4).length;
      return {
        cell: { left: cell.left, right: cell.right },
        text: { left: Math.min(...text.map((r) => r.left)), right: Math.max(...text.map((r) => r.right)) },
        shown: linesOf(text.filter((r) => r.top < bottom - 1)),
        all: linesOf(text),
      };
    });
    expect(fit.text.left).toBeGreaterThanOrEqual(fit.cell.left);
    expect(fit.text.right).toBeLessThanOrEqual(fit.cell.right);
    await page.screenshot({ path: `${OUTPUT}console-ioc-long-url.png`, fullPage: true });
    // Cut at four lines, the rest in the title: the row stays about as tall as its neighbours.
    expect(fit.shown).toBe(4);
    expect(fit.all).toBeGreaterThan(4);
  });
});
