import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { VERSION } from '../../../shared/version';
import { nodeAppData } from '../../services/appData';
import { bridgeHandlers } from '../../services/bridgeHandlers';
import { removeStaleTemps } from '../../services/atomicWrite';
import { readAhead } from '../../services/documents';
import { rootedPolicy } from '../../services/pathPolicy';
import { preferenceStore } from '../../services/preferences';
import { recoveryStore } from '../../services/recovery';
import { startServer } from '../../services/serve';
import { EXIT } from '../exitCodes';
import type { ExitCode } from '../exitCodes';
import type { CliIo } from '../io';
import { UsageError } from '../io';

export interface ServeOptions {
  file?: string | undefined;
  port?: string | undefined;
  open: boolean;
}

/** The built renderer sits beside the CLI bundle: dist/cli/clusterwire.mjs -> dist/renderer. */
const RENDERER_DIR = fileURLToPath(new URL('../renderer', import.meta.url));

function openInBrowser(url: string): void {
  const [command, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', url]]
        : ['xdg-open', [url]];
  const child = spawn(command, args as string[], { detached: true, stdio: 'ignore' });
  child.on('error', () => undefined);
  child.unref();
}

export async function serveCommand(
  options: ServeOptions,
  io: CliIo,
  stopSignal: Promise<void> = waitForSignal(),
): Promise<ExitCode> {
  const port = options.port === undefined ? 0 : Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError('--port must be a whole number from 0 to 65535 (0 picks a free one)');
  }
  let root = io.cwd;
  let initialFile: string | null = null;
  if (options.file !== undefined) {
    // A design file opens in its folder; a folder (`serve .`) is served with nothing open.
    const named = resolve(io.cwd, options.file);
    const info = existsSync(named) ? statSync(named) : null;
    if (info?.isDirectory()) root = named;
    else if (info?.isFile()) {
      root = dirname(named);
      initialFile = named;
    } else {
      io.err(`clusterwire: ${options.file}: no such file or folder\n`);
      return EXIT.invalidFile;
    }
  }
  if (!existsSync(`${RENDERER_DIR}/index.html`)) {
    io.err(`clusterwire: the app is not built (${RENDERER_DIR}); run "npm run build" first\n`);
    return EXIT.invalidFile;
  }
  const removed = await removeStaleTemps(root);
  if (removed.length)
    io.err(`removed ${removed.length} temp file(s) left by interrupted saves in ${root}\n`);
  // The launch file is read in a thread of its own while the server starts and the browser loads
  // the app (the launcher, bin/clusterwire.mjs, has usually started it already): the page's first
  // call asks for it. The thread leaves temp files alone, so the tidy above counts them all.
  if (initialFile) void readAhead(initialFile);
  const data = nodeAppData();
  const handlers = bridgeHandlers({
    info: { transport: 'http', appVersion: VERSION, initialFile, offerRecovery: true },
    policy: await rootedPolicy(root),
    prefs: preferenceStore(data.prefs),
    recovery: recoveryStore(data.recoveryDir),
  });
  let server;
  try {
    server = await startServer({
      rendererDir: RENDERER_DIR,
      handlers,
      port,
      log: (line) => io.err(`${line}\n`),
    });
  } catch (error) {
    io.err(`clusterwire: cannot listen on 127.0.0.1:${port}: ${(error as Error).message}\n`);
    return EXIT.outputFailed;
  }
  io.out(
    `ClusterWire serves ${root}\n  ${server.url}\nOnly this machine can connect, and only with the link above. Press Ctrl+C to stop.\n`,
  );
  if (options.open) openInBrowser(server.url);
  await stopSignal;
  await server.close();
  return EXIT.ok;
}

function waitForSignal(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}
