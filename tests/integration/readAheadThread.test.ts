import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { serializeDesign } from '../../shared/format';
import type { Design } from '../../shared/model';
import { startLaunchRead, takeLaunchRead } from '../../main/services/readAheadThread';
import { template } from '../support/designs';

// The bundled thread (npm run build:node), as the launcher starts it.
const WORKER = resolve('dist/cli/readAheadWorker.mjs');

let dir: string;
beforeAll(() => {
  if (!existsSync(WORKER)) throw new Error(`${WORKER} is missing: run npm run build:node first`);
});
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cw-launch-read-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("the launcher's read-ahead thread", () => {
  it('is taken once, by the path it reads, with the checked design as JSON', async () => {
    const path = join(dir, 'a.clusterwire');
    const design = template();
    writeFileSync(path, serializeDesign(design));
    startLaunchRead(path, WORKER);
    const opened = await takeLaunchRead(path);
    expect(opened?.path).toBe(path);
    expect(JSON.parse(opened?.designJson ?? 'null') as Design).toEqual(design);
    expect(takeLaunchRead(path)).toBeNull();
  });

  it('is let go when serve serves another file', async () => {
    const path = join(dir, 'a.clusterwire');
    writeFileSync(path, serializeDesign(template()));
    const opened = startLaunchRead(path, WORKER);
    expect(takeLaunchRead(join(dir, 'b.clusterwire'))).toBeNull();
    expect(takeLaunchRead(path)).toBeNull();
    // The thread itself still ends normally.
    expect((await opened)?.path).toBe(path);
  });

  it('gives null for a file that is not a design (the open that follows says why)', async () => {
    const path = join(dir, 'broken.clusterwire');
    writeFileSync(path, '{ not json');
    startLaunchRead(path, WORKER);
    expect(await takeLaunchRead(path)).toBeNull();
  });
});
