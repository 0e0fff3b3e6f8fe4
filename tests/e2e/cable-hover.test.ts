import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEDIA_STYLE } from '../../shared/export/visual';
import { serializeDesign, template } from '../support/designs';
import { openEditor } from '../support/editorSession';
import type { EditorSession } from '../support/editorSession';

let session: EditorSession;
let page: Page;
beforeAll(async () => {
  session = await openEditor('cw-hover-', {
    files: { 'ref.clusterwire': serializeDesign(template()) },
    args: ['ref.clusterwire'],
  });
  page = session.page;
});
afterAll(() => session?.close());

/** The screen point halfway along the nth cable's drawn path. */
const middleOf = (n: number) =>
  page.evaluate((index) => {
    const path = document.querySelectorAll<SVGPathElement>('.react-flow__edge-path')[index]!;
    const point = path.getPointAtLength(path.getTotalLength() / 2);
    const m = path.getScreenCTM()!;
    return { x: point.x * m.a + m.e, y: point.y * m.d + m.f };
  }, n);

describe('a cable under the pointer (serve mode, Debian Chromium)', () => {
  it('shows its media, length and label, and hides them when the pointer leaves', async () => {
    await page.waitForFunction(
      (n) => document.querySelectorAll('.react-flow__edge').length === n,
      template().cables.length,
    );
    const label = page.getByTestId('edge-label');
    expect(await label.count()).toBe(0);
    const cableId = await page.locator('.react-flow__edge').nth(5).getAttribute('data-id');
    const cable = template().cables.find((c) => c.id === cableId)!;
    const at = await middleOf(5);
    await page.mouse.move(at.x, at.y);
    await expect.poll(() => label.count()).toBe(1);
    expect(await label.textContent()).toBe(
      `${MEDIA_STYLE[cable.media].label} · ${cable.lengthM} m · ${cable.label}`,
    );
    await page.mouse.move(5, at.y);
    await expect.poll(() => label.count()).toBe(0);
    expect(session.pageErrors).toEqual([]);
  });

  it('forgets a cable deleted under the pointer: undone, it comes back without its label', async () => {
    const edges = () => page.locator('.react-flow__edge').count();
    const before = await edges();
    const at = await middleOf(5);
    await page.mouse.move(at.x, at.y);
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => page.locator('.react-flow__edge.selected').count()).toBe(1);
    await page.keyboard.press('Delete');
    await expect.poll(edges).toBe(before - 1);
    await page.mouse.move(5, at.y);
    await page.keyboard.press('Control+z');
    await expect.poll(edges).toBe(before);
    await page.mouse.move(5, at.y + 20);
    await expect.poll(() => page.getByTestId('edge-label').count()).toBe(0);
    expect(session.pageErrors).toEqual([]);
  });
});
