import type { Rule } from './rule';
import { t } from './targets';

export const mlagUnsupported: Rule = {
  id: 'mlag.unsupported',
  severity: 'error',
  title: 'Switch in an MLAG pair lacks MLAG',
  why: 'Only switches with MLAG (vPC, VLT, MC-LAG, IRF) can present one LAG across two chassis.',
  hint: 'Choose a switch model with MLAG, or do not pair these switches.',
  source:
    'NVIDIA Cumulus Linux User Guide, "Multi-Chassis Link Aggregation - MLAG", Requirements (both peers run MLAG, same model and release), https://docs.nvidia.com/networking-ethernet-software/cumulus-linux/Layer-2/Multi-Chassis-Link-Aggregation-MLAG/#requirements',
  check({ design, topo }) {
    const out = [];
    for (const pair of design.mlagPairs) {
      for (const id of pair.switches) {
        const device = topo.device(id);
        if (!device || device.limits.mlag === true) continue;
        // Unknown is not "no": a model that does not state MLAG support gets advice, not an error.
        const unknown = device.limits.mlag === undefined;
        out.push({
          ...(unknown ? { severity: 'info' as const } : {}),
          message: unknown
            ? `${topo.name(device)} (${device.model.manufacturer} ${device.model.name}) is in an MLAG pair; its model does not say whether it supports MLAG: check the datasheet`
            : `${topo.name(device)} (${device.model.manufacturer} ${device.model.name}) is in an MLAG pair but has no MLAG capability`,
          targets: [t.device(device), t.mlagPair(pair.id)],
        });
      }
    }
    return out;
  },
};
