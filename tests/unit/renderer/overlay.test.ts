import { describe, expect, it } from 'vitest';
import { checkCabling, diffDesigns } from '../../../shared/compare';
import { cablingOverlay, diffOverlay } from '../../../renderer/src/state/overlay';
import { template } from '../../support/designs';
import { reportsOf, rewire, wiresOf } from '../../support/lldp';

describe('comparison overlay', () => {
  it('tints what a diff names and brings removed devices back as ghosts', () => {
    const before = template();
    const after = template();
    after.devices = after.devices.filter((d) => d.id !== 'node-3');
    after.cables = after.cables.filter((c) => c.a.device !== 'node-3' && c.b.device !== 'node-3');
    after.cables.find((c) => c.label === 'N1-A')!.b.port = 'swp5';
    after.devices.find((d) => d.id === 'node-2')!.hostname = 'pve-02b';
    const overlay = diffOverlay(before, after, diffDesigns(before, after), 'test');
    expect(overlay.ghosts.map((g) => g.device.hostname)).toEqual(['pve-03']);
    expect(overlay.ghosts[0]!.position).toEqual(before.layout.positions['node-3']);
    expect(overlay.cables.get('cab-node1-core1')).toBe('changed');
    expect(overlay.devices.get('node-2')).toBe('changed');
    expect(overlay.devices.has('node-3')).toBe(false);
    const moved = overlay.items.find((i) => i.text.startsWith('cable N1-A moved'));
    expect(moved).toMatchObject({ tone: 'changed', status: 'moved', cables: ['cab-node1-core1'] });
    const removed = overlay.items.find((i) => i.text.startsWith('device pve-03 removed'));
    expect(removed).toMatchObject({ tone: 'removed', ghost: 'node-3', devices: [] });
  });

  it('draws removed cables between live devices and ghosts, and names them in the list', () => {
    const before = template();
    const after = template();
    after.devices = after.devices.filter((d) => d.id !== 'node-3');
    after.cables = after.cables.filter(
      (c) => c.a.device !== 'node-3' && c.b.device !== 'node-3' && c.label !== 'N2-B',
    );
    const overlay = diffOverlay(before, after, diffDesigns(before, after), 'test');
    const n2b = before.cables.find((c) => c.label === 'N2-B')!;
    const node3 = before.cables.filter((c) => c.a.device === 'node-3' || c.b.device === 'node-3');
    expect(node3.length).toBeGreaterThan(0);
    expect(overlay.ghostCables.map((g) => g.cable.id).sort()).toEqual(
      [n2b, ...node3].map((c) => c.id).sort(),
    );
    // Both ends live, or one on the ghost of the removed node.
    const live = overlay.ghostCables.find((g) => g.cable.id === n2b.id)!;
    expect(live.ends).toEqual([n2b.a.device, n2b.b.device]);
    for (const g of overlay.ghostCables.filter((g) => g.cable.id !== n2b.id)) {
      expect(g.ends).toContain('node-3');
    }
    const item = overlay.items.find((i) => i.text.startsWith('cable N2-B removed'));
    expect(item).toMatchObject({ tone: 'removed', ghostCable: n2b.id, cables: [] });
    // A removed cable is no edge of the open design: nothing tints a cable with its id.
    expect(overlay.cables.has(n2b.id)).toBe(false);
  });

  it('leaves out a removed cable whose end is on no device of either revision', () => {
    const before = template();
    const after = template();
    const cable = before.cables[0]!;
    after.cables = after.cables.filter((c) => c.id !== cable.id);
    cable.a = { ...cable.a, device: 'nowhere' };
    const overlay = diffOverlay(before, after, diffDesigns(before, after), 'test');
    expect(overlay.ghostCables).toEqual([]);
  });

  it('marks every cable with its cabling result, mismatches first in the list', () => {
    const design = template();
    const wires = rewire(wiresOf(design), { host: 'pve-01', port: 'ens1f1' });
    const checked = checkCabling(design, reportsOf(design, wires));
    if (!checked.ok) throw new Error('check failed');
    const overlay = cablingOverlay(design, checked.results, 'test');
    expect(overlay.cables.get('cab-node1-core2')).toBe('bad');
    expect(overlay.cables.get('cab-node1-core1')).toBe('ok');
    expect(overlay.devices.get('node-1')).toBe('bad');
    expect(overlay.items[0]).toMatchObject({
      status: 'missing',
      cables: ['cab-node1-core2'],
      devices: ['node-1', 'core-2'],
    });
    expect(overlay.summary).toBe('25 ok, 1 missing');
  });
});
