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
    const worker = new Worker(pngWorkerFile());
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      outcome();
    };
    const onAbort = () => settle(() => reject(new RenderCancelledError()));
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.on('message', (reply: PngWorkerReply) => {
      switch (reply.type) {
        case 'stage':
          onStage?.(reply.stage);
          return;
        case 'done':
          return settle(() => resolve(Buffer.from(reply.png)));
        case 'too-large':
          return settle(() =>
            reject(new PngTooLargeError(reply.width, reply.height, reply.largestScale)),
          );
        case 'error':
          return settle(() => reject(new Error(`PNG rendering failed: ${reply.message}`)));
      }
    });
    worker.on('error', (error) => settle(() => reject(error)));
    worker.on('exit', (code) =>
      settle(() => reject(new Error(`the PNG worker stopped (exit code ${code})`))),
    );
    worker.postMessage(job);
  });
}
