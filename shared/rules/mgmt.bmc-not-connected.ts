import { portKey } from '../model';
import type { RawFinding, Rule } from './rule';
import { t } from './targets';

export const mgmtBmcNotConnected: Rule = {
  id: 'mgmt.bmc-not-connected',
  severity: 'warning',
  title: 'Server BMC port not cabled',
  why: 'The BMC (iDRAC, iLO, IPMI) is the out-of-band console: when a node hangs or a network change cuts it off, it is the way back in without a trip to the rack.',
  hint: 'Cable the BMC port to the management switch.',
  source:
    'Ceph documentation, "Hardware Recommendations", Baseboard Management Controller (an out-of-band network for administration), https://docs.ceph.com/en/latest/start/hardware-recommendations/',
  check({ design, topo }) {
    const out: RawFinding[] = [];
    for (let i = 0; i < design.devices.length; i++) {
      const server = design.devices[i]!;
      if (server.role !== 'server') continue;
      for (let j = 0; j < server.ports.length; j++) {
        const port = server.ports[j]!;
        if (port.role !== 'bmc') continue;
        const p = topo.findPort({ device: server.id, port: port.name });
        if (p !== undefined && topo.isCabled(p)) continue;
        out.push({
          message: `${topo.name(server)}: BMC port ${port.name} is not cabled`,
          targets: [
            t.device(server),
            { kind: 'port', id: portKey({ device: server.id, port: port.name }) },
          ],
        });
      }
    }
    return out;
  },
};
