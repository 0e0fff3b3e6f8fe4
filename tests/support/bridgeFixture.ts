import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bridgeHandlers } from '../../main/services/bridgeHandlers';
import type { BridgeDeps } from '../../main/services/bridgeHandlers';
import { rootedPolicy } from '../../main/services/pathPolicy';
import { memoryBackend, preferenceStore } from '../../main/services/preferences';
import { recoveryStore } from '../../main/services/recovery';

/** Serve-mode handlers over a temp folder (the design root) and a temp recovery folder. */
export async function serveModeHandlers(overrides: Partial<BridgeDeps> = {}) {
  const base = mkdtempSync(join(tmpdir(), 'cw-bridge-'));
  const root = join(base, 'designs');
  mkdirSync(root);
  const prefs = preferenceStore(memoryBackend());
  const recovery = recoveryStore(join(base, 'recovery'));
  const handlers = bridgeHandlers({
    info: { transport: 'http', appVersion: 'test', initialFile: null, offerRecovery: true },
    policy: await rootedPolicy(root),
    prefs,
    recovery,
    ...overrides,
  });
  return {
    base,
    root,
    prefs,
    recovery,
    handlers,
    cleanup: () => rmSync(base, { recursive: true, force: true }),
  };
}
