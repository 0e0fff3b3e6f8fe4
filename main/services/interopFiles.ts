import { lstat, mkdir, readFile, readdir, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { mergeCatalogs, parseCatalogText } from '../../shared/catalog';
import type { CatalogFile, CatalogModel } from '../../shared/catalog';
import { formatLoadProblem } from '../../shared/format';
import { NETBOX_FILES, importDeviceType } from '../../shared/interop';
import type { DeviceTypeImportOptions, ExportFile, ImportedModel } from '../../shared/interop';
import { describeFsError, linkTarget, writeFileAtomic } from './atomicWrite';
import { exportTargetProblem } from './exports';

/** How the README of a NetBox export starts: a folder holding one may be written again. */
const NETBOX_README_START = '# NetBox import: ';

/**
 * Why the NetBox export may not write into `dir`, or null. The folder is new, empty, or a
 * NetBox export written before (its README says so); never the design, never a file, never a
 * folder of other things, whose files an export could replace.
 */
export async function netboxFolderProblem(
  dir: string,
  input: string | null,
  shownAs = dir,
): Promise<string | null> {
  const real = await linkTarget(dir).catch(() => dir);
  if (input !== null && real === (await linkTarget(input).catch(() => input)))
    return `${shownAs} is the design being exported; choose a folder`;
  const info = await lstat(real).catch(() => null);
  if (!info) return null;
  if (!info.isDirectory()) return `${shownAs} exists and is not a folder; choose a new folder name`;
  const names = await readdir(real).catch(() => null);
  if (names === null) return `${shownAs} cannot be read`;
  if (names.length === 0) return null;
  const readme = await readFile(join(real, NETBOX_FILES.readme), 'utf8').catch(() => '');
  if (!readme.startsWith(NETBOX_README_START))
    return `${shownAs} is a folder that holds other files; choose a new or empty folder`;
  return null;
}

/** Whether `dir` holds an earlier NetBox export (which writing again replaces). */
export async function holdsNetboxExport(dir: string): Promise<boolean> {
  const readme = await readFile(join(dir, NETBOX_FILES.readme), 'utf8').catch(() => '');
  return readme.startsWith(NETBOX_README_START);
}

/**
 * Writes the NetBox export's files into `dir` (made if missing), each atomically and each
 * checked like any export target. Device types of an earlier export that this one no longer
 * has are removed, so the folder never lists a device type the design does not use.
 */
export async function writeNetboxFolder(
  dir: string,
  files: ExportFile[],
  input: string | null,
): Promise<void> {
  const real = await linkTarget(dir).catch(() => dir);
  await mkdir(join(real, NETBOX_FILES.deviceTypes), { recursive: true });
  for (const file of files) {
    const target = join(real, file.path);
    const problem = await exportTargetProblem(target, input, file.path);
    if (problem) throw new Error(problem);
  }
  for (const file of files)
    await writeFileAtomic(join(real, file.path), file.text, { overwrite: true });
  const typesDir = join(real, NETBOX_FILES.deviceTypes);
  const current = new Set(files.map((f) => basename(f.path)));
  for (const name of await readdir(typesDir).catch(() => [] as string[]))
    if (/\.ya?ml$/i.test(name) && !current.has(name))
      await unlink(join(typesDir, name)).catch(() => undefined);
}

export interface ImportedFile extends ImportedModel {
  file: string;
}

export interface DeviceTypeFilesImport {
  imported: ImportedFile[];
  /** One line per problem, `file:line:col: message (at $.path)`; any problem means no import. */
  problems: string[];
}

const YAML_FILE = /\.ya?ml$/i;

/** Device-type YAML files (a folder: its .yaml/.yml files, recursively, sorted) to models. */
export async function importDeviceTypeFiles(
  paths: string[],
  options: DeviceTypeImportOptions & { cwd?: string; shown?: (path: string) => string } = {},
): Promise<DeviceTypeFilesImport> {
  const imported: ImportedFile[] = [];
  const problems: string[] = [];
  const shown = options.shown ?? ((p: string) => p);
  const files: string[] = [];
  for (const path of paths) {
    const absolute = resolve(options.cwd ?? '.', path);
    const info = await lstat(absolute).catch(() => null);
    if (info?.isDirectory()) for (const file of await yamlFilesIn(absolute)) files.push(file);
    else files.push(absolute);
  }
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      problems.push(describeFsError(error, shown(file), 'read'));
      continue;
    }
    const result = importDeviceType(text, {
      role: options.role,
      source: `NetBox device-type library (${basename(file)})`,
    });
    if (!result.ok) {
      for (const p of result.problems) problems.push(formatLoadProblem(p, shown(file)));
      continue;
    }
    imported.push({ ...result.imported, file: shown(file) });
  }
  const seen = new Map<string, string>();
  for (const { model, file } of imported) {
    const first = seen.get(model.id);
    if (first) problems.push(`${file}: model id "${model.id}" is also the id of ${first}`);
    else seen.set(model.id, file);
  }
  return { imported, problems };
}

async function yamlFilesIn(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  for (const entry of entries)
    if (entry.isFile() && YAML_FILE.test(entry.name)) out.push(join(entry.parentPath, entry.name));
  return out.sort();
}

/**
 * Adds models to a user catalog file (made if missing; a model with the same id is replaced).
 * A catalog file that does not load is never written over: the problems are thrown.
 */
export async function addModelsToCatalogFile(
  path: string,
  models: CatalogModel[],
): Promise<{ added: number; replaced: number }> {
  let existing: CatalogFile = { catalogVersion: 1, models: [], media: [], transceivers: [] };
  let text: string | null = null;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
      throw new Error(describeFsError(error, path, 'read'), { cause: error });
  }
  if (text !== null) {
    const parsed = parseCatalogText(text);
    if (!parsed.ok) {
      const lines = parsed.problems.map((p) => formatLoadProblem(p, path));
      throw new Error(
        `${path} is not a valid catalog, so it was left as it is:\n${lines.join('\n')}`,
      );
    }
    existing = parsed.catalog;
  }
  const ids = new Set(existing.models.map((m) => m.id));
  const replaced = models.filter((m) => ids.has(m.id)).length;
  const merged = mergeCatalogs(
    { models: existing.models, media: [], transceivers: [] },
    { ...existing, models },
  );
  const next: CatalogFile = { ...existing, models: merged.models };
  await mkdir(dirname(path), { recursive: true });
  await writeFileAtomic(path, `${JSON.stringify(next, null, 2)}\n`, { overwrite: true });
  return { added: models.length - replaced, replaced };
}
