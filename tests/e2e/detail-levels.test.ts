import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NODE, PORTS_TOP, deviceBox } from '../../shared/export/geometry';
import { serializeDesign, template } from '../support/designs';
import { editorDriver } from '../support/editorDriver';
import { openEditor } from '../support/editorSession';
import type { EditorSession } from '../support/editorSession';

// A card keeps its size at every detail level (DeviceNodeView): React Flow is not told that
// cards changed size when the zoom crosses a level, the cable stubs and the export rely on the
// same geometry (shared/export/geometry.ts), and a card that changed size would make the
// cables around it jump.

const design = template();
let session: EditorSession;
let page: Page;
beforeAll(async () => {
  session = await openEditor('cw-levels-', {
    files: { 'ref.clusterwire': serializeDesign(design) },
    args: ['ref.clusterwire'],
  });
  page = session.page;
  await page.waitForFunction(
    (n) => document.querySelectorAll('.react-flow__edge').length === n,
    design.cables.length,
  );
});
afterAll(() => session?.close());

interface Card {
  id: string;
  width: number;
  height: number;
  handles: Array<{ id: string; x: number; y: number; width: number; height: number }>;
}

/** Every card and its handles, relative to the card, in canvas units (unzoomed). */
const cards = () =>
  page.evaluate(() => {
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport')!;
    const zoom = new DOMMatrixReadOnly(getComputedStyle(viewport).transform).a;
    return [...document.querySelectorAll('.react-flow__node')].map((node): Card => {
      const card = node.getBoundingClientRect();
      return {
        id: node.getAttribute('data-id')!,
        width: card.width / zoom,
        height: card.height / zoom,
        handles: [...node.querySelectorAll('.react-flow__handle')].map((h) => {
          const r = h.getBoundingClientRect();
          return {
            id: h.getAttribute('data-handleid')!,
            x: (r.left - card.left) / zoom,
            y: (r.top - card.top) / zoom,
            width: r.width / zoom,
            height: r.height / zoom,
          };
        }),
      };
    });
  });

const ui = editorDriver(() => page);

/** Turns the wheel over the canvas until the zoom is below `below`. */
async function zoomOutBelow(below: number) {
  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
  for (let i = 0; i < 60 && (await ui.zoom()) >= below; i++) {
    await page.mouse.wheel(0, 120);
    await page.waitForTimeout(50);
  }
  expect(await ui.zoom()).toBeLessThan(below);
}

function expectDrawnSizes(drawn: Card[]) {
  expect(drawn).toHaveLength(design.devices.length);
  for (const card of drawn) {
    const box = deviceBox(design.devices.find((d) => d.id === card.id)!);
    expect(card.width, card.id).toBeCloseTo(box.width, 2);
    expect(card.height, card.id).toBeCloseTo(box.height, 2);
  }
}

describe('cards at each detail level (serve mode, Debian Chromium)', () => {
  it('keep the size of the drawn geometry as the zoom crosses each level', async () => {
    // Every port with its name from zoom 0.5 on (the fitted view may be further out).
    for (let i = 0; i < 10 && (await ui.zoom()) < 0.5; i++) {
      await page.keyboard.press('Control+=');
      await page.waitForTimeout(300);
    }
    expect(await ui.zoom()).toBeGreaterThanOrEqual(0.5);
    await expect.poll(() => page.locator('.cw-port-compact').count()).toBe(0);
    expectDrawnSizes(await cards());
    await zoomOutBelow(0.5);
    await expect.poll(() => page.locator('.cw-port-compact').count()).toBeGreaterThan(0);
    expectDrawnSizes(await cards());
    await zoomOutBelow(0.2);
    await expect.poll(() => page.locator('.cw-far').count()).toBe(design.devices.length);
    expectDrawnSizes(await cards());
    expect(session.pageErrors).toEqual([]);
  });

  it('far out, attach cables to the middle of the port block, top and bottom', async () => {
    for (const card of await cards()) {
      const box = deviceBox(design.devices.find((d) => d.id === card.id)!);
      const centre = (h: Card['handles'][number]) => [h.x + h.width / 2, h.y + h.height / 2];
      const top = card.handles.find((h) => h.id === '@top')!;
      const bottom = card.handles.find((h) => h.id === '@bottom')!;
      expect(card.handles).toHaveLength(2);
      expect(centre(top)[0]).toBeCloseTo(box.width / 2, 2);
      expect(centre(top)[1]).toBeCloseTo(PORTS_TOP, 2);
      expect(centre(bottom)[0]).toBeCloseTo(box.width / 2, 2);
      expect(centre(bottom)[1]).toBeCloseTo(box.height - NODE.padBottom, 2);
    }
    // The hostname is there as the card's tooltip.
    const first = design.devices[0]!;
    expect(await page.locator(`[data-device="${first.id}"]`).getAttribute('title')).toBe(
      first.hostname,
    );
    expect(session.pageErrors).toEqual([]);
  });
});
