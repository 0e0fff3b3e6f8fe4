// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppInfo } from '../../../shared/ipc';
import { template } from '../../support/designs';

// Keys pressed in an inspector field. Undo after a committed edit is the app's undo (the design
// goes back, the field shows it); only typing not committed yet is the field's own text undo.
// A command on the selection (Ctrl+D) commits the field's typing first, never drops it.

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

vi.mock('../../../renderer/src/state/bridge', () => ({
  bridge: { onMenuCommand: () => () => undefined },
}));

const { useCommands } = await import('../../../renderer/src/shell/hooks');
const { registerEditorCommands } = await import('../../../renderer/src/editor/commands');
const { Inspector } = await import('../../../renderer/src/editor/inspector/Inspector');
const { useDocument } = await import('../../../renderer/src/state/document');
const { useSelection } = await import('../../../renderer/src/state/selection');
const { useUi } = await import('../../../renderer/src/state/ui');

registerEditorCommands();

function Window() {
  useCommands();
  return <Inspector />;
}

/** The browser's own text undo; happy-dom has none, so its calls are recorded. */
const textUndo = vi.fn((_command: string) => true);

let host: HTMLElement;
let root: Root;
beforeEach(async () => {
  Object.defineProperty(document, 'execCommand', { value: textUndo, configurable: true });
  useUi.setState({ info: { transport: 'http' } as AppInfo, modal: null, notices: [] });
  useDocument.getState().load({ path: '/d/lab.clusterwire', design: template(), stamp: null });
  useSelection.getState().clear();
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  await act(async () => root.render(<Window />));
});

afterEach(async () => {
  await act(async () => root.unmount());
  document.body.innerHTML = '';
  useDocument.setState({ doc: null });
  textUndo.mockClear();
});

const design = () => useDocument.getState().doc!.design;
const mgmtVlan = () => design().networks.find((n) => n.role === 'management')!.vlan;
const steps = () => useDocument.getState().doc!.past.length;

function fieldOf(label: string, within: ParentNode = host): HTMLInputElement {
  const labels = [...within.querySelectorAll('label')].filter((l) => l.textContent === label);
  const input =
    labels[0] && host.querySelector<HTMLInputElement>(`#${CSS.escape(labels[0].htmlFor)}`);
  if (!input) throw new Error(`no field ${label}`);
  return input;
}

const mgmtRow = () =>
  [...host.querySelectorAll('[data-testid="network"]')].find(
    (row) => row.querySelector('select')?.value === 'management',
  )!;

async function type(input: HTMLInputElement, text: string) {
  await act(async () => {
    input.focus();
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    setter.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function press(key: string, target: Element = document.activeElement ?? document.body) {
  const event = new KeyboardEvent('keydown', {
    key,
    ctrlKey: true,
    bubbles: true,
    cancelable: true,
  });
  await act(async () => void target.dispatchEvent(event));
  return event;
}

describe('undo in an inspector field', () => {
  it('after a committed edit is the app undo: the design goes back and nothing is committed again', async () => {
    const before = mgmtVlan();
    const vlan = fieldOf('VLAN', mgmtRow());
    await type(vlan, String(before! + 1));
    // Tab: the next field takes the focus, which commits the VLAN.
    await act(async () => fieldOf('CIDR', mgmtRow()).focus());
    expect(mgmtVlan()).toBe(before! + 1);
    expect(steps()).toBe(1);

    const event = await press('z');
    expect(event.defaultPrevented).toBe(true);
    expect(textUndo).not.toHaveBeenCalled();
    expect(mgmtVlan()).toBe(before);
    expect(fieldOf('VLAN', mgmtRow()).value).toBe(String(before));
    // Leaving the field (a click on the canvas) commits nothing new: redo still brings 11 back.
    await act(async () => (document.activeElement as HTMLElement).blur());
    expect(steps()).toBe(0);
    expect(useDocument.getState().doc!.future).toHaveLength(1);
  });

  it('while the value is typed but not committed, is the field text undo', async () => {
    const before = mgmtVlan();
    const vlan = fieldOf('VLAN', mgmtRow());
    await type(vlan, '77');
    expect(vlan.dataset.draft).toBe('typing');
    await press('z');
    expect(textUndo).toHaveBeenCalledWith('undo');
    expect(mgmtVlan()).toBe(before);
    expect(steps()).toBe(0);
  });

  it('is the app undo in the same field after Enter committed it', async () => {
    const before = mgmtVlan();
    const vlan = fieldOf('VLAN', mgmtRow());
    await type(vlan, String(before! + 1));
    await act(async () =>
      vlan.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })),
    );
    expect(mgmtVlan()).toBe(before! + 1);
    expect(vlan.dataset.draft).toBe('none');
    await press('z');
    expect(mgmtVlan()).toBe(before);
    expect(vlan.value).toBe(String(before));
  });
});

describe('Ctrl+D in an inspector field', () => {
  const server = () => design().devices.find((d) => d.role === 'server')!;

  it('commits the typing, then duplicates the device with it (two undo steps)', async () => {
    const id = server().id;
    await act(async () => useSelection.getState().select([id], []));
    const count = design().devices.length;
    await type(fieldOf('Hostname'), 'pve-renamed');
    const event = await press('d');
    expect(event.defaultPrevented).toBe(true);
    expect(design().devices.find((d) => d.id === id)!.hostname).toBe('pve-renamed');
    expect(design().devices).toHaveLength(count + 1);
    expect(steps()).toBe(2);
  });

  it('with an invalid value, keeps the typing and does not duplicate', async () => {
    const id = server().id;
    await act(async () => useSelection.getState().select([id], []));
    const count = design().devices.length;
    const hostname = fieldOf('Hostname');
    await type(hostname, '');
    expect(hostname.getAttribute('aria-invalid')).toBe('true');
    await press('d');
    expect(design().devices).toHaveLength(count);
    expect(steps()).toBe(0);
    expect(document.activeElement).toBe(hostname);
    expect(useUi.getState().notices.at(-1)?.text).toMatch(/invalid value/);
  });
});
