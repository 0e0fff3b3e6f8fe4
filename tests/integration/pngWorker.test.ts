import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_CATALOG } from '../../shared/catalog';
import { renderExport } from '../../main/services/exports';
import { startServer } from '../../main/services/serve';
import type { RunningServer } from '../../main/services/serve';
import type { PngJob } from '../../main/services/pngJob';
import { renderPngJob } from '../../main/services/pngJob';
import { RenderCancelledError, renderPngInWorker } from '../../main/services/pngWorkerClient';
import { generateDesign } from '../bench/generate';
import { serveModeHandlers } from '../support/bridgeFixture';
import { template } from '../support/rules';

const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });
/** A design whose PNG takes a second or more (about 17,000 x 900 pixels), under the cap. */
const SLOW = { devices: 40 };
const pause = () => new Promise((done) => setTimeout(done, 20));

const job = (extra: Partial<PngJob> = {}): PngJob => ({
  design: template(),
  catalog: BUILTIN_CATALOG,
  scale: 1,
  transparent: false,
  ...extra,
});

describe('PNG rendering in a worker thread', () => {
  it('gives the same bytes as the in-process renderer, and reports its stages', async () => {
    const stages: string[] = [];
    const inWorker = await renderPngInWorker(job(), { onStage: (s) => stages.push(s) });
    expect(inWorker.equals(renderPngJob(job()))).toBe(true);
    expect(stages).toEqual(['drawing', 'rasterizing', 'encoding']);
    const paper = job({ paper: 'a4', transparent: true });
    expect((await renderPngInWorker(paper)).equals(renderPngJob(paper))).toBe(true);
  });

  it('fits the paper at 300 dpi: A4, A3 and Letter landscape', () => {
    const settings = { catalog: BUILTIN_CATALOG, scale: 1, transparent: false, excel: false };
    const size = (paper: 'a4' | 'a3' | 'letter') =>
      pngSize(renderExport(template(), 'png', { ...settings, paper }) as Buffer);
    expect(size('a4')).toEqual({ width: 3508, height: 2480 });
    expect(size('letter')).toEqual({ width: 3300, height: 2550 });
    const svg = renderExport(template(), 'svg', { ...settings, paper: 'a3' }) as string;
    expect(svg).toMatch(/^<svg [^>]*width="420mm" height="297mm"[^>]*viewBox="0 0 [\d.]+ [\d.]+"/);
  });

  it('reports a PNG over the pixel cap as too large, from the worker too', async () => {
    await expect(
      renderPngInWorker(job({ design: generateDesign({ devices: 400 }), scale: 4 })),
    ).rejects.toMatchObject({ name: 'PngTooLargeError' });
  });

  it('cancels: the thread is ended and the promise rejects', async () => {
    const abort = new AbortController();
    const rendering = renderPngInWorker(job({ design: generateDesign(SLOW) }), {
      signal: abort.signal,
      onStage: (stage) => stage === 'rasterizing' && abort.abort(),
    });
    await expect(rendering).rejects.toBeInstanceOf(RenderCancelledError);
  });
});

describe('serve mode while a large PNG renders', () => {
  let fixture: Awaited<ReturnType<typeof serveModeHandlers>>;
  let server: RunningServer;

  beforeAll(async () => {
    fixture = await serveModeHandlers();
    server = await startServer({
      rendererDir: resolve('dist/renderer'),
      handlers: fixture.handlers,
    });
  });
  afterAll(async () => {
    await server.close();
    fixture.cleanup();
  });

  const api = (name: string, body: unknown) =>
    new Promise<{ status: number; body: string }>((done, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: server.port,
          path: `/${server.token}/api/${name}`,
          method: 'POST',
          // A fresh connection each: a reused keep-alive socket the server is just timing out
          // answers ECONNRESET, and this test waits seconds between calls.
          agent: false,
          headers: {
            Host: `127.0.0.1:${server.port}`,
            Origin: `http://127.0.0.1:${server.port}`,
            'Content-Type': 'application/json',
          },
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (text += chunk));
          res.on('end', () => done({ status: res.statusCode ?? 0, body: text }));
        },
      );
      req.on('error', reject);
      req.end(JSON.stringify(body));
    });

  it('answers a file list and progress while rendering; the PNG matches in-process bytes', async () => {
    const design = generateDesign(SLOW);
    let exportDone = false;
    const exporting = api('exportDesign', {
      design,
      request: { kind: 'png', path: 'big.png', scale: 1 },
      designPath: null,
      job: 'big-png',
    }).then((reply) => {
      exportDone = true;
      return reply;
    });
    // Wait until the worker is inside resvg (stage reported), then ask for other things.
    let stage = '';
    while (stage !== 'rasterizing' && !exportDone) {
      const progress = await api('exportProgress', { job: 'big-png' });
      stage = (JSON.parse(progress.body) as { value: { stage: string } | null }).value?.stage ?? '';
      await pause();
    }
    expect(exportDone).toBe(false);
    const listing = await api('browse', {});
    expect(listing.status).toBe(200);
    expect(exportDone, 'the file list answered only after the PNG was done').toBe(false);

    const reply = await exporting;
    expect(reply.status).toBe(200);
    const written = readFileSync(join(fixture.root, 'big.png'));
    const inProcess = renderPngJob({
      design,
      catalog: BUILTIN_CATALOG,
      scale: 1,
      transparent: false,
    });
    expect(written.equals(inProcess)).toBe(true);
    expect(JSON.parse((await api('exportProgress', { job: 'big-png' })).body)).toMatchObject({
      value: null,
    });
  }, 60_000);

  it('cancel: the export answers "cancelled" and writes nothing', async () => {
    const exporting = api('exportDesign', {
      design: generateDesign(SLOW),
      request: { kind: 'png', path: 'cancelled.png', scale: 1 },
      designPath: null,
      job: 'to-cancel',
    });
    let stage = '';
    while (stage !== 'rasterizing') {
      const progress = await api('exportProgress', { job: 'to-cancel' });
      stage = (JSON.parse(progress.body) as { value: { stage: string } | null }).value?.stage ?? '';
      await pause();
    }
    await api('cancelExport', { job: 'to-cancel' });
    const reply = await exporting;
    expect(reply.body).toContain('"cancelled"');
    expect(() => readFileSync(join(fixture.root, 'cancelled.png'))).toThrow();
  }, 60_000);
});
