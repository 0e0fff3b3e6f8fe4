import type { Cable, Design } from '../model';
import { cableName } from '../model/names';
import { parsePortKey } from '../model/ids';
import type { Finding } from './finding';

/** Findings that say the same thing about different things: one rule, one message pattern. */
export interface FindingGroup {
  key: string;
  findings: Finding[];
}

/** Placeholder for a name in a message pattern. */
const NAME = '\u2026';

/**
 * The names a finding's targets go by in messages (hostnames, cable labels), longest first so
 * "pve-10" is replaced before "pve-1".
 */
function targetNames(index: NameIndex, finding: Finding): string[] {
  const names = new Set<string>();
  const host = (id: string) => index.hosts.get(id);
  for (const t of finding.targets) {
    if (t.kind === 'device') names.add(host(t.id) ?? t.id);
    else if (t.kind === 'port') names.add(host(parsePortKey(t.id).device) ?? t.id);
    else if (t.kind === 'cable') {
      const cable = index.cables.get(t.id);
      if (cable) names.add(cableName(cable, host));
    }
  }
  return [...names].filter((n) => n !== '').sort((a, b) => b.length - a.length);
}

interface NameIndex {
  hosts: Map<string, string>;
  cables: Map<string, Cable>;
}

function nameIndex(design: Design): NameIndex {
  return {
    hosts: new Map(design.devices.map((d) => [d.id, d.hostname])),
    cables: new Map(design.cables.map((c) => [c.id, c])),
  };
}

function patternOf(index: NameIndex, finding: Finding): string {
  let pattern = finding.message;
  for (const name of targetNames(index, finding)) pattern = pattern.split(name).join(NAME);
  return pattern;
}

/** The message with the names of what it is about blanked out: "… has no management port". */
export function messagePattern(design: Design, finding: Finding): string {
  return patternOf(nameIndex(design), finding);
}

/**
 * Groups findings of one severity, rule and message pattern (and suppression state), in the
 * order their first member appears. A group of one is a finding on its own.
 */
export function groupFindings(design: Design, findings: readonly Finding[]): FindingGroup[] {
  const index = nameIndex(design);
  const groups = new Map<string, FindingGroup>();
  for (const f of findings) {
    const key = `${f.severity}|${f.ruleId}|${f.suppressed ? 's' : ''}|${patternOf(index, f)}`;
    const group = groups.get(key);
    if (group) group.findings.push(f);
    else groups.set(key, { key, findings: [f] });
  }
  return [...groups.values()];
}
