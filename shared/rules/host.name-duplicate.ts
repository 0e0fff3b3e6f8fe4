import type { Device } from '../model';
import type { Rule } from './rule';
import { t } from './targets';

export const hostNameDuplicate: Rule = {
  id: 'host.name-duplicate',
  severity: 'error',
  title: 'Two devices share a hostname',
  why: 'Hostnames compare case-insensitively in DNS and in the cluster; a duplicate breaks name resolution and cluster membership.',
  hint: 'Give every device its own hostname.',
  source: 'Domain brief §5, §6 (hostnames compare case-insensitively)',
  check({ design }) {
    const groups = new Map<string, Device[]>();
    for (const d of design.devices) {
      const key = d.hostname.toLowerCase();
      groups.set(key, [...(groups.get(key) ?? []), d]);
    }
    return [...groups.values()]
      .filter((g) => g.length > 1)
      .map((g) => ({
        message: `${g.length} devices are named "${g[0]!.hostname}" (${g.map((d) => d.id).join(', ')})`,
        targets: g.map(t.device),
      }));
  },
};
