import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS, launchChromium, openAppPage } from './browser';
import { startServe } from './serveProcess';

export { ARTIFACTS };

export interface EditorSession {
  page: Page;
  /** The folder `clusterwire serve` runs in: where Save writes. */
  folder: string;
  /** Uncaught errors of the page; a test ends by expecting none. */
  pageErrors: string[];
  close(): Promise<void>;
}

/**
 * `clusterwire serve` on a temp folder (empty, or holding `files`), and Debian's Chromium open
 * on it; `args` go to serve (a file to open at start, say).
 */
export async function openEditor(
  prefix: string,
  options: { files?: Record<string, string>; args?: string[] } = {},
): Promise<EditorSession> {
  const base = mkdtempSync(join(tmpdir(), prefix));
  const folder = join(base, 'designs');
  mkdirSync(folder);
  for (const [name, text] of Object.entries(options.files ?? {}))
    writeFileSync(join(folder, name), text);
  mkdirSync(ARTIFACTS, { recursive: true });
  const server = await startServe(options.args ?? [], {
    cwd: folder,
    dataDir: join(base, 'data'),
  });
  const browser = await launchChromium();
  const pageErrors: string[] = [];
  const page = await openAppPage(browser, server.url, pageErrors);
  return {
    page,
    folder,
    pageErrors,
    async close() {
      await browser.close();
      await server.stop();
      rmSync(base, { recursive: true, force: true });
    },
  };
}
