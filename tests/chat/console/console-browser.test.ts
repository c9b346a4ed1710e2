import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningHuntops } from '../../../src/server/index.ts';
import { launchChromium, chromiumMissing as skipReason } from '../../helpers/chromium.ts';
import { startTestHuntops } from '../../helpers/test-huntops.ts';

const OUTPUT = fileURLToPath(new URL('../../output/', import.meta.url));
if (skipReason) console.warn(`[console browser test] skipped: ${skipReason}`);

describe.skipIf(skipReason)('web console in Chromium', () => {
  let huntops: RunningHuntops;
  let browser: Browser;
  beforeAll(async () => {
    huntops = await startTestHuntops();
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await huntops?.close();
  });

  it('hunts spray on tenant-a, shows the scored IP, and the card follows approval and unblock', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
    await page.goto(huntops.url);
    await page.fill('#command', '/hunt spray tenant-a');
    await page.click('button[type=submit]');
    const card = page.locator('.card').first();
    await expect.poll(async () => card.innerText(), { timeout: 20_000 }).toMatch(/203\.0\.113\.\d+/);
    const text = await card.innerText();
    expect(text).toMatch(/\b9\d\b.*high|high.*\b9\d\b/is);

    // The analyst is not an approver: the click is refused privately and nothing changes.
    await card
      .getByRole('button', { name: /^Approve/ })
      .first()
      .click();
    await expect
      .poll(async () => page.locator('.whisper').last().innerText(), { timeout: 10_000 })
      .toContain('not an approver');

    await page.selectOption('#user', 'lead@demo');
    await page
      .locator('.card')
      .first()
      .getByRole('button', { name: /^Approve/ })
      .first()
      .click();
    await expect.poll(async () => page.locator('.card').first().innerText(), { timeout: 20_000 }).toMatch(/Blocked/);
    expect(await page.locator('.card').first().innerText()).toContain('lead@demo');
    mkdirSync(OUTPUT, { recursive: true });
    await page.screenshot({ path: `${OUTPUT}console-approved.png`, fullPage: true });

    // The rest of the lifecycle: the lead undoes the (dry-run) block from the same card.
    await page
      .locator('.card')
      .first()
      .getByRole('button', { name: /^Unblock/ })
      .first()
      .click();
    await expect.poll(async () => page.locator('.card').first().innerText(), { timeout: 20_000 }).toMatch(/Unblocked/);
    await page.screenshot({ path: `${OUTPUT}console-unblocked.png`, fullPage: true });
  });
});
