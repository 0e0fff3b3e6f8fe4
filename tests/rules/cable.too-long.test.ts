import { describe, expect, it } from 'vitest';
import {
  cable,
  cableTarget,
  port,
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

  it('a 10GBASE-T module in an SFP+ cage reaches 30 m, though Cat6a reaches 100 m', () => {
    const d = template();
    const c = cable(d, 'cab-fw1-core1');
    port(d, 'fw-1', 'x1').config = { module: 'base-t' };
    port(d, 'core-1', 'swp17').config = { module: 'base-t' };
    c.media = 'cat6a';
    c.lengthM = 30;
    expectQuiet(d, 'cable.too-long');
    c.lengthM = 31;
    expect(expectFires(d, 'cable.too-long', 'error', 2)[0]?.message).toMatch(
      /exceeds the 30 m reach of the BASE-T module/,
    );
    port(d, 'fw-1', 'x1').config = { module: 'base-t', moduleReachM: 40 };
    expectFires(d, 'cable.too-long', 'error', 1); // only core-1's module, at its default 30 m
  });
});
