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

function withLength(
  media: 'mmf-om3' | 'mmf-om4' | 'smf-os2' | 'dac-passive' | 'aoc',
  lengthM: number,
  tenGig = false,
) {
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

  describe('the hint fits the media', () => {
    it('fiber beyond its optics: optics and fiber with more reach (single-mode LR), no AOC', () => {
      const [f] = expectFires(withLength('mmf-om4', 101), 'cable.too-long', 'error');
      expect(f?.hint).toBe(
        'Use optics and fiber that reach 101 m at 25G: LR optics over OS2 single-mode fiber patch cord (10 km); or a shorter run.',
      );
    });
    it('OM3 beyond 300 m at 10G: OM4 with SR optics reaches too', () => {
      const [f] = expectFires(withLength('mmf-om3', 350, true), 'cable.too-long', 'error');
      expect(f?.hint).toMatch(/SR optics over OM4 .*\(400 m\) or LR optics over OS2 .*\(10 km\)/);
    });
    it('single-mode beyond the catalog: an ER-class optic', () => {
      expectQuiet(withLength('smf-os2', 10000), 'cable.too-long');
      const [f] = expectFires(withLength('smf-os2', 10001), 'cable.too-long', 'error');
      expect(f?.hint).toMatch(/^Use a single-mode optic with longer reach \(ER class/);
    });
    it('copper beyond its reach: active DAC, AOC or fiber', () => {
      const [f] = expectFires(withLength('dac-passive', 5.5), 'cable.too-long', 'error');
      expect(f?.hint).toBe(
        'Use a shorter run, or a media that reaches 5.5 m at 25G: Active DAC (10 m), Active optical cable (100 m) or fiber with optics.',
      );
    });
    it('AOC beyond 100 m: only fiber with optics reaches', () => {
      expectQuiet(withLength('aoc', 100), 'cable.too-long');
      const [f] = expectFires(withLength('aoc', 120), 'cable.too-long', 'error');
      expect(f?.hint).toBe(
        'Use a shorter run, or a media that reaches 120 m at 25G: LR optics over OS2 single-mode fiber patch cord (10 km).',
      );
    });
    it('a BASE-T module too short for the run: optics or a DAC/AOC instead of the module', () => {
      const d = template();
      port(d, 'fw-1', 'x1').config = { module: 'base-t' };
      port(d, 'core-1', 'swp17').config = { module: 'base-t' };
      const c = cable(d, 'cab-fw1-core1');
      c.media = 'cat6a';
      c.lengthM = 31;
      const [f] = expectFires(d, 'cable.too-long', 'error', 2);
      expect(f?.hint).toMatch(/instead of the BASE-T module/);
    });
  });
});
