import type { Network } from '../model';
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
    for (let i = 0; i < design.devices.length; i++) {
      const device = design.devices[i]!;
      if (device.role !== 'server') continue;
      // The first management attachment, unless one of them has a port of its own.
      let network: Network | undefined;
      let ownPort = false;
      const info = topo.deviceInfoAt(i);
      if (!info) continue;
      for (let k = 0; k < info.attachmentCount; k++) {
        const r = info.attachmentAt(k);
        if (r.network.role !== 'management') continue;
        network ??= r.network;
        if (r.attachment.port !== undefined) ownPort = true;
      }
      if (!network || ownPort) continue;
      out.push({
        message: `${topo.name(device)} reaches ${network.name} only over its bond`,
        targets: [t.device(device), t.network(network)],
      });
    }
    return out;
  },
};
