// The canvas benchmark (issue: canvas editor): ClusterWire's canvas against a bare React Flow
// page with the same nodes, edges, settings and viewport, side by side in one headless Chromium.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { NODE, deviceBox } from '../../shared/export/geometry';
import { serializeDesign } from '../../shared/format';
import { launchChromium } from '../support/browser';
import { startServe } from '../support/serveProcess';
import type { ServeProcess } from '../support/serveProcess';
import { serveStatic } from '../support/staticServer';
import { generateDesign } from './generate';
import { frameMedian } from './measure';

export interface CanvasFigures {
  devices: number;
  cables: number;
  zoom: number;
  /** Medians of the rounds (ms from navigation), and each round's figure. */
  firstRender: { app: number; bare: number; appRuns: number[]; bareRuns: number[] };
  drag: FrameFigures;
  pan: FrameFigures;
  /** Enter in the inspector to the status bar showing the new validation result. */
  feedback: number;
}

/** Frame times of one gesture on both pages (ms). */
export interface FrameFigures {
  /** Median frame time read between vsync steps (`frameMedian`): what the budget compares. */
  app: number;
  bare: number;
  /** The plain medians, which move in whole 16.7 ms steps, and the means. */
  appPlain: number;
  barePlain: number;
  appMean: number;
  bareMean: number;
}

const DURATION_MS = 3000;
const ROUNDS = 3;
const FIRST_RENDER_ROUNDS = 5;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : NaN;
};

/** Frame times (ms between animation frames) while `gesture` runs. */
async function frameTimes(page: Page, gesture: () => Promise<void>): Promise<number[]> {
  // A page in a background tab gets about one animation frame a second: measure in front.
  await page.bringToFront();
  await page.waitForTimeout(300);
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean };
    w.__frames = [];
    w.__recording = true;
    let last = performance.now();
    const tick = (t: number) => {
      w.__frames.push(t - last);
      last = t;
      if (w.__recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await gesture();
  const frames = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean };
    w.__recording = false;
    return w.__frames.slice(1);
  });
  return frames;
}

/** A scripted 3-second drag: out 150 px and back, one mouse move every 16 ms. */
async function scriptedDrag(
  page: Page,
  from: { x: number; y: number },
  button: 'left' | 'middle',
): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down({ button });
  const start = Date.now();
  for (;;) {
    const t = (Date.now() - start) / DURATION_MS;
    if (t >= 1) break;
    const dx = 150 * Math.sin(Math.PI * t);
    await page.mouse.move(from.x + dx, from.y + dx / 3);
    await new Promise((r) => setTimeout(r, 16));
  }
  await page.mouse.up({ button });
}

/**
 * A point on a node, `down` of the way from its top (the middle by default): on an app card,
 * grab it by its header, above the port block and its cable handles, which do not drag the card.
 */
async function nodePoint(page: Page, id: string, down = 0.5): Promise<{ x: number; y: number }> {
  const box = await page.locator(`.react-flow__node[data-id="${id}"]`).boundingBox();
  if (!box) throw new Error(`node ${id} is not on screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height * down };
}

/**
 * When the first frame holding every node and cable was drawn, in ms from navigation. The check
 * runs at the start of each frame; once the elements are all there, a task queued from that
 * check runs after the frame's layout, React Flow's measuring (its ResizeObserver) and paint.
 * The elements' arrival alone is not the mark: a page may insert them in one task and spend the
 * next frame laying them out and measuring them before anything shows.
 */
async function rendered(page: Page, nodes: number, edges: number): Promise<number> {
  const handle = await page.waitForFunction(
    ([n, e]) => {
      const w = window as { __drawnAt?: number; __complete?: boolean };
      if (w.__complete) return w.__drawnAt ?? false;
      if (
        document.querySelectorAll('.react-flow__node').length === n &&
        document.querySelectorAll('.react-flow__edge').length === e
      ) {
        w.__complete = true;
        setTimeout(() => (w.__drawnAt = performance.now()));
      }
      return false;
    },
    [nodes, edges] as const,
    { polling: 'raf', timeout: 120_000 },
  );
  return (await handle.jsonValue()) as number;
}

export async function runCanvasBench(): Promise<CanvasFigures> {
  await build({ configFile: resolve('tests/bench/canvas/vite.config.ts') });
  const design = generateDesign({ devices: 1000, storageNicShare: 0 });
  const dir = mkdtempSync(join(tmpdir(), 'cw-canvas-bench-'));
  writeFileSync(join(dir, 'bench.clusterwire'), serializeDesign(design));
  writeFileSync(resolve('dist/bench-canvas/design.json'), JSON.stringify(design));
  const bareServer = await serveStatic(resolve('dist/bench-canvas'));
  const browser = await launchChromium();
  let server: ServeProcess | undefined;
  try {
    const newPage = async () => {
      // Each load gets a context of its own: no HTTP or compiled-code cache from an earlier one.
      const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
      // tsx compiles this file with esbuild's keepNames, which wraps functions passed to
      // page.evaluate in a __name() helper the page does not have.
      await context.addInitScript('globalThis.__name = (fn) => fn;');
      return context.newPage();
    };
    // First render, from navigation to every node and cable in the DOM, in rounds that
    // alternate which page loads first (the first load in a fresh browser is slower, whichever
    // page it is). The app gets a `clusterwire serve` started for each load, as a user's launch
    // does, so opening the file is cold every time. The pages of the last round stay open.
    const firstApp: number[] = [];
    const firstBare: number[] = [];
    let viewport = { x: 0, y: 0, zoom: 1 };
    const loadApp = async (previous: Page | undefined): Promise<Page> => {
      await previous?.context().close();
      await server?.stop();
      server = await startServe(['bench.clusterwire'], { cwd: dir, dataDir: join(dir, 'data') });
      const page = await newPage();
      await page.goto(server.url);
      firstApp.push(await rendered(page, design.devices.length, design.cables.length));
      await page.waitForTimeout(500);
      viewport = await page.locator('.react-flow__viewport').evaluate((el) => {
        const m = new DOMMatrixReadOnly(getComputedStyle(el).transform);
        return { x: m.e, y: m.f, zoom: m.a };
      });
      return page;
    };
    // The baseline gets the viewport the app ended up with. Its pane is wider (no palette or
    // inspector): the same zoom, so the same scene scale, which is what frame time depends on.
    const loadBare = async (previous: Page | undefined): Promise<Page> => {
      await previous?.context().close();
      const page = await newPage();
      await page.goto(
        `${bareServer.url}bare.html?x=${viewport.x}&y=${viewport.y}&zoom=${viewport.zoom}`,
      );
      firstBare.push(await rendered(page, design.devices.length, design.cables.length));
      await page.waitForTimeout(500);
      return page;
    };
    // The app goes first in the first round: the baseline needs its viewport.
    let app = await loadApp(undefined);
    let bare = await loadBare(undefined);
    for (let round = 1; round < FIRST_RENDER_ROUNDS; round++) {
      if (round % 2 === 1) {
        bare = await loadBare(bare);
        app = await loadApp(app);
      } else {
        app = await loadApp(app);
        bare = await loadBare(bare);
      }
    }

    // The same device in both: a node of a cluster in the middle of the layout.
    const targetDevice = design.devices.find((d) => d.id === 'c20-node-1') ?? design.devices[0]!;
    const target = targetDevice.id;
    // The middle of its header line, as a share of its card's height (the drawn geometry).
    const header = (NODE.stripe + NODE.padTop + NODE.headerH / 2) / deviceBox(targetDevice).height;
    // Rounds alternate app and baseline, so both see the same machine load; frame times are
    // pooled per page and gesture (animation frames come in 16.7 ms steps, so one round is
    // too coarse).
    const paneSpot = async (page: Page) => {
      const box = (await page.locator('.react-flow__pane').boundingBox())!;
      return { x: box.x + 12, y: box.y + 12 };
    };
    const pooled = {
      dragApp: [] as number[],
      dragBare: [] as number[],
      panApp: [] as number[],
      panBare: [] as number[],
    };
    for (let round = 0; round < ROUNDS; round++) {
      pooled.dragApp.push(
        ...(await frameTimes(app, async () =>
          scriptedDrag(app, await nodePoint(app, target, header), 'left'),
        )),
      );
      pooled.dragBare.push(
        ...(await frameTimes(bare, async () =>
          scriptedDrag(bare, await nodePoint(bare, target), 'left'),
        )),
      );
      pooled.panApp.push(
        ...(await frameTimes(app, async () => scriptedDrag(app, await paneSpot(app), 'middle'))),
      );
      pooled.panBare.push(
        ...(await frameTimes(bare, async () => scriptedDrag(bare, await paneSpot(bare), 'middle'))),
      );
    }
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    const figures = (app: number[], bare: number[]): FrameFigures => ({
      app: frameMedian(app),
      bare: frameMedian(bare),
      appPlain: median(app),
      barePlain: median(bare),
      appMean: mean(app),
      bareMean: mean(bare),
    });
    const drag = figures(pooled.dragApp, pooled.dragBare);
    const pan = figures(pooled.panApp, pooled.panBare);

    // Validation feedback: rename a device to an invalid hostname; time from Enter to the
    // status bar showing the new error count.
    await app.bringToFront();
    // A newly opened design is validated once its canvas has drawn: edits start from its result.
    await app.waitForFunction(() =>
      /errors/.test(
        document.querySelector('[data-testid="validation-summary"]')?.textContent ?? '',
      ),
    );
    const at = await nodePoint(app, target, header);
    await app.mouse.click(at.x, at.y);
    const hostname = app.getByTestId('hostname');
    const feedbacks: number[] = [];
    // Alternate an invalid and a valid name, so every Enter changes the error count.
    for (let i = 0; i < 7; i++) {
      await hostname.fill(i % 2 === 0 ? `bench_node_${i}` : `bench-node-${i}`);
      await hostname.evaluate((input) => {
        const w = window as unknown as { __enter: number; __shown: Promise<number> };
        const summary = document.querySelector('[data-testid="validation-summary"]')!;
        const before = summary.textContent;
        input.addEventListener('keydown', () => (w.__enter = performance.now()), {
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
      });
      await hostname.press('Enter');
      feedbacks.push(
        await app.evaluate(async () => {
          const w = window as unknown as { __enter: number; __shown: Promise<number> };
          return (await w.__shown) - w.__enter;
        }),
      );
    }
    const feedback = median(feedbacks);

    return {
      devices: design.devices.length,
      cables: design.cables.length,
      zoom: viewport.zoom,
      firstRender: {
        app: median(firstApp),
        bare: median(firstBare),
        appRuns: firstApp,
        bareRuns: firstBare,
      },
      drag,
      pan,
      feedback,
    };
  } finally {
    await browser.close();
    await bareServer.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
