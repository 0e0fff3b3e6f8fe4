import { sep } from 'node:path';

/**
 * Where a file packed under app.asar really is on disk once electron-builder has unpacked it
 * (`asarUnpack` in electron-builder.yml): the same path under app.asar.unpacked. Electron's fs
 * reads inside the archive, but a native module (resvg reading its font files) sees only the
 * real file system. Paths outside an archive (development, the CLI) come back unchanged.
 */
export function unpackedPath(path: string, separator: string = sep): string {
  const archive = `${separator}app.asar${separator}`;
  const at = path.indexOf(archive);
  if (at < 0) return path;
  return `${path.slice(0, at)}${separator}app.asar.unpacked${separator}${path.slice(at + archive.length)}`;
}
