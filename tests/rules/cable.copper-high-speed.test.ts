import { describe, it } from 'vitest';
import {
  addCable,
  cable,
  cableTarget,
  deviceTarget,
  expectFires,
  expectQuiet,
  expectTargets,
  template,
} from '../support/rules';

describe('cable.copper-high-speed', () => {
  it('lists 10G+ DAC between SFP-family ports, one finding per switch', () => {
    const d = template();
    cable(d, 'cab-node1-core1').media = 'dac-passive';
    cable(d, 'cab-node2-core1').media = 'dac-passive';
    const [f] = expectFires(d, 'cable.copper-high-speed', 'info');
    expectTargets(f, [
      deviceTarget('core-1'),
      cableTarget('cab-node1-core1'),
      cableTarget('cab-node2-core1'),
    ]);
  });

  it('is quiet for a DAC that links at 1G', () => {
    const d = template();
    addCable(d, 'dac-1g', ['fw-1', 'port17'], ['mgmt-1', '26'], 'dac-passive');
    expectQuiet(d, 'cable.copper-high-speed');
  });
});
