import { describe, expect, it } from 'vitest';
import { buildContext } from '../../shared/rules';
import {
  addCable,
  cable,
  cableTarget,
  expectFires,
  expectQuiet,
  expectTargets,
  device,
  template,
} from '../support/rules';

describe('cable.speed-mismatch', () => {
  it('fires for an SFP+ port (1/10G) cabled to a QSFP28 port (40/100G)', () => {
    const d = template();
    addCable(d, 'bad', ['fw-1', 'port17'], ['core-1', 'swp19'], 'mmf-om4');
    const [f] = expectFires(d, 'cable.speed-mismatch', 'error');
    expectTargets(f, [cableTarget('bad')]);
  });

  it('is quiet for SFP+ to SFP28, which links at 10G', () => {
    const d = template();
    expectQuiet(d, 'cable.speed-mismatch');
    const { links } = buildContext(d).topo;
    expect(links.find((l) => l.cable === cable(d, 'cab-fw1-core1'))?.speed).toBe(10);
  });

  it('is quiet for a console cable between two console ports (a serial line has no data speed)', () => {
    const d = template();
    const consolePort = {
      name: 'con',
      type: 'console' as const,
      role: 'console' as const,
      speeds: [],
    };
    device(d, 'core-1').ports.push(consolePort);
    device(d, 'mgmt-1').ports.push({ ...consolePort, name: 'con' });
    addCable(d, 'console', ['core-1', 'con'], ['mgmt-1', 'con'], 'cat6', 2);
    expectQuiet(d, 'cable.speed-mismatch');
    expectQuiet(d, 'cable.media-mismatch');
  });
});
