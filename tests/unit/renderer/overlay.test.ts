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
