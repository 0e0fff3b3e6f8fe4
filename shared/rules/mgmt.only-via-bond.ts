import type { Rule } from './rule';
import { t } from './targets';

export const mgmtOnlyViaBond: Rule = {
  id: 'mgmt.only-via-bond',
  severity: 'warning',
  title: 'Management only over the service bond',
  why: 'If a change to the bond or bridge goes wrong, a node reachable only through it is lost; a separate management interface keeps it reachable.',
  hint: 'Put the management network on a dedicated port as well.',
  source: 'Domain brief §2 (a separate management interface keeps the node reachable)',
  check({ design, topo }) {
    const out = [];
    for (const device of design.devices) {
      if (device.role !== 'server') continue;
      const mgmt = topo.attachmentsOf(device).filter((r) => r.network.role === 'management');
      if (mgmt.length === 0 || mgmt.some((r) => r.attachment.port !== undefined)) continue;
      const network = mgmt[0]!.network;
      out.push({
        message: `${topo.name(device)} reaches ${network.name} only over its bond`,
        targets: [t.device(device), t.network(network)],
      });
    }
    return out;
  },
};
