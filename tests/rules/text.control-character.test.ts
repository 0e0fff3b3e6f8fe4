import { describe, expect, it } from 'vitest';
import {
  cable,
  device,
  deviceTarget,
  expectFires,
  expectQuiet,
  expectTargets,
  lag,
  network,
  port,
  template,
} from '../support/rules';

describe('text.control-character', () => {
  it('fires for ESC in a port description, naming device, port and the escaped character', () => {
    const d = template();
    port(d, 'node-1', d.devices.find((x) => x.id === 'node-1')!.ports[0]!.name).config = {
      description: 'uplink\x1b[2J',
    };
    const [f] = expectFires(d, 'text.control-character', 'warning');
    expectTargets(f, [deviceTarget('node-1')]);
    expect(f!.message).toMatch(/node-1/);
    expect(f!.message).toMatch(/description holds \\x1b/);
    expect(f!.message).not.toContain('\x1b');
  });

  it('fires once per object, listing every field and character, C1 and DEL included', () => {
    const d = template();
    const c = d.cables[0]!;
    cable(d, c.id).label = 'N1\x07-A\x00';
    cable(d, c.id).color = 'blue\x9b';
    const [f] = expectFires(d, 'text.control-character', 'warning');
    expect(f!.targets).toEqual([{ kind: 'cable', id: c.id }]);
    expect(f!.message).toMatch(/label holds \\x07 \\x00; colour holds \\x9b/);
  });

  it('fires for LAG, network, model, design name and suppression reason text', () => {
    const d = template();
    lag(d, d.lags[0]!.id).name = 'bond\x7f0';
    network(d, d.networks[0]!.id).name = 'VM\rnet';
    device(d, 'node-2').model.name = 'R\x1b760';
    d.meta.name = 'HCI\x08';
    d.suppressions.push({ rule: 'ceph.iops-budget', reason: 'ok\x1b' });
    const found = expectFires(d, 'text.control-character', 'warning', 4);
    const messages = found.map((f) => f.message).join('\n');
    expect(messages).toMatch(/LAG .*: name holds \\x7f/);
    expect(messages).toMatch(/network .*: name holds \\x0d/);
    expect(messages).toMatch(/node-2.*model name holds \\x1b/);
    expect(messages).toMatch(
      /the design: design name holds \\x08; suppression reason \(ceph\.iops-budget\) holds \\x1b/,
    );
  });

  it('leaves hostnames and cluster names to host.name-invalid (no double finding)', () => {
    const d = template();
    device(d, 'node-1').hostname = 'pve\x1b01';
    d.clusters[0]!.name = 'hci\x07';
    expectQuiet(d, 'text.control-character');
    expectFires(d, 'host.name-invalid', 'error', 2);
  });

  it('is quiet for the template, line breaks and tabs in notes, and non-ASCII text', () => {
    const d = template();
    d.meta.notes = 'Rack A\r\nRow 3\n\tfloor 2';
    d.meta.author = 'Zoë Müller ‮ 東京';
    cable(d, d.cables[0]!.id).label = '＝N1-A "quoted" ]]> </svg>';
    expectQuiet(d, 'text.control-character');
  });

  it('fires for a line break in a single-line field (a cable label)', () => {
    const d = template();
    cable(d, d.cables[0]!.id).label = 'N1\nA';
    const [f] = expectFires(d, 'text.control-character', 'warning');
    expect(f!.message).toMatch(/label holds \\x0a/);
  });
});
