import { existsSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES, startServer } from '../../main/services/serve';
import type { RunningServer } from '../../main/services/serve';
import { bridgeOverHttp } from '../../shared/ipc';
import { template } from '../support/designs';
import { serveModeHandlers } from '../support/bridgeFixture';

let fixture: Awaited<ReturnType<typeof serveModeHandlers>>;
let server: RunningServer;
let origin: string;

beforeAll(async () => {
  fixture = await serveModeHandlers();
  server = await startServer({ rendererDir: resolve('dist/renderer'), handlers: fixture.handlers });
  origin = `http://127.0.0.1:${server.port}`;
});
afterAll(async () => {
  await server.close();
  fixture.cleanup();
});

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Raw HTTP, so tests control Host, Origin and paths exactly (fetch would normalise them). */
function raw(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  return new Promise((resolvePromise, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        path,
        method: options.method ?? 'GET',
        headers: { Host: `127.0.0.1:${server.port}`, ...options.headers },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () =>
          resolvePromise({ status: res.statusCode ?? 0, headers: res.headers, body }),
        );
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

const api = (name: string, body: unknown, headers: Record<string, string> = {}) =>
  raw(`/${server.token}/api/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: origin, ...headers },
    body: JSON.stringify(body),
  });

describe('serve mode security', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/[\w-]{43}\/$/);
  });

  it('serves the app with the token, with a CSP and no referrer', async () => {
    const reply = await raw(`/${server.token}/`);
    expect(reply.status).toBe(200);
    expect(reply.body).toContain('<div id="root">');
    expect(reply.headers['content-security-policy']).toContain("script-src 'self'");
    expect(reply.headers['content-security-policy']).not.toContain('unsafe-eval');
    expect(reply.headers['referrer-policy']).toBe('no-referrer');
  });

  it('no token: 401', async () => {
    expect((await raw('/')).status).toBe(401);
    expect((await raw('/index.html')).status).toBe(401);
    expect((await raw('/api/info', { method: 'POST' })).status).toBe(401);
  });

  it('wrong token: 401, including one that differs only in its last character', async () => {
    const wrong = server.token.slice(0, -1) + (server.token.endsWith('A') ? 'B' : 'A');
    expect((await raw(`/${wrong}/`)).status).toBe(401);
    expect((await api('info', {}, {})).status).toBe(200);
    expect(
      (await raw(`/${wrong}/api/info`, { method: 'POST', headers: { Origin: origin } })).status,
    ).toBe(401);
  });

  it('a foreign Origin is refused (cross-site requests)', async () => {
    const reply = await api('info', {}, { Origin: 'https://evil.example' });
    expect(reply.status).toBe(403);
    expect((await api('info', {}, { Origin: `http://127.0.0.1:${server.port + 1}` })).status).toBe(
      403,
    );
  });

  it('a foreign Host is refused (DNS rebinding)', async () => {
    const reply = await raw(`/${server.token}/`, {
      headers: { Host: `evil.example:${server.port}` },
    });
    expect(reply.status).toBe(403);
    expect(
      (await raw(`/${server.token}/`, { headers: { Host: `localhost:${server.port}` } })).status,
    ).toBe(200);
  });

  it('API calls need POST, JSON and an Origin', async () => {
    expect((await raw(`/${server.token}/api/info`)).status).toBe(405);
    expect(
      (
        await raw(`/${server.token}/api/info`, {
          method: 'POST',
          headers: { Origin: origin },
          body: '{}',
        })
      ).status,
    ).toBe(415);
    expect(
      (
        await raw(`/${server.token}/api/info`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: '{}',
        })
      ).status,
    ).toBe(403);
  });

  it('path traversal is refused for static files and for bridge paths', async () => {
    for (const path of [
      `/${server.token}/../../../etc/passwd`,
      `/${server.token}/%2e%2e/%2e%2e/etc/passwd`,
      `/${server.token}/..%2f..%2f..%2fetc%2fpasswd`,
    ]) {
      const reply = await raw(path);
      expect([401, 404]).toContain(reply.status);
      expect(reply.body).not.toContain('root:');
    }
    const reply = await api('open', { path: '../../../../etc/passwd' });
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
  });

  it('an oversized body is refused with 413 before it is read', async () => {
    const declared = await raw(`/${server.token}/api/info`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Origin: origin,
        'Content-Length': String(MAX_BODY_BYTES + 1),
      },
    });
    expect(declared.status).toBe(413);
  });

  it('malformed JSON is a 400, a malformed payload a typed bad-request', async () => {
    const broken = await raw(`/${server.token}/api/info`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: origin },
      body: '{nope',
    });
    expect(broken.status).toBe(400);
    expect(JSON.parse((await api('open', { path: 7 })).body)).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
  });
});

describe('the HTTP transport of the bridge', () => {
  it('saves and reopens a design through the same contract the renderer uses', async () => {
    // Node's fetch sends no Origin; a browser does. Add it the way the page would.
    const pageFetch: typeof fetch = (input, init) =>
      fetch(input, { ...init, headers: { ...(init?.headers as object), Origin: origin } });
    const bridge = bridgeOverHttp(server.url, pageFetch);
    const design = template();
    const saved = await bridge.save({ path: 'http.clusterwire', design, expected: null });
    expect(existsSync(join(fixture.root, 'http.clusterwire'))).toBe(true);
    const opened = await bridge.open({ path: 'http.clusterwire' });
    expect(opened.design).toEqual(design);
    expect(opened.stamp).toEqual(saved.stamp);
    await expect(
      bridge.save({ path: 'http.clusterwire', design, expected: null }),
    ).rejects.toMatchObject({ name: 'BridgeCallError', code: 'exists' });
    expect(readFileSync(join(fixture.root, 'http.clusterwire'), 'utf8')).toContain(
      '"schemaVersion"',
    );
  });

  it('two tabs saving the same design at once: one is saved, the other hears "conflict"', async () => {
    const pageFetch: typeof fetch = (input, init) =>
      fetch(input, { ...init, headers: { ...(init?.headers as object), Origin: origin } });
    const bridge = bridgeOverHttp(server.url, pageFetch);
    const first = await bridge.save({
      path: 'race.clusterwire',
      design: template(),
      expected: null,
    });
    const firstText = readFileSync(join(fixture.root, 'race.clusterwire'), 'utf8');
    const outcomes = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) => {
        const design = template();
        design.meta.name = `tab ${i}`;
        return bridge.save({ path: 'race.clusterwire', design, expected: first.stamp });
      }),
    );
    const saved = outcomes.filter((o) => o.status === 'fulfilled');
    expect(saved).toHaveLength(1);
    for (const o of outcomes)
      if (o.status === 'rejected') expect(o.reason).toMatchObject({ code: 'conflict' });
    expect(readFileSync(join(fixture.root, 'race.clusterwire.bak'), 'utf8')).toBe(firstText);
  });
});
