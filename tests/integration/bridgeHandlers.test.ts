import { existsSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../main/services/bridgeHandlers';
import { grantPolicy } from '../../main/services/pathPolicy';
import { serializeDesign } from '../../shared/format';
import { CALLS, CALL_NAMES } from '../../shared/ipc';
import { generateDesign } from '../bench/generate';
import { template } from '../support/designs';
import { serveModeHandlers } from '../support/bridgeFixture';

let fixture: Awaited<ReturnType<typeof serveModeHandlers>>;
beforeEach(async () => {
  fixture = await serveModeHandlers();
});
afterEach(() => fixture.cleanup());

const call = (name: string, payload: unknown) => dispatch(fixture.handlers, name, payload);

async function value(name: string, payload: unknown): Promise<Record<string, unknown>> {
  const result = await call(name, payload);
  if (!result.ok) throw new Error(`${name}: ${result.error.code}: ${result.error.message}`);
  return result.value as Record<string, unknown>;
}

async function errorOf(name: string, payload: unknown) {
  const result = await call(name, payload);
  if (result.ok) throw new Error(`${name} unexpectedly succeeded`);
  return result.error;
}

describe('the bridge contract', () => {
  it('the preload list of calls is exactly the contract', () => {
    expect([...CALL_NAMES].sort()).toEqual(Object.keys(CALLS).sort());
  });
});

describe('payload validation (malformed payloads are rejected before a handler runs)', () => {
  it('an unknown call, a missing field, a wrong type and an extra field are bad requests', async () => {
    expect(await errorOf('deleteEverything', {})).toMatchObject({ code: 'bad-request' });
    expect(await errorOf('constructor', {})).toMatchObject({ code: 'bad-request' });
    expect(await errorOf('open', {})).toMatchObject({
      code: 'bad-request',
      message: expect.stringContaining('$.path'),
    });
    expect(await errorOf('open', { path: 42 })).toMatchObject({ code: 'bad-request' });
    expect(await errorOf('open', { path: 'a', extra: true })).toMatchObject({
      code: 'bad-request',
    });
    expect(await errorOf('open', 'a.clusterwire')).toMatchObject({ code: 'bad-request' });
  });

  it('a design in a save payload is checked against the model, naming the JSON path', async () => {
    const design = template() as unknown as { devices: Array<Record<string, unknown>> };
    design.devices[1]!.role = 'toaster';
    const error = await errorOf('save', { path: 'x.clusterwire', design, expected: null });
    expect(error.code).toBe('bad-request');
    expect(error.message).toContain('$.design.devices[1].role');
    expect(existsSync(join(fixture.root, 'x.clusterwire'))).toBe(false);
  });

  it('a recovery key cannot smuggle a path', async () => {
    expect(await errorOf('restoreRecovery', { key: '../../etc/passwd' })).toMatchObject({
      code: 'bad-request',
    });
  });
});

describe('paths stay inside the served folder', () => {
  it('relative escapes, absolute paths and symlinks out are not allowed', async () => {
    writeFileSync(join(fixture.base, 'secret.clusterwire'), serializeDesign(template()));
    symlinkSync(fixture.base, join(fixture.root, 'link'));
    for (const path of [
      '../secret.clusterwire',
      join(fixture.base, 'secret.clusterwire'),
      'link/secret.clusterwire',
      '/etc/passwd',
    ]) {
      expect(await errorOf('open', { path })).toMatchObject({ code: 'not-allowed' });
    }
    expect(
      await errorOf('save', { path: '../new.clusterwire', design: template(), expected: null }),
    ).toMatchObject({ code: 'not-allowed' });
    expect(await errorOf('browse', { dir: '..' })).toMatchObject({ code: 'not-allowed' });
    expect(existsSync(join(fixture.base, 'new.clusterwire'))).toBe(false);
  });
});

describe('files through the bridge', () => {
  it('save, reopen, recent files, browse', async () => {
    const design = template();
    const saved = await value('save', { path: 'ref.clusterwire', design, expected: null });
    const opened = await value('open', { path: 'ref.clusterwire' });
    expect(opened.stamp).toEqual(saved.stamp);
    expect(opened.design).toEqual(design);
    expect(await value('listRecent', {})).toEqual([join(fixture.root, 'ref.clusterwire')]);
    const listing = await value('browse', {});
    expect(listing).toMatchObject({ dir: fixture.root, parent: null });
    expect(listing.entries).toEqual([
      expect.objectContaining({ name: 'ref.clusterwire', kind: 'file' }),
    ]);
  });

  it('a corrupt file comes back as invalid-design with its location, untouched', async () => {
    const path = join(fixture.root, 'bad.clusterwire');
    writeFileSync(path, '{"schemaVersion": 1, "meta": {"name": 5}}');
    const error = await errorOf('open', { path: 'bad.clusterwire' });
    expect(error).toMatchObject({
      code: 'invalid-design',
      problems: [expect.objectContaining({ line: 1 })],
    });
    expect(readFileSync(path, 'utf8')).toBe('{"schemaVersion": 1, "meta": {"name": 5}}');
  });

  it('export writes the file and is remembered for Repeat Last Export', async () => {
    const result = await value('exportDesign', {
      design: template(),
      designPath: null,
      request: { kind: 'bom', path: 'bom.csv' },
    });
    expect(readFileSync(join(fixture.root, 'bom.csv'), 'utf8')).toMatch(
      /^document,ClusterWire bill of materials,[^]*\ncategory,manufacturer,/,
    );
    expect(result.bytes).toBeGreaterThan(100);
    expect(fixture.prefs.read().lastExport).toEqual({
      kind: 'bom',
      path: join(fixture.root, 'bom.csv'),
      scale: 1,
      transparent: false,
      excel: false,
    });
  });

  it('export asks before replacing a file, and never writes over a design', async () => {
    const bom = join(fixture.root, 'bom.csv');
    writeFileSync(bom, 'precious');
    const request = { kind: 'bom', path: 'bom.csv' };
    expect(
      await errorOf('exportDesign', { design: template(), designPath: null, request }),
    ).toMatchObject({ code: 'exists', message: 'bom.csv already exists. Replace it?' });
    expect(readFileSync(bom, 'utf8')).toBe('precious');
    await value('exportDesign', { design: template(), designPath: null, request, overwrite: true });
    expect(readFileSync(bom, 'utf8')).toMatch(/^document,ClusterWire bill of materials,/);

    const designText = serializeDesign(template());
    writeFileSync(join(fixture.root, 'd.clusterwire'), designText);
    writeFileSync(join(fixture.root, 'renamed.csv'), designText);
    for (const [path, reason] of [
      ['d.clusterwire', 'is the design being exported'],
      ['other.clusterwire', 'is a design file name'],
      ['renamed.csv', 'holds a ClusterWire design'],
      ['.', 'not a regular file'],
    ] as const) {
      const error = await errorOf('exportDesign', {
        design: template(),
        designPath: 'd.clusterwire',
        request: { kind: 'cables', path },
        overwrite: true,
      });
      expect(error.code).toBe('protected');
      expect(error.message).toContain(reason);
    }
    expect(readFileSync(join(fixture.root, 'd.clusterwire'), 'utf8')).toBe(designText);
    expect(readFileSync(join(fixture.root, 'renamed.csv'), 'utf8')).toBe(designText);
    expect(existsSync(join(fixture.root, 'other.clusterwire'))).toBe(false);
  });

  it('a PNG over the pixel cap is refused with the largest scale that fits', async () => {
    const error = await errorOf('exportDesign', {
      design: generateDesign({ devices: 300 }),
      designPath: null,
      request: { kind: 'png', path: 'big.png', scale: 4 },
    });
    expect(error).toMatchObject({ code: 'too-large', fitScale: expect.any(Number) });
    expect(error.message).toContain(`the largest scale that fits is ${error.fitScale}`);
    expect(existsSync(join(fixture.root, 'big.png'))).toBe(false);
  });

  it('native dialogs and reveal are unsupported in serve mode, and say so', async () => {
    expect(await errorOf('showOpenDialog', {})).toMatchObject({ code: 'unsupported' });
    expect(await errorOf('revealInFolder', { path: 'x' })).toMatchObject({ code: 'unsupported' });
    expect(await value('info', {})).toMatchObject({ nativeDialogs: false, root: fixture.root });
  });

  it('templates and the catalog', async () => {
    expect((await value('newDesign', { template: 'pve-hci-3node' })).design).toEqual(template());
    expect(await errorOf('newDesign', { template: 'nope' })).toMatchObject({ code: 'not-found' });
    const wizard = { nodes: 7, ceph: true, storageNics: false, uplinkGbps: 100 };
    expect(await errorOf('newDesign', { template: 'pve-hci', options: wizard })).toMatchObject({
      code: 'bad-request',
      message: expect.stringContaining('100G uplinks fit at most 6 nodes'),
    });
    const fast = await value('newDesign', {
      template: 'pve-hci',
      options: { ...wizard, nodes: 4 },
    });
    expect((fast.design as { devices: unknown[] }).devices).toHaveLength(9);
    const { catalog } = (await value('getCatalog', { designPath: null })) as {
      catalog: { models: unknown[] };
    };
    expect(catalog.models.length).toBeGreaterThan(10);
  });
});

describe('preferences and recovery', () => {
  it('preferences are validated and persisted through the store', async () => {
    expect(await value('setPreferences', { theme: 'dark' })).toMatchObject({ theme: 'dark' });
    expect(await errorOf('setPreferences', { theme: 'neon' })).toMatchObject({
      code: 'bad-request',
    });
    expect(await errorOf('setPreferences', { autosaveSeconds: 0 })).toMatchObject({
      code: 'bad-request',
    });
    expect(await value('getPreferences', {})).toMatchObject({ theme: 'dark', autosaveSeconds: 5 });
    const cables = { copperMaxM: 5, fiber: 'smf-os2', defaultLengthM: 4 };
    expect(await value('setPreferences', { cables })).toMatchObject({ cables });
    expect(
      await errorOf('setPreferences', { cables: { ...cables, copperMaxM: -1 } }),
    ).toMatchObject({
      code: 'bad-request',
      message: expect.stringContaining('$.cables.copperMaxM'),
    });
    // Two quick edits in the dialog, each naming only its own setting: both stay.
    await Promise.all([
      value('setPreferences', { cables: { copperMaxM: 2 } }),
      value('setPreferences', { cables: { defaultLengthM: 3 } }),
    ]);
    expect(await value('getPreferences', {})).toMatchObject({
      cables: { copperMaxM: 2, fiber: 'smf-os2', defaultLengthM: 3 },
    });
  });

  it('remembers the panels hidden, each toggle on its own', async () => {
    expect(await value('getPreferences', {})).toMatchObject({
      panels: { minimap: true, legend: true, problems: true, palette: true, inspector: true },
    });
    await Promise.all([
      value('setPreferences', { panels: { minimap: false } }),
      value('setPreferences', { panels: { legend: false } }),
    ]);
    expect(await value('getPreferences', {})).toMatchObject({
      panels: { minimap: false, legend: false, problems: true, palette: true, inspector: true },
    });
    expect(await errorOf('setPreferences', { panels: { toolbar: false } })).toMatchObject({
      code: 'bad-request',
    });
  });

  it('autosaved work is listed, restored and discarded', async () => {
    const design = template();
    design.meta.name = 'unsaved work';
    await value('autosave', { key: 'doc-12345678', path: null, design });
    const list = (await value('listRecovery', {})) as unknown as Array<{
      key: string;
      name: string;
    }>;
    expect(list).toEqual([
      expect.objectContaining({ key: 'doc-12345678', name: 'unsaved work', path: null }),
    ]);
    const restored = await value('restoreRecovery', { key: 'doc-12345678' });
    expect(restored.design).toEqual(design);
    await value('discardRecovery', { key: 'doc-12345678' });
    expect(await value('listRecovery', {})).toEqual([]);
  });

  it('a superseded autosave is set aside and the Electron window may open it', async () => {
    const policy = grantPolicy();
    const electron = await serveModeHandlers({ policy });
    const run = async (name: string, payload: unknown) => {
      const result = await dispatch(electron.handlers, name, payload);
      if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
      return result.value as Record<string, unknown>;
    };
    try {
      const file = join(electron.root, 'a.clusterwire');
      writeFileSync(file, serializeDesign(template()));
      policy.grant(file);
      const { work, entry } = await supersededAutosave(run, file, file);
      expect(entry).toMatchObject({ newer: 'file', fileChanged: true });
      const aside = await run('open', { path: entry?.setAsidePath });
      expect(aside.design).toEqual(work);
    } finally {
      electron.cleanup();
    }
  });

  it("a failed page's report names its recovery file by key, never by a path it sends", async () => {
    const states: unknown[] = [];
    const window = await serveModeHandlers({ onDocumentState: (state) => states.push(state) });
    try {
      const report = (failed?: unknown) =>
        dispatch(window.handlers, 'setDocumentState', { title: 'a', dirty: true, failed });
      expect(await report({ recoveryKey: 'doc-12345678', written: true })).toMatchObject({
        ok: true,
      });
      expect(states.at(-1)).toEqual({
        title: 'a',
        dirty: true,
        failed: {
          recoveryPath: join(window.recovery.dir, 'doc-12345678.recovery.json'),
          written: true,
        },
      });
      for (const failed of [
        { recoveryKey: '../../etc/passwd', written: true },
        { recoveryKey: 'doc-12345678', written: true, recoveryPath: '/etc/passwd' },
        { recoveryKey: 'doc-12345678' },
      ]) {
        expect(await report(failed)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
      }
      // A page that works again reports without `failed`.
      await report();
      expect(states.at(-1)).toEqual({ title: 'a', dirty: true, failed: null });
    } finally {
      window.cleanup();
    }
  });

  it('serve mode reaches a set-aside autosave through recovery, and nothing else outside', async () => {
    const file = join(fixture.root, 'a.clusterwire');
    writeFileSync(file, serializeDesign(template()));
    const { work, entry } = await supersededAutosave(value, file, 'a.clusterwire');
    const aside = entry.setAsidePath;
    expect(dirname(aside)).toBe(fixture.recovery.supersededDir);

    // The copy lies outside the served folder: the general file calls still refuse it...
    for (const name of ['open', 'readDesign']) {
      expect(await errorOf(name, { path: aside })).toMatchObject({ code: 'not-allowed' });
    }
    expect(await errorOf('browse', { dir: fixture.recovery.supersededDir })).toMatchObject({
      code: 'not-allowed',
    });
    // ...and recovery reads it, with the work it holds.
    expect(await value('readSetAside', { path: aside })).toEqual({ path: aside, design: work });

    // Recovery reads nothing else: not a design outside the served folder, not a recovery file,
    // not through `..` or a link planted in superseded/, not a relative path.
    writeFileSync(join(fixture.base, 'secret.clusterwire'), serializeDesign(template()));
    await value('autosave', { key: 'doc-87654321', path: null, design: template() });
    symlinkSync(
      join(fixture.base, 'secret.clusterwire'),
      join(fixture.recovery.supersededDir, 'planted.clusterwire'),
    );
    for (const path of [
      join(fixture.base, 'secret.clusterwire'),
      join(fixture.recovery.supersededDir, '..', '..', 'secret.clusterwire'),
      join(fixture.recovery.dir, 'doc-87654321.recovery.json'),
      join(fixture.recovery.supersededDir, 'planted.clusterwire'),
      basename(aside),
      '/etc/passwd',
    ]) {
      expect(await errorOf('readSetAside', { path })).toMatchObject({ code: 'not-allowed' });
    }
    // A design file in superseded/ that no listing of this window named, a copy set aside for
    // another folder served, say, is not read either.
    const unlisted = join(fixture.recovery.supersededDir, 'other (autosave).clusterwire');
    writeFileSync(unlisted, serializeDesign(template()));
    expect(await errorOf('readSetAside', { path: unlisted })).toMatchObject({
      code: 'not-allowed',
    });
    // A copy the user has removed since says so.
    rmSync(aside);
    expect(await errorOf('readSetAside', { path: aside })).toMatchObject({
      code: 'not-found',
      message: expect.stringContaining('is no longer in the recovery folder'),
    });
  });

  it('a damaged recovery file is skipped, not offered', async () => {
    await value('autosave', { key: 'doc-aaaaaaaa', path: null, design: template() });
    writeFileSync(join(fixture.recovery.dir, 'doc-bbbbbbbb.recovery.json'), '{"key": "doc-bb');
    const list = (await value('listRecovery', {})) as unknown as Array<{ key: string }>;
    expect(list.map((e) => e.key)).toEqual(['doc-aaaaaaaa']);
  });
});

/**
 * Opens `file` (as `openPath`), autosaves unsaved work on it, then changes the file as another
 * program would: the next listing sets the autosave aside. Returns the work and its entry.
 */
async function supersededAutosave(
  call: (name: string, payload: unknown) => Promise<Record<string, unknown>>,
  file: string,
  openPath: string,
) {
  const opened = await call('open', { path: openPath });
  const work = template();
  work.meta.name = 'unsaved work';
  await call('autosave', {
    key: 'doc-12345678',
    path: file,
    design: work,
    baseStamp: opened.stamp,
  });
  const elsewhere = template();
  elsewhere.meta.name = 'saved elsewhere';
  writeFileSync(file, serializeDesign(elsewhere));
  const later = new Date(Date.now() + 60_000);
  utimesSync(file, later, later);
  const [entry] = (await call('listRecovery', {})) as unknown as Array<{
    newer: string;
    setAsidePath: string;
  }>;
  return { work, entry: entry! };
}
