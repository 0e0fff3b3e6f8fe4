import { describe, expect, it } from 'vitest';
import { cephSizing } from '../../shared/rules';
import { device, template } from '../support/rules';

describe('cephSizing', () => {
  it('reproduces the brief’s VMs-per-disk figures: SATA SSD 550 -> 35, NVMe Gen3 2,900 -> 185', () => {
    const d = template();
    const [n1, n2] = ['node-1', 'node-2'].map((id) => device(d, id).server!.disks);
    n1!
      .filter((x) => x.role === 'osd')
      .forEach((x) => ((x.media = 'sata-ssd'), (x.writeMBps = 550)));
    n2!.filter((x) => x.role === 'osd').forEach((x) => (x.writeMBps = 2900));
    const budget = cephSizing(d)[0]!.iops.byDiskType;
    expect(budget.find((b) => b.media === 'sata-ssd')).toMatchObject({
      writeMBps: 550,
      vmsPerDisk: 35,
    });
    expect(budget.find((b) => b.media === 'nvme')).toMatchObject({
      writeMBps: 2900,
      vmsPerDisk: 185,
    });
  });

  it('gives need vs have per node for RAM, CPU and network', () => {
    const [cluster] = cephSizing(template());
    expect(cluster!.nodes).toHaveLength(3);
    expect(cluster!.nodes[0]).toEqual({
      nodeId: 'node-1',
      hostname: 'pve-01',
      osds: 4,
      ram: { haveGiB: 192, needGiB: 40 }, // 8 + 4 OSDs x 8 GiB (Proxmox VE's recommendation)
      cpu: { haveThreads: 64, needThreads: 58 },
      network: {
        haveMBps: 6250,
        needMBps: 4000,
        network: 'Ceph cluster',
        ports: ['ens1f0', 'ens1f1'],
      },
    });
    expect(cluster!.iops).toMatchObject({
      plannedVms: 60,
      iopsPerVm: 1000,
      poolSize: 3,
      demandMiBps: 937.5,
      capacityMiBps: 8000,
    });
  });

  it('reports only Ceph-enabled clusters', () => {
    const d = template();
    d.clusters[0]!.ceph.enabled = false;
    expect(cephSizing(d)).toEqual([]);
  });
});
