import { RFC1035_LABEL } from '../model';
import type { Rule } from './rule';
import { t } from './targets';

/** `pvecm create` refuses longer cluster names. */
const MAX_CLUSTER_NAME = 15;

export const hostNameInvalid: Rule = {
  id: 'host.name-invalid',
  severity: 'error',
  title: 'Hostname or cluster name is not a valid label',
  why: 'Names must be RFC 1035 labels (a letter first, letters/digits/hyphens, a letter or digit last, at most 63 characters); a bad name once kept the Ceph MDS from starting and forced a reinstall. Names cannot change after the cluster is created.',
  hint: 'Use letters, digits and hyphens only, starting with a letter, at most 63 characters.',
  source:
    'RFC 1035 section 2.3.1 (label syntax); Proxmox VE API, POST /cluster/config (cluster name at most 15 characters, node-name format), https://pve.proxmox.com/pve-docs/api-viewer/index.html#/cluster/config',
  check({ design }) {
    const out = [];
    for (let i = 0; i < design.devices.length; i++) {
      const d = design.devices[i]!;
      if (!RFC1035_LABEL.test(d.hostname))
        out.push({
          message: `hostname "${d.hostname}" of ${d.id} is not a valid RFC 1035 label`,
          targets: [t.device(d)],
        });
    }
    for (const c of design.clusters) {
      if (!RFC1035_LABEL.test(c.name))
        out.push({
          message: `cluster name "${c.name}" is not a valid RFC 1035 label`,
          targets: [t.cluster(c)],
        });
      else if (c.name.length > MAX_CLUSTER_NAME)
        out.push({
          message: `cluster name "${c.name}" has ${c.name.length} characters; Proxmox VE allows at most ${MAX_CLUSTER_NAME}`,
          targets: [t.cluster(c)],
        });
    }
    return out;
  },
};
