import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
    expect(await label.textContent()).toContain(`${cable.lengthM} m · ${cable.label}`);
    await page.mouse.move(5, at.y);
    await expect.poll(() => label.count()).toBe(0);
  });
});
