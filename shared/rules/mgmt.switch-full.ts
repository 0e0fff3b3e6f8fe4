import type { Port } from '../model';
import { FORM_FACTOR_OF } from '../model/vocabulary';
import type { Rule } from './rule';
import { t } from './targets';

const isAccessPort = (p: Port) => p.role === 'service' && FORM_FACTOR_OF[p.type] === 'RJ45';

export const mgmtSwitchFull: Rule = {
  id: 'mgmt.switch-full',
  severity: 'error',
  title: 'Not enough management switch ports',
  why: 'Every device with a management port needs an access port on a management switch.',
  hint: 'Use a larger management switch (24 ports is sensible from about 10 devices) or add one.',
  source:
    'ClusterWire heuristic: every mgmt and BMC port needs an access port on a management switch, plus one uplink per core switch; a port count, not a vendor figure. Ceph documentation, "Hardware Recommendations", Networks and Baseboard Management Controller (an out-of-band network for administration), https://docs.ceph.com/en/latest/start/hardware-recommendations/',
  check({ design, topo }) {
    // Needed: every management and BMC port in the design (each wants an access port of its
    // own), plus one uplink per core switch. Ports are counted, not devices.
    let access = 0;
    let needed = 0;
    for (let i = 0; i < design.devices.length; i++) {
      const d = design.devices[i]!;
      const { ports } = d;
      if (d.role === 'mgmt-switch') {
        for (let j = 0; j < ports.length; j++) if (isAccessPort(ports[j]!)) access++;
        continue;
      }
      for (let j = 0; j < ports.length; j++)
        if (ports[j]!.role === 'mgmt' || ports[j]!.role === 'bmc') needed++;
      if (d.role === 'core-switch') needed++;
    }
    const switches = design.devices.filter((d) => d.role === 'mgmt-switch');
    if (switches.length === 0 || needed <= access) return [];
    return [
      {
        message: `${needed} ports need the management switches (management and BMC ports, one uplink per core switch); ${switches.map((s) => topo.name(s)).join(', ')} ${switches.length === 1 ? 'has' : 'have'} ${access} access ports`,
        targets: switches.map(t.device),
      },
    ];
  },
};
