import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { serializeDesign } from '../../shared/format';
import type { Design } from '../../shared/model';
import { ARTIFACTS, PAGE_TIMEOUT, launchChromium, openAppPage } from './browser';
import type { AppPageOptions } from './browser';
import { startServe } from './serveProcess';
import type { ServeProcess } from './serveProcess';

export interface ServeFixtureOptions {
  /** Start of each test's temp folder name, so a leftover one says which file made it. */
  prefix: string;
  /** Written to the data folder's config.json before each test: preferences the file needs. */
  config?: Record<string, unknown>;
}

export interface ServeFixture {
  /** This test's design folder: where serve runs, and where Save and exports write. */
  readonly folder: string;
  /** This test's data folder (preferences, recent files, recovery). */
  readonly dataDir: string;
  /** This test's page errors; a test ends by expecting none. */
  readonly pageErrors: string[];
  /** `clusterwire serve ARGS` in the design folder; stopped after the test. */
  serve(args?: string[]): Promise<ServeProcess>;
  /** A new page of the file's browser on `url`, its errors collected into `pageErrors`. */
  openApp(url: string, options?: PageOptions): Promise<Page>;
  /**
   * Writes `design` as `name` into the design folder, serves with it open, and opens the app;
   * returns once the title bar names the file.
   */
  openDesign(
    name: string,
    design: Design,
    options?: PageOptions,
  ): Promise<{ server: ServeProcess; page: Page }>;
}

type PageOptions = Omit<AppPageOptions, 'consoleErrors'>;

interface TestState {
  base: string;
  folder: string;
  dataDir: string;
  pageErrors: string[];
  servers: ServeProcess[];
}

/**
 * The lifecycle the serve-mode E2E files share, as vitest hooks: one Chromium per file, and per
 * test a fresh temp folder holding `designs/` and `data/`, its servers stopped and the folder
 * removed afterwards. Call it once at the top of a test file.
 */
export function serveFixture(options: ServeFixtureOptions): ServeFixture {
  let browser: Browser | undefined;
  let test: TestState | undefined;
  const current = (): TestState => {
    if (!test) throw new Error('serveFixture: the folders and servers exist only inside a test');
    return test;
  };

  beforeAll(async () => {
    browser = await launchChromium();
    mkdirSync(ARTIFACTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(() => {
    const base = mkdtempSync(join(tmpdir(), options.prefix));
    const folder = join(base, 'designs');
    const dataDir = join(base, 'data');
    mkdirSync(folder);
    mkdirSync(dataDir);
    if (options.config) writeFileSync(join(dataDir, 'config.json'), JSON.stringify(options.config));
    test = { base, folder, dataDir, pageErrors: [], servers: [] };
  });
  afterEach(async () => {
    const ending = test;
    test = undefined;
    if (!ending) return;
    for (const server of ending.servers) await server.stop();
    rmSync(ending.base, { recursive: true, force: true });
  });

  async function serve(args: string[] = []): Promise<ServeProcess> {
    const { folder, dataDir, servers } = current();
    const server = await startServe(args, { cwd: folder, dataDir });
    servers.push(server);
    return server;
  }

  async function openApp(url: string, pageOptions: PageOptions = {}): Promise<Page> {
    if (!browser) throw new Error('serveFixture: no browser (did beforeAll fail?)');
    return openAppPage(browser, url, current().pageErrors, {
      ...pageOptions,
      // Console errors count as page errors too, beside uncaught ones.
      consoleErrors: true,
    });
  }

  async function openDesign(name: string, design: Design, pageOptions: PageOptions = {}) {
    writeFileSync(join(current().folder, name), serializeDesign(design));
    const server = await serve([name]);
    const page = await openApp(server.url, pageOptions);
    const title = () => page.getByTestId('file-name').textContent();
    await expect.poll(title, { timeout: pageOptions.timeout ?? PAGE_TIMEOUT }).toBe(name);
    return { server, page };
  }

  return {
    get folder() {
      return current().folder;
    },
    get dataDir() {
      return current().dataDir;
    },
    get pageErrors() {
      return current().pageErrors;
    },
    serve,
    openApp,
    openDesign,
  };
}
