import { bridge } from '../state/bridge';
import type { OpenDocument } from '../state/document';

/**
 * The recovery file of each document, written and removed in the order asked: an autosave still
 * on its way must not land after the removal that should have replaced it (a save, or an undo
 * back to the saved design, while the autosave is written), or the next start would offer work
 * that is not newer than its file.
 */
const pending = new Map<string, Promise<unknown>>();
/** Documents this page wrote a recovery file for that may still be there. */
const written = new Set<string>();

function inOrder<T>(key: string, call: () => Promise<T>): Promise<T> {
  const next = (pending.get(key) ?? Promise.resolve()).then(call);
  const settled = next.catch(() => undefined);
  pending.set(key, settled);
  void settled.then(() => {
    if (pending.get(key) === settled) pending.delete(key);
  });
  return next;
}

/** Writes the document's unsaved work to its recovery file; resolves with when. */
export function writeAutosave(doc: OpenDocument): Promise<{ savedAt: string }> {
  written.add(doc.key);
  return inOrder(doc.key, () =>
    bridge.autosave({ key: doc.key, path: doc.path, design: doc.design, baseStamp: doc.stamp }),
  );
}

/** Removes the document's recovery file, after any autosave of it still on its way. */
export function dropAutosave(key: string): Promise<void> {
  written.delete(key);
  return inOrder(key, async () => {
    await bridge.discardRecovery({ key });
  });
}

/** Whether this page wrote a recovery file for the document since it was last dropped. */
export const hasAutosave = (key: string): boolean => written.has(key);
