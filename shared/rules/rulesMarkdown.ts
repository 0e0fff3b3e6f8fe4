import { DEFAULT_THRESHOLDS } from '../model/thresholds';
import { RULES } from './registry';

const GROUPS: Array<[string, string]> = [
  ['port', 'Cabling and ports'],
  ['cable', 'Cabling and ports'],
  ['mlag', 'Switching, LAG, MLAG, VLAN, MTU'],
  ['lag', 'Switching, LAG, MLAG, VLAN, MTU'],
  ['vlan', 'Switching, LAG, MLAG, VLAN, MTU'],
  ['mtu', 'Switching, LAG, MLAG, VLAN, MTU'],
  ['uplink', 'Topology roles'],
  ['firewall', 'Topology roles'],
  ['mgmt', 'Topology roles'],
  ['corosync', 'Cluster and corosync'],
  ['cluster', 'Cluster and corosync'],
  ['host', 'Cluster and corosync'],
  ['ip', 'Cluster and corosync'],
  ['domain', 'Cluster and corosync'],
  ['migration', 'Cluster and corosync'],
  ['ceph', 'Ceph and servers'],
  ['server', 'Ceph and servers'],
];

/** docs/rules.md, generated from the registry (a test fails when the file is stale). */
export function rulesMarkdown(): string {
  const lines = [
    '# Rules reference',
    '',
    'Generated from `shared/rules` by `npm run docs:rules`; do not edit by hand.',
    'Rule ids are a public contract (CLI output, JSON, SARIF, suppressions): they never change.',
    '',
    'Severity: **error** = will not work or breaks a hard requirement; **warning** = works but is',
    'risky or against vendor guidance; **info** = advice. List them with `clusterwire rules`.',
    '',
    '## Suppressing a finding',
    '',
    "Add an entry to the design's `suppressions` with a reason. Name the rule to silence all its",
    "findings, or add the finding's `fingerprint` (shown by `clusterwire validate --format json`) to",
    'silence just that one. Suppressed findings are still listed, marked as suppressed.',
    '',
    '```json',
    '"suppressions": [',
    '  { "rule": "ceph.public-cluster-same-link", "reason": "no storage NICs in this budget" }',
    ']',
    '```',
    '',
    '## Thresholds',
    '',
    'Override any of these per design under `thresholds`:',
    '',
    '| key | default |',
    '|---|---|',
    ...Object.entries(DEFAULT_THRESHOLDS).map(([k, v]) => `| \`${k}\` | ${v} |`),
    "| `passiveDacWarnAboveM` | the catalog's `warnAboveM` for the media (5 m for passive DAC at 10G/40G) |",
    '',
  ];
  let group = '';
  for (const rule of RULES) {
    const g = GROUPS.find(([prefix]) => rule.id.startsWith(`${prefix}.`))?.[1] ?? 'Other';
    if (g !== group) {
      group = g;
      lines.push(`## ${g}`, '');
    }
    lines.push(
      `### \`${rule.id}\``,
      '',
      `**${rule.severity}**: ${rule.title}.`,
      '',
      `Why: ${rule.why}`,
      '',
      `Fix: ${rule.hint}`,
      '',
      `Source: ${rule.source}`,
      '',
    );
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
