import { describe, it } from 'vitest';
import {
  addCable,
  cableTarget,
  expectFires,
  expectQuiet,
  expectTargets,
  portTarget,
  template,
} from '../support/rules';

describe('port.double-booked', () => {
  it('fires when a port is an end of two cables', () => {
    const d = template();
    addCable(d, 'extra', ['core-2', 'swp10'], ['core-1', 'swp1'], 'mmf-om4');
    const [f] = expectFires(d, 'port.double-booked', 'error');
    expectTargets(f, [
      portTarget('core-1', 'swp1'),
      cableTarget('extra'),
      cableTarget('cab-node1-core1'),
    ]);
  });

  it('is quiet with one cable per port, even on a newly cabled port', () => {
    const d = template();
    addCable(d, 'extra', ['core-2', 'swp10'], ['core-1', 'swp10'], 'mmf-om4');
    expectQuiet(d, 'port.double-booked');
  });
});
