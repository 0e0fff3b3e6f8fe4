import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDesign } from '../../shared/format';
import { summarize, validate } from '../../shared/rules';
import { editorDriver } from '../support/editorDriver';
import { ARTIFACTS, openEditor } from '../support/editorSession';
import type { EditorSession } from '../support/editorSession';

let session: EditorSession;
let page: Page;
beforeAll(async () => {
  session = await openEditor('cw-editor-');
  page = session.page;
});
afterAll(() => session?.close());

const { summary, problems, dropModel, handle, dragCable, autoLayout, saveAs, selectDevice, fill } =
  editorDriver(() => page);

describe('the editor end to end (serve mode, Debian Chromium)', () => {
  it('builds an MLAG core from an empty canvas by drag and drop, from problems to clean', async () => {
    await page.getByTestId('welcome').waitFor();
    await page.getByRole('button', { name: /Empty design/ }).click();
    await page.getByTestId('palette').waitFor();
    // A new document is validated once its canvas has drawn.
    await expect.poll(summary).toBe('0 errors · 0 warnings · 0 infos');

    await dropModel('nvidia-sn2010', 40, 80);
    await dropModel('nvidia-sn2010', 540, 80);
    await dropModel('aruba-1930-24g', 260, 360);
    // Auto layout puts the pair and the management switch in one row, apart.
    await autoLayout();
    await expect.poll(problems).toContain('no MLAG pair among them');
    await expect.poll(problems).toContain('core-01 has no management port (eth0) cabled');
    expect(await summary()).toBe('0 errors · 3 warnings · 0 infos');

    // Two switches selected: make them an MLAG pair; now the pair lacks its peer link.
    await selectDevice('core-1');
    await selectDevice('core-2', true);
    await page.getByTestId('make-mlag').click();
    // Guided MLAG proposes a peer link; this test makes the pair alone and the peer link by hand.
    await page.getByTestId('peer-link-dialog').getByTestId('pair-only').click();
    await expect.poll(problems).toContain('has no peer-link LAG');
    // ...and a keepalive path apart from the peer link (set once the management network exists).
    await expect.poll(problems).toContain('no keepalive path is declared');
    expect(await summary()).toBe('1 error · 3 warnings · 0 infos');
    await page.screenshot({ path: `${ARTIFACTS}/editor-1-errors.png` });

    // A refused connection says why while dragging, and creates nothing.
    const a = await handle('core-1', 'swp1').boundingBox();
    const b = await handle('mgmt-1', '3').boundingBox();
    await page.mouse.move(a!.x + a!.width / 2, a!.y + a!.height / 2);
    await page.mouse.down();
    await page.mouse.move(b!.x + b!.width / 2, b!.y + b!.height / 2, { steps: 12 });
    await expect
      .poll(() => page.getByTestId('connect-hint').textContent())
      .toMatch(
        /^Cannot connect: form factor mismatch: core-01 swp1 is SFP28, mgmt-sw-01 \d+ is RJ45/,
      );
    await page.screenshot({ path: `${ARTIFACTS}/editor-2-refused.png` });
    await page.mouse.up();
    expect(await page.locator('.react-flow__edge').count()).toBe(0);

    // The peer link: two cables, then a LAG of the four ports, marked as the peer link.
    await dragCable(['core-1', 'swp21'], ['core-2', 'swp21']);
    await dragCable(['core-1', 'swp22'], ['core-2', 'swp22']);
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(2);
    await selectDevice('core-1');
    await page.getByLabel('Pick swp21').check();
    await page.getByLabel('Pick swp22').check();
    await selectDevice('core-2');
    await page.getByLabel('Pick swp21').check();
    await page.getByLabel('Pick swp22').check();
    await page.getByTestId('create-lag').click();
    await page.getByRole('button', { name: 'Po1' }).first().click();
    await page.getByTestId('peer-link').check();
    await expect.poll(summary).toBe('0 errors · 3 warnings · 2 infos');

    // Management ports to the management switch.
    await dragCable(['core-1', 'eth0'], ['mgmt-1', '1']);
    await dragCable(['core-2', 'eth0'], ['mgmt-1', '2']);
    await expect.poll(summary).toBe('0 errors · 1 warning · 2 infos');

    // The copper peer-link cables draw an info: make them fiber in the cable inspector.
    // A cable is selected on the canvas, or from its port in the device inspector.
    await selectDevice('core-1');
    await page.getByTestId('cable-of-swp21').click();
    await page.getByTestId('cable-media').selectOption('mmf-om4');
    await selectDevice('core-1');
    await page.getByTestId('cable-of-swp22').click();
    // Every drawn cable has a label, unique: another cable's is refused, naming that cable.
    const label = page.getByTestId('cable-label');
    expect(await label.inputValue()).toBe('PEER-2');
    await label.fill('peer-1');
    await expect
      .poll(() => page.getByTestId('cable-inspector').textContent())
      .toContain('“peer-1” is already the label of core-01:swp21 ↔ core-02:swp21');
    await label.press('Escape');
    await page.getByTestId('cable-media').selectOption('mmf-om4');
    // A drawn cable has the default length (2 m), marked as an estimate; entering a length clears
    // it, even the same 2 m once measured (Enter confirms it).
    expect(await page.getByTestId('cable-length-estimated').isChecked()).toBe(true);
    await page.getByTestId('cable-length').fill('2');
    await page.getByTestId('cable-length').press('Enter');
    await expect.poll(() => page.getByTestId('cable-length-estimated').isChecked()).toBe(false);
    await expect.poll(summary).toBe('0 errors · 1 warning · 0 infos');

    // Networks are designed in the inspector with nothing selected.
    await page.locator('.react-flow__pane').click({ position: { x: 30, y: 30 } });
    await page.getByRole('button', { name: 'Add network' }).click();
    const network = page.getByTestId('network').first();
    await network.getByLabel('Name').fill('Management');
    await network.getByLabel('Name').press('Enter');
    // Not a number: shown as invalid in the field, never written to the design.
    await network.getByLabel('VLAN').fill('ten');
    await expect.poll(() => network.textContent()).toContain('expected number');
    expect(await network.getByLabel('VLAN').getAttribute('aria-invalid')).toBe('true');
    // A number out of range is representable: it is written, and the rule flags it.
    await network.getByLabel('VLAN').fill('5000');
    await network.getByLabel('VLAN').press('Enter');
    await expect.poll(summary).toMatch(/^1 error · /);
    await network.getByLabel('VLAN').fill('10');
    await network.getByLabel('VLAN').press('Enter');
    await expect.poll(summary).toBe('0 errors · 1 warning · 0 infos');

    // The keepalive: each core switch gets an address on the management network (on its
    // management port), and the peer link's inspector names that network.
    for (const [core, address] of [
      ['core-1', '10.10.10.5'],
      ['core-2', '10.10.10.6'],
    ] as const) {
      await selectDevice(core);
      await page.getByTestId('add-attachment').click();
      const row = page.getByTestId('attachment').first();
      await row.getByLabel('Network', { exact: true }).selectOption('net-1');
      await row.getByLabel('Via', { exact: true }).selectOption('port:eth0');
      await fill(row, 'Address', address);
    }
    await selectDevice('core-1');
    await page.getByTestId('lag-of-swp21').click();
    await page.getByTestId('mlag-keepalive').selectOption('net-1');
    await expect.poll(summary).toBe('0 errors · 0 warnings · 0 infos');
    await expect.poll(problems).toContain('No problems');
    await page.screenshot({ path: `${ARTIFACTS}/editor-3-clean.png` });

    // Saved, the file is the design the canvas shows, and it validates clean.
    await saveAs('core');
    const loaded = loadDesign(readFileSync(join(session.folder, 'core.clusterwire'), 'utf8'));
    expect(loaded.ok).toBe(true);
    if (loaded.ok) {
      expect(loaded.design.devices.map((d) => d.hostname)).toEqual([
        'core-01',
        'core-02',
        'mgmt-sw-01',
      ]);
      expect(loaded.design.cables).toHaveLength(4);
      const measured = loaded.design.cables.filter((c) => !c.lengthEstimated);
      expect(measured.map((c) => [c.a.port, c.b.port, c.lengthM])).toEqual([['swp22', 'swp22', 2]]);
      expect(loaded.design.mlagPairs[0]!.peerLinkLag).toBe(loaded.design.lags[0]!.id);
      expect(loaded.design.networks[0]).toMatchObject({ name: 'Management', vlan: 10 });
      expect(summarize(validate(loaded.design))).toMatchObject({
        errors: 0,
        warnings: 0,
        infos: 0,
      });
    }
    expect(session.pageErrors).toEqual([]);
  }, 60_000);

  it('undo and redo round-trip edits; shortcuts duplicate, delete and show the cheat sheet', async () => {
    const devices = () => page.locator('.react-flow__node').count();
    expect(await devices()).toBe(3);
    await selectDevice('mgmt-1');
    await page.keyboard.press('Control+d');
    await expect.poll(devices).toBe(4);
    await expect
      .poll(() => page.locator('.cw-device-hostname').allTextContents())
      .toContain('mgmt-sw-02');
    await page.keyboard.press('Delete');
    await expect.poll(devices).toBe(3);
    await page.keyboard.press('Control+z');
    await expect.poll(devices).toBe(4);
    await page.keyboard.press('Control+z');
    await expect.poll(devices).toBe(3);
    await page.keyboard.press('Control+y');
    await expect.poll(devices).toBe(4);
    await page.keyboard.press('Control+z');
    await expect.poll(devices).toBe(3);
    expect(await summary()).toBe('0 errors · 0 warnings · 0 infos');

    // Arrow keys nudge the selection; nudges in a row are one undoable edit.
    await selectDevice('mgmt-1');
    const where = () =>
      page
        .locator('.react-flow__node[data-id="mgmt-1"]')
        .evaluate((el) => (el as HTMLElement).style.transform);
    const before = await where();
    await page.keyboard.press('ArrowRight');
    await expect.poll(where).not.toBe(before);
    const once = await where();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    await expect.poll(where).not.toBe(once);
    await page.keyboard.press('Control+z');
    await expect.poll(where).toBe(before);
    // A mouse drag is one undo step too.
    const header = (await page
      .locator('[data-device="mgmt-1"] .cw-device-hostname')
      .boundingBox())!;
    await page.mouse.move(header.x + 4, header.y + 4);
    await page.mouse.down();
    await page.mouse.move(header.x + 80, header.y + 40, { steps: 8 });
    await page.mouse.up();
    await expect.poll(where).not.toBe(before);
    // The move is committed when the button is released; two frames are let pass anyway, as this
    // undo failed once under full load and the cause was not found.
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    await page.keyboard.press('Control+z');
    await expect.poll(where).toBe(before);

    await page.keyboard.press('Shift+?');
    await page.getByTestId('shortcuts').waitFor();
    expect(await page.getByTestId('shortcuts').textContent()).toContain('Duplicate');
    await page.keyboard.press('Escape');
    await page.getByTestId('shortcuts').waitFor({ state: 'detached' });
    expect(session.pageErrors).toEqual([]);
  }, 60_000);
});
