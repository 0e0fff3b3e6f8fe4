import { Preferences } from '../../shared/ipc/contract';

/** What electron-store and conf have in common; the app needs nothing else from them. */
export interface KeyValueBackend {
  readonly store: Record<string, unknown>;
  set(key: string, value: unknown): void;
}

export function memoryBackend(initial: Record<string, unknown> = {}): KeyValueBackend {
  const data = { ...initial };
  return {
    get store() {
      return { ...data };
    },
    set(key, value) {
      data[key] = value;
    },
  };
}

const MAX_RECENT = 10;

/** Preferences and recent files over a key-value backend, always read through the schema. */
export function preferenceStore(backend: KeyValueBackend) {
  const read = (): Preferences => Preferences.parse(backend.store);
  const write = (patch: Partial<Preferences>): Preferences => {
    for (const [key, value] of Object.entries(patch)) backend.set(key, value);
    return read();
  };
  return {
    read,
    update: write,
    addRecent(path: string): Preferences {
      const recent = [path, ...read().recentFiles.filter((p) => p !== path)].slice(0, MAX_RECENT);
      return write({ recentFiles: recent });
    },
    removeRecent(path: string): Preferences {
      return write({ recentFiles: read().recentFiles.filter((p) => p !== path) });
    },
  };
}
export type PreferenceStore = ReturnType<typeof preferenceStore>;
