import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { SCHEDULE_COLUMNS, buildCableSchedule, cableScheduleCsv } from '../../shared/export';
import { cable, device, template } from '../support/rules';

describe('cable schedule', () => {
  it('has one row per cable, sorted by A device then port (swp2 before swp10)', () => {
    const d = template();
    cable(d, 'cab-node1-core1').a = { device: 'node-1', port: 'ens1f0' };
    const rows = buildCableSchedule(d);
    expect(rows).toHaveLength(d.cables.length);
    const keys = rows.map((r) => `${r.aDevice}|${r.aPort}`);
    expect(keys.slice(0, 4)).toEqual([
      'core-01|eth0',
      'core-01|swp21',
      'core-01|swp22',
      'core-02|eth0',
    ]);
    const collator = new Intl.Collator('en', { numeric: true });
    for (let i = 1; i < rows.length; i++) {
      const order =
        collator.compare(rows[i - 1]!.aDevice, rows[i]!.aDevice) ||
        collator.compare(rows[i - 1]!.aPort, rows[i]!.aPort);
      expect(order).toBeLessThanOrEqual(0);
    }
  });

  it('names the networks a host link carries, with VLANs, and its LAGs', () => {
    const row = buildCableSchedule(template()).find((r) => r.id === 'cab-node1-core1')!;
    expect(row).toMatchObject({
      label: 'N1-A',
      aDevice: 'pve-01',
      aPort: 'ens1f0',
      bDevice: 'core-01',
      bPort: 'swp1',
      lengthM: 3,
      lengthEstimated: false,
      lag: 'bond0 / pve-01-bond0',
    });
    expect(row.networks).toBe(
      'Corosync link 1 (51); Ceph public (60); Migration (70); VM network (100); Ceph cluster (61)',
    );
  });

  it('names a switch-to-switch trunk by its VLANs', () => {
    const rows = buildCableSchedule(template());
    expect(rows.find((r) => r.id === 'cab-peer-1')!.networks).toBe('all VLANs');
    expect(rows.find((r) => r.id === 'cab-mgmt-uplink')!.networks).toBe('VLAN 10');
  });

  it('says which lengths are estimates (drawn with the default length, never entered)', () => {
    const d = template();
    cable(d, 'cab-node1-core1').lengthEstimated = true;
    const rows = buildCableSchedule(d);
    expect(rows.filter((r) => r.lengthEstimated).map((r) => r.id)).toEqual(['cab-node1-core1']);
    const csv = parse(cableScheduleCsv(d), { columns: true }) as Array<Record<string, string>>;
    const column = (id: string) => csv.find((r) => r['cable id'] === id)!['length estimated'];
    expect(column('cab-node1-core1')).toBe('yes');
    expect(column('cab-node2-core1')).toBe('no');
  });

  it('round-trips through a CSV parser, with hostile names neutralised', () => {
    const d = template();
    device(d, 'node-1').hostname = '@SUM(1+1)';
    const rows = parse(cableScheduleCsv(d)) as string[][];
    expect(rows[0]).toEqual([...SCHEDULE_COLUMNS]);
    expect(rows).toHaveLength(d.cables.length + 1);
    expect(rows.some((r) => r[2] === "'@SUM(1+1)")).toBe(true);
  });
});
