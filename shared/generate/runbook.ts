import type { Finding } from '../rules/finding';
import type { ClusterPlan } from './cluster';
import { pvecephCommands, pvecmCommands } from './cluster';
import type { DesignIndex } from './facts';
import type { NodeNetwork } from './interfaces';

/** A numbered step of the runbook: its heading's text and the text under it. */
export interface RunbookStep {
  title: string;
  text: string;
}

export interface RunbookInput {
  header: string;
  index: DesignIndex;
  /** The switches that get a configuration file: what the runbook says about each. */
  switches: Array<{
    hostname: string;
    platform: 'eos' | 'nvue';
    paired: boolean;
    /** The pair's peers also reach each other over a keepalive (EOS: dual-primary detection). */
    heartbeat: boolean;
  }>;
  planOnly: string[];
  /** Each cluster's steps, written while its files were (`clusterSteps`). */
  clusterSteps: RunbookStep[];
  warnings: Finding[];
}

/**
 * The order of work and the checks after each step: switches first (the nodes' bonds need
 * their port-channels), then each node's network, then the cluster, then Ceph. Every command
 * is built from checked names, numbers and addresses.
 */
export function runbook(input: RunbookInput): string {
  const { index } = input;
  const out: string[] = [
    input.header.trimEnd(),
    '',
    `# Runbook: ${mdText(index.design.meta.name)}`,
    '',
  ];
  if (input.warnings.length) {
    out.push(
      '## Warnings in the design',
      '',
      'The design validates without errors; these warnings stand:',
      '',
    );
    for (const w of input.warnings) out.push(`- ${w.ruleId}: ${mdText(w.message)}`);
    out.push('');
  }
  out.push(
    '## 0. Before anything: check the port names',
    '',
    "The design's port names are the operating system's interface names. Real names differ by",
    'hardware and firmware (`eno12399np0`, `ens1f0np0`, ...): on every node run `ip -br link` and',
    'compare each name in its `interfaces` file with what the node shows. Fix the names in the',
    'design and generate again rather than editing the files by hand.',
    '',
  );
  let step = 1;
  if (input.switches.length || input.planOnly.length) {
    out.push(`## ${step++}. Switches and firewalls`, '');
    // How to apply a file is said once per platform; each switch's line then names its file.
    // NVUE saves on apply from 5.9 only (https://docs.nvidia.com/networking-ethernet-software/nvue-reference/Config-Commands).
    if (input.switches.some((s) => s.platform === 'nvue'))
      out.push(
        'On each Cumulus Linux switch: run the lines of its `nvue-commands.sh` in a shell on the switch. They end with `nv config apply -y` and `nv config save`: from Cumulus Linux 5.9 apply also saves, on 5.8 and earlier only save keeps the configuration across a reboot.',
        '',
      );
    // EOS: a named configuration session shows the change before it takes effect, and only
    // `write memory` keeps it across a reboot (https://www.arista.com/en/um-eos/eos-configure-session).
    if (input.switches.some((s) => s.platform === 'eos'))
      out.push(
        'On each Arista EOS switch, from its console (the file moves Management1 into VRF MGMT, which ends an SSH session on it): `configure session clusterwire`, paste its `startup-config.eos`, check `show session-config diffs`, `commit`, then `write memory` (the same as `copy running-config startup-config`).',
        '',
      );
    for (const s of input.switches) {
      const file = s.platform === 'eos' ? 'startup-config.eos' : 'nvue-commands.sh';
      out.push(`- ${s.hostname}: \`${s.hostname}/${file}\``);
    }
    for (const host of input.planOnly)
      out.push(`- ${host}: no configuration file; configure it by \`${host}/port-plan.md\`.`);
    const paired = (platform: 'eos' | 'nvue', heartbeat?: boolean) =>
      input.switches
        .filter(
          (s) =>
            s.paired &&
            s.platform === platform &&
            (heartbeat === undefined || s.heartbeat === heartbeat),
        )
        .map((s) => s.hostname)
        .join(', ');
    const nvuePairs = paired('nvue');
    const eosPairs = paired('eos');
    const eosDetecting = paired('eos', true);
    if (nvuePairs || eosPairs) out.push('', 'Checks:', '');
    if (nvuePairs)
      out.push(
        `- on ${nvuePairs}: \`nv show mlag\` says the peer is alive and the backup active; \`nv show interface bond-members\`.`,
      );
    if (eosPairs)
      out.push(
        `- on ${eosPairs}: \`show mlag\` says state active, peer-link up; \`show port-channel summary\`.`,
      );
    if (eosDetecting)
      out.push(
        `- on ${eosDetecting}: \`show mlag detail\` says dual-primary detection Configured.`,
      );
    out.push('');
  }
  for (const { title, text } of input.clusterSteps) out.push(`## ${step++}. ${title}`, '', text);
  return `${out.join('\n').trimEnd()}\n`;
}

/**
 * A cluster's steps: its nodes' networks, the cluster, and Ceph. Written as soon as the
 * cluster's files are, so its plan need not live until the whole runbook is.
 */
export function clusterSteps(
  plan: ClusterPlan,
  nodes: ReadonlyMap<string, NodeNetwork>,
  folder: string,
  index: DesignIndex,
): RunbookStep[] {
  // Each step's lines become one string at once: thousands of small ones would otherwise live,
  // and be copied by the GC, until the runbook is written.
  const steps: RunbookStep[] = [];
  let title = '';
  let out: string[] = [];
  const close = () => {
    if (title) steps.push({ title, text: out.join('\n') });
  };
  const step = (next: string) => {
    close();
    title = next;
    out = [];
  };
  step(`Node networks of cluster ${plan.cluster.name}`);
  out.push(
    "On each node, from the console or the BMC (a wrong bond cuts the node off): back up `/etc/network/interfaces`, copy the node's `interfaces` file over it, and run `ifreload -a`.",
    '',
  );
  for (const node of plan.nodes) {
    const host = node.device.hostname;
    out.push(`- ${host}: \`${host}/interfaces\``);
  }
  out.push('', 'Checks on every node:', '');
  out.push(
    "- `cat /proc/net/bonding/bond0` (each bond): every slave up, the LACP partner MAC the MLAG pair's system id on both legs.",
  );
  const jumbo = new Map<
    string,
    { mtu: number; addresses: Array<{ host: string; address: string }> }
  >();
  for (const node of plan.nodes)
    for (const at of nodes.get(node.device.id)?.addresses ?? []) {
      if (at.mtu <= 1500) continue;
      const entry = jumbo.get(at.network) ?? { mtu: at.mtu, addresses: [] };
      entry.addresses.push({ host: node.device.hostname, address: at.host });
      jumbo.set(at.network, entry);
    }
  jumbo.forEach(({ mtu, addresses }, networkId) => {
    const v6 = addresses[0]!.address.includes(':');
    const size = mtu - (v6 ? 48 : 28);
    // The addresses once, not once per node: a node pinging its own address proves nothing,
    // and a list per node grows with the square of the cluster.
    const list = addresses.map((a) => `${a.address} (${a.host})`).join(', ');
    out.push(
      `- ${mdText(index.network(networkId)?.name ?? networkId)} (MTU ${mtu}): on each node, \`ping${v6 ? ' -6' : ''} -M do -s ${size} -c 3 ADDRESS\` to every other node's address: ${list}`,
    );
  });
  out.push('');
  step(`Cluster ${plan.cluster.name}`);
  out.push(
    `\`${folder}/corosync.conf\` is the file the commands below leave in /etc/pve/corosync.conf; compare it afterwards. It is what pve-cluster 9.1 and later writes (Proxmox VE 9): earlier releases, Proxmox VE 8 among them, leave out the \`token_coefficient: 125\` line and differ only there.`,
    '',
  );
  for (const { host, command } of pvecmCommands(plan)) out.push(`- on ${host}: \`${command}\``);
  out.push(
    '',
    'Checks:',
    '',
    '- `pvecm status`: every node listed, quorate.',
    '- `corosync-cfgtool -s`: every link connected on every node.',
    '',
  );
  const migration = plan.migration;
  if (migration !== undefined) {
    const { cidr, withoutAddress } = migration;
    // Proxmox VE migrates over the cluster network unless datacenter.cfg names a migration
    // network (https://pve.proxmox.com/pve-docs/pve-admin-guide.html#pvecm_migration_network).
    // `pvesh set /cluster/options` replaces only the keys it is given (pve-manager
    // PVE/API2/Cluster.pm, set_options); `secure` is the type the guide recommends and the
    // default: insecure sends guest memory in clear text. The value is written as given, so the
    // file's line reads like the guide's example
    // (https://pve.proxmox.com/pve-docs/datacenter.cfg.5.html).
    step(`Migration network of cluster ${plan.cluster.name}`);
    const first = plan.nodes[0]!.device.hostname;
    out.push(
      `Without this setting Proxmox VE migrates guests over the cluster network, where a migration can starve corosync. \`secure\` sends the guests' memory through an SSH tunnel (\`insecure\` would send it in clear text). Set it once: \`/etc/pve/datacenter.cfg\` is shared by every node of the cluster, and \`pvesh set\` changes only its \`migration\` key.`,
      '',
      `- on ${first}: \`pvesh set /cluster/options --migration secure,network=${cidr}\``,
    );
    if (withoutAddress.length) {
      const one = withoutAddress.length === 1;
      out.push(
        '',
        `${withoutAddress.join(', ')} ${one ? 'has' : 'have'} no address in ${cidr}: migrations to ${one ? 'it fail until it has' : 'them fail until they have'} one.`,
      );
    }
    // Proxmox VE picks the address a node migrates on with `ip address show to CIDR up` and
    // refuses a node with none or several (pve-cluster get_local_migration_ip, pve-common
    // PVE/Network.pm get_local_ip_from_cidr).
    const addresses = plan.nodes
      .map((n) => nodes.get(n.device.id)?.addresses.find((a) => a.network === migration.network))
      .flatMap((a, i) => (a ? [`${a.host} (${plan.nodes[i]!.device.hostname})`] : []));
    out.push(
      '',
      'Checks:',
      '',
      `- \`grep ^migration: /etc/pve/datacenter.cfg\` prints \`migration: secure,network=${cidr}\`.`,
    );
    if (addresses.length)
      out.push(
        `- on ${withoutAddress.length ? 'each node with an address there' : 'every node'}, \`ip address show to ${cidr} up\` lists exactly one address, the node's own: ${addresses.join(', ')}.`,
      );
    out.push('');
  }
  const ceph = pvecephCommands(plan, index);
  if (ceph.length) {
    step(`Ceph on ${plan.cluster.name}`);
    out.push(
      `The public network is effectively fixed once monitors exist: check \`${folder}/ceph.conf\` (the [global] lines these commands write) before the first \`pveceph mon create\`.`,
      '',
    );
    if (ceph.some((c) => c.disk !== undefined))
      out.push(
        'Where `pveceph osd create` says `/dev/sdX` or `/dev/nvmeXnY`, the design names the disk but not its device: find it on the node with `lsblk -d -o NAME,SIZE,MODEL,SERIAL` (an unused disk of that size and model).',
        '',
      );
    // The package repository is the user's decision (subscription or not); pveceph install
    // takes it as --repository (https://pve.proxmox.com/pve-docs/pveceph.1.html).
    out.push(
      '- on every node: `pveceph install --repository no-subscription` or `pveceph install --repository enterprise` (your decision: the enterprise repository needs a subscription key on every node).',
    );
    // A disk's name is design text, the same few on every node: each is escaped once.
    const escaped = new Map<string, string>();
    for (const { host, command, disk } of ceph) {
      let name = disk === undefined ? undefined : escaped.get(disk);
      if (disk !== undefined && name === undefined) escaped.set(disk, (name = mdText(disk)));
      out.push(`- on ${host}: \`${command}\`${name === undefined ? '' : ` (disk ${name})`}`);
    }
    out.push(
      '',
      'Checks:',
      '',
      '- `ceph -s`: HEALTH_OK, every monitor in quorum, managers active.',
      '',
    );
  }
  close();
  return steps;
}

/** Design text in markdown: one line, no markup that could hide or link anything. */
function mdText(text: string): string {
  // Control characters (C0, DEL, C1) would reach a terminal or editor raw: a space instead.
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ')
      .replace(/[`<>[\]|\\*_#]/g, (c) => `\\${c}`)
  );
}
