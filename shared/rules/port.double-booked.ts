import type { Rule } from './rule';
import { cableNameIn, list, t } from './targets';

export const portDoubleBooked: Rule = {
  id: 'port.double-booked',
  severity: 'error',
  title: 'Port used by more than one cable',
  why: 'A physical port takes exactly one plug; a second cable on it cannot be installed.',
  hint: 'Move one of the cables to a free port.',
  source:
    'ClusterWire heuristic: a port takes exactly one connector, so a second cable on it cannot be installed (a physical fact no document states as a rule); IEEE 802.3 gives each twisted-pair port one 8-pin modular MDI (Clause 40), https://standards.ieee.org/ieee/802.3/10422/, and the SFF specifications one module per SFP/QSFP cage, https://www.snia.org/technology-communities/sff/specifications',
  check({ topo }) {
    const out = [];
    for (const info of topo.doubleBooked) {
      const cables = topo.linksOn(info).map((l) => l.cable);
      out.push({
        message: `${topo.portLabel(info)} is an end of ${cables.length} cables: ${list(cables.map((c) => cableNameIn(topo, c)))}`,
        targets: [t.port(topo, info), ...cables.map(t.cable)],
      });
    }
    return out;
  },
};
