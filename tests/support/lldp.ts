import type { LldpNeighbor, LldpReport } from '../../shared/compare';
import type { Design } from '../../shared/model';

/** A physical link as built: both ends by hostname and port name. */
export interface Wire {
  a: { host: string; port: string };
  b: { host: string; port: string };
}

/** The links exactly as the design says. */
export function wiresOf(design: Design): Wire[] {
  const host = new Map(design.devices.map((d) => [d.id, d.hostname]));
  return design.cables.map((c) => ({
    a: { host: host.get(c.a.device)!, port: c.a.port },
    b: { host: host.get(c.b.device)!, port: c.b.port },
  }));
}

/**
 * What every design device's LLDP agent would print for these wires: each end sees the other,
 * except on BMC and console ports, which the host's agent does not see.
 */
export function reportsOf(design: Design, wires: Wire[]): LldpReport[] {
  const hidden = new Set<string>();
  for (const d of design.devices) {
    for (const p of d.ports) {
      if (p.role === 'bmc' || p.role === 'console') hidden.add(`${d.hostname}#${p.name}`);
    }
  }
  const seen = new Map<string, LldpNeighbor[]>(design.devices.map((d) => [d.hostname, []]));
  for (const w of wires) {
    for (const [near, far] of [
      [w.a, w.b],
      [w.b, w.a],
    ] as const) {
      if (hidden.has(`${near.host}#${near.port}`)) continue;
      seen.get(near.host)?.push({ localPort: near.port, system: far.host, port: far.port });
    }
  }
  return [...seen].map(([device, neighbors]) => ({
    device,
    source: `${device}.json`,
    neighbors,
  }));
}

/** lldpd's `-f json0 show neighbors details` for these neighbours (the fields we read, and a few more). */
export function json0Of(neighbors: LldpNeighbor[]): string {
  return JSON.stringify({
    lldp: [
      {
        interface: neighbors.map((n, i) => ({
          name: n.localPort,
          via: 'LLDP',
          rid: String(i + 1),
          chassis: [
            {
              id: [{ type: 'mac', value: '02:00:00:00:00:01' }],
              name: [{ value: n.system }],
            },
          ],
          port: [{ id: [{ type: 'ifname', value: n.port }], ttl: [{ value: '120' }] }],
        })),
      },
    ],
  });
}

/** A copy of `wires` with one link changed or dropped (`to` undefined). */
export function rewire(wires: Wire[], from: { host: string; port: string }, to?: Wire): Wire[] {
  const out = wires.filter(
    (w) =>
      !(w.a.host === from.host && w.a.port === from.port) &&
      !(w.b.host === from.host && w.b.port === from.port),
  );
  if (out.length === wires.length) throw new Error(`no wire at ${from.host}:${from.port}`);
  return to ? [...out, to] : out;
}
