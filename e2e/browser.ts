import { BrowserContext, chromium, Page } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';

/**
 * Debian's chromium, headless, with the flags the project's CI allows (no network beyond localhost) and a
 * fresh profile (`--user-data-dir`, which playwright takes as the persistent context's directory).
 */
export async function launchChromium(): Promise<BrowserContext> {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-chromium-'));
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1400, height: 900 },
  });
}

/** Saves a full-page screenshot as a test artifact under test-results/e2e/. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const dir = path.resolve(__dirname, '../test-results/e2e');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
