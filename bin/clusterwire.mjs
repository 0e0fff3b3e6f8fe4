#!/usr/bin/env node
// The CLI is bundled to dist/ by `npm run build:node` (run automatically by `npm install`).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/cli/clusterwire.mjs', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write(
    'clusterwire: the CLI is not built yet. Run "npm run build:node" in the ClusterWire folder.\n',
  );
  process.exit(70);
}
await import(entry.href);
