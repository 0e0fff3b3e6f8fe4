// The PNG worker thread's entry (bundled to dist/*/pngWorker.mjs): renders jobs one at a time,
// reports their stages, and hands the bytes back without copying. The parent keeps an idle
// thread for the next export (starting one costs most of a second) and ends it to cancel.
import { parentPort } from 'node:worker_threads';
import { PngTooLargeError } from './png';
import type { PngJob } from './pngJob';
import { renderPngJob } from './pngJob';
import type { PngWorkerReply } from './pngWorkerClient';

const port = parentPort;
if (!port) throw new Error('pngWorker runs only as a worker thread');

port.on('message', (job: PngJob) => {
  const post = (reply: PngWorkerReply, transfer: ArrayBuffer[] = []) =>
    port.postMessage(reply, transfer);
  try {
    const png = renderPngJob(job, (stage) => post({ type: 'stage', stage }));
    // A Buffer may be a view on a shared pool: copy into an ArrayBuffer of its own to transfer.
    const bytes = new Uint8Array(png.byteLength);
    bytes.set(png);
    post({ type: 'done', png: bytes.buffer }, [bytes.buffer]);
  } catch (error) {
    post(
      error instanceof PngTooLargeError
        ? {
            type: 'too-large',
            width: error.width,
            height: error.height,
            largestScale: error.largestScale,
          }
        : { type: 'error', message: error instanceof Error ? error.message : String(error) },
    );
  }
});
