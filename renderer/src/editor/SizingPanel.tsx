import { useMemo } from 'react';
import { cephSizing } from '../../../shared/rules/cephSizing';
import { sortByName } from '../../../shared/model';
import type { Design } from '../../../shared/model';
import { useCatalog } from '../state/catalog';

const fmt = (n: number | null, digits = 0) => (n === null ? '?' : n.toFixed(digits));

/** Ceph needs against what each node has (Ceph and Proxmox VE sizing guidance), and the cluster's VM IOPS budget. */
export function SizingPanel({ design }: { design: Design }) {
  const catalog = useCatalog((s) => s.catalog);
  const clusters = useMemo(() => cephSizing(design, catalog), [design, catalog]);
  if (clusters.length === 0) {
    return (
      <div className="cw-sizing" data-testid="sizing">
        No cluster with Ceph in this design.
      </div>
    );
  }
  return (
    <div className="cw-sizing" data-testid="sizing">
      {clusters.map((c) => (
        <section key={c.clusterId}>
          <h3>{c.name}</h3>
          <table>
            <thead>
              <tr>
                <th>Node</th>
                <th>OSDs</th>
                <th>RAM need / have (GiB)</th>
                <th>CPU threads need / have</th>
                <th>Ceph network need / have (MB/s)</th>
              </tr>
            </thead>
            <tbody>
              {sortByName(c.nodes, (n) => n.hostname).map((n) => (
                <tr key={n.nodeId}>
                  <td>{n.hostname}</td>
                  <td>{n.osds}</td>
                  <td className={n.ram.needGiB > n.ram.haveGiB ? 'cw-short' : undefined}>
                    {fmt(n.ram.needGiB)} / {fmt(n.ram.haveGiB)}
                  </td>
                  <td className={n.cpu.needThreads > n.cpu.haveThreads ? 'cw-short' : undefined}>
                    {fmt(n.cpu.needThreads)} / {fmt(n.cpu.haveThreads)}
                  </td>
                  <td
                    className={
                      n.network.haveMBps !== null && n.network.needMBps > n.network.haveMBps
                        ? 'cw-short'
                        : undefined
                    }
                  >
                    {fmt(n.network.needMBps)} / {fmt(n.network.haveMBps)}
                    {n.network.ports.length ? (
                      <span className="cw-muted"> ({n.network.ports.join(', ')})</span>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            VM IOPS budget: {c.iops.plannedVms} VMs × {c.iops.iopsPerVm} IOPS, pool size{' '}
            {c.iops.poolSize}: demand {fmt(c.iops.demandMiBps)} MiB/s of {fmt(c.iops.capacityMiBps)}{' '}
            MiB/s.{' '}
            {c.iops.byDiskType
              .map((b) => `${b.disks} ${b.media}: ${fmt(b.vmsPerDisk)} VMs per disk`)
              .join(' · ')}
          </p>
        </section>
      ))}
    </div>
  );
}
