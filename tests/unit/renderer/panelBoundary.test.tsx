// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PanelBoundary } from '../../../renderer/src/shell/PanelBoundary';

// React asks test environments to declare themselves before using act().
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let broken = true;
function Flaky() {
  if (broken) throw new Error('port table lost its device');
  return <p data-testid="flaky">drawn</p>;
}

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('PanelBoundary', () => {
  it('shows a failed panel with its message while the rest of the window keeps working, and reloads it', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    broken = true;
    await act(async () =>
      root.render(
        <>
          <nav data-testid="menus">File</nav>
          <PanelBoundary name="inspector">
            <Flaky />
          </PanelBoundary>
        </>,
      ),
    );
    const failed = host.querySelector('[data-testid="panel-failed"]');
    expect(failed?.textContent).toContain('The inspector failed.');
    expect(failed?.textContent).toContain('port table lost its device');
    expect(host.querySelector('[data-testid="menus"]')?.textContent).toBe('File');

    broken = false;
    const reload = [...host.querySelectorAll('button')].find((b) =>
      b.textContent?.includes('Reload this panel'),
    );
    await act(async () => reload?.click());
    expect(host.querySelector('[data-testid="panel-failed"]')).toBeNull();
    expect(host.querySelector('[data-testid="flaky"]')?.textContent).toBe('drawn');
    await act(async () => root.unmount());
  });
});
