import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PngStage } from './png';
import { PngTooLargeError } from './png';
import type { PngJob } from './pngJob';

/** What the worker posts back (pngWorker.ts). */
export type PngWorkerReply =
  | { type: 'stage'; stage: PngStage }
  | { type: 'done'; png: ArrayBuffer }
  | { type: 'too-large'; width: number; height: number; largestScale: number | null }
  | { type: 'error'; message: string };

export class RenderCancelledError extends Error {
  constructor() {
    super('the export was cancelled');
    this.name = 'RenderCancelledError';
  }
}

/**
 * The bundled worker beside this bundle (dist/cli or dist/main); from the sources (tests, tsx)
 * the CLI build's, so `npm run build:node` must have run.
 */
export function pngWorkerFile(): string {
  const here = import.meta.url;
  const bundled = new URL(
    here.endsWith('.ts') ? '../../dist/cli/pngWorker.mjs' : './pngWorker.mjs',
    here,
  );
  const path = fileURLToPath(bundled);
  if (!existsSync(path))
    throw new Error(`the PNG worker ${path} is missing; run "npm run build:node"`);
  return path;
}

/** An idle worker is kept this long for the next export, then ended. */
const IDLE_MS = 60_000;
let idle: { worker: Worker; timer: NodeJS.Timeout } | null = null;

/** The idle worker if there is one, else a new thread. */
function takeWorker(): Worker {
  if (idle) {
    const { worker, timer } = idle;
    idle = null;
    clearTimeout(timer);
    worker.ref();
    return worker;
  }
  return new Worker(pngWorkerFile());
}

/** Keeps a worker that finished cleanly for the next export; it never holds the process open. */
function release(worker: Worker): void {
  if (idle) {
    void worker.terminate();
    return;
  }
  worker.unref();
  // An idle thread that dies (out of memory, say) is simply not reused.
  worker.once('exit', () => {
    if (idle?.worker === worker) idle = null;
  });
  const timer = setTimeout(() => {
    if (idle?.worker === worker) idle = null;
    void worker.terminate();
  }, IDLE_MS);
  timer.unref();
  idle = { worker, timer };
}

/**
 * Renders a PNG in a worker thread, so the process (serve's event loop, Electron's main
 * process) keeps answering meanwhile. `signal` cancels: the thread is terminated at once, even
 * inside resvg. Same bytes as `renderPngJob` in-process.
 */
export function renderPngInWorker(
  job: PngJob,
  options: { onStage?: (stage: PngStage) => void; signal?: AbortSignal } = {},
): Promise<Buffer> {
  const { onStage, signal } = options;
  if (signal?.aborted) return Promise.reject(new RenderCancelledError());
  return new Promise((resolve, reject) => {
    const worker = takeWorker();
    let settled = false;
    /** `reuse`: the job ended normally and the thread is fit for the next one. */
    const settle = (outcome: () => void, reuse = false) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      // Only our own listeners: Worker keeps internal ones (removeAllListeners breaks messaging).
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      if (reuse) release(worker);
      else void worker.terminate();
      outcome();
    };
    const onAbort = () => settle(() => reject(new RenderCancelledError()));
    const onMessage = (reply: PngWorkerReply) => {
      switch (reply.type) {
        case 'stage':
          onStage?.(reply.stage);
          return;
        case 'done':
          return settle(() => resolve(Buffer.from(reply.png)), true);
        case 'too-large':
          return settle(
            () => reject(new PngTooLargeError(reply.width, reply.height, reply.largestScale)),
            true,
          );
        case 'error':
          return settle(() => reject(new Error(`PNG rendering failed: ${reply.message}`)));
      }
    };
    const onError = (error: Error) => settle(() => reject(error));
    const onExit = (code: number) =>
      settle(() => reject(new Error(`the PNG worker stopped (exit code ${code})`)));
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    worker.postMessage(job);
  });
}
