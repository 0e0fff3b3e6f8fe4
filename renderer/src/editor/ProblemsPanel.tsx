import { memo, useMemo, useState } from 'react';
import { hasQuickFix, quickFixFor } from '../../../shared/edit/fixes';
import type { Design } from '../../../shared/model';
import type { Finding, Severity } from '../../../shared/rules/finding';
import { groupFindings } from '../../../shared/rules/grouping';
import type { FindingGroup } from '../../../shared/rules/grouping';
import { RULES_BY_ID } from '../../../shared/rules/registry';
import { useDocument } from '../state/document';
import { promptText, useUi } from '../state/ui';
import { targetsOnCanvas, useSelection } from '../state/selection';

/**
 * The finding's one-click fix, as a button. The row stays the same while its finding does, but a
 * fix can become possible (or go) through an edit that leaves the finding as it is (a management
 * network added for a keepalive), so the button follows the design: it subscribes to the fix's
 * label alone, and re-renders only when that changes. Worked out again at click time against
 * the design then, and applied as one undoable edit.
 */
function QuickFixButton({ finding }: { finding: Finding }) {
  const label = useDocument((s) => {
    const design = s.doc?.design;
    return design ? (quickFixFor(design, finding)?.label ?? null) : null;
  });
  if (label === null) return null;
  const apply = () => {
    const now = useDocument.getState().doc?.design;
    const current = now ? quickFixFor(now, finding) : null;
    if (!current) {
      useUi.getState().notify('error', 'This fix no longer fits the design.');
      return;
    }
    useDocument.getState().edit((d) => current.apply(d));
  };
  return (
    <button
      type="button"
      className="cw-link cw-quick-fix"
      onClick={apply}
      data-testid="quick-fix"
      title="One click, one undo step"
    >
      Fix: {label}
    </button>
  );
}

const ORDER: Severity[] = ['error', 'warning', 'info'];
/** The panel's sections: one per severity, then the suppressed findings of any severity. */
type Section = Severity | 'suppressed';
const LABEL: Record<Section, string> = {
  error: 'Errors',
  warning: 'Warnings',
  info: 'Infos',
  suppressed: 'Suppressed',
};

function FindingRowImpl({ finding }: { finding: Finding }) {
  const [open, setOpen] = useState(false);
  // Read at click time: subscribing would re-render every row on every edit.
  const edit: ReturnType<typeof useDocument.getState>['edit'] = (recipe) =>
    useDocument.getState().edit(recipe);
  const rule = RULES_BY_ID.get(finding.ruleId);
  const show = () => {
    const design = useDocument.getState().doc?.design;
    if (!design) return;
    const { devices, cables } = targetsOnCanvas(design, finding.targets);
    useSelection.getState().select(devices, cables, true);
  };
  const suppress = async () => {
    const reason = await promptText(
      'Suppress finding',
      `Why is “${finding.message}” acceptable in this design? The reason is saved in the file.`,
      'Reason',
    );
    if (!reason?.trim()) return;
    edit((d) => {
      d.suppressions.push({
        rule: finding.ruleId,
        fingerprint: finding.fingerprint,
        reason: reason.trim(),
      });
    });
  };
  const unsuppress = () =>
    edit((d) => {
      d.suppressions = d.suppressions.filter(
        (s) =>
          !(
            s.rule === finding.ruleId &&
            (s.fingerprint === undefined || s.fingerprint === finding.fingerprint)
          ),
      );
    });
  return (
    <li
      className={`cw-finding cw-finding-${finding.severity}${finding.suppressed ? ' cw-suppressed' : ''}`}
    >
      <div className="cw-finding-line">
        <button
          type="button"
          className="cw-finding-main"
          onClick={show}
          title="Select and zoom to it"
        >
          <span className={`cw-severity cw-severity-${finding.severity}`}>{finding.severity}</span>
          <span className="cw-finding-message">{finding.message}</span>
          <code className="cw-muted">{finding.ruleId}</code>
        </button>
        <button
          type="button"
          className="cw-link"
          onClick={() => setOpen(!open)}
          aria-expanded={open}
        >
          {open ? 'Less' : 'Why?'}
        </button>
        {!finding.suppressed && hasQuickFix(finding.ruleId) ? (
          <QuickFixButton finding={finding} />
        ) : null}
        {finding.suppressed ? (
          <button
            type="button"
            className="cw-link"
            onClick={unsuppress}
            title={finding.suppressionReason}
          >
            Unsuppress
          </button>
        ) : (
          <button type="button" className="cw-link" onClick={() => void suppress()}>
            Suppress…
          </button>
        )}
      </div>
      {open ? (
        <div className="cw-finding-detail">
          <p>
            <strong>Fix:</strong> {finding.hint}
          </p>
          {rule ? <p>{rule.why}</p> : null}
          {finding.suppressed ? <p>Suppressed: {finding.suppressionReason}</p> : null}
          <p className="cw-muted">Source: {finding.source}</p>
        </div>
      ) : null}
    </li>
  );
}

/** Each validation makes new finding objects; a row only re-renders when what it shows changed. */
const FindingRow = memo(
  FindingRowImpl,
  (a, b) =>
    a.finding.fingerprint === b.finding.fingerprint &&
    a.finding.message === b.finding.message &&
    a.finding.severity === b.finding.severity &&
    a.finding.suppressed === b.finding.suppressed &&
    a.finding.suppressionReason === b.finding.suppressionReason,
);

/** Rows shown per severity before "Show all": a design with hundreds of findings stays quick. */
const PAGE = 100;

/** Several findings saying the same thing: one line with a count, expandable to each. */
function GroupRow({ group }: { group: FindingGroup }) {
  const [open, setOpen] = useState(false);
  const first = group.findings[0]!;
  return (
    <li className={`cw-finding-group cw-finding-${first.severity}`} data-testid="finding-group">
      <button
        type="button"
        className="cw-disclosure"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        {open ? '▾' : '▸'} <span className="cw-count">{group.findings.length}×</span>{' '}
        <span className="cw-finding-message">{first.message}</span>
        <span className="cw-muted">and {group.findings.length - 1} more like it</span>{' '}
        <code className="cw-muted">{first.ruleId}</code>
      </button>
      {open ? (
        <ul>
          {group.findings.map((f) => (
            <FindingRow key={f.fingerprint} finding={f} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

/**
 * The findings in the panel's sections. A suppressed finding counts in none of the severities (as
 * in the status bar): it is listed apart, under Suppressed, where it can be unsuppressed.
 */
function sectionsOf(design: Design | undefined, findings: Finding[]) {
  const of = (section: Section) =>
    findings.filter((f) =>
      section === 'suppressed' ? f.suppressed : !f.suppressed && f.severity === section,
    );
  return [...ORDER, 'suppressed' as const].map((section) => {
    const listed = of(section);
    return {
      section,
      count: listed.length,
      groups: design
        ? groupFindings(design, listed)
        : listed.map((f) => ({ key: f.fingerprint, findings: [f] })),
    };
  });
}

export function ProblemsPanel({ findings }: { findings: Finding[] }) {
  const [expanded, setExpanded] = useState<Section | null>(null);
  const design = useDocument((s) => s.doc?.design);
  const groups = useMemo(() => sectionsOf(design, findings), [findings, design]);
  if (findings.length === 0) {
    return (
      <div className="cw-problems cw-problems-clean" data-testid="problems">
        No problems: the design passes every rule.
      </div>
    );
  }
  return (
    <div className="cw-problems" data-testid="problems">
      {groups.map(({ section, count, groups: rows }) => {
        if (count === 0) return null;
        return (
          <section key={section} data-testid={`problems-${section}`}>
            <h3>
              {LABEL[section]} ({count})
            </h3>
            <ul>
              {(expanded === section ? rows : rows.slice(0, PAGE)).map((g) =>
                g.findings.length === 1 ? (
                  <FindingRow key={g.findings[0]!.fingerprint} finding={g.findings[0]!} />
                ) : (
                  <GroupRow key={g.key} group={g} />
                ),
              )}
            </ul>
            {rows.length > PAGE && expanded !== section ? (
              <button type="button" className="cw-link" onClick={() => setExpanded(section)}>
                Show all {rows.length}
              </button>
            ) : null}
          </section>
        );
      })}
    </div>
  );
}
