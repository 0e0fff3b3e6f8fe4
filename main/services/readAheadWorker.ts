// The read-ahead thread's entry (bundled to dist/cli/readAheadWorker.mjs): opens the design named
// at launch (documents.ts readAhead) off the server's thread, which meanwhile keeps serving the
// page, its script and its first calls. Posts the opened document, or null if it cannot be opened
// (the open that follows reports why). The document crosses as JSON text: the server's thread
// parses text faster than it takes a large object apart from a worker message, and it does so
// only when the page asks for the file, not while it serves the page's first calls.
import { parentPort, workerData } from 'node:worker_threads';
import { openDocument } from './documents';

const port = parentPort;
if (!port) throw new Error('readAheadWorker runs only as a worker thread');
const { path } = workerData as { path: string };
openDocument(path).then(
  (opened) => port.postMessage(JSON.stringify(opened)),
  () => port.postMessage(null),
);
