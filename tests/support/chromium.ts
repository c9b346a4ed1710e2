import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';

/** Why the browser tests cannot run here (no Chromium), or undefined when they can. */
export const chromiumMissing = existsSync(CHROMIUM)
  ? undefined
  : `no ${CHROMIUM} (apt-get install chromium; .ci/run does)`;

/** The system Chromium, headless, with nothing of its own reaching the network. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-quic',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
