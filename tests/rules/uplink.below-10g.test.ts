import { describe, it } from 'vitest';
import {
  cableTarget,
  expectFires,
  expectQuiet,
  expectTargets,
  port,
  template,
} from '../support/rules';

describe('uplink.below-10g', () => {
  it('fires for a service uplink that links at 1G', () => {
    const d = template();
    port(d, 'node-1', 'ens1f0').speeds = [1];
    port(d, 'core-1', 'swp1').speeds = [1, 10, 25];
    const [f] = expectFires(d, 'uplink.below-10g', 'warning');
    expectTargets(f, [cableTarget('cab-node1-core1')]);
  });

  it('is quiet at exactly 10G (the firewalls’ SFP+ uplinks)', () =>
    expectQuiet(template(), 'uplink.below-10g'));

  it('is quiet for a 1G port that carries only corosync to a core switch', () => {
    const d = template();
    // node-1's eno1 as a dedicated corosync NIC (a service port carrying only corosync link 0),
    // cabled to a core switch at 1G.
    port(d, 'node-1', 'eno1').role = 'service';
    const cable = d.cables.find((c) => c.a.device === 'node-1' && c.a.port === 'eno1')!;
    cable.b = { device: 'core-1', port: 'swp12' };
    port(d, 'core-1', 'swp12').speeds = [1, 10, 25];
    cable.media = 'cat6a';
    port(d, 'core-1', 'swp12').config = { module: 'base-t' };
    d.devices.find((x) => x.id === 'node-1')!.attachments = d.devices
      .find((x) => x.id === 'node-1')!
      .attachments.filter((a) => a.network !== 'net-mgmt');
    expectQuiet(d, 'uplink.below-10g');
  });
});
