import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeDesign } from '../../shared/format';
import type { Design } from '../../shared/model';
import { ARTIFACTS } from '../support/browser';
import { template } from '../support/designs';
import { menu, pickFile } from '../support/editorDriver';
import { json0Of, reportsOf, rewire, wiresOf } from '../support/lldp';
import { serveFixture } from '../support/serveFixture';

// Only uncaught page errors fail this file's tests; its console errors are not checked.
const app = serveFixture({ prefix: 'cw-e2e-compare-' });

/** The previous revision: the reference design with a fourth node that the open one dropped. */
function previousRevision(): Design {
  const design = template();
  const node3 = design.devices.find((d) => d.id === 'node-3')!;
  design.devices.push({
    ...structuredClone(node3),
    id: 'node-4',
    hostname: 'pve-04',
    attachments: [],
  });
  const at = design.layout.positions['node-3'] ?? { x: 0, y: 0 };
  design.layout.positions['node-4'] = { x: at.x + 200, y: at.y };
  design.cables.push({
    id: 'cab-node4-core1',
    a: { device: 'node-4', port: 'ens1f0' },
    b: { device: 'core-1', port: 'swp4' },
    media: 'dac-passive',
    lengthM: 3,
    label: 'N4-A',
  });
  return design;
}

/** The open revision: N1-A moved to swp5, the management VLAN renumbered. */
function currentRevision(): Design {
  const design = template();
  design.cables.find((c) => c.label === 'N1-A')!.b.port = 'swp5';
  design.networks.find((n) => n.id === 'net-mgmt')!.vlan = 11;
  return design;
}

describe('comparison overlay in serve mode', () => {
  it('colours a revision diff with ghosts, and every cable with its LLDP result', async () => {
    const folder = app.folder;
    const current = currentRevision();
    writeFileSync(join(folder, 'design.clusterwire'), serializeDesign(current));
    writeFileSync(join(folder, 'previous.clusterwire'), serializeDesign(previousRevision()));
    // As built: pve-02's two uplinks swapped, N3-B never plugged in.
    let wires = rewire(wiresOf(current), { host: 'pve-02', port: 'ens1f0' });
    wires = rewire(wires, { host: 'pve-02', port: 'ens1f1' });
    wires.push(
      { a: { host: 'pve-02', port: 'ens1f0' }, b: { host: 'core-02', port: 'swp2' } },
      { a: { host: 'pve-02', port: 'ens1f1' }, b: { host: 'core-01', port: 'swp2' } },
    );
    wires = rewire(wires, { host: 'pve-03', port: 'ens1f1' });
    mkdirSync(join(folder, 'lldp'));
    for (const report of reportsOf(current, wires)) {
      writeFileSync(join(folder, 'lldp', report.source), json0Of(report.neighbors));
    }

    const server = await app.serve(['design.clusterwire']);
    const page = await app.openApp(server.url);
    await page.locator('.cw-device-hostname').first().waitFor();

    // Compare with File…: the previous revision.
    await menu(page, 'File', 'Compare with File…');
    await pickFile(page, 'previous.clusterwire', 'Open');
    const panel = page.getByTestId('compare-panel');
    await panel.waitFor();
    await expect
      .poll(() => page.getByTestId('compare-summary').textContent())
      .toBe('4 changes (2 removed, 1 changed, 1 moved)');
    await expect.poll(() => page.getByTestId('ghost-node').textContent()).toContain('pve-04');
    expect(await page.locator('.react-flow__edge.cw-overlay-changed').count()).toBe(1);
    await panel.getByText('cable N1-A moved from core-01:swp1 to core-01:swp5').click();
    await expect
      .poll(() => page.locator('.react-flow__edge.selected').getAttribute('data-id'))
      .toBe('cab-node1-core1');
    await page.screenshot({ path: join(ARTIFACTS, 'compare-diff.png') });
    // A removed device cannot be selected: picking it zooms to its ghost.
    const ghostWidth = async () => (await page.getByTestId('ghost-node').boundingBox())?.width ?? 0;
    const before = await ghostWidth();
    await panel.getByText(/^device pve-04 removed/).click();
    await expect.poll(ghostWidth).toBeGreaterThan(before * 1.2);
    await page.screenshot({ path: join(ARTIFACTS, 'compare-ghost.png') });
    // The removed cable N4-A: a dashed ghost edge from pve-04's ghost to core-01, not
    // selectable; picking it in the list zooms to both its ends.
    const ghostEdge = page.locator('[data-testid="ghost-edge"][data-id="cab-node4-core1"]');
    await ghostEdge.waitFor();
    expect(await page.getByTestId('ghost-edge').count()).toBe(1);
    expect(await ghostEdge.locator('path').getAttribute('d')).toMatch(/^M[\d.-]+,[\d.-]+ C/);
    // Zooming to the cable centres the pane on its two ends, the ghost and core-01.
    const offCentre = async () => {
      const pane = await page.locator('.react-flow').boundingBox();
      const ghost = await page.getByTestId('ghost-node').boundingBox();
      const core = await page.locator('.react-flow__node[data-id="core-1"]').boundingBox();
      if (!pane || !ghost || !core) return Infinity;
      const left = Math.min(ghost.x, core.x);
      const right = Math.max(ghost.x + ghost.width, core.x + core.width);
      const top = Math.min(ghost.y, core.y);
      const bottom = Math.max(ghost.y + ghost.height, core.y + core.height);
      return Math.hypot(
        (left + right) / 2 - (pane.x + pane.width / 2),
        (top + bottom) / 2 - (pane.y + pane.height / 2),
      );
    };
    // Both moves are animated: each is read once the view has stopped moving, which on a busy
    // machine takes longer than the animation's own quarter second.
    const settled = async () => {
      let last = await offCentre();
      for (;;) {
        await page.waitForTimeout(150);
        const now = await offCentre();
        if (Math.abs(now - last) < 0.5) return now;
        last = now;
      }
    };
    await page.keyboard.press('Control+0');
    await expect.poll(settled, { timeout: 10_000 }).toBeGreaterThan(40);
    await panel.getByText(/^cable N4-A removed/).click();
    await expect.poll(settled, { timeout: 10_000 }).toBeLessThan(8);
    expect(await page.locator('.react-flow__edge.selected').count()).toBe(0);
    await page.screenshot({ path: join(ARTIFACTS, 'compare-ghost-cable.png') });

    // An edit after the comparison: the list says so and compares again on request.
    const name = page.getByLabel('Design name');
    await name.fill('Rack B');
    await name.press('Enter');
    await panel.getByRole('button', { name: 'Compare again' }).click();
    await expect
      .poll(() => page.getByTestId('compare-summary').textContent())
      .toBe('5 changes (2 removed, 2 changed, 1 moved)');
    await expect.poll(() => panel.getByText('design: name').count()).toBe(1);
    expect(await panel.getByRole('button', { name: 'Compare again' }).count()).toBe(0);

    // Clear, then Check Cabling… with all the LLDP files of the lldp folder.
    await menu(page, 'File', 'Clear Comparison');
    await panel.waitFor({ state: 'detached' });
    expect(await page.getByTestId('ghost-node').count()).toBe(0);
    await menu(page, 'File', 'Check Cabling…');
    const lldp = page.getByTestId('lldp-picker');
    await lldp.getByRole('option', { name: /lldp/ }).click();
    await lldp.getByRole('button', { name: 'Select All' }).click();
    await lldp.getByRole('button', { name: /^Check 8 files$/ }).click();
    await panel.waitFor();
    await expect
      .poll(() => page.getByTestId('compare-summary').textContent())
      .toBe('23 ok, 1 missing, 2 swapped');
    expect(await page.locator('.react-flow__edge.cw-overlay-warn').count()).toBe(2);
    expect(await page.locator('.react-flow__edge.cw-overlay-bad').count()).toBe(1);
    expect(await page.locator('.react-flow__edge.cw-overlay-ok').count()).toBe(23);
    await expect.poll(() => panel.locator('.cw-compare-item').count()).toBe(3);
    await page.screenshot({ path: join(ARTIFACTS, 'compare-cabling.png') });
    expect(app.pageErrors).toEqual([]);
    await page.close();
  }, 60_000);
});
