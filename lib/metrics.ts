// The Prometheus endpoint both daemons share: GET /metrics (prom-client's text
// format) and GET /healthz (200 "ok" or 503 with the reason) on one address.
// Off unless a daemon is given `metrics: "IP:PORT"`. Owns: the HTTP server
// and the address syntax. Must never: define a daemon's metrics (each daemon
// owns its own Registry) or listen on anything it was not told to.
import { createServer, type Server } from 'node:http';
import { isIPv4 } from 'node:net';
import type { Registry } from 'prom-client';
import { z } from 'zod';
import type { Logger } from './log.js';
import { errorMessage } from './errors.js';

/** "IP:PORT" with an IPv4 address and a port 1-65535. */
export const metricsAddress = () =>
  z.string({ error: 'must be "IP:PORT", e.g. "127.0.0.1:9471"' }).refine(
    (s) => {
      const m = /^(.+):(\d{1,5})$/.exec(s);
      return !!m && isIPv4(m[1]!) && Number(m[2]) >= 1 && Number(m[2]) <= 65535;
    },
    { error: 'must be "IP:PORT" with an IPv4 address and a port 1-65535, e.g. "127.0.0.1:9471"' },
  );

/** Health: undefined = healthy, else the reason it is not. */
export type HealthCheck = () => string | undefined;

export interface MetricsServer {
  readonly address: string;
  close(): Promise<void>;
}

export async function serveMetrics(registry: Registry, address: string, health: HealthCheck, log: Logger): Promise<MetricsServer> {
  const i = address.lastIndexOf(':');
  const host = address.slice(0, i);
  const port = Number(address.slice(i + 1));
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0];
    if (req.method !== 'GET') {
      res.writeHead(405, { allow: 'GET' }).end();
    } else if (path === '/metrics') {
      registry
        .metrics()
        .then((text) => res.writeHead(200, { 'content-type': registry.contentType }).end(text))
        .catch((err) => res.writeHead(500).end(`${errorMessage(err)}\n`));
    } else if (path === '/healthz') {
      const why = health();
      res.writeHead(why ? 503 : 200, { 'content-type': 'text/plain' }).end(`${why ?? 'ok'}\n`);
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('see /metrics and /healthz\n');
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  server.unref();
  log.info({ address }, 'serving /metrics and /healthz');
  return {
    address,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
