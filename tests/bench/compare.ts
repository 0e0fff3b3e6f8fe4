import type { LldpReport } from '../../shared/compare';
import { checkCabling, diffDesigns, parseLldp } from '../../shared/compare';
import { loadDesign, serializeDesign } from '../../shared/format';
import type { Design } from '../../shared/model';
import { validate } from '../../shared/rules';
import { json0Of, reportsOf, rewire, wiresOf } from '../support/lldp';
import type { Timing } from './measure';
import { measureInterleaved } from './measure';

/**
 * The next revision of a design: about 1 % of its devices renamed, networks renumbered, cables
 * relabelled, lengthened and removed, a network added, devices positioned elsewhere; loaded
 * from its own file as a second revision would be.
 */
export function nextRevision(design: Design): Design {
  const next = structuredClone(design);
  next.devices.forEach((d, i) => {
    if (i % 97 === 0) d.hostname = `${d.hostname}-r2`;
    if (i % 50 === 0) next.layout.positions[d.id] = { x: i, y: -i };
  });
  next.cables.forEach((c, i) => {
    if (i % 113 === 0) c.lengthM += 1;
    if (i % 211 === 0) c.label = `${c.label ?? c.id}-moved`;
  });
  for (const n of next.networks.slice(0, 20)) if (n.vlan !== undefined) n.vlan += 1;
  const dropped = new Set(next.cables.filter((_, i) => i % 307 === 0).map((c) => c.id));
  next.cables = next.cables.filter((c) => !dropped.has(c.id));
  for (const m of next.mlagPairs) {
    if (m.keepalive?.cable && dropped.has(m.keepalive.cable)) delete m.keepalive.cable;
  }
  next.networks.push({
    id: 'net-bench-new',
    name: 'Added in r2',
    role: 'vm',
    vlan: 3999,
    mtu: 1500,
  });
  const loaded = loadDesign(serializeDesign(next));
  if (!loaded.ok) throw new Error(`revision does not load: ${loaded.problems[0]?.message}`);
  return loaded.design;
}

export interface CompareFigures {
  validate: Timing;
  diff: Timing;
  check: Timing;
  changes: number;
  results: number;
  files: number;
}

/** Diff of two revisions and a cabling check (parsing included) against validating the same design. */
export function runCompareBench(design: Design): CompareFigures {
  const revision = nextRevision(design);
  // As built, with a few faults, and printed as lldpd json0 by every device.
  let wires = wiresOf(design);
  for (const c of design.cables.filter((_, i) => i % 500 === 0)) {
    const host = design.devices.find((d) => d.id === c.a.device)!.hostname;
    wires = rewire(wires, { host, port: c.a.port });
  }
  const files = reportsOf(design, wires).map((r) => ({
    device: r.device,
    text: json0Of(r.neighbors),
  }));
  const check = () => {
    const reports: LldpReport[] = [];
    for (const f of files) {
      const parsed = parseLldp(f.text);
      if (!parsed.ok) throw new Error(parsed.message);
      reports.push({ device: f.device, source: `${f.device}.json`, neighbors: parsed.neighbors });
    }
    const checked = checkCabling(design, reports);
    if (!checked.ok) throw new Error(checked.problems[0]);
    return checked.results.length;
  };
  const changes = diffDesigns(design, revision).length;
  const results = check();
  const timings = measureInterleaved(
    {
      validate: () => validate(design),
      diff: () => diffDesigns(design, revision),
      check,
    },
    { runs: 21 },
  );
  return { ...timings, changes, results, files: files.length };
}
