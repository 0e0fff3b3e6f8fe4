import type { LocatedJson } from '../../shared/format';
import type { Design } from '../../shared/model';
import { printable } from '../../shared/model';
import type { Finding, Rule, Severity, Summary } from '../../shared/rules';
import { RULES, targetPathIndex } from '../../shared/rules';
import { PRODUCT_URL, VERSION } from '../../shared/version';

const COLORS = {
  error: '\x1b[31m',
  warning: '\x1b[33m',
  info: '\x1b[36m',
  dim: '\x1b[2m',
  bold: '\x1b[1m',
  reset: '\x1b[0m',
};
const HEADINGS: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Infos' };
const MARKS: Record<Severity, string> = { error: '✖', warning: '▲', info: 'i' };

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function summaryLine(s: Summary): string {
  const parts = [count(s.errors, 'error'), count(s.warnings, 'warning'), count(s.infos, 'info')];
  return `${parts.join(', ')}${s.suppressed ? ` (${s.suppressed} suppressed)` : ''}`;
}

/**
 * Control characters a user typed (into a hostname, say) shown as `\xNN` instead of sent to
 * the terminal, where ESC and BEL would clear the screen or worse.
 */
export { printable };

/** Text for people: grouped by severity, one line per finding plus its hint; colour on a TTY. */
export function textReport(
  file: string,
  findings: Finding[],
  summary: Summary,
  color: boolean,
): string {
  const c = (code: keyof typeof COLORS, text: string) =>
    color ? `${COLORS[code]}${text}${COLORS.reset}` : text;
  const lines = [`${c('bold', printable(file))}: ${summaryLine(summary)}`];
  for (const severity of ['error', 'warning', 'info'] as const) {
    const group = findings.filter((f) => f.severity === severity && !f.suppressed);
    if (group.length === 0) continue;
    lines.push('', c(severity, HEADINGS[severity]));
    for (const f of group) {
      lines.push(
        `  ${c(severity, MARKS[severity])} ${printable(f.message)}  ${c('dim', f.ruleId)}`,
      );
      lines.push(`    ${c('dim', `hint: ${printable(f.hint)}`)}`);
    }
  }
  const suppressed = findings.filter((f) => f.suppressed);
  if (suppressed.length > 0) {
    lines.push('', c('dim', 'Suppressed'));
    for (const f of suppressed)
      lines.push(
        c(
          'dim',
          `  - ${printable(f.message)}  ${f.ruleId} (reason: ${printable(f.suppressionReason ?? '')})`,
        ),
      );
  }
  return `${lines.join('\n')}\n`;
}

/** The JSON contract of the CLI (docs/architecture.md). */
export function jsonReport(file: string, findings: Finding[], summary: Summary): string {
  const out = findings.map((f) => ({
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    targets: f.targets,
    hint: f.hint,
    source: f.source,
    suppressed: f.suppressed,
    ...(f.suppressionReason !== undefined ? { suppressionReason: f.suppressionReason } : {}),
    fingerprint: f.fingerprint,
  }));
  return `${JSON.stringify({ file, summary, findings: out }, null, 2)}\n`;
}

const SARIF_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * SARIF 2.1.0 for code-scanning tools. Every result has a physicalLocation (the design file and
 * the line of its first target), since such tools drop results without one.
 */
export function sarifReport(
  file: string,
  findings: Finding[],
  design: Design,
  json: LocatedJson,
): string {
  const pathOf = targetPathIndex(design);
  const ruleIndex = new Map(RULES.map((r, i) => [r.id, i]));
  const uri = file.split('\\').join('/');
  const results = findings.map((f) => {
    const path = f.targets.map(pathOf).find((p) => p !== undefined) ?? [];
    const { line } = json.locate(path);
    return {
      ruleId: f.ruleId,
      ruleIndex: ruleIndex.get(f.ruleId),
      level: SARIF_LEVEL[f.severity],
      message: { text: `${f.message}. ${f.hint}` },
      locations: [{ physicalLocation: { artifactLocation: { uri }, region: { startLine: line } } }],
      partialFingerprints: { 'clusterwireFinding/v1': f.fingerprint },
      ...(f.suppressed
        ? { suppressions: [{ kind: 'inSource', justification: f.suppressionReason ?? '' }] }
        : {}),
    };
  });
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'ClusterWire',
            version: VERSION,
            semanticVersion: VERSION,
            ...(PRODUCT_URL !== undefined ? { informationUri: PRODUCT_URL } : {}),
            rules: RULES.map(sarifRule),
          },
        },
        artifacts: [{ location: { uri } }],
        results,
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

function sarifRule(rule: Rule) {
  return {
    id: rule.id,
    name: rule.title,
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.why },
    help: { text: rule.hint },
    defaultConfiguration: { level: SARIF_LEVEL[rule.severity] },
    properties: { source: rule.source },
  };
}
