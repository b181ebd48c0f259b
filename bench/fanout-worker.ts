// Child process of the fan-out benchmark (fanout.ts forks a few): runs many
// simulated agents, each the real Agent (KV watches, reconciler, heartbeat)
// on its own NATS connection with a FakeKernel, and on the same connection a
// plain subscriber for the NATS baseline. Counts every KV watch delivery per
// agent and stamps when the probe endpoint (or plain message) arrived.
// On request ('hold'), an endpoint delivery is stamped at once and handed to
// the agent a fixed time later, in order: the many agents of one process then
// do not delay each other's deliveries with their reconciles (on a real
// cluster each agent reconciles on its own host), so the stamps measure the
// delivery alone; the agents still apply every change.
// Talks to the parent over IPC only. Must never: touch the real kernel.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import type { KvWatchEntry } from '@nats-io/kv';
import { Agent } from '../agent/agent.js';
import { FakeKernel } from '../agent/kernel/fake.js';
import { silentLogger } from '../lib/log.js';
import { mapLimit } from '../lib/map-limit.js';

interface Sim {
  host: string;
  nc: NatsConnection;
  agent: Agent;
  deliveries: number;
  seen: Map<string, number>;
  plain: Map<string, number>;
}

const sims: Sim[] = [];
const dir = mkdtempSync(join(tmpdir(), 'vxbench-fan-'));
const now = () => performance.timeOrigin + performance.now();
/** Set by 'hold': how long an endpoint delivery waits before the agent sees it (0: at once). */
let holdMs = 0;

async function startOne(url: string, host: string, index: number, plainSubject: string | undefined): Promise<Sim> {
  const nc = await connect({ servers: url, name: host, maxReconnectAttempts: 0 });
  const ip = `198.18.${100 + Math.floor(index / 250)}.${(index % 250) + 1}`;
  const kernel = new FakeKernel({
    hostLinks: [
      { name: 'lo', kind: 'loopback', mtu: 65536, mac: '00:00:00:00:00:00', up: true, addresses: ['127.0.0.1/8'] },
      { name: 'eth0', kind: 'ether', mtu: 1500, mac: '02:00:00:00:00:01', up: true, addresses: [`${ip}/16`] },
    ],
  });
  const agent = await Agent.start(
    nc,
    kernel,
    {
      host,
      underlayDev: 'eth0',
      vxlanPort: 4789,
      nsPrefix: 'vxf-',
      stateDir: join(dir, host),
      resyncSeconds: 3600,
      heartbeatSeconds: 60,
    },
    silentLogger,
  );
  const sim: Sim = { host, nc, agent, deliveries: 0, seen: new Map(), plain: new Map() };
  // Count at the watch handlers themselves (instance properties win over the prototype's).
  const w = agent.watcher as unknown as Record<string, (...a: unknown[]) => void>;
  const onEndpoint = w.onEndpoint!.bind(w);
  const onWorkload = w.onWorkload!.bind(w);
  w.onEndpoint = (network: unknown, e: unknown) => {
    sim.deliveries++;
    const key = (e as KvWatchEntry).key;
    if (!sim.seen.has(key)) sim.seen.set(key, now());
    // Equal delays fire in order: the agent sees the entries in delivery order.
    if (holdMs > 0) setTimeout(() => onEndpoint(network, e), holdMs);
    else onEndpoint(network, e);
  };
  w.onWorkload = (e: unknown) => {
    sim.deliveries++;
    onWorkload(e);
  };
  if (plainSubject)
    nc.subscribe(plainSubject, {
      callback: (_err, msg) => {
        const k = msg.string();
        if (!sim.plain.has(k)) sim.plain.set(k, now());
      },
    });
  return sim;
}

process.on(
  'message',
  (m: {
    cmd: string;
    url?: string;
    hosts?: { host: string; index: number; plain?: string }[];
    key?: string;
    holdMs?: number;
    seq?: number;
  }) => {
    void (async () => {
      try {
        if (m.cmd === 'start') {
          await mapLimit(m.hosts!, 16, async (h) => {
            sims.push(await startOne(m.url!, h.host, h.index, h.plain));
          });
          process.send!({ seq: m.seq, ok: true });
        } else if (m.cmd === 'status') {
          process.send!({
            seq: m.seq,
            ok: true,
            ready: sims.filter((s) => s.agent.watcher.ready && s.agent.reconciler.lastReport.converged).length,
            endpoints: sims.map((s) => [...s.agent.watcher.state.endpoints.values()].reduce((a, e) => a + e.size, 0)),
          });
        } else if (m.cmd === 'hold') {
          holdMs = m.holdMs ?? 0;
          process.send!({ seq: m.seq, ok: true });
        } else if (m.cmd === 'reset') {
          for (const s of sims) {
            s.deliveries = 0;
          }
          process.send!({ seq: m.seq, ok: true });
        } else if (m.cmd === 'report') {
          process.send!({
            seq: m.seq,
            ok: true,
            agents: sims.map((s) => ({
              host: s.host,
              deliveries: s.deliveries,
              seen: s.seen.get(m.key!) ?? null,
              plain: s.plain.get(m.key!) ?? null,
              hasIt: [...s.agent.watcher.state.endpoints.values()].some((e) => [...e.keys()].includes(m.key!.split('.').pop()!)),
            })),
          });
        } else if (m.cmd === 'stop') {
          await Promise.allSettled(
            sims.map(async (s) => {
              await s.agent.stop();
              await s.nc.close();
            }),
          );
          rmSync(dir, { recursive: true, force: true });
          process.send!({ seq: m.seq, ok: true }, () => process.exit(0));
        }
      } catch (err) {
        process.send!({ seq: m.seq, ok: false, error: (err as Error).stack ?? String(err) });
      }
    })();
  },
);
process.on('disconnect', () => {
  rmSync(dir, { recursive: true, force: true });
  process.exit(0);
});
