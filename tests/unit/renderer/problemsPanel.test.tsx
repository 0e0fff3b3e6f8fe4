// @vitest-environment happy-dom
import { act, useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { summarize, validate } from '../../../shared/rules';
import { ProblemsPanel } from '../../../renderer/src/editor/ProblemsPanel';
import { useDocument } from '../../../renderer/src/state/document';
import { template } from '../../support/designs';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** The panel fed as App feeds it: the findings of the document's design as it is now. */
function LivePanel() {
  const design = useDocument((s) => s.doc?.design);
  const findings = useMemo(() => (design ? validate(design) : []), [design]);
  return <ProblemsPanel findings={findings} />;
}

let host: HTMLElement;
let root: Root;

beforeEach(async () => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});

afterEach(async () => {
  await act(async () => root.unmount());
  document.body.innerHTML = '';
  useDocument.setState({ doc: null });
});

const quickFixes = () => [...host.querySelectorAll('[data-testid="quick-fix"]')];
const heading = (section: string) =>
  host.querySelector(`[data-testid="problems-${section}"] h3`)?.textContent ?? null;

describe('the problems panel', () => {
  it('shows a one-click fix as soon as an edit makes it possible, with the finding unchanged', async () => {
    // An MLAG pair without keepalive, whose switches are on no management network yet.
    const design = template();
    delete design.mlagPairs[0]!.keepalive;
    const cores = design.devices.filter((d) => d.role === 'core-switch');
    const kept = cores.map((d) => d.attachments);
    for (const core of cores) core.attachments = [];
    useDocument.getState().load({ path: null, design, stamp: null });
    await act(async () => root.render(<LivePanel />));
    const keepalive = () =>
      [...host.querySelectorAll('.cw-finding')].find((li) =>
        li.textContent?.includes('mlag.keepalive-missing'),
      );
    expect(keepalive()).toBeDefined();
    expect(quickFixes()).toEqual([]);

    // Each switch gets its management address: the finding stays as it was, the fix appears.
    await act(async () =>
      useDocument.getState().edit((d) => {
        d.devices
          .filter((x) => x.role === 'core-switch')
          .forEach((x, i) => (x.attachments = kept[i]!));
      }),
    );
    expect(keepalive()?.querySelector('[data-testid="quick-fix"]')?.textContent).toBe(
      'Fix: Keepalive over Management',
    );

    // And it goes again when the edit is undone.
    await act(async () => useDocument.getState().undo());
    expect(quickFixes()).toEqual([]);
  });

  it('counts a suppressed finding under Suppressed only, as the status bar does', async () => {
    const design = template();
    delete design.mlagPairs[0]!.keepalive;
    const findings = validate(design);
    const warnings = findings.filter((f) => f.severity === 'warning');
    expect(warnings.length).toBeGreaterThan(0);
    const target = warnings[0]!;
    design.suppressions.push({
      rule: target.ruleId,
      fingerprint: target.fingerprint,
      reason: 'accepted in the lab',
    });
    useDocument.getState().load({ path: null, design, stamp: null });
    await act(async () => root.render(<LivePanel />));
    const summary = summarize(validate(design));
    expect(summary.suppressed).toBe(1);
    expect(heading('warning')).toBe(summary.warnings > 0 ? `Warnings (${summary.warnings})` : null);
    expect(heading('suppressed')).toBe('Suppressed (1)');
    expect(host.querySelector('[data-testid="problems-suppressed"]')?.textContent).toContain(
      'Unsuppress',
    );
  });
});
