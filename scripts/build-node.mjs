// Bundles the Node side with esbuild: the CLI (ESM, plain Node), Electron main and the preload
// (CommonJS; a sandboxed preload cannot require other modules, so it is ONE file), and the
// PNG worker thread both of them start.
import { build } from 'esbuild';

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  mainFields: ['module', 'main'],
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  legalComments: 'none',
};

/**
 * The PNG worker thread (main/services/pngWorker.ts), beside each bundle that starts it.
 * @param {string} outdir
 */
const pngWorker = (outdir) =>
  build({
    ...common,
    entryPoints: ['main/services/pngWorker.ts'],
    outfile: `${outdir}/pngWorker.mjs`,
    format: 'esm',
    external: ['electron', '@resvg/resvg-js'],
    banner: {
      js: "import { createRequire as __cwRequire } from 'node:module'; const require = __cwRequire(import.meta.url);",
    },
  });

await Promise.all([
  pngWorker('dist/cli'),
  pngWorker('dist/main'),
  // What the launcher (bin/clusterwire.mjs) starts that thread with, before the CLI has loaded.
  build({
    ...common,
    entryPoints: ['main/services/readAheadThread.ts'],
    outfile: 'dist/cli/readAheadThread.mjs',
    format: 'esm',
    sourcemap: false,
  }),
  // The thread serve reads its launch file ahead in (main/services/documents.ts readAhead).
  build({
    ...common,
    entryPoints: ['main/services/readAheadWorker.ts'],
    outfile: 'dist/cli/readAheadWorker.mjs',
    format: 'esm',
    external: ['electron', '@resvg/resvg-js'],
    banner: {
      js: "import { createRequire as __cwRequire } from 'node:module'; const require = __cwRequire(import.meta.url);",
    },
  }),
  build({
    ...common,
    entryPoints: ['main/cli/clusterwire.ts'],
    outfile: 'dist/cli/clusterwire.mjs',
    format: 'esm',
    // Nothing in the CLI's graph may reach electron; leaving it external lets the
    // no-electron resolver test catch a stray import instead of esbuild inlining a stub.
    // resvg is a native addon: it is loaded from node_modules, never bundled.
    external: ['electron', '@resvg/resvg-js'],
    banner: {
      js: "import { createRequire as __cwRequire } from 'node:module'; const require = __cwRequire(import.meta.url);",
    },
  }),
  build({
    ...common,
    entryPoints: ['main/electron/main.ts'],
    outfile: 'dist/main/main.cjs',
    format: 'cjs',
    external: ['electron', '@resvg/resvg-js'],
    // main/services resolve bundled fonts from import.meta.url, which CommonJS lacks.
    define: { 'import.meta.url': '__importMetaUrl' },
    banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  }),
  build({
    ...common,
    entryPoints: ['main/preload/preload.ts'],
    outfile: 'dist/preload/preload.cjs',
    format: 'cjs',
    platform: 'browser',
    external: ['electron'],
    sourcemap: false,
  }),
]);
