import { describe, expect, it } from 'vitest';
import type { GeneratedFile } from '../../shared/generate';
import { generateConfiguration } from '../../shared/generate';
import type { Design } from '../../shared/model';
import { TEMPLATES, buildFromWizard } from '../../shared/templates';
import { managementUntaggedOnBond, renamePort } from '../support/designs';
import {
  corosyncCheck,
  corosyncUnavailable,
  ifupdown2Problems,
  ifupdown2Unavailable,
  requireParsers,
} from '../support/realParsers';

const designs: Array<[string, Design]> = [
  ...TEMPLATES.filter((t) => t.name !== 'empty').map((t): [string, Design] => [t.name, t.build()]),
  [
    'wizard 3 nodes, 100G',
    buildFromWizard({ nodes: 3, ceph: true, storageNics: false, uplinkGbps: 100 }),
  ],
  ['wizard 4 nodes, no Ceph', buildFromWizard({ nodes: 4, ceph: false, storageNics: false })],
  // Real NIC names, as `ip link` shows them: a VLAN on a 13-letter port is too long as port.vid.
  [
    'reference with real NIC names',
    renamePort(
      renamePort(
        TEMPLATES.find((t) => t.name === 'pve-hci-3node')!.build(),
        'node-1',
        'eno1',
        'enp129s0f0np0',
      ),
      'node-1',
      'ens1f0',
      'enp65s0f0np0',
    ),
  ],
  ['management untagged on the bridge (MTU 1500 throughout)', managementOnBridge()],
];

/** pve-01's management untagged on bond0, under vmbr0: the address sits on the bridge itself. */
function managementOnBridge(): Design {
  const design = managementUntaggedOnBond();
  // With jumbo networks on the bond its address would take their MTU: generation refuses that.
  for (const n of design.networks) n.mtu = 1500;
  return design;
}

function files(design: Design): GeneratedFile[] {
  const result = generateConfiguration(design);
  if (!result.ok) throw new Error(`generation refused: ${JSON.stringify(result)}`);
  return result.files;
}

const ifupReason = ifupdown2Unavailable();
const corosyncReason = corosyncUnavailable();

describe(`ifupdown2's parser on every generated interfaces file${ifupReason ? ` (cannot run: ${ifupReason})` : ''}`, () => {
  if (ifupReason) {
    // Visible either way; in CI (.ci/run) a parser that cannot run is a failure.
    it.skipIf(!requireParsers)(`needs ifupdown2: ${ifupReason}`, () => {
      throw new Error(ifupReason);
    });
    return;
  }
  for (const [name, design] of designs)
    it(`accepts ${name}`, { timeout: 180_000 }, () => {
      for (const file of files(design).filter((f) => f.kind === 'interfaces'))
        expect({ file: file.path, problems: ifupdown2Problems(file.text) }).toEqual({
          file: file.path,
          problems: [],
        });
    });

  it('reports a broken file (an unknown bond mode, a non-numeric MTU)', { timeout: 60_000 }, () => {
    const good = files(designs[0]![1]).find((f) => f.kind === 'interfaces')!.text;
    const broken = good
      .replace('bond-mode 802.3ad', 'bond-mode 802.3xx')
      .replace(/mtu 9000/, 'mtu big');
    const problems = ifupdown2Problems(broken);
    expect(problems.some((p) => p.includes('802.3xx'))).toBe(true);
    expect(problems.some((p) => p.includes('big'))).toBe(true);
  });
});

describe(`corosync -t on every generated corosync.conf${corosyncReason ? ` (cannot run: ${corosyncReason})` : ''}`, () => {
  if (corosyncReason) {
    it.skipIf(!requireParsers)(`needs corosync and unshare: ${corosyncReason}`, () => {
      throw new Error(corosyncReason);
    });
    return;
  }
  const firstNodeRings = (text: string) =>
    [...text.matchAll(/^ {4}ring\d_addr: (\S+)$/gm)].slice(0, 2).map((m) => m[1]!);

  for (const [name, design] of designs)
    it(`accepts ${name}`, { timeout: 60_000 }, () => {
      const conf = files(design).find((f) => f.kind === 'corosync')!.text;
      const rings = firstNodeRings(conf);
      expect(rings.length).toBeGreaterThan(0);
      const result = corosyncCheck(conf, rings);
      expect(result, result.output).toMatchObject({ ok: true });
    });

  it(
    'rejects a broken file (link number 9, beyond corosync maximum of 7)',
    { timeout: 60_000 },
    () => {
      const conf = files(designs[0]![1]).find((f) => f.kind === 'corosync')!.text;
      const result = corosyncCheck(
        conf.replace('linknumber: 1', 'linknumber: 9'),
        firstNodeRings(conf),
      );
      expect(result.ok).toBe(false);
      expect(result.output).toContain('ring number 9');
    },
  );

  it('rejects a file whose node address is not on this machine', { timeout: 60_000 }, () => {
    const conf = files(designs[0]![1]).find((f) => f.kind === 'corosync')!.text;
    expect(corosyncCheck(conf, ['192.0.2.77']).ok).toBe(false);
  });
});
