import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attackerIps } from '../../../src/hunts/index.ts';
import type { RunningHuntops } from '../../../src/server/index.ts';
import { launchChromium, chromiumMissing as skipReason } from '../../support/chromium.ts';
import { startTestHuntops } from '../../support/test-huntops.ts';

// tenant-a's demo logs (seed 1): the spray's source address.
const SPRAYER = attackerIps(1).spray;

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

  it('clicks from a hunt finding into an IP pivot, and from there into a user pivot', {
    timeout: 120_000,
  }, async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
    await page.goto(huntops.url);
    await page.fill('#command', '/hunt spray tenant-a');
    await page.click('button[type=submit]');
    const hunt = page.locator('.entry.card').first();
    await expect.poll(async () => hunt.innerText(), { timeout: 20_000 }).toContain(SPRAYER);

    await hunt.getByRole('button', { name: `IP ${SPRAYER}` }).click();
    const ipCard = page.locator('.entry.card').filter({ hasText: `IP address ${SPRAYER}` });
    await expect.poll(async () => ipCard.count(), { timeout: 20_000 }).toBe(1);
    const ipText = await ipCard.innerText();
    expect(ipText).toContain('sign-in success');
    expect(ipText).toContain('sign-in failure');
    expect(ipText).toMatch(/\b9\d high/);

    const userButton = ipCard.getByRole('button', { name: /^User / }).first();
    const user = (await userButton.innerText()).replace(/^User /, '').trim();
    await userButton.click();
    // The hunt and IP cards name the user too (on its button): the user's card is the one with its queries.
    const userCard = page.locator('.entry.card').filter({ hasText: 'Entra ID sign-ins of a user' });
    await expect.poll(async () => userCard.count(), { timeout: 20_000 }).toBe(1);
    expect(await userCard.innerText()).toMatch(new RegExp(`^User ${user.replaceAll('.', '\\.')}\\n`));
    mkdirSync(OUTPUT, { recursive: true });
    await page.screenshot({ path: `${OUTPUT}console-pivots.png`, fullPage: true });

    const audited = await huntops.store.audit.list({ action: 'hunt.pivot' });
    expect(audited.map((event) => [event.surface, event.details?.entity, event.details?.value])).toEqual(
      expect.arrayContaining([
        ['console', 'ip', SPRAYER],
        ['console', 'user', user],
      ]),
    );
  });
});
