// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_PREFERENCES } from '../../../shared/ipc';
import type { AppInfo } from '../../../shared/ipc';

// The View menu's panel toggles are remembered in the preferences and read back at start.

const bridgeMock = vi.hoisted(() => ({ setPreferences: vi.fn() }));
vi.mock('../../../renderer/src/state/bridge', () => ({ bridge: bridgeMock }));

const { registerShellCommands } = await import('../../../renderer/src/shell/commands');
const { runCommand } = await import('../../../renderer/src/state/commands');
const { useUi } = await import('../../../renderer/src/state/ui');

registerShellCommands();
const info = { transport: 'http' } as AppInfo;

beforeEach(() => {
  bridgeMock.setPreferences.mockReset().mockResolvedValue(DEFAULT_PREFERENCES);
  useUi.getState().setInfo(info, DEFAULT_PREFERENCES);
});

describe('panel toggles', () => {
  it('tell the preferences what is shown now', async () => {
    await runCommand('toggle-minimap');
    expect(useUi.getState().panels.minimap).toBe(false);
    expect(bridgeMock.setPreferences).toHaveBeenLastCalledWith({ panels: { minimap: false } });
    await runCommand('toggle-minimap');
    await runCommand('toggle-legend');
    expect(bridgeMock.setPreferences.mock.calls.map(([patch]) => patch)).toEqual([
      { panels: { minimap: false } },
      { panels: { minimap: true } },
      { panels: { legend: false } },
    ]);
  });

  it('start as the preferences remember them', () => {
    useUi.getState().setInfo(info, {
      ...DEFAULT_PREFERENCES,
      panels: { ...DEFAULT_PREFERENCES.panels, minimap: false, problems: false },
    });
    expect(useUi.getState().panels).toEqual({
      minimap: false,
      legend: true,
      problems: false,
      palette: true,
      inspector: true,
    });
  });
});
