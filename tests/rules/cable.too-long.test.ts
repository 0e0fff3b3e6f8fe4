import { describe, expect, it } from 'vitest';
import {
  cable,
  cableTarget,
  expectFires,
  expectQuiet,
  expectTargets,
  template,
} from '../support/rules';

function withLength(media: 'mmf-om4' | 'dac-passive', lengthM: number, tenGig = false) {
  const d = template();
  // cab-fw1-core1 links at 10G (SFP+), cab-node1-core1 at 25G (SFP28).
  const c = cable(d, tenGig ? 'cab-fw1-core1' : 'cab-node1-core1');
  c.media = media;
  c.lengthM = lengthM;
  return d;
}

describe('cable.too-long', () => {
  it('fires (error) for OM4 beyond 100 m at 25G', () => {
    const [f] = expectFires(withLength('mmf-om4', 101), 'cable.too-long', 'error');
    expectTargets(f, [cableTarget('cab-node1-core1')]);
  });
  it('is quiet for OM4 at exactly 100 m at 25G', () =>
    expectQuiet(withLength('mmf-om4', 100), 'cable.too-long'));

  it('fires (error) for passive DAC beyond 5 m at 25G', () =>
    expectFires(withLength('dac-passive', 5.5), 'cable.too-long', 'error'));
  it('is quiet for passive DAC at 5 m at 25G', () =>
    expectQuiet(withLength('dac-passive', 5), 'cable.too-long'));

  it('warns for passive DAC between 5 and 7 m at 10G', () =>
    expectFires(withLength('dac-passive', 6, true), 'cable.too-long', 'warning'));
  it('errs for passive DAC beyond 7 m at 10G', () =>
    expectFires(withLength('dac-passive', 7.5, true), 'cable.too-long', 'error'));
  it('is quiet for passive DAC at 5 m at 10G', () =>
    expectQuiet(withLength('dac-passive', 5, true), 'cable.too-long'));

  it('a design may move the passive DAC warning line, and the hint follows it', () => {
    const d = withLength('dac-passive', 6, true);
    d.thresholds.passiveDacWarnAboveM = 6;
    expectQuiet(d, 'cable.too-long');
    d.thresholds.passiveDacWarnAboveM = 5.5;
    const [f] = expectFires(d, 'cable.too-long', 'warning');
    expect(f?.hint).toBe('Prefer an active DAC or AOC above 5.5 m.');
  });
});
