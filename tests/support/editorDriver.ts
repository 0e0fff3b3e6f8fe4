import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** Clicks through the menu bar: the menu, any submenus (hovered, as a user opens them), the item. */
export async function menu(page: Page, top: string, ...path: Array<RegExp | string>) {
  await page.getByRole('menuitem', { name: top, exact: true }).click();
  for (const [i, name] of path.entries()) {
    const item = page.getByRole('menuitem', { name, exact: typeof name === 'string' });
    if (i < path.length - 1) await item.hover();
    else await item.click();
  }
}

/**
 * Names a file (or a folder, for exports that write one) in the app's own file picker and
 * presses Open or Save; returns once the picker has closed.
 */
export async function pickFile(page: Page, name: string, button: 'Open' | 'Save') {
  const picker = page.getByTestId('file-picker');
  await picker.waitFor();
  await picker.getByLabel('File name').fill(name);
  await picker.getByRole('button', { name: button, exact: true }).click();
  await picker.waitFor({ state: 'detached' });
}

/**
 * What a user does in the editor, as Playwright steps: drop a model from the palette, draw a
 * cable from port to port, select devices, pick ports. Shared by the editor's E2E tests.
 */
export function editorDriver(currentPage: () => Page) {
  // A getter: test files open their page in beforeAll, after the driver is made.
  const page = currentPage;
  const summary = () => page().getByTestId('validation-summary').textContent();
  const problems = () => page().getByTestId('problems').textContent();

  async function dropModel(model: string, x: number, y: number): Promise<void> {
    const before = await page().locator('.react-flow__node').count();
    await page()
      .locator(`[data-model="${model}"]`)
      .dragTo(page().locator('.react-flow__pane'), { targetPosition: { x, y } });
    await expect.poll(() => page().locator('.react-flow__node').count()).toBe(before + 1);
  }

  const handle = (device: string, port: string) =>
    page().locator(`[data-device="${device}"] [data-port="${port}"] .react-flow__handle`);

  /** Drags from one port's jack to another's, the way a user draws a cable. */
  async function dragCable(from: [string, string], to: [string, string]): Promise<void> {
    // Two frames first: React Flow re-measures the ports of a node the last cable changed in
    // the next frame, and a drop before that finds no port under it. No hand is that quick;
    // a test on a loaded machine is.
    await page().evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    const a = await handle(...from).boundingBox();
    const b = await handle(...to).boundingBox();
    if (!a || !b) throw new Error(`port not on screen: ${from.join(' ')} or ${to.join(' ')}`);
    await page().mouse.move(a.x + a.width / 2, a.y + a.height / 2);
    await page().mouse.down();
    await page().mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 12 });
    await page().mouse.up();
  }

  const layouts = () => page().locator('.react-flow').getAttribute('data-auto-layouts');

  /**
   * View > Auto Layout, and wait until it rests: the layout runs asynchronously and fit view
   * animates, and a click before that lands where a device used to be.
   */
  async function autoLayout(): Promise<void> {
    const before = Number(await layouts());
    await page().keyboard.press('Control+Shift+l');
    await expect.poll(layouts, { timeout: 15_000 }).toBe(String(before + 1));
  }

  /** Ctrl+S on an unsaved design: names it in the file picker and waits for the title to show it. */
  async function saveAs(name: string): Promise<void> {
    await page().keyboard.press('Control+s');
    await pickFile(page(), name, 'Save');
    await expect
      .poll(() => page().getByTestId('file-name').textContent())
      .toBe(`${name}.clusterwire`);
  }

  /**
   * Clicks the empty canvas: nothing selected, the inspector shows the design. Empty means a
   * spot where the pane itself is hit, found once the view rests: a zoomed-in view (Find Device
   * zooms to its device) can put a cable or a node anywhere, a fixed corner included, and a
   * click there selects it.
   */
  async function clearSelection(): Promise<void> {
    const spot = await page().evaluate(async () => {
      const frame = () => new Promise((next) => requestAnimationFrame(next));
      const viewport = document.querySelector('.react-flow__viewport');
      const transform = () => (viewport as HTMLElement | null)?.style.transform;
      for (let last = transform(), still = 0; still < 3;) {
        await frame();
        const now = transform();
        still = now === last ? still + 1 : 0;
        last = now;
      }
      const pane = document.querySelector('.react-flow__pane')!;
      const box = pane.getBoundingClientRect();
      for (let y = 8; y < box.height; y += 16)
        for (let x = 8; x < box.width; x += 16)
          if (document.elementFromPoint(box.left + x, box.top + y) === pane) return { x, y };
      return null;
    });
    if (!spot) throw new Error('no empty spot on the canvas to click');
    await page().locator('.react-flow__pane').click({ position: spot });
  }

  async function selectDevice(id: string, add = false): Promise<void> {
    const header = page().locator(`[data-device="${id}"] .cw-device-hostname`);
    if (add) return header.click({ modifiers: ['Shift'] });
    // A click on a node that is part of a multi-selection keeps the others: clear first.
    await clearSelection();
    await header.click();
  }

  /** Ticks ports in the selected device's port table (picked ports make LAGs, or share a config). */
  async function pickPorts(...ports: string[]): Promise<void> {
    for (const port of ports) await page().getByLabel(`Pick ${port}`, { exact: true }).check();
  }

  /** Fills a text field by its label inside `scope` and commits it with Enter. */
  async function fill(scope: Locator, label: string, value: string) {
    const field = scope.getByLabel(label, { exact: true });
    await field.fill(value);
    await field.press('Enter');
  }

  /** The canvas's zoom, read from its viewport's transform. */
  const zoom = () =>
    page()
      .locator('.react-flow__viewport')
      .evaluate((el) => new DOMMatrixReadOnly(getComputedStyle(el).transform).a);

  return {
    summary,
    problems,
    zoom,
    dropModel,
    handle,
    dragCable,
    autoLayout,
    saveAs,
    clearSelection,
    selectDevice,
    pickPorts,
    fill,
  };
}
