import { realpath } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fail } from './bridgeFailure';

/**
 * Which paths the renderer may read or write. The renderer is untrusted: every path it sends is
 * checked here before any file service sees it.
 */
export interface PathPolicy {
  /** The absolute path to use, or a `not-allowed` BridgeFailure. */
  check(path: string): Promise<string>;
  /** Remember a path the user picked in a native dialog or that came from the command line. */
  grant(path: string): void;
  /** Serve mode's root folder, or null when access is by grant (Electron). */
  readonly root: string | null;
}

/** Resolves symlinks of the deepest part of the path that exists, so a link cannot escape. */
async function realpathOfExisting(path: string): Promise<string> {
  let head = path;
  const tail: string[] = [];
  for (;;) {
    try {
      return join(await realpath(head), tail.reverse().join(sep));
    } catch {
      const parent = dirname(head);
      if (parent === head) return path;
      tail.push(basename(head));
      head = parent;
    }
  }
}

export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/** Serve mode: everything inside the folder the user chose, nothing outside it. */
export async function rootedPolicy(rootFolder: string): Promise<PathPolicy> {
  const root = await realpath(resolve(rootFolder));
  return {
    root,
    grant: () => undefined,
    async check(path) {
      const absolute = resolve(root, path);
      const real = await realpathOfExisting(absolute);
      if (!isInside(root, absolute) || !isInside(root, real)) {
        throw fail('not-allowed', `${path}: outside the folder ClusterWire serves (${root})`, {
          path,
        });
      }
      return absolute;
    },
  };
}

/**
 * Electron: the renderer may only touch files the user chose (dialogs, recent files, command
 * line, files opened from the OS), never an arbitrary path it makes up.
 */
export function grantPolicy(initial: Iterable<string> = []): PathPolicy {
  const granted = new Set<string>([...initial].map((p) => resolve(p)));
  return {
    root: null,
    grant: (path) => granted.add(resolve(path)),
    async check(path) {
      const absolute = resolve(path);
      if (!isAbsolute(path) || !granted.has(absolute)) {
        throw fail('not-allowed', `${path}: not a file you chose in this window`, { path });
      }
      return absolute;
    },
  };
}
