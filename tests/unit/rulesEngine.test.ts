import { existsSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Rule } from '../../shared/rules';
import { RULES, fingerprintOf, summarize, validate } from '../../shared/rules';
import { TEMPLATES } from '../../shared/templates';
import { generateDesign } from '../bench/generate';
import { designArb } from '../support/arbitraries';
import { RULE_CATALOGUE } from '../support/ruleCatalogue';
import { device, template } from '../support/rules';

describe('the rule registry', () => {
  it('implements exactly the catalogue (revision 2, 75 rules), in its order', () => {
    expect(RULES.map((r) => r.id)).toEqual(RULE_CATALOGUE.map(([id]) => id));
    expect(RULES).toHaveLength(75);
  });

  it('gives every rule a title, explanation, hint and source, and a test file beside it', () => {
    for (const r of RULES) {
      expect(r.title && r.why && r.hint && r.source, r.id).toBeTruthy();
      expect(existsSync(`tests/rules/${r.id}.test.ts`), `tests/rules/${r.id}.test.ts`).toBe(true);
      expect(existsSync(`shared/rules/${r.id}.ts`), `shared/rules/${r.id}.ts`).toBe(true);
    }
  });

  it('default severities match the catalogue', () => {
    const severity = new Map(RULE_CATALOGUE.map(([id, s]) => [id, s.split('/')[0]]));
    for (const r of RULES) expect(severity.get(r.id), r.id).toBe(r.severity);
  });
});

describe('validate()', () => {
  for (const t of TEMPLATES) {
    it(`${t.name} has zero errors and zero warnings`, () => {
      const s = summarize(validate(t.build()));
      expect([s.errors, s.warnings]).toEqual([0, 0]);
    });
  }

  it('generated multi-cluster designs (both core models, storage NICs on and off) are clean too', () => {
    // This caught a template bug once: trunks at 9216 on a switch that allows 9214.
    const design = generateDesign({ devices: 400, seed: 7 });
    expect(
      new Set(design.devices.filter((d) => d.role === 'core-switch').map((d) => d.model.catalogId)),
    ).toEqual(new Set(['nvidia-sn2010', 'arista-7050sx3-48yc8']));
    const s = summarize(validate(design));
    expect([s.errors, s.warnings]).toEqual([0, 0]);
  });

  it('finds every planted fault of a deliberately faulty design, and nothing else', () => {
    const d = template();
    device(d, 'node-2').hostname = 'pve_02'; // host.name-invalid
    device(d, 'node-3').hostname = 'PVE-01'; // host.name-duplicate
    d.networks.find((n) => n.id === 'net-vm')!.vlan = 5000; // vlan.invalid-id (and not carried any more)
    d.cables.find((c) => c.id === 'cab-node1-core1')!.media = 'cat6a'; // media mismatch x2
    d.cables = d.cables.filter((c) => c.id !== 'cab-peer-2'); // peer link single
    d.cables = d.cables.filter((c) => c.id !== 'cab-fw-ha2'); // HA link missing
    d.clusters[0]!.domain = 'corp.local'; // domain.local
    d.clusters[0]!.ceph.pools[0]!.minSize = 1; // ceph.min-size-one
    device(d, 'node-1').server!.disks[0]!.capacityGB = 120; // os disk small
    const ids = [...new Set(validate(d).map((f) => f.ruleId))].sort();
    expect(ids).toEqual(
      [
        'cable.media-mismatch',
        'ceph.min-size-one',
        // A leg that cannot link leaves pve-01's Ceph bond at 25G, below 2 x its fastest OSD.
        'ceph.network-bandwidth',
        'ceph.public-cluster-same-link',
        'domain.local',
        'firewall.ha-link-missing',
        'host.name-duplicate',
        'host.name-invalid',
        'mlag.peer-link-single',
        'server.os-disk-small',
        'vlan.invalid-id',
        'vlan.not-carried',
      ].sort(),
    );
  });

  it('never throws and never reports an internal error on random valid designs (property)', () => {
    fc.assert(
      fc.property(designArb, (design) => {
        const found = validate(design);
        expect(found.filter((f) => f.message.includes('internal error'))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('turns a crashing rule into an error finding instead of stopping', () => {
    const boom: Rule = {
      id: 'test.boom',
      severity: 'info',
      title: 't',
      why: 'w',
      hint: 'h',
      source: 's',
      check: () => {
        throw new Error('kaput');
      },
    };
    const [f] = validate(template(), { rules: [boom] });
    expect(f).toMatchObject({
      ruleId: 'test.boom',
      severity: 'error',
      message: 'internal error in rule test.boom: kaput',
    });
  });

  it('sorts by severity, then rule id', () => {
    const d = template();
    d.clusters[0]!.domain = 'x.local';
    device(d, 'node-1').hostname = 'bad_name';
    const sev = validate(d).map((f) => f.severity);
    expect(sev).toEqual(
      [...sev].sort(
        (a, b) => ['error', 'warning', 'info'].indexOf(a) - ['error', 'warning', 'info'].indexOf(b),
      ),
    );
  });
});

describe('suppressions and fingerprints', () => {
  const faulty = () => {
    const d = template();
    d.cables = d.cables.filter((c) => c.id !== 'cab-fw-ha2');
    return d;
  };

  it('a fingerprint is the rule id and the sorted target ids', () => {
    const [f] = validate(faulty()).filter((x) => x.ruleId === 'firewall.ha-link-missing');
    expect(f!.fingerprint).toBe('firewall.ha-link-missing:fw-1,fw-2,ha-fw');
    expect(
      fingerprintOf('r', [
        { kind: 'device', id: 'b' },
        { kind: 'cable', id: 'a' },
      ]),
    ).toBe('r:a,b');
  });

  it('a suppression by fingerprint marks the finding suppressed with its reason, not hidden', () => {
    const d = faulty();
    d.suppressions = [
      {
        rule: 'firewall.ha-link-missing',
        fingerprint: 'firewall.ha-link-missing:fw-1,fw-2,ha-fw',
        reason: 'second HA link via the core, agreed with security',
      },
    ];
    const found = validate(d).filter((x) => x.ruleId === 'firewall.ha-link-missing');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      suppressed: true,
      suppressionReason: 'second HA link via the core, agreed with security',
    });
    expect(summarize(validate(d))).toMatchObject({ warnings: 0, suppressed: 1 });
  });

  it('a suppression of a whole rule covers all its findings; another fingerprint covers none', () => {
    const d = template();
    d.suppressions = [
      { rule: 'ceph.public-cluster-same-link', reason: 'no storage NICs in this budget' },
    ];
    expect(
      validate(d)
        .filter((f) => f.ruleId === 'ceph.public-cluster-same-link')
        .every((f) => f.suppressed),
    ).toBe(true);
    d.suppressions = [{ rule: 'ceph.public-cluster-same-link', fingerprint: 'nope', reason: 'x' }];
    expect(validate(d).some((f) => f.suppressed)).toBe(false);
  });

  it('threshold overrides in the design change what fires', () => {
    const d = template();
    d.thresholds = { osDiskMinGB: 500 };
    expect(validate(d).filter((f) => f.ruleId === 'server.os-disk-small')).toHaveLength(3);
  });
});
