import { copyFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../main/services/bridgeHandlers';
import { serializeDesign } from '../../shared/format';
import { template } from '../support/designs';
import { serveModeHandlers } from '../support/bridgeFixture';

let fixture: Awaited<ReturnType<typeof serveModeHandlers>>;
beforeEach(async () => {
  fixture = await serveModeHandlers();
});
afterEach(() => fixture.cleanup());

const call = (name: string, payload: unknown) => dispatch(fixture.handlers, name, payload);

describe('the comparison calls of the bridge', () => {
  it('readDesign reads a design without adding it to the recent files', async () => {
    const path = join(fixture.root, 'old.clusterwire');
    writeFileSync(path, serializeDesign(template()));
    const result = await call('readDesign', { path });
    expect(result).toMatchObject({
      ok: true,
      value: { path, design: { meta: { name: template().meta.name } } },
    });
    expect(fixture.prefs.read().recentFiles).toEqual([]);
    writeFileSync(path, '{');
    expect(await call('readDesign', { path })).toMatchObject({
      ok: false,
      error: { code: 'invalid-design' },
    });
  });

  it('readLldp parses each file and names the files it cannot read', async () => {
    const good = join(fixture.root, 'pve-01.json');
    copyFileSync(resolve('tests/fixtures/lldp/lldpd-json0-several.json'), good);
    const bad = join(fixture.root, 'pve-02.json');
    writeFileSync(bad, '{"lldp": [');
    const missing = join(fixture.root, 'pve-03.json');
    const result = await call('readLldp', { paths: [good, bad, missing] });
    expect(result).toMatchObject({
      ok: true,
      value: {
        reports: [{ path: good, format: 'lldpd-json0', neighbors: expect.arrayContaining([]) }],
        problems: [
          { path: bad, message: expect.stringContaining('not valid JSON at line 1') },
          { path: missing, message: expect.stringContaining('pve-03.json') },
        ],
      },
    });
  });

  it('readLldp refuses paths outside the served folder, and serve mode has no native dialog', async () => {
    expect(await call('readLldp', { paths: ['/etc/passwd'] })).toMatchObject({
      ok: false,
      error: { code: 'not-allowed' },
    });
    expect(await call('showOpenLldpDialog', {})).toMatchObject({
      ok: false,
      error: { code: 'unsupported' },
    });
  });
});
