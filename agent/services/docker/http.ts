// Docker's legacy plugin protocol transport: HTTP POSTs with JSON bodies on a
// unix socket (/run/docker/plugins/vxnet.sock by default). Owns: the socket
// (root-only, 0600; a stale socket file is replaced), body size limit, JSON
// parsing and the reply shape (`{"Err"/"Error": "one line"}` on failure, which
// Docker shows to the user as the command's error). Must never: hold domain logic;
// every path is a handler given by the caller.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { chmodSync, mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Logger } from '../../../lib/log.js';
import { errorMessage } from '../../../lib/errors.js';

const PLUGIN_CONTENT_TYPE = 'application/vnd.docker.plugins.v1.2+json';
const MAX_BODY = 1 << 20;

export type Json = Record<string, unknown>;
export type PluginHandler = (body: Json) => Promise<Json> | Json;

export class PluginServer {
  private server: Server | undefined;

  constructor(
    readonly socketPath: string,
    private readonly routes: Record<string, PluginHandler>,
    private readonly log: Logger,
  ) {}

  async start(): Promise<void> {
    mkdirSync(dirname(this.socketPath), { recursive: true, mode: 0o755 });
    rmSync(this.socketPath, { force: true });
    const server = createServer((req, res) => {
      void this.handle(req).then(({ status, body }) => {
        res.writeHead(status, { 'Content-Type': PLUGIN_CONTENT_TYPE });
        res.end(JSON.stringify(body));
      });
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      // umask-independent: the socket is chmod'ed right after; until then nothing else knows the path.
      server.listen(this.socketPath, () => resolve());
    });
    chmodSync(this.socketPath, 0o600);
    this.server = server;
  }

  async stop(): Promise<void> {
    const s = this.server;
    this.server = undefined;
    if (!s) return;
    await new Promise<void>((resolve) => s.close(() => resolve()));
    s.closeAllConnections?.();
    rmSync(this.socketPath, { force: true });
  }

  private async handle(req: IncomingMessage): Promise<{ status: number; body: Json }> {
    const path = (req.url ?? '').replace(/^\/+/, '');
    const h = this.routes[path];
    if (req.method !== 'POST' || !h) return { status: 404, body: { Err: `vxnet plugin: ${req.method} /${path} is not supported` } };
    let body: Json = {};
    try {
      const text = await readBody(req);
      if (text.trim()) {
        const parsed: unknown = JSON.parse(text);
        if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) body = parsed as Json;
        else throw new Error('the body is not a JSON object');
      }
    } catch (err) {
      return { status: 400, body: { Err: `vxnet plugin: unreadable request to ${path}: ${errorMessage(err)}` } };
    }
    const started = performance.now();
    try {
      const out = { status: 200, body: await h(body) };
      this.log.debug({ call: path, ms: Math.round((performance.now() - started) * 10) / 10 }, 'docker plugin call');
      return out;
    } catch (err) {
      const msg = errorMessage(err).split('\n')[0]!;
      this.log.warn({ call: path, err: msg }, 'docker plugin call refused');
      // NetworkDriver replies carry the error in "Err", IpamDriver replies in "Error": both, so either reads it.
      return { status: 200, body: { Err: `vxnet: ${msg}`, Error: `vxnet: ${msg}` } };
    }
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Error(`over ${MAX_BODY} bytes`));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
