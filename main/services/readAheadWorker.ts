// The read-ahead thread's entry (bundled to dist/cli/readAheadWorker.mjs): opens the design named
// at launch (documents.ts readAhead) off the server's thread, which meanwhile keeps serving the
// page, its script and its first calls. Posts the opened document, or null if it cannot be opened
// (the open that follows reports why). The design crosses as JSON text, which the server sends on
// to the page as it is: it never becomes an object on the server's thread.
import { parentPort, workerData } from 'node:worker_threads';
import { openAhead } from './documents';

const port = parentPort;
if (!port) throw new Error('readAheadWorker runs only as a worker thread');
const { path } = workerData as { path: string };
openAhead(path).then(
  (opened) => port.postMessage(opened),
  () => port.postMessage(null),
);
