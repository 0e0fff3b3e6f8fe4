// @vitest-environment happy-dom
import { act } from 'react';
import type { ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { template } from '../../support/designs';

// The whole window, each of its small parts made to throw in turn: the rest must keep working.
// The bridge answers like `clusterwire serve` would; the canvas and the file picker are stand-ins
// (React Flow needs a real layout engine, the picker a file system).

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const failing = vi.hoisted(() => ({
  menuBar: false,
  notices: false,
  welcome: false,
  find: false,
  about: false,
  /** For the window's own boundary. */
  window: false,
}));
const autosave = vi.hoisted(() => vi.fn());
/** What the page tells main about its document (title, dirty, failed). */
const documentState = vi.hoisted(() => vi.fn());

/** The real component, throwing first while its flag is set. */
async function throwing<M extends Record<string, unknown>>(
  load: () => Promise<M>,
  name: keyof M & string,
  flag: keyof typeof failing,
): Promise<M> {
  const real = await load();
  const Real = real[name] as ComponentType<Record<string, unknown>>;
  const Flaky = (props: Record<string, unknown>) => {
    if (failing[flag]) throw new Error(`${flag} lost its state`);
    return <Real {...props} />;
  };
  return { ...real, [name]: Flaky };
}

vi.mock('../../../renderer/src/state/bridge', () => {
  const answers: Record<string, unknown> = {
    info: { transport: 'http', appVersion: '0.0.0', initialFile: null, offerRecovery: false },
    getPreferences: { theme: 'light', autosaveSeconds: 5, recentFiles: [] },
    listRecent: [],
    listRecovery: [],
    listTemplates: [],
  };
  const bridge = new Proxy(
    {},
    {
      get: (_, call: string) => {
        if (call === 'onMenuCommand') return () => () => undefined;
        if (call === 'autosave') return autosave;
        if (call === 'setDocumentState') return documentState;
        if (call === 'getCatalog') return () => new Promise(() => undefined);
        return () => Promise.resolve(answers[call] ?? {});
      },
    },
  );
  return { bridge };
});
vi.mock('../../../renderer/src/canvas/DesignCanvas', () => ({
  DesignCanvas: () => <div data-testid="canvas">canvas</div>,
}));
vi.mock('../../../renderer/src/shell/dialogs/FilePicker', () => ({
  FilePicker: ({ modal }: { modal: { mode: string } }) => (
    <div data-testid="file-picker">{modal.mode}</div>
  ),
}));
vi.mock('../../../renderer/src/shell/MenuBar', async (load) =>
  throwing(load as () => Promise<Record<string, unknown>>, 'MenuBar', 'menuBar'),
);
vi.mock('../../../renderer/src/shell/Notices', async (load) =>
  throwing(load as () => Promise<Record<string, unknown>>, 'Notices', 'notices'),
);
vi.mock('../../../renderer/src/shell/Welcome', async (load) =>
  throwing(load as () => Promise<Record<string, unknown>>, 'Welcome', 'welcome'),
);
vi.mock('../../../renderer/src/editor/FindDevice', async (load) =>
  throwing(load as () => Promise<Record<string, unknown>>, 'FindDevice', 'find'),
);
vi.mock('../../../renderer/src/shell/dialogs/About', async (load) =>
  throwing(load as () => Promise<Record<string, unknown>>, 'About', 'about'),
);

const { App } = await import('../../../renderer/src/App');
const { WindowBoundary } = await import('../../../renderer/src/shell/WindowBoundary');
const { useDocument } = await import('../../../renderer/src/state/document');
const { useUi, showModal, ask, promptText } = await import('../../../renderer/src/state/ui');
const { useFind } = await import('../../../renderer/src/editor/FindDevice');
const { writeAutosave } = await import('../../../renderer/src/shell/autosave');

let host: HTMLElement;
let root: Root;

beforeEach(async () => {
  for (const flag of Object.keys(failing)) failing[flag as keyof typeof failing] = false;
  autosave.mockReset();
  documentState.mockReset();
  documentState.mockResolvedValue({});
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  useDocument.setState({ doc: null });
  useUi.setState({
    modal: null,
    notices: [],
    // What start-up learns from the bridge, known from the first render on.
    info: {
      transport: 'http',
      platform: 'linux',
      appVersion: '0.0.0',
      nativeDialogs: false,
      canReveal: false,
      root: null,
      offerRecovery: false,
      initialFile: null,
      pathSeparator: '/',
    },
  });
  useFind.getState().hide();
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});

afterEach(async () => {
  await act(async () => root.unmount());
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

const $ = (selector: string) => host.querySelector(selector);
const text = () => host.textContent ?? '';
const button = (label: string) =>
  [...host.querySelectorAll('button')].find((b) => b.textContent === label);
const click = (label: string) => act(async () => button(label)?.click());

async function renderApp(): Promise<void> {
  await act(async () => root.render(<App />));
  // Start-up's calls answered, the transport known: the menu bar is there.
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

/** The stamp of the file the open design was read from. */
const STAMP = { size: 1234, mtimeMs: 1_700_000_000_000, sha256: 'ab'.repeat(32) };

function openDesign(dirty = false): void {
  useDocument.getState().load({
    key: 'doc-test',
    path: '/designs/lab.clusterwire',
    design: template(),
    stamp: STAMP,
    dirty,
  });
}

describe('the small parts of the window each fail on their own', () => {
  it('a failing menu bar leaves Open, Save and Save As in the title bar, and reloads', async () => {
    failing.menuBar = true;
    openDesign();
    await renderApp();
    const card = $('.cw-titlebar [data-testid="panel-failed"]');
    expect(card?.textContent).toContain('The menu bar failed:');
    expect(card?.textContent).toContain('menuBar lost its state');
    expect($('[data-testid="canvas"]')).not.toBeNull();
    expect(button('Open…')?.disabled).toBe(false);
    expect(button('Save')?.disabled).toBe(false);

    await click('Save As…');
    expect(useUi.getState().modal?.kind).toBe('pick');
    expect($('[data-testid="file-picker"]')?.textContent).toBe('save');
    await act(async () => useUi.getState().modal?.resolve(null as never));

    // The keys never went through the menu bar: Ctrl+O still opens the picker.
    await act(async () =>
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'o', ctrlKey: true })),
    );
    expect($('[data-testid="file-picker"]')?.textContent).toBe('open');
    await act(async () => useUi.getState().modal?.resolve(null as never));

    failing.menuBar = false;
    await click('Reload');
    expect($('[data-testid="panel-failed"]')).toBeNull();
    expect($('nav.cw-menubar')).not.toBeNull();
  });

  it('a failing notices strip shows a compact error with Reload; the window goes on', async () => {
    failing.notices = true;
    await renderApp();
    expect($('.cw-notices-failed')?.textContent).toContain('The notices failed:');
    expect($('[data-testid="welcome"]')).not.toBeNull();
    expect($('nav.cw-menubar')).not.toBeNull();

    failing.notices = false;
    await act(async () => useUi.getState().notify('info', 'Saved lab.clusterwire'));
    await click('Reload');
    expect($('.cw-notices-failed')).toBeNull();
    expect($('.cw-notices')?.textContent).toContain('Saved lab.clusterwire');
  });

  it('a failing welcome page leaves the menus working', async () => {
    failing.welcome = true;
    await renderApp();
    expect($('main [data-testid="panel-failed"]')?.textContent).toContain(
      'The welcome page failed.',
    );
    expect($('nav.cw-menubar')).not.toBeNull();
    failing.welcome = false;
    await click('Reload this panel');
    expect($('[data-testid="welcome"]')).not.toBeNull();
  });

  it('a failing find box leaves the canvas and reloads', async () => {
    failing.find = true;
    openDesign();
    await renderApp();
    expect($('.cw-find-failed')?.textContent).toContain('The find box failed:');
    expect($('[data-testid="canvas"]')).not.toBeNull();
    failing.find = false;
    await act(async () => useFind.getState().show());
    await click('Reload');
    expect($('.cw-find-failed')).toBeNull();
    expect($('[data-testid="find-device"]')).not.toBeNull();
  });

  it('a failing dialog is closed as cancelled and leaves a notice, so keys work again', async () => {
    failing.about = true;
    openDesign();
    await renderApp();
    let answered = false;
    await act(async () => {
      void showModal({ kind: 'about' }).then(() => (answered = true));
    });
    expect(answered).toBe(true);
    expect(useUi.getState().modal).toBeNull();
    expect($('.cw-dialog-failed')).toBeNull();
    expect($('.cw-notices')?.textContent).toContain(
      'The About dialog failed and was closed: about lost its state',
    );
    expect($('[data-testid="canvas"]')).not.toBeNull();
    // With no dialog left open, shortcuts are answered again.
    await act(async () =>
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'o', ctrlKey: true })),
    );
    expect(useUi.getState().modal?.kind).toBe('pick');
    await act(async () => useUi.getState().modal?.resolve(null as never));

    // The next dialog opens normally.
    failing.about = false;
    await act(async () => {
      void showModal({ kind: 'about' });
    });
    expect(text()).toContain('ClusterWire');
    expect(useUi.getState().modal?.kind).toBe('about');
  });

  it('a dialog opened as soon as a failed one is closed starts with a fresh boundary', async () => {
    failing.about = true;
    openDesign();
    await renderApp();
    // Dialog A fails; its opener, told "cancelled", opens dialog B at once.
    let next: Promise<number | null> | null = null;
    await act(async () => {
      void showModal({ kind: 'about' }).then(() => {
        next = ask('Dialog B', 'Dialog B draws normally.', ['OK', 'Cancel']);
      });
    });
    expect(useUi.getState().modal?.kind).toBe('ask');
    expect($('.cw-dialog-failed')).toBeNull();
    expect(text()).toContain('Dialog B draws normally.');
    expect($('.cw-notices')?.textContent).toContain('The About dialog failed and was closed');
    await click('OK');
    expect(await next).toBe(0);
    expect(useUi.getState().modal).toBeNull();
  });

  it('a dialog that replaces another at once (a native menu command) starts afresh', async () => {
    openDesign();
    await renderApp();
    // Dialog C replaces dialog B before the user answers B (the native menu is not blocked by
    // an open dialog), with no render without a dialog between: C has its own boundary and its
    // own field values, not B's.
    let answerB: string | null | undefined;
    await act(async () => {
      void promptText('Dialog B', 'First question', 'Answer').then((a) => (answerB = a));
    });
    const field = () => host.querySelector<HTMLInputElement>('input[aria-label="Answer"]');
    await act(async () => {
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      setValue.call(field(), 'typed into B');
      field()!.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(field()?.value).toBe('typed into B');
    await act(async () => {
      void promptText('Dialog C', 'Second question', 'Answer');
    });
    expect(text()).toContain('Second question');
    expect(field()?.value).toBe('');
    expect($('.cw-dialog-failed')).toBeNull();
    // B's opener is told "cancelled" rather than left waiting; C answers its own opener.
    expect(answerB).toBeNull();
    await click('Cancel');
    expect(useUi.getState().modal).toBeNull();
  });

  it('a replaced dialog answering late leaves the dialog that replaced it open', async () => {
    openDesign();
    await renderApp();
    let first: number | null | undefined;
    await act(async () => {
      void ask('Dialog B', 'First', ['OK', 'Cancel']).then((a) => (first = a));
    });
    const stale = useUi.getState().modal!;
    let second: number | null | undefined;
    await act(async () => {
      void ask('Dialog C', 'Second', ['OK', 'Cancel']).then((a) => (second = a));
    });
    expect(first).toBeNull();
    // B's dialog answering after it was replaced changes nothing.
    await act(async () => stale.resolve(0 as never));
    expect(first).toBeNull();
    expect(useUi.getState().modal?.kind).toBe('ask');
    expect(text()).toContain('Second');
    await click('OK');
    expect(second).toBe(0);
    expect(useUi.getState().modal).toBeNull();
  });
});

function Bomb() {
  if (failing.window) throw new Error('the title bar lost its document');
  return <p>fine</p>;
}

/** Whether the page would ask before the tab is closed or reloaded. */
function leavingCancelled(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

async function renderWindow(): Promise<void> {
  failing.window = true;
  await act(async () =>
    root.render(
      <WindowBoundary>
        <Bomb />
      </WindowBoundary>,
    ),
  );
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

describe("the window's last boundary", () => {
  it('says what failed, writes unsaved work to the recovery folder and offers a reload', async () => {
    openDesign(true);
    autosave.mockResolvedValue({ savedAt: new Date().toISOString() });
    const reload = vi.fn();
    vi.stubGlobal('location', { ...location, reload });
    await renderWindow();
    expect($('[data-testid="window-failed"] pre')?.textContent).toBe(
      'the title bar lost its document',
    );
    expect(autosave).toHaveBeenCalledTimes(1);
    // With the stamp of the file the work began from, so recovery judges it by content.
    expect(autosave.mock.calls[0]![0]).toMatchObject({
      key: 'doc-test',
      path: '/designs/lab.clusterwire',
      baseStamp: STAMP,
    });
    expect($('[data-testid="unsaved-work"]')?.textContent).toBe(
      'The unsaved changes to lab.clusterwire are safe in the recovery folder (written just now). ' +
        'ClusterWire offers them back the next time it starts.',
    );
    // Main learns that the page cannot save and where its work is, for the close prompt.
    expect(documentState).toHaveBeenLastCalledWith({
      title: 'lab.clusterwire',
      dirty: true,
      failed: { recoveryKey: 'doc-test', written: true },
    });
    // Nothing to lose: the tab closes without asking.
    expect(leavingCancelled()).toBe(false);
    await click('Reload ClusterWire');
    expect(reload).toHaveBeenCalledTimes(1);
    vi.unstubAllGlobals();
  });

  it('offers the reload only once the unsaved work is written', async () => {
    openDesign(true);
    let written: (value: { savedAt: string }) => void = () => undefined;
    autosave.mockReturnValue(new Promise((resolve) => (written = resolve)));
    await renderWindow();
    expect(button('Reload ClusterWire')?.disabled).toBe(true);
    await act(async () => written({ savedAt: new Date().toISOString() }));
    expect(button('Reload ClusterWire')?.disabled).toBe(false);
  });

  it('writes the unsaved work after an autosave still on its way, never under it', async () => {
    openDesign(true);
    const older = useDocument.getState().doc!;
    let landed: (value: { savedAt: string }) => void = () => undefined;
    autosave.mockReturnValueOnce(new Promise((resolve) => (landed = resolve)));
    autosave.mockResolvedValue({ savedAt: new Date().toISOString() });
    void writeAutosave(older); // the timer's autosave, still being written
    const newer = template();
    newer.meta.name = 'the newer work';
    useDocument.setState({ doc: { ...older, design: newer } });
    await renderWindow();
    // The boundary's write waits for the one on its way.
    expect(autosave).toHaveBeenCalledTimes(1);
    expect(button('Reload ClusterWire')?.disabled).toBe(true);
    await act(async () => landed({ savedAt: new Date().toISOString() }));
    expect(autosave).toHaveBeenCalledTimes(2);
    expect(autosave.mock.calls[1]![0].design.meta.name).toBe('the newer work');
    expect(button('Reload ClusterWire')?.disabled).toBe(false);
  });

  it('says so when the unsaved work could not be written', async () => {
    openDesign(true);
    autosave.mockRejectedValue(new Error('the server is gone'));
    await renderWindow();
    expect($('[data-testid="unsaved-work"]')?.textContent).toContain(
      'could not be written to the recovery folder (the server is gone)',
    );
    // Serve mode: closing the tab asks first, as it did while the app worked.
    expect(leavingCancelled()).toBe(true);
    // So main's close prompt says the latest changes would be lost, and offers no Save.
    expect(documentState).toHaveBeenLastCalledWith({
      title: 'lab.clusterwire',
      dirty: true,
      failed: { recoveryKey: 'doc-test', written: false },
    });
  });

  it('says nothing is lost when there were no unsaved changes', async () => {
    openDesign(false);
    await renderWindow();
    expect(autosave).not.toHaveBeenCalled();
    // Main already knows the design is clean: the window closes without a question.
    expect(documentState).not.toHaveBeenCalled();
    expect($('[data-testid="unsaved-work"]')?.textContent).toBe(
      'lab.clusterwire had no unsaved changes: nothing is lost.',
    );
  });
});
