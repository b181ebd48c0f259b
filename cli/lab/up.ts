// `vxnet lab up`: underlay → nats-server → controller → agents → wait until
// every host is ready. Each step records itself in lab.json before the next
// one starts, so a failure part-way leaves something `lab down` can remove.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer, connect as tcpConnect } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Api, codecs } from '../../proto/index.js';
import { Client } from '../client.js';
import type { GlobalValues } from '../args.js';
import { CliError } from '../errors.js';
import { LAB, LAB_DIR, LAB_DOCKER_DIR, LAB_STATE, readLabState, writeLabState, type LabState, type Proc } from './state.js';
import { checkFree, createHost, createUnderlay } from './underlay.js';
import { natsConfig } from './nats-config.js';
import { generateCredentials, natsEnv, writeCredentials } from './credentials.js';
import { isAlive, spawnDetached, tail } from './procs.js';
import { sh, LabError } from './sh.js';
import { PROGRAMS } from './programs.js';
import { startNatsCluster, type NodePorts } from './nats-cluster.js';
import { DOCKER_DNS, hostDocker, startDockerd, startHolder } from './dockerd.js';
import { importLabImage, labImageTarball, LAB_IMAGE } from './lab-image.js';

export interface UpOptions {
  hosts: number;
  /** 1 (default): one nats-server; 3: a JetStream cluster, KV with 3 replicas, two controllers. */
  natsCluster?: number;
  say(text: string): void;
  readyTimeoutMs?: number;
  /** A private Docker daemon per host, with the vxnet plugin served by its agent. */
  docker?: boolean;
}

export async function labUp(o: UpOptions): Promise<LabState> {
  await preflight();
  const logs = join(LAB_DIR, 'logs');
  mkdirSync(logs, { recursive: true });
  const state: LabState = { version: 1, createdMs: Date.now(), dir: LAB_DIR, hosts: [] };
  writeLabState(state);

  await step(
    o,
    `creating underlay ${LAB.underlayNs} (bridge ${LAB.bridge}, ${LAB.rootVeth} = ${LAB.rootIp}/${LAB.prefixLen})`,
    createUnderlay,
  );
  for (let i = 1; i <= o.hosts; i++) {
    const name = LAB.hostName(i);
    await step(o, `creating host ${name} (netns ${LAB.hostNs(i)}, eth0 = ${LAB.hostIp(i)}/${LAB.prefixLen})`, async () => {
      state.hosts.push({ name, netns: LAB.hostNs(i), ip: LAB.hostIp(i), stateDir: join(LAB_DIR, name) });
      writeLabState(state);
      await createHost(i);
      mkdirSync(join(LAB_DIR, name), { recursive: true });
    });
  }

  const cluster = (o.natsCluster ?? 1) > 1;
  const port = await freePort(LAB.rootIp, 4222);
  const clusterPorts = cluster ? await clusterPortsFrom(port, o.natsCluster!) : [];
  const labUrl = cluster ? clusterPorts.map((p) => `nats://${LAB.rootIp}:${p.client}`).join(',') : `nats://${LAB.rootIp}:${port}`;
  // One NATS user per host, one for the controller, one for the CLI (admin):
  // the lab runs the same permissions a real cluster does (nats-config.ts).
  const creds = generateCredentials(state.hosts.map((h) => h.name));
  const admin = { nats: labUrl, user: creds.admin.user, password: creds.admin.password };
  if (cluster)
    await step(
      o,
      `starting a ${clusterPorts.length}-node NATS cluster on ${LAB.rootIp} (ports ${clusterPorts.map((p) => p.client).join(', ')})`,
      async () => {
        const dir = join(LAB_DIR, 'nats');
        writeCredentials(join(dir, 'auth'), creds);
        for (const h of state.hosts) Object.assign(h, creds.hosts[h.name]);
        state.natsNodes = await startNatsCluster(LAB.rootIp, dir, logs, creds, clusterPorts);
        const first = state.natsNodes[0]!;
        state.nats = { ...first, clientUrl: labUrl, labUrl, user: creds.admin.user, password: creds.admin.password };
        writeLabState(state);
      },
    );
  else
    await step(o, `starting nats-server on ${LAB.rootIp}:${port}`, async () => {
      const dir = join(LAB_DIR, 'nats');
      const storeDir = join(dir, 'jetstream');
      mkdirSync(storeDir, { recursive: true });
      const config = join(dir, 'nats.conf');
      const httpPort = await freePort('127.0.0.1', 8222);
      writeCredentials(join(dir, 'auth'), creds);
      for (const h of state.hosts) Object.assign(h, creds.hosts[h.name]);
      writeFileSync(
        config,
        natsConfig({
          serverName: 'vxnet-lab',
          listenHost: LAB.rootIp,
          port,
          httpPort,
          storeDir,
          auth: creds,
        }),
        { mode: 0o600 },
      );
      // nats-server listens on one address: the lab's, reachable from the root
      // namespace (vxlab0) and from every host namespace alike.
      const proc = spawnDetached(['nats-server', '-c', config], join(logs, 'nats-server.log'));
      state.nats = { ...proc, port, clientUrl: labUrl, labUrl, config, storeDir, user: creds.admin.user, password: creds.admin.password };
      writeLabState(state);
      await waitTcp(LAB.rootIp, port, proc, 10_000, 'nats-server');
    });

  await step(o, 'starting vxnet-controller', async () => {
    // Credentials go in the environment, not argv: argv is world-readable in /proc.
    const replicas = cluster ? ['--replicas', String(clusterPorts.length)] : [];
    state.controller = spawnDetached(
      [process.execPath, PROGRAMS.controller, '--nats', labUrl, '--metrics', LAB.controllerMetrics, ...replicas],
      join(logs, 'controller.log'),
      natsEnv(creds.controller),
    );
    writeLabState(state);
    await waitController(admin, state.controller, 15_000);
    if (cluster) {
      // A second controller: both active, compare-and-set decides (README "Failure behaviour").
      state.moreControllers = [
        spawnDetached(
          [process.execPath, PROGRAMS.controller, '--nats', labUrl, ...replicas],
          join(logs, 'controller-2.log'),
          natsEnv(creds.controller),
        ),
      ];
      writeLabState(state);
    }
  });

  if (o.docker) {
    await step(o, 'preparing a Docker mount namespace per host', async () => {
      for (const h of state.hosts) {
        h.docker = hostDocker(h.name, h.netns, join(LAB_DOCKER_DIR, h.name), `${LAB.prefix}${h.name}-docker`);
        writeLabState(state);
        // Names the daemon does not know go to the host's vxnet resolver, on the gateway bridge address.
        await startHolder(h.docker, [h.ip], [DOCKER_DNS]);
        writeLabState(state);
      }
    });
  }

  await step(o, `starting ${o.hosts} agent(s), one inside each host namespace`, async () => {
    for (const h of state.hosts) {
      // nsenter switches only the network namespace: `ip netns exec` would also
      // give the agent a private mount namespace, hiding the namespaces it
      // creates (their /run/netns mounts) from the rest of the machine.
      h.agent = spawnDetached(
        [
          'nsenter',
          `--net=/run/netns/${h.netns}`,
          '--',
          process.execPath,
          PROGRAMS.agent,
          '--nats',
          labUrl,
          '--host',
          h.name,
          '--underlay-dev',
          'eth0',
          '--ns-prefix',
          `${h.netns}-`,
          '--state-dir',
          h.stateDir,
          '--metrics',
          LAB.agentMetrics(h.ip),
          ...(h.docker ? ['--docker-plugin-socket', join(h.docker.pluginDir, 'vxnet.sock'), '--docker-socket', h.docker.socket] : []),
          // The CNI plugin's way in (README "CNI"): /run/vxnet-lab/hN/agent.sock.
          '--socket',
          join(h.stateDir, 'agent.sock'),
        ],
        join(logs, `agent-${h.name}.log`),
        natsEnv(creds.hosts[h.name]!),
      );
      writeLabState(state);
    }
  });

  await step(o, 'waiting for every host to be ready', () => waitHostsReady(state, admin, o.readyTimeoutMs ?? 45_000));
  if (o.docker) {
    // After the agents: a daemon that starts before its network plugin blocks ~15 s per network.
    await step(o, `starting dockerd in each host and importing the ${LAB_IMAGE} image`, async () => {
      const tarball = await labImageTarball(LAB_DOCKER_DIR);
      try {
        await Promise.all(state.hosts.map((h) => startDockerd(h.docker!)));
      } finally {
        writeLabState(state); // the pids, also of the daemons that started when another failed
      }
      await Promise.all(state.hosts.map((h) => importLabImage(h.docker!, tarball)));
    });
  }
  return state;
}

async function step(o: UpOptions, what: string, fn: () => Promise<void>): Promise<void> {
  o.say(`${what}… `);
  try {
    await fn();
  } catch (err) {
    o.say('failed\n');
    throw err;
  }
  o.say('ok\n');
}

async function preflight(): Promise<void> {
  if (process.getuid?.() !== 0) throw new CliError(1, 'the lab needs root (namespaces, veths): run it as root, e.g. sudo npx vxnet lab up');
  if (readLabState() || existsSync(LAB_STATE)) throw new LabError(`a lab is already up (${LAB_STATE}): run 'vxnet lab down' first`);
  for (const f of [PROGRAMS.controller, PROGRAMS.agent]) {
    if (!existsSync(f))
      throw new LabError(`${f} is missing: the lab runs from a built checkout (npm run build), not from the release install`);
  }
  const r = await sh(['nats-server', '--version'], { allowFail: true }).catch(() => undefined);
  if (r?.exitCode !== 0)
    throw new LabError("nats-server is not installed: run 'bash scripts/ensure-deps.sh' (or apt-get install nats-server)");
  await checkFree();
}

/** Client, route and monitoring ports of each node: the client ports follow the first. */
async function clusterPortsFrom(first: number, n: number): Promise<NodePorts[]> {
  const out: NodePorts[] = [];
  for (let i = 0; i < n; i++) {
    out.push({
      client: i === 0 ? first : await freePort(LAB.rootIp, first + i),
      route: await freePort(LAB.rootIp, 6222 + i),
      http: await freePort('127.0.0.1', 8222 + i),
    });
  }
  return out;
}

/** `preferred` if nothing listens there, else a port the kernel picks. */
export function freePort(host: string, preferred: number): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<number | undefined>((resolve) => {
      const s = createServer();
      s.once('error', () => resolve(undefined));
      s.listen({ host, port, exclusive: true }, () => {
        const got = (s.address() as { port: number }).port;
        s.close(() => resolve(got));
      });
    });
  return tryPort(preferred)
    .then((p) => p ?? tryPort(0))
    .then((p) => {
      if (!p) throw new LabError(`no free TCP port on ${host}`);
      return p;
    });
}

async function waitTcp(host: string, port: number, proc: Proc, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(proc.pid)) throw new LabError(`${what} exited: see ${proc.log} (${tail(proc.log)})`);
    const ok = await new Promise<boolean>((resolve) => {
      const s = tcpConnect({ host, port }, () => {
        s.destroy();
        resolve(true);
      });
      s.once('error', () => resolve(false));
    });
    if (ok) return;
    await sleep(100);
  }
  throw new LabError(`${what} does not accept connections on ${host}:${port} after ${timeoutMs / 1000}s: see ${proc.log}`);
}

async function waitController(g: GlobalValues, proc: Proc, timeoutMs: number): Promise<void> {
  const c = await Client.connect(g);
  try {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (!isAlive(proc.pid)) throw new LabError(`vxnet-controller exited: see ${proc.log} (${tail(proc.log)})`);
      try {
        await c.call(Api.hostList, codecs.nameRequest, { names: [] }, codecs.hostReply, 2000);
        return;
      } catch (err) {
        if (Date.now() > deadline)
          throw new LabError(`vxnet-controller does not answer after ${timeoutMs / 1000}s (${(err as Error).message}): see ${proc.log}`);
      }
      await sleep(200);
    }
  } finally {
    await c.close();
  }
}

async function waitHostsReady(state: LabState, g: GlobalValues, timeoutMs: number): Promise<void> {
  const c = await Client.connect(g);
  try {
    const deadline = Date.now() + timeoutMs;
    let notReady = state.hosts.map((h) => h.name);
    while (Date.now() < deadline) {
      for (const h of state.hosts) {
        if (h.agent && !isAlive(h.agent.pid))
          throw new LabError(`the agent of ${h.name} exited: see ${h.agent.log} (${tail(h.agent.log)})`);
      }
      try {
        const reply = await c.call(Api.hostList, codecs.nameRequest, { names: [] }, codecs.hostReply, 2000);
        const ready = new Set((reply.hosts ?? []).filter((v) => v.state === 'ready').map((v) => v.host?.name));
        notReady = state.hosts.map((h) => h.name).filter((n) => !ready.has(n));
        if (notReady.length === 0) return;
      } catch {
        // the controller may be busy starting up: keep polling until the deadline
      }
      await sleep(250);
    }
    const logs = state.hosts
      .filter((h) => notReady.includes(h.name))
      .map((h) => h.agent?.log)
      .join(', ');
    throw new LabError(`host(s) ${notReady.join(', ')} not ready after ${timeoutMs / 1000}s: see ${logs}`);
  } finally {
    await c.close();
  }
}
