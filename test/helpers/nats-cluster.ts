// A 3-node nats-server cluster (JetStream on, routes between all) on loopback
// ports, each node with its own store directory under one temporary
// directory; nodes can be killed and started again. Stopped by PID, its
// directory removed.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect, type ConnectionOptions, type NatsConnection } from '@nats-io/transport-node';
import { freePort, natsServerBinary } from './nats.js';

export interface NatsCluster {
  /** Client URL of node i (0..2). */
  url(i: number): string;
  /** A connection to node i, retried while the node starts. */
  connect(i: number, opts?: Partial<ConnectionOptions>): Promise<NatsConnection>;
  /** SIGKILL of node i; resolves when the process is gone. */
  kill(i: number): Promise<void>;
  start(i: number): void;
  /** The `server_name` of node i. */
  name(i: number): string;
  stop(): Promise<void>;
}

export async function startNatsCluster(clusterName: string): Promise<NatsCluster> {
  const dir = mkdtempSync(join(tmpdir(), `vxnet-${clusterName}-`));
  const ports = await Promise.all(Array.from({ length: 6 }, () => freePort()));
  const routes = [3, 4, 5].map((i) => `nats://127.0.0.1:${ports[i]}`).join(',');
  const procs: (ChildProcess | undefined)[] = [];
  const conns: NatsConnection[] = [];
  const name = (i: number) => `n${i}`;
  const start = (i: number) => {
    const conf = join(dir, `n${i}.conf`);
    writeFileSync(
      conf,
      `server_name: ${name(i)}\nlisten: 127.0.0.1:${ports[i]}\njetstream { store_dir: "${join(dir, `js${i}`)}" }\n` +
        `cluster { name: ${clusterName}, listen: 127.0.0.1:${ports[i + 3]}, routes: [${routes}] }\n`,
    );
    procs[i] = spawn(natsServerBinary(), ['-c', conf, '-l', join(dir, `n${i}.log`)], { stdio: 'ignore' });
  };
  for (const i of [0, 1, 2]) start(i);
  const url = (i: number) => `nats://127.0.0.1:${ports[i]}`;
  return {
    url,
    name,
    start,
    async connect(i, opts = {}) {
      const end = Date.now() + 15_000;
      for (;;) {
        try {
          const nc = await connect({ servers: url(i), noAsyncTraces: true, ...opts });
          conns.push(nc);
          return nc;
        } catch (err) {
          if (Date.now() > end) throw err;
          await new Promise((r) => setTimeout(r, 100));
        }
      }
    },
    async kill(i) {
      const p = procs[i];
      if (!p || p.exitCode !== null || p.signalCode !== null) return;
      const gone = new Promise((r) => p.once('exit', r));
      p.kill('SIGKILL');
      await gone;
    },
    async stop() {
      await Promise.allSettled(conns.map((c) => c.close()));
      for (const p of procs) if (p && p.exitCode === null && p.signalCode === null) p.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
