import { describe, expect, it } from 'vitest';
import { BUILTIN_CATALOG } from '../../shared/catalog';
import { connectionProblem } from '../../shared/edit';
import type { Port } from '../../shared/model';
import { DEFAULT_SPEEDS, PortType } from '../../shared/model';
import { mediaMisfit, mediaOptions, pairMisfit } from '../../shared/topology';
import { addCable, device, findings, template } from '../support/rules';

/** One port of every type, plus an SFP+ cage holding a BASE-T module. */
const samples: Port[] = [
  ...PortType.options.map((type): Port => ({
    name: `p-${type}`,
    type,
    role: type === 'console' ? 'console' : type === 'bmc' ? 'bmc' : 'service',
    speeds: [...DEFAULT_SPEEDS[type]],
  })),
  {
    name: 'p-sfpp-base-t',
    type: '10gbase-x-sfpp',
    role: 'service',
    speeds: [1, 10],
    config: { module: 'base-t' },
  },
];

/** What the rules say of one cable between two such ports: fine, or the rule ids that fire. */
function rulesVerdict(a: Port, b: Port, media: string): string[] {
  const d = template();
  device(d, 'core-1').ports.push({ ...a, name: 'x-a' });
  device(d, 'core-2').ports.push({ ...b, name: 'x-b' });
  addCable(d, 'x', ['core-1', 'x-a'], ['core-2', 'x-b'], media as never, 1);
  return ['cable.media-mismatch', 'cable.speed-mismatch'].filter((id) =>
    findings(d, id).some((f) => f.targets.some((t) => t.id === 'x')),
  );
}

describe('one cable physics for the editor and the rules', () => {
  it('the editor offers a media between two ports exactly when the rules accept that cable', () => {
    let offered = 0;
    for (const a of samples) {
      for (const b of samples) {
        const options = new Set(mediaOptions(BUILTIN_CATALOG, a, b).map((m) => m.media));
        for (const spec of BUILTIN_CATALOG.media) {
          const accepted = rulesVerdict(a, b, spec.media).length === 0;
          expect(options.has(spec.media), `${a.name} - ${b.name} over ${spec.media}`).toBe(
            accepted,
          );
          if (accepted) offered++;
        }
      }
    }
    // Not a vacuous agreement: many combinations are offered, and many refused.
    expect(offered).toBeGreaterThan(50);
    expect(offered).toBeLessThan(samples.length ** 2 * BUILTIN_CATALOG.media.length - 50);
  });

  it('names why a media does not fit, for twisted pair, cages and BASE-T modules', () => {
    const spec = (media: string) => BUILTIN_CATALOG.media.find((m) => m.media === media);
    const sfp28 = samples.find((p) => p.type === '25gbase-x-sfp28')!;
    expect(mediaMisfit('cat6a', spec('cat6a'), sfp28)).toBe('SFP28 cage without a BASE-T module');
    expect(mediaMisfit('dac-passive', spec('dac-passive'), samples[0]!)).toBe('RJ45 jack');
    const baseT = samples.at(-1)!;
    expect(mediaMisfit('cat6a', spec('cat6a'), baseT)).toBeNull();
    expect(mediaMisfit('dac-passive', spec('dac-passive'), baseT)).toBe(
      'cage holding a BASE-T module',
    );
  });

  it('the editor refuses a pair of ports exactly when no media links them, and says why', () => {
    const d = template();
    // Every sample on two free ports of two devices: only the physics can refuse the pair.
    for (const a of samples) device(d, 'core-1').ports.push({ ...a, name: `a-${a.name}` });
    for (const b of samples) device(d, 'core-2').ports.push({ ...b, name: `b-${b.name}` });
    const seen = new Set<string>();
    for (const a of samples) {
      for (const b of samples) {
        const misfit = pairMisfit(BUILTIN_CATALOG, a, b);
        const pair = `${a.name} - ${b.name}`;
        expect(misfit === null, pair).toBe(mediaOptions(BUILTIN_CATALOG, a, b).length > 0);
        const problem = connectionProblem(
          d,
          BUILTIN_CATALOG,
          { device: 'core-1', port: `a-${a.name}` },
          { device: 'core-2', port: `b-${b.name}` },
        );
        expect(problem === null, pair).toBe(misfit === null);
        if (misfit) seen.add(misfit.kind);
      }
    }
    // Each reason is reached by some pair of the samples; a catalog without a fitting media
    // gives the last one.
    expect([...seen].sort()).toEqual(['console', 'form-factor', 'speed'].sort());
    const rj45 = samples[0]!;
    expect(pairMisfit({ ...BUILTIN_CATALOG, media: [] }, rj45, rj45)).toEqual({ kind: 'no-media' });
  });

  it('a console line is cabled console to console, never into a data port', () => {
    const d = template();
    const con: Port = { name: 'con', type: 'console', role: 'console', speeds: [] };
    device(d, 'core-1').ports.push(con);
    device(d, 'mgmt-1').ports.push({ ...con });
    expect(
      connectionProblem(
        d,
        BUILTIN_CATALOG,
        { device: 'core-1', port: 'con' },
        { device: 'mgmt-1', port: 'con' },
      ),
    ).toBeNull();
    expect(
      connectionProblem(
        d,
        BUILTIN_CATALOG,
        { device: 'core-1', port: 'con' },
        { device: 'mgmt-1', port: '20' },
      ),
    ).toMatch(/console port: cable it to another console port or a console server/);
  });
});

describe('a copper cable refused by a cage names that cage', () => {
  /** The refusal for an RJ45 port of core-1 cabled to a port of this type on core-2. */
  const refusal = (type: PortType) => {
    const d = template();
    const rj45 = samples.find((p) => p.type === '1000base-t')!;
    const cage = samples.find((p) => p.type === type)!;
    device(d, 'core-1').ports.push({ ...rj45, name: 'rj' });
    device(d, 'core-2').ports.push({ ...cage, speeds: [1, ...cage.speeds], name: 'cage' });
    return connectionProblem(
      d,
      BUILTIN_CATALOG,
      { device: 'core-1', port: 'rj' },
      { device: 'core-2', port: 'cage' },
    );
  };

  it.each([
    ['10gbase-x-sfpp', 'an SFP+ cage'],
    ['25gbase-x-sfp28', 'an SFP28 cage'],
  ] as const)('%s: the cage needs a BASE-T module, fitted in that port', (type, cage) => {
    expect(refusal(type)).toBe(
      `form factor mismatch: core-01 rj is RJ45, core-02 cage is ${cage.split(' ')[1]} (${cage} needs a BASE-T module for RJ45: fit one in core-02 cage)`,
    );
  });

  it.each([
    ['100gbase-x-qsfp28', 'QSFP28'],
    ['40gbase-x-qsfpp', 'QSFP+'],
  ] as const)('%s: no BASE-T module exists for the cage, and it says so', (type, cage) => {
    expect(refusal(type)).toBe(
      `form factor mismatch: core-01 rj is RJ45, core-02 cage is ${cage} (a ${cage} cage cannot take a BASE-T module at all, so no RJ45 cable fits core-02 cage)`,
    );
  });

  it('the rules word a copper cable in a cage the same way', () => {
    const spec = BUILTIN_CATALOG.media.find((m) => m.media === 'cat6a');
    const port = (type: PortType) => samples.find((p) => p.type === type)!;
    expect(mediaMisfit('cat6a', spec, port('10gbase-x-sfpp'))).toBe(
      'SFP+ cage without a BASE-T module',
    );
    expect(mediaMisfit('cat6a', spec, port('100gbase-x-qsfp28'))).toBe(
      'QSFP28 cage, which no BASE-T module fits',
    );
  });
});
