import type { Device } from '../model';
import type { RawFinding, Rule } from './rule';
import { t } from './targets';

export const mgmtSingleUplink: Rule = {
  id: 'mgmt.single-uplink',
  severity: 'warning',
  title: 'Management switches reach the core over one cable or one core switch',
  why: 'With one uplink, or every uplink on one core switch, maintenance or failure of that switch or optic cuts every management port, BMC and corosync link on the management network at once.',
  hint: 'Uplink the management switches to both core switches (one LAG, an MLAG LAG on the core pair).',
  source:
    'ClusterWire heuristic: a management switch with one uplink, or with all uplinks on one core switch, loses out-of-band access to every device when that cable or switch fails. Ceph documentation, "Hardware Recommendations", Networks (a separate out-of-band network for administration), https://docs.ceph.com/en/latest/start/hardware-recommendations/',
  check({ design, topo }) {
    const mgmtSwitches = design.devices.filter((d) => d.role === 'mgmt-switch');
    const cores = design.devices.filter((d) => d.role === 'core-switch');
    if (mgmtSwitches.length === 0 || cores.length === 0) return [];
    // Cables from a management switch to a core switch's data ports (a core switch's own
    // management port is an access port, not an uplink), and the core switches they land on.
    const uplinks: string[] = [];
    const reached = new Set<Device>();
    for (let i = 0; i < mgmtSwitches.length; i++) {
      const cabled = topo.cabledPorts(mgmtSwitches[i]!);
      for (let j = 0; j < cabled.length; j++) {
        const port = cabled[j]!;
        const peer = topo.peerOf(port)!;
        const core = topo.deviceOf(peer);
        if (core.role !== 'core-switch' || topo.portOf(peer).role !== 'service') continue;
        uplinks.push(topo.linkOf(port)!.cable.id);
        reached.add(core);
      }
    }
    if (uplinks.length === 0) return []; // no uplink at all: the management network is separate
    const single = uplinks.length === 1;
    if (!single && (reached.size > 1 || cores.length < 2)) return [];
    const out: RawFinding[] = [
      {
        message: single
          ? `the management switches reach the core over a single cable`
          : `all ${uplinks.length} uplinks of the management switches land on ${topo.name([...reached][0])}`,
        targets: [
          ...mgmtSwitches.map(t.device),
          ...uplinks.map((id) => ({ kind: 'cable' as const, id })),
        ],
      },
    ];
    return out;
  },
};
