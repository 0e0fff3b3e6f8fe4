import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../main/services/bridgeHandlers';
import { generateConfiguration } from '../../shared/generate';
import { template } from '../support/designs';
import { serveModeHandlers } from '../support/bridgeFixture';

let fixture: Awaited<ReturnType<typeof serveModeHandlers>>;
beforeEach(async () => {
  fixture = await serveModeHandlers();
});
afterEach(() => fixture.cleanup());

const call = (payload: unknown) => dispatch(fixture.handlers, 'generateConfig', payload);

describe('bridge: generateConfig (File > Generate Configuration…)', () => {
  it('writes the same files the CLI writes into a new folder', async () => {
    const folder = join(fixture.root, 'config');
    const result = await call({ design: template(), folder, designPath: null });
    expect(result).toMatchObject({ ok: true, value: { folder, files: 11 } });
    const expected = generateConfiguration(template());
    if (!expected.ok) throw new Error('the template generates');
    for (const f of expected.files) expect(readFileSync(join(folder, f.path), 'utf8')).toBe(f.text);
  });

  it('answers exists for a folder that is not empty, and overwrites only when asked', async () => {
    const folder = join(fixture.root, 'config');
    mkdirSync(folder);
    writeFileSync(join(folder, 'mine.txt'), 'keep');
    const refused = await call({ design: template(), folder, designPath: null });
    expect(refused).toMatchObject({ ok: false, error: { code: 'exists' } });
    expect(readdirSync(folder)).toEqual(['mine.txt']);
    const written = await call({ design: template(), folder, designPath: null, overwrite: true });
    expect(written.ok).toBe(true);
    expect(readFileSync(join(folder, 'mine.txt'), 'utf8')).toBe('keep');
  });

  it('refuses a design lacking a fact, naming it, and writes nothing', async () => {
    const design = template();
    delete design.mlagPairs[0]!.systemMac;
    const folder = join(fixture.root, 'config');
    const refused = await call({ design, folder, designPath: null });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-design' } });
    expect(!refused.ok && refused.error.message).toContain('system MAC');
    expect(() => readdirSync(folder)).toThrow();
  });

  it('refuses a folder outside the served root', async () => {
    const refused = await call({
      design: template(),
      folder: join(fixture.base, 'elsewhere'),
      designPath: null,
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
  });
});
