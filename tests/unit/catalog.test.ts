import { describe, expect, it } from 'vitest';
import devicesJson from '../../shared/catalog/devices.json';
import mediaJson from '../../shared/catalog/media.json';
import {
  BUILTIN_CATALOG,
  CatalogFile,
  deviceFromModel,
  expandPorts,
  findModel,
  mergeCatalogs,
  parseCatalogText,
} from '../../shared/catalog';
import { CABLE_MEDIA, Device, FORM_FACTOR_OF, SFP_FAMILY } from '../../shared/model';

const models = BUILTIN_CATALOG.models;
const ofRole = (role: string) => models.filter((m) => m.role === role);

describe('built-in catalog', () => {
  it('validates against its schema', () => {
    expect(CatalogFile.safeParse(devicesJson).success).toBe(true);
    expect(CatalogFile.safeParse(mediaJson).success).toBe(true);
  });

  it('has the models the product promises', () => {
    expect(ofRole('firewall').filter((m) => !m.generic).length).toBeGreaterThanOrEqual(2);
    const cores = ofRole('core-switch');
    expect(cores.filter((m) => !m.generic && m.limits.mlag).length).toBeGreaterThanOrEqual(3);
    for (const m of cores) {
      expect(m.limits, m.id).toMatchObject({
        maxVlans: expect.any(Number),
        maxLagGroups: expect.any(Number),
        maxLagMembers: expect.any(Number),
        maxMtu: expect.any(Number),
      });
      expect(typeof m.limits.mlag).toBe('boolean');
      expect(typeof m.limits.bgp).toBe('boolean');
    }
    const mgmtPortCounts = ofRole('mgmt-switch')
      .filter((m) => !m.generic)
      .map((m) => expandPorts(m.ports).filter((p) => p.type === '1000base-t').length);
    expect(mgmtPortCounts).toEqual(expect.arrayContaining([24, 48]));
    const servers = ofRole('server').filter((m) => !m.generic);
    expect(servers.length).toBeGreaterThanOrEqual(3);
    expect(new Set(servers.map((m) => m.heightU))).toEqual(new Set([1, 2]));
    for (const s of servers) expect(s.nicOptions.length, s.id).toBeGreaterThan(0);
    for (const role of ['firewall', 'core-switch', 'mgmt-switch', 'server', 'other']) {
      expect(
        ofRole(role).some((m) => m.generic),
        `generic ${role}`,
      ).toBe(true);
    }
  });

  it('real vendor models name a part number and a source; generic ones say so', () => {
    for (const m of models) {
      if (m.generic) expect(m.manufacturer).toBe('Generic');
      else expect(m.source, m.id).toBeTruthy();
    }
  });

  it('model ids are unique and every expanded port name is unique per model', () => {
    expect(new Set(models.map((m) => m.id)).size).toBe(models.length);
    for (const m of models) {
      const all = [...m.ports, ...m.nicOptions.flatMap((n) => n.ports)];
      const names = expandPorts(all).map((p) => p.name);
      expect(new Set(names).size, m.id).toBe(names.length);
      for (const nic of m.defaultNics)
        expect(
          m.nicOptions.some((n) => n.id === nic),
          `${m.id}:${nic}`,
        ).toBe(true);
    }
  });

  it('covers every cable media with reach for each speed and ascending orderable lengths', () => {
    expect(BUILTIN_CATALOG.media.map((m) => m.media).sort()).toEqual([...CABLE_MEDIA].sort());
    for (const spec of BUILTIN_CATALOG.media) {
      for (const speed of spec.speeds) {
        expect(
          spec.reach.some((r) => r.speeds.includes(speed)),
          `${spec.media} @${speed}G`,
        ).toBe(true);
      }
      expect([...spec.lengthsM].sort((a, b) => a - b)).toEqual(spec.lengthsM);
      expect(spec.transceiversPerEnd).toBe(spec.kind === 'fiber' ? 1 : 0);
    }
  });

  it('reach limits match the published media reach (IEEE 802.3, vendor data)', () => {
    const reach = (media: string, speed: number) =>
      BUILTIN_CATALOG.media
        .find((m) => m.media === media)!
        .reach.find((r) => r.speeds.includes(speed));
    expect(reach('dac-passive', 10)).toMatchObject({ maxM: 7, warnAboveM: 5 });
    expect(reach('dac-passive', 25)!.maxM).toBe(5);
    expect(reach('dac-active', 100)!.maxM).toBe(10);
    expect(reach('aoc', 25)!.maxM).toBe(100);
    expect(reach('cat6a', 10)!.maxM).toBe(100);
    expect(reach('cat6', 10)!.maxM).toBe(55);
    expect([10, 25, 40, 100].map((s) => reach('mmf-om3', s)!.maxM)).toEqual([300, 70, 100, 70]);
    expect([10, 25, 40, 100].map((s) => reach('mmf-om4', s)!.maxM)).toEqual([400, 100, 150, 100]);
    expect(reach('smf-os2', 10)!.maxM).toBe(10000);
  });

  it('offers SR and LR optics for every SFP-family cage at its native speed', () => {
    const native: Record<string, number> = {
      SFP: 1,
      'SFP+': 10,
      SFP28: 25,
      'QSFP+': 40,
      QSFP28: 100,
    };
    for (const ff of SFP_FAMILY) {
      for (const medium of ['mmf', 'smf']) {
        const t = BUILTIN_CATALOG.transceivers.find(
          (x) => x.formFactor === ff && x.medium === medium && x.speed === native[ff],
        );
        expect(t, `${ff} ${medium}`).toBeDefined();
      }
    }
  });
});

describe('devices from catalog models', () => {
  it('carry a snapshot of ports and limits and are schema-valid', () => {
    for (const m of models) {
      const device = deviceFromModel(m, { id: 'd1', hostname: 'host-1' });
      expect(Device.safeParse(device).success, m.id).toBe(true);
      expect(device.model.catalogId).toBe(m.id);
      expect(device.limits).toEqual(m.limits);
      for (const port of device.ports)
        expect(port.speeds.length > 0 || port.type === 'console', `${m.id}:${port.name}`).toBe(
          true,
        );
    }
  });

  it('fit the chosen NIC options, and refuse unknown ones', () => {
    const r660 = findModel(BUILTIN_CATALOG, 'dell-r660');
    const names = deviceFromModel(r660, {
      id: 'n',
      hostname: 'n',
      nics: ['ocp-2x25', 'pcie-2x25'],
    }).ports.map((p) => p.name);
    expect(names).toEqual(['idrac', 'eno1', 'eno2', 'ens1f0', 'ens1f1', 'ens2f0', 'ens2f1']);
    expect(() => deviceFromModel(r660, { id: 'n', hostname: 'n', nics: ['nope'] })).toThrow(
      'no NIC option "nope"',
    );
  });

  it('expand port ranges with prefix and suffix', () => {
    const arista = deviceFromModel(findModel(BUILTIN_CATALOG, 'arista-7050sx3-48yc8'), {
      id: 'a',
      hostname: 'a',
    });
    expect(arista.ports.filter((p) => p.type === '25gbase-x-sfp28')).toHaveLength(48);
    expect(arista.ports.find((p) => p.name === 'Ethernet49/1')).toMatchObject({
      type: '100gbase-x-qsfp28',
      speeds: [40, 100],
    });
    expect(FORM_FACTOR_OF['100gbase-x-qsfp28']).toBe('QSFP28');
  });
});

describe('user catalogs', () => {
  const userModel = {
    id: 'acme-sw-1',
    role: 'core-switch',
    manufacturer: 'ACME',
    model: 'SW-1',
    ports: [{ range: { prefix: 'p', from: 1, to: 4 }, type: '10gbase-x-sfpp', role: 'service' }],
    limits: { mlag: true, maxVlans: 64 },
  };

  it('parse, and extend or replace built-in entries', () => {
    const parsed = parseCatalogText(
      JSON.stringify({
        catalogVersion: 1,
        models: [userModel, { ...userModel, id: 'nvidia-sn2010', model: 'Override' }],
      }),
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const merged = mergeCatalogs(BUILTIN_CATALOG, parsed.catalog);
    expect(merged.models).toHaveLength(models.length + 1);
    expect(findModel(merged, 'nvidia-sn2010').model).toBe('Override');
    expect(findModel(merged, 'acme-sw-1').generic).toBe(false);
  });

  it('report bad entries with path and line', () => {
    const text = JSON.stringify(
      {
        catalogVersion: 1,
        models: [{ ...userModel, ports: [{ name: 'x', type: '400g', role: 'service' }] }],
      },
      null,
      2,
    );
    const parsed = parseCatalogText(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems[0]!.path.slice(0, 3)).toEqual(['models', 0, 'ports']);
    expect(parsed.problems[0]!.line).toBeGreaterThan(5);
  });

  it('refuse duplicate model ids', () => {
    const parsed = parseCatalogText(
      JSON.stringify({ catalogVersion: 1, models: [userModel, userModel] }),
    );
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems[0]!.message).toBe('duplicate model id "acme-sw-1"');
  });
});
