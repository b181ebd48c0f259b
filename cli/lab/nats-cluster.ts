// `vxnet lab up --nats-cluster 3`: three nats-server nodes on the lab's root
// address (client ports from 4222, route ports from 6222, monitoring on
// loopback), routes authorized with the lab's route user, and a wait until
// JetStream has elected its meta leader (a controller opens the KV bucket at
// start). Owns: the nodes' configs and their start. Must never: choose
// permissions (nats-config.ts) or stop anything (`lab down` does).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { natsConfig, type Credentials } from './nats-config.js';
import { spawnDetached, tail, isAlive } from './procs.js';
import { LabError } from './sh.js';
import type { NatsNode } from './state.js';

export interface NodePorts {
  client: number;
  route: number;
  http: number;
}

export async function startNatsCluster(
  host: string,
  dir: string,
  logs: string,
  creds: Credentials,
  ports: NodePorts[],
): Promise<NatsNode[]> {
  const routes = ports.map((p) => `${host}:${p.route}`);
  const nodes: NatsNode[] = ports.map((p, i) => {
    const name = `vxnet-lab-${i + 1}`;
    const storeDir = join(dir, `node-${i + 1}`, 'jetstream');
    mkdirSync(storeDir, { recursive: true });
    const config = join(dir, `node-${i + 1}.conf`);
    writeFileSync(
      config,
      natsConfig({
        serverName: name,
        listenHost: host,
        port: p.client,
        httpPort: p.http,
        storeDir,
        auth: creds,
        cluster: { name: 'vxnet-lab', listenHost: host, port: p.route, routes, route: creds.route! },
      }),
      { mode: 0o600 },
    );
    const proc = spawnDetached(['nats-server', '-c', config], join(logs, `nats-server-${i + 1}.log`));
    return { ...proc, name, port: p.client, httpPort: p.http, config, storeDir };
  });
  const deadline = Date.now() + 30_000;
  for (;;) {
    for (const n of nodes) if (!isAlive(n.pid)) throw new LabError(`nats-server ${n.name} exited: see ${n.log} (${tail(n.log)})`);
    try {
      const jsz = (await (await fetch(`http://127.0.0.1:${nodes[0]!.httpPort}/jsz`)).json()) as { meta_cluster?: { leader?: string } };
      if (jsz.meta_cluster?.leader) return nodes;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new LabError(`the NATS cluster elected no JetStream leader in 30s: see ${nodes[0]!.log}`);
    await sleep(250);
  }
}
