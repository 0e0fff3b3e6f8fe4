import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';

/**
 * How long a step on an app page waits by default, in ms. Generous: CI shares two cores between
 * the browser, the server and other test files.
 */
export const PAGE_TIMEOUT = 20_000;

export const CHROMIUM_PATH = process.env.CLUSTERWIRE_CHROMIUM ?? '/usr/bin/chromium';

/** Debian's Chromium: Playwright's own browser download cannot run on our machines. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `No Chromium at ${CHROMIUM_PATH}: run "apt-get install chromium" (or set CLUSTERWIRE_CHROMIUM).`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
}

/** Where browser tests leave their screenshots. */
export const ARTIFACTS = resolve('test-results');

export interface AppPageOptions {
  viewport?: { width: number; height: number };
  /** The default wait of each step, in ms (PAGE_TIMEOUT unless given). */
  timeout?: number;
  /** Count the page's console errors as errors too (a refused request's own line aside). */
  consoleErrors?: boolean;
}

/**
 * A new page of `browser` on the app at `url`, sized and patient the way the E2E tests share;
 * the page's uncaught errors go to `errors`, which a test ends by expecting empty.
 */
export async function openAppPage(
  browser: Browser,
  url: string,
  errors: string[],
  options: AppPageOptions = {},
): Promise<Page> {
  const page = await browser.newPage({
    viewport: options.viewport ?? { width: 1600, height: 1000 },
  });
  page.setDefaultTimeout(options.timeout ?? PAGE_TIMEOUT);
  page.on('pageerror', (e) => errors.push(e.message));
  if (options.consoleErrors) {
    page.on('console', (m) => {
      // A refused request shows up as a console error; those are what some tests provoke.
      if (m.type() === 'error' && !m.text().includes('Failed to load resource'))
        errors.push(m.text());
    });
  }
  await page.goto(url);
  return page;
}
