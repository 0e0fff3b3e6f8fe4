import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { MAX_DESIGN_BYTES } from '../../shared/format';
import { CONTENT_SECURITY_POLICY } from './csp';
import { dispatch } from './bridgeHandlers';
import type { bridgeHandlers } from './bridgeHandlers';
import { resultText } from './jsonAnswer';

/** A design is at most 20 MiB; its JSON in a request adds escaping and the envelope. */
export const MAX_BODY_BYTES = MAX_DESIGN_BYTES * 2;
const LOOPBACK = '127.0.0.1';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.map': 'application/json',
};

export interface ServeOptions {
  rendererDir: string;
  handlers: ReturnType<typeof bridgeHandlers>;
  /** 0 picks a free port. */
  port?: number;
  /** Tests pass their own; otherwise 32 random bytes per run. */
  token?: string;
  log?: (line: string) => void;
}

export interface RunningServer {
  /** The URL to open: the token is its first path segment, so every relative request carries it. */
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

function sameToken(given: string, token: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function send(res: ServerResponse, status: number, body: string | Buffer, type: string): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Resource-Policy': 'same-origin',
  });
  res.end(body);
}
const refuse = (res: ServerResponse, status: number, message: string) =>
  send(res, status, `${message}\n`, 'text/plain; charset=utf-8');

class BodyTooLarge extends Error {}

async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new BodyTooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).byteLength;
    if (size > limit) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Serve mode: the built renderer and the bridge over loopback HTTP. Bound to 127.0.0.1 only;
 * every request must carry the per-run token (as the first path segment); Host and Origin must
 * name this server, so a DNS-rebinding page cannot talk to it; request bodies are limited.
 */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const rendererRoot = normalize(options.rendererDir);
  let port = 0;
  const allowedHosts = () => [`${LOOPBACK}:${port}`, `localhost:${port}`];

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!allowedHosts().includes(req.headers.host ?? '')) {
      return refuse(res, 403, 'forbidden: unexpected Host header');
    }
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts().some((h) => origin === `http://${h}`)) {
      return refuse(res, 403, 'forbidden: foreign Origin');
    }
    const url = new URL(req.url ?? '/', `http://${LOOPBACK}:${port}`);
    const [, given = '', ...rest] = url.pathname.split('/');
    if (!sameToken(given, token)) return refuse(res, 401, 'unauthorized: missing or wrong token');
    const route = rest.join('/');

    if (route.startsWith('api/')) {
      if (req.method !== 'POST') return refuse(res, 405, 'method not allowed');
      if (origin === undefined) return refuse(res, 403, 'forbidden: Origin header required');
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
        return refuse(res, 415, 'unsupported media type: send application/json');
      }
      let payload: unknown;
      try {
        payload = JSON.parse(await readBody(req, MAX_BODY_BYTES));
      } catch (error) {
        if (error instanceof BodyTooLarge) {
          res.setHeader('Connection', 'close');
          return refuse(res, 413, `payload too large: the limit is ${MAX_BODY_BYTES} bytes`);
        }
        return refuse(res, 400, 'bad request: the body is not JSON');
      }
      const result = await dispatch(options.handlers, route.slice(4), payload);
      return send(res, 200, resultText(result), 'application/json; charset=utf-8');
    }

    if (req.method !== 'GET' && req.method !== 'HEAD')
      return refuse(res, 405, 'method not allowed');
    if (url.pathname === `/${given}`) {
      res.writeHead(308, { Location: `/${given}/` });
      return void res.end();
    }
    let relative: string;
    try {
      relative = decodeURIComponent(route === '' ? 'index.html' : route);
    } catch {
      return refuse(res, 400, 'bad request: malformed path');
    }
    const file = normalize(join(rendererRoot, relative));
    if (!file.startsWith(rendererRoot + sep)) return refuse(res, 404, 'not found');
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      return refuse(res, 404, 'not found');
    }
    res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    res.setHeader('X-Frame-Options', 'DENY');
    send(res, 200, body, CONTENT_TYPES[extname(file)] ?? 'application/octet-stream');
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      options.log?.(`serve: ${error instanceof Error ? error.message : String(error)}`);
      if (!res.headersSent) refuse(res, 500, 'internal error');
      else res.destroy();
    });
  });
  server.requestTimeout = 120_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, LOOPBACK, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://${LOOPBACK}:${port}/${token}/`,
    port,
    token,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
