import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findTemplate } from '../../shared/templates';
import { launchChromium } from '../support/browser';
import { serveStatic } from '../support/staticServer';

const rendererDist = resolve('dist/renderer');
const artifacts = resolve('test-results');

describe('first window (built renderer in Debian Chromium)', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveStatic>>;

  beforeAll(async () => {
    server = await serveStatic(rendererDist);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows every device and cable of the reference template on the canvas', async () => {
    const design = findTemplate('pve-hci-3node')!.build();
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    // Fail on a missing element with its locator, well before the test's own timeout.
    page.setDefaultTimeout(10_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(server.url);
    await page.locator('[data-testid="device-node"]').first().waitFor();
    // Edges render once handles are measured.
    await page.waitForFunction(
      (n) => document.querySelectorAll('.react-flow__edge').length === n,
      design.cables.length,
    );

    const hostnames = await page.locator('.cw-device-hostname').allTextContents();
    expect(hostnames.sort()).toEqual(design.devices.map((d) => d.hostname).sort());
    expect(await page.locator('.react-flow__edge').count()).toBe(design.cables.length);
    await expect
      .poll(() => page.locator('.react-flow__minimap-node').count())
      .toBe(design.devices.length);
    await expect.poll(() => page.locator('.cw-design-name').textContent()).toBe(design.meta.name);
    // The shared validation core runs in the renderer: the reference design is clean.
    expect(await page.getByTestId('validation-summary').textContent()).toBe(
      '0 errors · 0 warnings · 3 infos',
    );

    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: `${artifacts}/first-window.png` });
    expect(errors).toEqual([]);
    await page.close();
  });
});
