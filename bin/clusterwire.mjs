#!/usr/bin/env node
// The CLI is bundled to dist/ by `npm run build:node` (run automatically by `npm install`).
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/cli/clusterwire.mjs', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  // Exit 3 (usage error), one of the documented codes: nothing was read or checked, and the fix
  // is in how the CLI is set up, not in a design file.
  const checkout = fileURLToPath(new URL('..', import.meta.url));
  process.stderr.write(
    `clusterwire: the CLI is not built yet; run "npm run build:node" (or "npm install") in ${checkout}\n`,
  );
  process.exit(3);
}
// `clusterwire serve FILE`: the design starts being read and checked in a thread of its own now,
// while the CLI loads (a tenth of a second and more, which the browser otherwise waits for). serve
// takes the thread over if it serves that very file (main/services/readAheadThread.ts).
const args = process.argv.slice(2);
if (args[0] === 'serve') {
  // Arguments that are neither options nor the value of --port / -p.
  const named = args
    .slice(1)
    .filter((a, i, rest) => !a.startsWith('-') && !['--port', '-p'].includes(rest[i - 1] ?? ''))
    .map((a) => resolve(a));
  const isFile = (path) => {
    try {
      return statSync(path, { throwIfNoEntry: false })?.isFile() === true;
    } catch {
      return false;
    }
  };
  const files = named.filter(isFile);
  const thread = new URL('../dist/cli/readAheadThread.mjs', import.meta.url);
  const worker = new URL('../dist/cli/readAheadWorker.mjs', import.meta.url);
  if (files.length === 1 && existsSync(fileURLToPath(thread))) {
    const { startLaunchRead } = await import(thread.href);
    startLaunchRead(files[0], fileURLToPath(worker));
  }
}
await import(entry.href);
