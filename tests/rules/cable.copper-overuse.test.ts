import { describe, expect, it } from 'vitest';
import type { Design } from '../../shared/model';
import {
  addCable,
  cableTarget,
  deviceTarget,
  expectFires,
  expectQuiet,
  expectTargets,
  template,
} from '../support/rules';

/** core-1 of the 5-node template has 15 cables at 10G+; make `n` of them DAC. */
function withDacs(n: number): Design {
  const d = template('pve-hci-5node-storage');
  const fast = d.cables.filter(
    (c) => (c.a.device === 'core-1' || c.b.device === 'core-1') && c.id !== 'cab-mgmt-core-1-eth0',
  );
  fast.slice(0, n).forEach((c) => (c.media = 'dac-passive'));
  return d;
}

describe('cable.copper-overuse', () => {
  it('fires when 9 of 15 fast cables on a switch are copper (> 8 and > 50%)', () => {
    const found = expectFires(withDacs(9), 'cable.copper-overuse', 'warning');
    expectTargets(found[0], [deviceTarget('core-1'), cableTarget('cab-peer-1')]);
  });

  it('names the switch, both counts and every copper cable, in the switch’s port order', () => {
    const [found] = expectFires(withDacs(9), 'cable.copper-overuse', 'warning');
    expect(found!.message).toBe('core-01: 9 of its 15 cables at 10G or faster are copper');
    expect(found!.targets).toEqual([
      deviceTarget('core-1'),
      cableTarget('cab-node1-core1'), // swp1
      cableTarget('cab-node2-core1'), // swp2
      cableTarget('cab-node1-storage-core1'), // swp6
      cableTarget('cab-node2-storage-core1'), // swp7
      cableTarget('cab-mgmt-uplink'), // swp16
      cableTarget('cab-fw1-core1'), // swp17
      cableTarget('cab-fw2-core1'), // swp18
      cableTarget('cab-peer-1'), // swp21
      cableTarget('cab-peer-2'), // swp22
    ]);
  });

  it('is quiet at 8 copper cables (the count threshold)', () =>
    expectQuiet(withDacs(8), 'cable.copper-overuse'));

  it('counts a cable between two of the switch’s own ports once', () => {
    const d = withDacs(8);
    addCable(d, 'loop', ['core-1', 'swp11'], ['core-1', 'swp12'], 'dac-passive');
    const [found] = expectFires(d, 'cable.copper-overuse', 'warning');
    expect(found!.message).toBe('core-01: 9 of its 16 cables at 10G or faster are copper');
    expect(found!.targets.filter((t) => t.id === 'loop')).toHaveLength(1);
  });

  it('counts every cable on a double-booked port', () => {
    const d = withDacs(8);
    addCable(d, 'second', ['core-1', 'swp1'], ['core-2', 'swp12'], 'dac-passive');
    const [found] = expectFires(d, 'cable.copper-overuse', 'warning');
    expect(found!.message).toBe('core-01: 9 of its 16 cables at 10G or faster are copper');
    expectTargets(found, [cableTarget('cab-node1-core1'), cableTarget('second')]);
  });
});
