// Validation feedback in the editor (issue #13): how long after an edit the status bar shows the
// new validation result, for a rename, a cable drawn and a VLAN changed, on a 1,000-device design
// in `clusterwire serve` and headless Chromium.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { serializeDesign } from '../../shared/format';
import { launchChromium } from '../support/browser';
import { editorDriver } from '../support/editorDriver';
import { startServe } from '../support/serveProcess';
import { generateDesign } from './generate';

export type EditKind = 'rename' | 'cable' | 'vlan';

export interface EditFigures {
  /** Medians, ms from the user's key press or mouse release. */
  /** Until the status bar shows the new error, warning and info counts: the budget. */
  shown: number;
  /** Until the last change the edit made to the canvas's DOM (diagnostic). */
  settled: number;
  /** Of `shown`, the time validation took (the app's `cw:validate` performance measure). */
  validation: number;
  samples: number[];
}

export interface FeedbackFigures {
  devices: number;
  cables: number;
  edits: Record<EditKind, EditFigures>;
}

const ROUNDS = 7;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : NaN;
};

/**
 * Starts timing at the next `startEvent` (captured on the window, before the app sees it): the
 * status bar's text changing ends `shown`, the last mutation under the canvas ends `settled`.
 */
async function arm(page: Page, startEvent: 'keydown' | 'mouseup'): Promise<void> {
  await page.evaluate((eventName) => {
    const w = window as unknown as {
      __start: number;
      __shown: Promise<number>;
      __lastCanvasChange: number;
    };
    const summary = document.querySelector('[data-testid="validation-summary"]')!;
    const canvas = document.querySelector('.react-flow')!;
    const before = summary.textContent;
    w.__start = NaN;
    w.__lastCanvasChange = NaN;
    window.addEventListener(eventName, () => (w.__start = performance.now()), {
      capture: true,
      once: true,
    });
    w.__shown = new Promise((resolveShown) => {
      const observer = new MutationObserver(() => {
        if (summary.textContent !== before) {
          observer.disconnect();
          resolveShown(performance.now());
        }
      });
      observer.observe(summary, { subtree: true, characterData: true, childList: true });
    });
    const canvasObserver = new MutationObserver(() => {
      if (!Number.isNaN(w.__start)) w.__lastCanvasChange = performance.now();
    });
    canvasObserver.observe(canvas, {
      subtree: true,
      characterData: true,
      childList: true,
      attributes: true,
    });
    void w.__shown.then(() =>
      // The canvas has rested when nothing under it changed for half a second.
      setTimeout(function quiet() {
        if (performance.now() - (w.__lastCanvasChange || 0) < 500) setTimeout(quiet, 100);
        else canvasObserver.disconnect();
      }, 500),
    );
  }, startEvent);
}

interface Run {
  shown: number;
  settled: number;
  validation: number;
}

async function collect(page: Page): Promise<Run> {
  const shown = await page.evaluate(async () => {
    const w = window as unknown as { __start: number; __shown: Promise<number> };
    return (await w.__shown) - w.__start;
  });
  await page.waitForTimeout(700);
  const { settled, validation } = await page.evaluate(() => {
    const w = window as unknown as { __start: number; __lastCanvasChange: number };
    let validation = 0;
    for (const entry of performance.getEntriesByName('cw:validate'))
      if (entry.startTime >= w.__start) validation += entry.duration;
    performance.clearMeasures('cw:validate');
    return { settled: (w.__lastCanvasChange || w.__start) - w.__start, validation };
  });
  return { shown, settled: Math.max(shown, settled), validation };
}

function figures(runs: Run[]): EditFigures {
  return {
    shown: median(runs.map((r) => r.shown)),
    settled: median(runs.map((r) => r.settled)),
    validation: median(runs.map((r) => r.validation)),
    samples: runs.map((r) => r.shown),
  };
}

export async function runFeedbackBench(): Promise<FeedbackFigures> {
  const design = generateDesign({ devices: 1000, storageNicShare: 0 });
  const dir = mkdtempSync(join(tmpdir(), 'cw-feedback-bench-'));
  writeFileSync(join(dir, 'bench.clusterwire'), serializeDesign(design));
  const server = await startServe(['bench.clusterwire'], { cwd: dir, dataDir: join(dir, 'data') });
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
    // tsx compiles this file with esbuild's keepNames, which wraps functions passed to
    // page.evaluate in a __name() helper the page does not have.
    await context.addInitScript('globalThis.__name = (fn) => fn;');
    const page = await context.newPage();
    const driver = editorDriver(() => page);
    await page.goto(server.url);
    await page.waitForFunction(
      (n) => document.querySelectorAll('.react-flow__node').length === n,
      design.devices.length,
      { timeout: 120_000 },
    );
    // A newly opened design is validated once its canvas has drawn: edits start from its result.
    await page.waitForFunction(() =>
      /errors/.test(
        document.querySelector('[data-testid="validation-summary"]')?.textContent ?? '',
      ),
    );
    await page.waitForTimeout(500);

    // A VLAN change: the first network's VLAN in the design inspector (nothing selected), to a
    // VLAN its switches do not allow and back, so every Enter changes the error count.
    const network = design.networks[0]!;
    const vlanField = page
      .getByTestId('networks-table')
      .getByTestId('network')
      .first()
      .getByLabel('VLAN', { exact: true });
    const vlan: Run[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      await vlanField.fill(String(i % 2 === 0 ? 3999 : network.vlan));
      await arm(page, 'keydown');
      await vlanField.press('Enter');
      vlan.push(await collect(page));
    }

    // A rename: a node in the middle of the layout, to an invalid hostname and back.
    const target = design.devices.find((d) => d.id === 'c20-node-1') ?? design.devices[0]!;
    // At the fitted zoom its name is too small to show: click the node itself.
    const box = await page.locator(`.react-flow__node[data-id="${target.id}"]`).boundingBox();
    if (!box) throw new Error(`${target.id} is not on screen`);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const hostname = page.getByTestId('hostname');
    const rename: Run[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      await hostname.fill(i % 2 === 0 ? `bench_node_${i}` : `bench-node-${i}`);
      await arm(page, 'keydown');
      await hostname.press('Enter');
      rename.push(await collect(page));
    }

    // A cable drawn between the core pair of that cluster (a second link between them, which
    // adds findings), then undone, so each round draws it anew. Zoomed in on the pair, where
    // ports are drawn with their jacks, as when a user draws a cable.
    await driver.clearSelection();
    const from: [string, string] = ['c20-core-1', 'swp5'];
    const to: [string, string] = ['c20-core-2', 'swp5'];
    await zoomOnto(page, from[0], to[0]);
    const cable: Run[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      await arm(page, 'mouseup');
      await driver.dragCable(from, to);
      cable.push(await collect(page));
      const before = await driver.summary();
      await page.keyboard.press('Control+z');
      await page.waitForFunction(
        (text) =>
          document.querySelector('[data-testid="validation-summary"]')?.textContent !== text,
        before,
      );
      await page.waitForTimeout(300);
    }

    return {
      devices: design.devices.length,
      cables: design.cables.length,
      edits: { rename: figures(rename), cable: figures(cable), vlan: figures(vlan) },
    };
  } finally {
    await browser.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Wheel-zooms to about 100% at the middle of two devices (both must be on screen). */
async function zoomOnto(page: Page, a: string, b: string): Promise<void> {
  const centre = async () => {
    const boxes = await Promise.all(
      [a, b].map((id) => page.locator(`.react-flow__node[data-id="${id}"]`).boundingBox()),
    );
    if (!boxes[0] || !boxes[1]) throw new Error(`${a} or ${b} is not on screen`);
    const [p, q] = boxes as [NonNullable<(typeof boxes)[0]>, NonNullable<(typeof boxes)[0]>];
    return {
      x: (p.x + p.width / 2 + q.x + q.width / 2) / 2,
      y: (p.y + p.height / 2 + q.y + q.height / 2) / 2,
    };
  };
  const zoom = () =>
    page
      .locator('.react-flow__viewport')
      .evaluate((el) => new DOMMatrixReadOnly(getComputedStyle(el).transform).a);
  for (let i = 0; i < 40 && (await zoom()) < 0.9; i++) {
    const at = await centre();
    await page.mouse.move(at.x, at.y);
    await page.mouse.wheel(0, -120);
    await page.waitForTimeout(60);
  }
  await page.waitForTimeout(500);
}
