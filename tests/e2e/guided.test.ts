import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Design } from '../../shared/model';
import { serializeDesign, template } from '../support/designs';
import { editorDriver } from '../support/editorDriver';
import { ARTIFACTS, openEditor } from '../support/editorSession';
import type { EditorSession } from '../support/editorSession';

/**
 * The guided editing of issue 13 in the browser: one-click fixes from the problems panel,
 * grouped findings, Find Device (Ctrl+F), deleting a network, the wizard at 32 nodes.
 */
function broken(): Design {
  const d = template();
  // Node 1's switch side is gone; node 2's trunk misses VLAN 70; node 3's bond has slow LACP.
  d.lags = d.lags.filter((l) => l.id !== 'lag-core-node1');
  d.lags.find((l) => l.id === 'lag-core-node2')!.config!.taggedVlans = [51, 60, 61, 100];
  delete d.lags.find((l) => l.id === 'lag-node3-bond0')!.lacpRate;
  // Every node's BMC unplugged: three findings that say the same thing.
  d.cables = d.cables.filter((c) => !c.label?.endsWith('-IDRAC'));
  return d;
}

let session: EditorSession;
let page: Page;
beforeAll(async () => {
  session = await openEditor('cw-guided-', {
    files: { 'broken.clusterwire': serializeDesign(broken()) },
    args: ['broken.clusterwire'],
  });
  page = session.page;
});
afterAll(() => session?.close());
const ui = editorDriver(() => page);

describe('guided editing (serve mode, Debian Chromium)', () => {
  it('groups identical findings and fixes mechanical problems in one click each, one undo step each', async () => {
    // Generous: the first load shares two cores with the server and other test files.
    await expect.poll(() => page.locator('.react-flow__node').count(), { timeout: 30_000 }).toBe(8);
    const group = page.getByTestId('finding-group').filter({ hasText: 'mgmt.bmc-not-connected' });
    await expect.poll(() => group.textContent(), { timeout: 10_000 }).toMatch(/^▸ 3×/);
    await group.getByRole('button').first().click();
    await expect.poll(() => group.locator('.cw-finding').count()).toBe(3);
    await page.screenshot({ path: `${ARTIFACTS}/guided-1-findings.png` });

    const before = await ui.summary();
    const fixes = page.getByTestId('quick-fix');
    await expect.poll(() => fixes.count()).toBeGreaterThanOrEqual(3);
    const labels = await fixes.allTextContents();
    expect(labels).toContain('Fix: Create the switch-side MLAG LAG');
    expect(labels).toContain('Fix: Allow VLAN 70 on LAG pve-02-bond0');
    expect(labels.some((l) => l.startsWith('Fix: Set LACP fast rate on bond0'))).toBe(true);

    // Both legs of pve-02's bond report the missing VLAN; one fix serves both.
    await page
      .getByRole('button', { name: 'Fix: Allow VLAN 70 on LAG pve-02-bond0' })
      .first()
      .click();
    await expect.poll(ui.problems).not.toContain('Allow VLAN 70 on LAG pve-02-bond0');
    // One undo step brings the problem back, redo fixes it again.
    await page.keyboard.press('Control+z');
    await expect.poll(ui.summary).toBe(before);
    await page.keyboard.press('Control+y');
    await expect.poll(ui.problems).not.toContain('Allow VLAN 70 on LAG pve-02-bond0');

    await page
      .getByRole('button', { name: 'Fix: Create the switch-side MLAG LAG' })
      .first()
      .click();
    await page
      .getByRole('button', { name: /^Fix: Set LACP fast rate on bond0/ })
      .first()
      .click();
    await expect.poll(() => fixes.count()).toBe(0);
    // What is left is the unplugged BMCs: no errors.
    await expect.poll(ui.summary).toMatch(/^0 errors/);
    await page.screenshot({ path: `${ARTIFACTS}/guided-2-fixed.png` });
  }, 60_000);

  it('finds a device by hostname with Ctrl+F and selects it', async () => {
    await ui.clearSelection();
    await page.keyboard.press('Control+f');
    const find = page.getByTestId('find-device');
    await find.getByRole('searchbox').fill('pve-0');
    await expect
      .poll(() => find.getByRole('option').allTextContents())
      .toEqual([
        expect.stringMatching(/^pve-01/),
        expect.stringMatching(/^pve-02/),
        expect.stringMatching(/^pve-03/),
      ]);
    await page.keyboard.press('ArrowDown');
    await page.screenshot({ path: `${ARTIFACTS}/guided-3-find.png` });
    await page.keyboard.press('Enter');
    await expect.poll(() => find.count()).toBe(0);
    await expect.poll(() => page.getByTestId('hostname').inputValue()).toBe('pve-02');
  });

  it('deletes a network after saying what goes with it; undo brings it back', async () => {
    await ui.clearSelection();
    const networks = page.getByTestId('network');
    const count = await networks.count();
    await page.getByRole('button', { name: 'Delete network Migration' }).click();
    const dialog = page.getByTestId('ask-dialog');
    await expect
      .poll(() => dialog.textContent())
      .toContain('3 attachments on 3 devices go with it');
    await expect.poll(() => dialog.textContent()).toContain('VLAN 70 is allowed on');
    await dialog.getByRole('button', { name: 'Delete and remove VLAN 70' }).click();
    await expect.poll(() => networks.count()).toBe(count - 1);
    await page.keyboard.press('Control+z');
    await expect.poll(() => networks.count()).toBe(count);
    expect(session.pageErrors).toEqual([]);
  });

  it('the wizard makes a 32-node design without errors, servers in rows', async () => {
    await page.keyboard.press('Alt+n');
    // The fixes above are unsaved: leave them.
    const ask = page.getByTestId('ask-dialog');
    await ask.or(page.getByTestId('wizard')).first().waitFor();
    if (await ask.isVisible()) await ask.getByRole('button', { name: "Don't Save" }).click();
    const wizard = page.getByTestId('wizard');
    await wizard.getByLabel('Nodes', { exact: true }).fill('32');
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    await expect
      .poll(() => page.locator('.react-flow__node').count(), { timeout: 30_000 })
      .toBe(38);
    await expect.poll(ui.summary, { timeout: 30_000 }).toMatch(/^0 errors · 0 warnings/);
    await ui.autoLayout();
    await page.screenshot({ path: `${ARTIFACTS}/guided-4-wizard-32.png` });
    expect(session.pageErrors).toEqual([]);
  }, 120_000);
});
