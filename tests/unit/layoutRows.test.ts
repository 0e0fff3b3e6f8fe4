import { describe, expect, it } from 'vitest';
import { layoutRows, serverRows } from '../../shared/edit';
import { buildFromWizard } from '../../shared/templates';
import { groupFindings, messagePattern, validate } from '../../shared/rules';
import { template } from '../support/designs';

describe('auto layout in rows', () => {
  it('wraps servers into balanced rows of at most eight', () => {
    expect(serverRows(3)).toEqual([3]);
    expect(serverRows(8)).toEqual([8]);
    expect(serverRows(9)).toEqual([5, 4]);
    expect(serverRows(20)).toEqual([7, 7, 6]);
    expect(serverRows(32)).toEqual([8, 8, 8, 8]);
    expect(serverRows(0)).toEqual([]);
  });

  it('lays 32 nodes out in four rows no wider than a screen or two, in natural order', () => {
    const design = buildFromWizard({ nodes: 32, ceph: true, storageNics: false });
    const items = design.devices.map((d) => ({
      id: d.id,
      role: d.role,
      hostname: d.hostname,
      width: 320,
      height: 200,
    }));
    const at = layoutRows(items, design.cables);
    expect(at.size).toBe(design.devices.length);
    const servers = design.devices.filter((d) => d.role === 'server');
    const rows = new Set(servers.map((s) => at.get(s.id)!.y));
    expect(rows.size).toBe(4);
    const xs = [...at.values()].map((p) => p.x);
    // 8 cards of 320 px and their gaps, plus the management column: not 32 cards in a row.
    expect(Math.max(...xs) - Math.min(...xs)).toBeLessThan(8 * 380 + 200);
    // Natural order: pve-01, pve-02, … along the first row; pve-09 starts the second.
    const pos = (host: string) => at.get(design.devices.find((d) => d.hostname === host)!.id)!;
    expect(pos('pve-02').x).toBeGreaterThan(pos('pve-01').x);
    expect(pos('pve-09').y).toBeGreaterThan(pos('pve-08').y);
    // Firewalls above the cores above the servers.
    expect(pos('fw-01').y).toBeLessThan(pos('core-01').y);
    expect(pos('core-01').y).toBeLessThan(pos('pve-01').y);
    // Each management switch sits level with the middle of what it is cabled to: the first
    // (nodes 1-16, the upper rows) above the second (nodes 17-32), both beside the servers.
    const m1 = pos('mgmt-sw-01');
    const m2 = pos('mgmt-sw-02');
    expect(m1.y).toBeLessThan(m2.y);
    expect(m1.y + 200).toBeLessThanOrEqual(m2.y);
    expect(m2.y).toBeGreaterThan(pos('pve-01').y);
    expect(m1.x).toBeGreaterThan(Math.max(...servers.map((s) => at.get(s.id)!.x)));
  });

  it('puts a management switch without cables in the core row', () => {
    const at = layoutRows(
      [
        { id: 'c', role: 'core-switch', hostname: 'core-01', width: 100, height: 50 },
        { id: 'm', role: 'mgmt-switch', hostname: 'mgmt-sw-01', width: 100, height: 50 },
      ],
      [],
    );
    expect(at.get('m')!.y).toBe(at.get('c')!.y);
  });
});

describe('grouping findings', () => {
  it('groups one rule’s findings that differ only in the names of what they are about', () => {
    const design = buildFromWizard({ nodes: 12, ceph: true, storageNics: false });
    const broken = { ...design, cables: design.cables.filter((c) => !c.label?.endsWith('IDRAC')) };
    const findings = validate(broken);
    const bmc = findings.filter((f) => f.ruleId === 'mgmt.bmc-not-connected');
    expect(bmc).toHaveLength(12);
    expect(messagePattern(broken, bmc[0]!)).not.toContain('pve-01');
    const groups = groupFindings(broken, findings);
    const group = groups.find((g) => g.findings[0]!.ruleId === 'mgmt.bmc-not-connected')!;
    expect(group.findings).toHaveLength(12);
    expect(groups.reduce((n, g) => n + g.findings.length, 0)).toBe(findings.length);
    // Different messages of one rule stay apart.
    const clean = groupFindings(template(), validate(template()));
    expect(clean.every((g) => g.findings.length >= 1)).toBe(true);
  });
});

describe('find device', () => {
  it('finds by hostname, prefix matches first, in natural order', async () => {
    const { findDevices } = await import('../../shared/edit');
    const design = buildFromWizard({ nodes: 12, ceph: true, storageNics: false });
    expect(findDevices(design, 'pve-1').map((d) => d.hostname)).toEqual([
      'pve-10',
      'pve-11',
      'pve-12',
    ]);
    expect(
      findDevices(design, 'PVE-0')
        .map((d) => d.hostname)
        .slice(0, 3),
    ).toEqual(['pve-01', 'pve-02', 'pve-03']);
    expect(findDevices(design, '01').map((d) => d.hostname)).toEqual([
      'core-01',
      'fw-01',
      'mgmt-sw-01',
      'pve-01',
    ]);
    expect(findDevices(design, '  ')).toEqual([]);
  });
});
