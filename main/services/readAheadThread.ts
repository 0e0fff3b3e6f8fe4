// Starting the thread that reads the launch file ahead (readAheadWorker.ts), and handing one over
// from the CLI's launcher. Bundled on its own too (dist/cli/readAheadThread.mjs, a few lines and
// no dependencies): bin/clusterwire.mjs loads it to start the thread before the CLI's bundle has
// loaded, and `serve` takes that thread over (documents.ts readAhead) if it serves the same file.
import { Worker } from 'node:worker_threads';
import type { FileStamp } from '../../shared/ipc/contract';

/** The design named at launch as `open` answers it, with the design written as JSON text. */
export interface OpenedAhead {
  path: string;
  stamp: FileStamp;
  migratedFrom?: number;
  /** The checked design as JSON, sent on as it is (jsonAnswer.ts). */
  designJson: string;
}

/** The thread's document, or null when it could not be opened (the open that follows says why). */
export function openInThread(path: string, workerFile: string): Promise<OpenedAhead | null> {
  return new Promise((resolve) => {
    const worker = new Worker(workerFile, { workerData: { path } });
    worker.unref();
    worker.once('message', (opened: OpenedAhead | null) => resolve(opened));
    worker.once('error', () => resolve(null));
    worker.once('exit', () => resolve(null));
  });
}

/** Where the launcher leaves its thread: the launcher and the CLI's bundle share only globals. */
const HANDOFF = Symbol.for('clusterwire.launchReadAhead');
type Handoff = { path: string; opened: Promise<OpenedAhead | null> };
const slot = globalThis as unknown as Record<typeof HANDOFF, Handoff | undefined>;

/** The launcher's part: starts reading `path` in a thread and leaves it for `serve`. */
export function startLaunchRead(path: string, workerFile: string): Promise<OpenedAhead | null> {
  const opened = openInThread(path, workerFile);
  slot[HANDOFF] = { path, opened };
  return opened;
}

/** The launcher's thread, once, if it reads `path`; any other is let go. */
export function takeLaunchRead(path: string): Promise<OpenedAhead | null> | null {
  const handoff = slot[HANDOFF];
  slot[HANDOFF] = undefined;
  return handoff?.path === path ? handoff.opened : null;
}
