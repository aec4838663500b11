import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/**
 * Debian's Chromium, driven by playwright-core: nothing here downloads a
 * browser. CI installs it in .ci/run; elsewhere `apt-get install chromium`.
 */
export const CHROMIUM_PATH = process.env.DISPATCH_CHROMIUM || '/usr/bin/chromium';

/** Flags for a machine without network: without them Chromium keeps trying to reach Google's services. */
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `The browser tests need Chromium at ${CHROMIUM_PATH}, which is missing. Install it with ` +
        '`apt-get update && apt-get install -y chromium` (.ci/run does this on CI), or set DISPATCH_CHROMIUM to its path.',
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS });
}
