import { describe, expect, it } from 'vitest';
import { cable, expectFires, expectQuiet, lag, template } from '../support/rules';

describe('lag.single-card', () => {
  it('fires when both legs of bond0 sit on the OCP card while the PCIe card has 25G ports', () => {
    const d = template('pve-hci-5node-storage');
    // Undo the template's crossing on node-1: bond0 on ens1f0 + ens1f1 (both OCP).
    lag(d, 'lag-node1-bond0').members[1]!.port = 'ens1f1';
    lag(d, 'lag-node1-bond1').members[0]!.port = 'ens2f0';
    cable(d, 'cab-node1-core2').a.port = 'ens1f1';
    cable(d, 'cab-node1-storage-core1').a.port = 'ens2f0';
    const found = expectFires(d, 'lag.single-card', 'warning', 2); // bond0 on OCP, bond1 on PCIe 1
    expect(found.some((f) => f.message.includes('bond0') && f.message.includes('card OCP'))).toBe(
      true,
    );
  });

  it('is quiet for bonds crossed over two cards, and for a server with one fast card', () => {
    expectQuiet(template('pve-hci-5node-storage'), 'lag.single-card');
    expectQuiet(template(), 'lag.single-card');
  });
});
