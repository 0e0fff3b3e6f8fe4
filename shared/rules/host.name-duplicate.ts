import type { Device } from '../model';
import type { Rule } from './rule';
import { t } from './targets';

export const hostNameDuplicate: Rule = {
  id: 'host.name-duplicate',
  severity: 'error',
  title: 'Two devices share a hostname',
  why: 'Hostnames compare case-insensitively in DNS and in the cluster; a duplicate breaks name resolution and cluster membership.',
  hint: 'Give every device its own hostname.',
  source:
    'RFC 1034 section 3.1 (sibling labels must differ; names compare case-insensitively), https://www.rfc-editor.org/rfc/rfc1034#section-3.1, and RFC 4343 (DNS case insensitivity), https://www.rfc-editor.org/rfc/rfc4343',
  check({ design }) {
    // First device per name; a group only for names used again.
    const first = new Map<string, Device>();
    const groups = new Map<string, Device[]>();
    for (let i = 0; i < design.devices.length; i++) {
      const d = design.devices[i]!;
      const key = d.hostname.toLowerCase();
      const earlier = first.get(key);
      if (!earlier) first.set(key, d);
      else groups.set(key, [...(groups.get(key) ?? [earlier]), d]);
    }
    return [...groups.values()].map((g) => ({
      message: `${g.length} devices are named "${g[0]!.hostname}" (${g.map((d) => d.id).join(', ')})`,
      targets: g.map(t.device),
    }));
  },
};
