import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningHuntops } from '../../../src/server/index.ts';
import {
  CLIENT_ID,
  type ProviderServices,
  SECRET,
  SECRET_ENV,
  startProviderServices,
  TENANT_ID,
} from '../../blocking/provider-harness.ts';
import { startTestHuntops } from '../../helpers/test-huntops.ts';
import { testTls } from '../../standins/tls.ts';

const CHROMIUM = '/usr/bin/chromium';
const OUTPUT = fileURLToPath(new URL('../../output/', import.meta.url));
const FIXTURE = (path: string) => fileURLToPath(new URL(`../../fixtures/hunts/ioc-drops/${path}`, import.meta.url));
const skipReason = existsSync(CHROMIUM) ? undefined : `no ${CHROMIUM} (apt-get install chromium; .ci/run does)`;
if (skipReason) console.warn(`[console IOC browser test] skipped: ${skipReason}`);

/** Four hours after the fixture's downloads: inside the default 24 h window on any day the suite runs. */
const NOW = Date.parse('2026-11-22T12:00:00Z');
const MALWARE_URL = 'https://cdn-invoices.example/dl/invoice.exe';
const MALWARE_SHA256 = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';

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
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    });
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
});
