// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppInfo } from '../../../shared/ipc';
import { template } from '../../support/designs';

// Closing with unsaved work: the browser tab asks (serve mode); the Electron window leaves it to
// main's close prompt, since a page that cancels the unload keeps the window open unasked.

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

vi.mock('../../../renderer/src/state/bridge', () => ({
  bridge: { setDocumentState: () => Promise.resolve({}) },
}));

const { useDocumentTitle } = await import('../../../renderer/src/shell/hooks');
const { useDocument } = await import('../../../renderer/src/state/document');
const { useUi } = await import('../../../renderer/src/state/ui');

function Title() {
  useDocumentTitle();
  return null;
}

let root: Root;
beforeEach(() => {
  root = createRoot(document.createElement('div'));
});
afterEach(async () => {
  await act(async () => root.unmount());
});

async function unloadCancelled(transport: AppInfo['transport'], dirty: boolean) {
  await act(async () => {
    useUi.setState({ info: { transport } as AppInfo });
    useDocument
      .getState()
      .load({ path: '/d/a.clusterwire', design: template(), stamp: null, dirty });
    root.render(<Title />);
  });
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

describe('leaving a page with unsaved work', () => {
  it('serve mode: the browser asks before closing the tab on unsaved work, not on saved', async () => {
    expect(await unloadCancelled('http', true)).toBe(true);
    expect(await unloadCancelled('http', false)).toBe(false);
  });

  it('Electron: the page never cancels the unload; main asks', async () => {
    expect(await unloadCancelled('electron', true)).toBe(false);
  });
});
