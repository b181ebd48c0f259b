// A throwaway nats-server with JetStream for integration tests.
// Starts the Debian binary from PATH (or /usr/sbin, /usr/bin) with a temporary
// config: listen on 127.0.0.1 on a free port, store dir inside a temp dir.
// stop() kills it and removes the dir; `natsServer(t)` registers stop() with
// the test so it runs on failure too. Never listens on anything but loopback.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect as tcpConnect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect, type NatsConnection } from '@nats-io/transport-node';

export interface NatsServer {
  url: string;
  port: number;
  dir: string;
  process: ChildProcess;
  /** Opens a client connection that stop() closes too. */
  connect(name?: string): Promise<NatsConnection>;
  stop(): Promise<void>;
}

export function natsServerBinary(): string {
  for (const dir of (process.env.PATH ?? '').split(':').concat(['/usr/sbin', '/usr/bin', '/usr/local/bin'])) {
    const p = join(dir, 'nats-server');
    if (dir && existsSync(p)) return p;
  }
  throw new Error('nats-server not found on PATH, /usr/sbin or /usr/bin: apt-get install nats-server');
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = tcpConnect({ host: '127.0.0.1', port });
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });
}

export async function startNatsServer(opts: { extraConfig?: string; timeoutMs?: number } = {}): Promise<NatsServer> {
  const dir = mkdtempSync(join(tmpdir(), 'vxnet-nats-'));
  const clients: NatsConnection[] = [];
  let child: ChildProcess | undefined;
  const stop = async () => {
    await Promise.allSettled(clients.map((c) => (c.isClosed() ? Promise.resolve() : c.close())));
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child!.once('exit', r));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child!.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const port = await freePort();
    const conf = join(dir, 'nats.conf');
    writeFileSync(
      conf,
      [
        `listen: 127.0.0.1:${port}`,
        'server_name: vxnet-test',
        `jetstream { store_dir: "${join(dir, 'js')}", max_memory_store: 64MB, max_file_store: 256MB }`,
        opts.extraConfig ?? '',
      ].join('\n'),
    );
    let stderr = '';
    child = spawn(natsServerBinary(), ['-c', conf], { stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr!.on('data', (d: Buffer) => {
      stderr = (stderr + d.toString()).slice(-4000);
    });
    const deadline = Date.now() + (opts.timeoutMs ?? 10_000);
    for (;;) {
      if (child.exitCode !== null) throw new Error(`nats-server exited with ${child.exitCode}: ${stderr}`);
      if (/Server is ready/.test(stderr) && (await canConnect(port))) break;
      if (Date.now() > deadline) throw new Error(`nats-server not ready after ${opts.timeoutMs ?? 10_000} ms: ${stderr}`);
      await new Promise((r) => setTimeout(r, 25));
    }
    const url = `nats://127.0.0.1:${port}`;
    return {
      url,
      port,
      dir,
      process: child,
      stop,
      async connect(name = 'test') {
        const nc = await connect({ servers: url, name, maxReconnectAttempts: 0, noAsyncTraces: true }); // as lib/nats.ts connects
        clients.push(nc);
        return nc;
      },
    };
  } catch (err) {
    await stop();
    throw err;
  }
}

/** Starts a server for one test (or suite) and stops it when that test ends, pass or fail. */
export async function natsServer(t: { after(fn: () => Promise<void> | void): void }): Promise<NatsServer> {
  const s = await startNatsServer();
  t.after(() => s.stop());
  return s;
}
