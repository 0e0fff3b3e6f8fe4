import { portTargetId } from './finding';
import type { Rule } from './rule';
import { t } from './targets';

export const lagSpeedMixed: Rule = {
  id: 'lag.speed-mixed',
  severity: 'error',
  title: 'LAG members at different speeds',
  why: 'LACP bundles only links of the same speed; a member at another speed stays out of the bond.',
  hint: 'Cable all members of the LAG at the same speed.',
  source: 'Domain brief §6',
  check({ design, topo }) {
    const out = [];
    for (let l = 0; l < design.lags.length; l++) {
      const lag = design.lags[l]!;
      const members = topo.memberCount(l);
      let first: number | null = null;
      let mixed = false;
      for (let i = 0; i < members; i++) {
        const speed = topo.portSpeed(topo.memberAt(l, i));
        if (speed === null) continue;
        if (first === null) first = speed;
        else if (speed !== first) mixed = true;
      }
      if (!mixed) continue;
      const bySpeed = new Map<number, string[]>();
      for (let i = 0; i < members; i++) {
        const member = topo.memberAt(l, i);
        const speed = topo.portSpeed(member);
        if (speed !== null)
          bySpeed.set(speed, [...(bySpeed.get(speed) ?? []), topo.portLabel(member)]);
      }
      const detail = [...bySpeed]
        .sort(([a], [b]) => a - b)
        .map(([s, ports]) => `${s}G: ${ports.join(', ')}`)
        .join('; ');
      out.push({
        message: `LAG ${lag.name || lag.id} mixes link speeds (${detail})`,
        targets: [
          t.lag(lag),
          ...lag.members.map((m) => ({
            kind: 'port' as const,
            id: portTargetId(m.device, m.port),
          })),
        ],
      });
    }
    return out;
  },
};
