// Benchmark 5, fan-out at scale: N simulated agents (fanout-worker.ts, real
// Agent + NATS client + FakeKernel, in a few child processes) all with a
// workload on network "shared", plus N/10 agents on networks of their own.
// A new endpoint on "shared" is written to KV through the controller's store
// (what the controller writes on `run`, with its endpoint hint); measured:
// until every agent on "shared" has it in its desired state,
// and how many watch deliveries the others got (must be zero). Baseline: one
// plain NATS publish to a subject the same N connections subscribe to.
// Must never: keep the children or the server (both stopped in defer()).
import { fork, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KvStore } from '../controller/store-kv.js';
import { withEndpointHints } from '../controller/hints.js';
import { BUCKET, codecs, Driver, Keys, Mode } from '../proto/index.js';
import { macOf } from '../lib/ipv4.js';
import { startNatsServer } from '../test/helpers/nats.js';
import { nowMs, percentile, round, ratioOf, sleep, type BenchContext, type BenchResult } from './util.js';

const WORKER = join(dirname(fileURLToPath(import.meta.url)), 'fanout-worker.js');

interface AgentReport {
  host: string;
  deliveries: number;
  seen: number | null;
  plain: number | null;
  hasIt: boolean;
}

class Worker {
  private seq = 0;
  private readonly waiting = new Map<number, (m: Record<string, unknown>) => void>();
  constructor(readonly child: ChildProcess) {
    child.on('message', (m: { seq: number }) => {
      this.waiting.get(m.seq)?.(m as unknown as Record<string, unknown>);
      this.waiting.delete(m.seq);
    });
  }
  call<T = Record<string, unknown>>(msg: Record<string, unknown>, timeoutMs = 600_000): Promise<T> {
    const seq = ++this.seq;
    return new Promise<T>((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`worker did not answer ${String(msg.cmd)}`)), timeoutMs);
      this.waiting.set(seq, (m) => {
        clearTimeout(t);
        if (m.ok) resolve(m as T);
        else reject(new Error(String(m.error)));
      });
      this.child.send({ ...msg, seq });
    });
  }
}

/** How long a held endpoint delivery waits before the agent processes it. */
const HOLD_MS = 3000;

const ipOf = (i: number) => `10.${100 + Math.floor(i / 65000)}.${Math.floor((i % 65000) / 250)}.${(i % 250) + 2}`;

export const bench = {
  name: 'fanout',
  title: '5. Fan-out: a membership change reaching every agent on the network',
  async run(ctx: BenchContext, r: BenchResult): Promise<void> {
    const n = ctx.agents ?? (ctx.quick ? 50 : 1000);
    const lonely = Math.max(5, Math.round(n / 10));
    const repeats = ctx.quick ? 2 : 5;
    const server = await startNatsServer({ extraConfig: 'max_connections: 10000' });
    ctx.defer(() => server.stop());
    const nc = await server.connect('writer');
    // Written as the controller writes: through its store, which hints every endpoint it puts.
    const kv = withEndpointHints(await KvStore.open(nc), nc, BUCKET);
    const put = async (host: string, name: string, network: string, i: number) => {
      const ip = ipOf(i);
      const att = {
        network,
        networkId: `id-${network}`,
        driver: Driver.OVERLAY,
        vni: 300,
        subnet: '10.100.0.0/14',
        gateway: '10.100.0.1',
        ip,
        mac: macOf(ip),
        ifname: 'eth0',
      };
      await kv.put(
        Keys.endpoint(network, name),
        codecs.endpoint.encode({
          network,
          networkId: att.networkId,
          workload: name,
          host,
          vtep: `198.18.${100 + Math.floor(i / 250)}.${(i % 250) + 1}`,
          ip,
          mac: att.mac,
        }),
      );
      await kv.put(Keys.workload(host, name), codecs.workload.encode({ name, host, mode: Mode.NETWORKS, attachments: [att] }));
    };
    const hosts: { host: string; index: number; plain?: string }[] = [];
    for (let i = 0; i < n + lonely; i++) {
      const shared = i < n;
      hosts.push({ host: `f${i}`, index: i, ...(shared ? { plain: 'vxbench.fan.shared' } : {}) });
    }
    const t0 = nowMs();
    for (let i = 0; i < hosts.length; i += 200) {
      await Promise.all(hosts.slice(i, i + 200).map((h) => put(h.host, `w${h.index}`, h.index < n ? 'shared' : `lone${h.index}`, h.index)));
    }
    const workers = Array.from(
      { length: ctx.quick ? 2 : 4 },
      () => new Worker(fork(WORKER, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })),
    );
    ctx.defer(async () => {
      await Promise.allSettled(workers.map((w) => w.call({ cmd: 'stop' }, 20_000)));
      for (const w of workers)
        try {
          w.child.kill('SIGKILL');
        } catch {
          /* gone */
        }
    });
    await Promise.all(
      workers.map((w, k) => w.call({ cmd: 'start', url: server.url, hosts: hosts.filter((_, i) => i % workers.length === k) })),
    );
    // Every agent loaded and converged (bounded).
    const loadDeadline = Date.now() + (ctx.quick ? 60_000 : 600_000);
    for (;;) {
      const st = await Promise.all(workers.map((w) => w.call<{ ready: number; endpoints: number[] }>({ cmd: 'status' })));
      const ready = st.reduce((a, s) => a + s.ready, 0);
      const full = st.flatMap((s) => s.endpoints).filter((e) => e >= n).length;
      if (ready === hosts.length && full === n) break;
      if (Date.now() > loadDeadline)
        throw new Error(`agents not loaded: ${ready}/${hosts.length} converged, ${full}/${n} with every endpoint`);
      await sleep(200);
    }
    const loadSeconds = round((nowMs() - t0) / 1000, 1);
    ctx.log(`${hosts.length} agents loaded in ${loadSeconds} s`);

    const kvTimes: number[] = [];
    /** The same, with every agent's processing of the entry held back (fanout-worker.ts 'hold'): the delivery alone. */
    const deliveryTimes: number[] = [];
    const plainTimes: number[] = [];
    /** Per KV round: the write's round trip, and when the median and the last agent had it. */
    const rounds: { kind: string; putMs: number | null; medianAgentMs: number | null; lastAgentMs: number | null }[] = [];
    const orders: string[] = [];
    let uninterested = 0;
    let missing = 0;
    for (const w of workers) await w.call({ cmd: 'reset' });
    const shared = (reports: AgentReport[]) => reports.filter((a) => Number(a.host.slice(1)) < n);
    const report = async (key: string) =>
      (await Promise.all(workers.map((w) => w.call<{ agents: AgentReport[] }>({ cmd: 'report', key })))).flatMap((x) => x.agents);
    // Both figures are taken with the agents idle: every agent converged, twice in a row 300 ms apart.
    const quiet = async () => {
      const end = Date.now() + 120_000;
      let calm = 0;
      while (calm < 2 && Date.now() < end) {
        await sleep(300);
        const st = await Promise.all(workers.map((w) => w.call<{ ready: number }>({ cmd: 'status' })));
        calm = st.reduce((a, x) => a + x.ready, 0) === hosts.length ? calm + 1 : 0;
      }
    };
    const kvRound = async (key: string, name: string, k: number, held: boolean) => {
      if (held) for (const w of workers) await w.call({ cmd: 'hold', holdMs: HOLD_MS });
      const ip = ipOf(n + lonely + k);
      const start = nowMs();
      await kv.put(
        key,
        codecs.endpoint.encode({
          network: 'shared',
          networkId: 'id-shared',
          workload: name,
          host: 'f0',
          vtep: '198.18.100.1',
          ip,
          mac: macOf(ip),
        }),
      );
      const putMs = nowMs() - start; // the write's own round trip: the hint leaves after it
      let reports: AgentReport[] = [];
      const deadline = Date.now() + 30_000;
      do {
        await sleep(200);
        reports = await report(key);
      } while (shared(reports).filter((a) => a.seen !== null).length < n && Date.now() < deadline);
      missing += shared(reports).filter((a) => a.seen === null).length;
      const seen = shared(reports).map((a) => (a.seen ?? Infinity) - start);
      (held ? deliveryTimes : kvTimes).push(Math.max(...seen));
      rounds.push({
        kind: held ? 'delivered' : 'with reconciles',
        putMs: round(putMs, 1),
        medianAgentMs: round(percentile(seen, 50), 1),
        lastAgentMs: round(Math.max(...seen), 1),
      });
      if (held) {
        for (const w of workers) await w.call({ cmd: 'hold', holdMs: 0 });
        await sleep(HOLD_MS); // the held entries reach the agents before the next round waits for them to settle
      }
      uninterested = reports.filter((a) => Number(a.host.slice(1)) >= n).reduce((a, x) => a + x.deliveries, 0);
    };
    // Baseline: the same clients, one plain publish on a subject they all subscribe to.
    const plainRound = async (key: string) => {
      const start = nowMs();
      nc.publish('vxbench.fan.shared', key);
      const deadline = Date.now() + 30_000;
      let plain: AgentReport[] = [];
      do {
        await sleep(200);
        plain = shared(await report(key));
      } while (plain.filter((a) => a.plain !== null).length < n && Date.now() < deadline);
      plainTimes.push(Math.max(...plain.map((a) => a.plain ?? Infinity)) - start);
    };
    // Rotating which goes first, so none is always measured in another's wake.
    const kinds = ['kv', 'held', 'plain'] as const;
    for (let k = 0; k < repeats; k++) {
      const order = kinds.map((_, i) => kinds[(i + k) % kinds.length]!);
      orders.push(order.join(','));
      for (const which of order) {
        await quiet();
        const name = `probe${k}${which}`;
        const key = Keys.endpoint('shared', name);
        if (which === 'plain') await plainRound(key);
        else await kvRound(key, name, 2 * k + (which === 'held' ? 1 : 0), which === 'held');
      }
    }
    const kvP50 = round(percentile(kvTimes, 50), 1);
    const deliveryP50 = round(percentile(deliveryTimes, 50), 1);
    const plainP50 = round(percentile(plainTimes, 50), 1);
    r.details = {
      agents: n,
      uninterestedAgents: lonely,
      repeats,
      workers: workers.length,
      loadSeconds,
      kvMs: kvTimes.map((x) => round(x, 1)),
      deliveryMs: deliveryTimes.map((x) => round(x, 1)),
      rounds,
      plainMs: plainTimes.map((x) => round(x, 1)),
      orders,
      missing,
      uninterestedDeliveries: uninterested,
    };
    const every = (xs: number[]) => xs.map((x) => round(x, 0)).join(', ');
    r.rows.push({
      bench: 'fanout',
      metric: `membership change delivered to all ${n} agents, median of ${repeats} rounds (every round: vxnet ${every(deliveryTimes)}; plain ${every(plainTimes)} ms)`,
      unit: 'ms',
      vxnet: deliveryP50,
      baseline: plainP50,
      baselineName: 'plain NATS pub→sub',
      ratio: ratioOf(deliveryP50, plainP50, true),
      lowerIsBetter: true,
      target: '<= 1 s to all',
      met: deliveryP50 === null ? null : deliveryP50 <= 1000 && missing === 0,
    });
    r.rows.push({
      bench: 'fanout',
      metric: `the same while the agents that have it reconcile in the same processes (every round: ${every(kvTimes)} ms)`,
      unit: 'ms',
      vxnet: kvP50,
      baseline: plainP50,
      baselineName: 'plain NATS pub→sub',
      ratio: ratioOf(kvP50, plainP50, true),
      lowerIsBetter: true,
    });
    r.rows.push({
      bench: 'fanout',
      metric: `watch deliveries to ${lonely} agents without the network`,
      unit: 'messages',
      vxnet: uninterested,
      target: 'zero',
      met: uninterested === 0,
    });
    r.notes.push(
      `${n} agents on "shared" + ${lonely} on networks of their own, each a real Agent with its own NATS connection and a FakeKernel, in ${workers.length} child processes on this machine (their reconciles share its CPUs, so the figure is an upper bound). ` +
        `Each agent holds ${n} endpoints. Time is from the KV put's start to the last agent's watch handler seeing the entry. ${missing} agent-deliveries missing. ` +
        `"Delivered": each agent's processing of the entry is held back ${HOLD_MS} ms after its watch handler stamped it, so the ~${Math.round(n / workers.length)} agents of a process do not delay each other's deliveries with their reconciles (on a cluster each host reconciles on its own CPUs); every agent still applies the change before the next round. ` +
        `"The same while ... reconcile": nothing held, the simulation's own CPU contention included (an upper bound). ` +
        `Rounds rotate which goes first (${orders.join(' | ')}), each measured with every agent idle (converged twice in a row, 300 ms apart); every round is listed. ` +
        `Per KV round (write round trip / median agent / last agent, ms): ${rounds.map((x) => `${x.kind} ${x.putMs}/${x.medianAgentMs}/${x.lastAgentMs}`).join('; ')}.`,
    );
  },
};
