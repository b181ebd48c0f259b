// Benchmark 4, controller: workloads (runs with an address) per second
// through the admin API, with one controller and with three racing on one
// real nats-server (in-process startController, each on its own connection),
// checked for duplicate addresses; beside raw JetStream KV compare-and-set
// per second on the same server in the same run (one key sequentially, and
// 16 keys with the same concurrency as the API load).
// Must never: listen beyond loopback (startNatsServer) or keep the server.
import type { NatsConnection } from '@nats-io/transport-node';
import { Kvm } from '@nats-io/kv';
import { startController, type Controller } from '../controller/service.js';
import { Api, codecs, HostSubjects, type Codec } from '../proto/index.js';
import { startNatsServer, type NatsServer } from '../test/helpers/nats.js';
import { nowMs, round, ratioOf, sleep, type BenchContext, type BenchResult } from './util.js';

const CONCURRENCY = 32;

async function call<Req, Rep>(nc: NatsConnection, subject: string, req: Codec<Req>, rep: Codec<Rep>, body: Req): Promise<Rep> {
  const msg = await nc.request(subject, req.encode(body), { timeout: 30_000 });
  return rep.decode(msg.data);
}

async function pool<T>(n: number, limit: number, fn: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = new Array(n);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, n) }, async () => {
      while (next < n) {
        const i = next++;
        out[i] = await fn(i);
      }
    }),
  );
  return out;
}

function heartbeats(nc: NatsConnection): () => void {
  const beat = () => {
    for (const [i, h] of ['h1', 'h2', 'h3'].entries()) {
      nc.publish(
        HostSubjects.heartbeat(h),
        codecs.heartbeat.encode({
          host: h,
          underlayIp: `198.18.251.${i + 1}`,
          mtu: 1500,
          vxlanPort: 4789,
          sentMs: Date.now(),
          bridgeSubnet: `172.31.${i}.0/24`,
          bridgeGateway: `172.31.${i}.1`,
        }),
      );
    }
  };
  beat();
  const t = setInterval(beat, 1000);
  return () => clearInterval(t);
}

async function scenario(
  server: NatsServer,
  controllers: number,
  n: number,
  bucket: string,
): Promise<{ perSecond: number; errors: number; duplicates: number; unique: number; storeRequestsPerRun: number | null }> {
  const ctls: Controller[] = [];
  const conns: NatsConnection[] = [];
  for (let i = 0; i < controllers; i++) {
    conns.push(await server.connect(`ctl-${bucket}-${i}`));
    ctls.push(await startController({ nc: conns[i]!, bucket, config: { defaultPool: '10.128.0.0/9' } }));
  }
  const sent = () => conns.reduce((a, c) => a + c.stats().outMsgs, 0);
  const cli = await server.connect(`cli-${bucket}`);
  const stopBeats = heartbeats(cli);
  try {
    for (let t = 0; t < 100; t++) {
      if ((await call(cli, Api.hostList, codecs.nameRequest, codecs.hostReply, {})).hosts?.length === 3) break;
      await sleep(50);
    }
    const net = await call(cli, Api.networkCreate, codecs.networkCreateRequest, codecs.networkReply, {
      name: 'big',
      subnet: '10.0.0.0/16',
    });
    if (net.error) throw new Error(`network create: ${net.error.message}`);
    const sent0 = sent();
    const t0 = nowMs();
    const replies = await pool(n, CONCURRENCY, (i) =>
      call(cli, Api.run, codecs.runRequest, codecs.workloadReply, { name: `w${i}`, host: `h${1 + (i % 3)}`, networks: ['big'] }),
    );
    const seconds = (nowMs() - t0) / 1000;
    // Messages the controllers sent, less one reply per run: their requests to JetStream
    // (plus a few heartbeat writes), a figure the machine's load does not change.
    const storeRequestsPerRun = round((sent() - sent0 - n) / n);
    const errors = replies.filter((r) => r.error).length;
    const ips = replies.filter((r) => !r.error).map((r) => r.workloads![0]!.workload!.attachments![0]!.ip!);
    // Also from the store's point of view: what `ps` lists.
    const ps = await call(cli, Api.ps, codecs.nameRequest, codecs.workloadReply, {});
    const stored = (ps.workloads ?? []).map((w) => w.workload!.attachments![0]!.ip!);
    const unique = new Set(stored).size;
    return {
      perSecond: round((n - errors) / seconds, 0)!,
      errors,
      duplicates: ips.length - new Set(ips).size + (stored.length - unique),
      unique,
      storeRequestsPerRun,
    };
  } finally {
    stopBeats();
    await Promise.all(ctls.map((c) => c.stop()));
  }
}

async function rawCas(server: NatsServer, n: number): Promise<{ sequential: number; spread16: number }> {
  const nc = await server.connect('raw');
  const kv = await new Kvm(nc).create('vxbraw', { history: 1 });
  const val = new TextEncoder().encode('x'.repeat(200));
  let rev = await kv.put('one', val);
  let t0 = nowMs();
  for (let i = 0; i < n; i++) rev = await kv.update('one', val, rev);
  const sequential = n / ((nowMs() - t0) / 1000);
  const revs = await Promise.all(Array.from({ length: 16 }, (_, k) => kv.put(`k${k}`, val)));
  let done = 0;
  t0 = nowMs();
  await pool(CONCURRENCY, CONCURRENCY, async (w) => {
    const k = w % 16;
    while (done < n) {
      done++;
      try {
        revs[k] = await kv.update(`k${k}`, val, revs[k]!);
      } catch {
        revs[k] = (await kv.get(`k${k}`))!.revision;
      }
    }
  });
  const spread16 = n / ((nowMs() - t0) / 1000);
  return { sequential: round(sequential, 0)!, spread16: round(spread16, 0)! };
}

export const bench = {
  name: 'controller',
  title: '4. Controller: workloads per second through the admin API',
  async run(ctx: BenchContext, r: BenchResult): Promise<void> {
    const n = ctx.quick ? 100 : 2000;
    const server = await startNatsServer();
    ctx.defer(() => server.stop());
    const raw = await rawCas(server, n);
    ctx.log(`raw KV CAS ${JSON.stringify(raw)}`);
    const one = await scenario(server, 1, n, 'vxbone');
    ctx.log(`1 controller ${JSON.stringify(one)}`);
    const three = await scenario(server, 3, n, 'vxbthree');
    ctx.log(`3 controllers ${JSON.stringify(three)}`);
    r.details = { n, concurrency: CONCURRENCY, raw, one, three };
    r.rows.push({
      bench: 'controller',
      metric: 'runs/s, 1 controller',
      unit: '/s',
      vxnet: one.perSecond,
      baseline: raw.spread16,
      baselineName: 'raw KV CAS (16 keys)',
      ratio: ratioOf(one.perSecond, raw.spread16),
      target: '>= 2,000 runs/s',
      met: one.perSecond >= 2000,
    });
    r.rows.push({
      bench: 'controller',
      metric: 'runs/s, 3 controllers racing',
      unit: '/s',
      vxnet: three.perSecond,
      baseline: raw.spread16,
      baselineName: 'raw KV CAS (16 keys)',
      ratio: ratioOf(three.perSecond, raw.spread16),
      target: '>= 1,500 runs/s',
      met: three.perSecond >= 1500,
    });
    r.rows.push({
      bench: 'controller',
      metric: `store requests per run (1 controller; 3 racing: ${three.storeRequestsPerRun})`,
      unit: 'count',
      vxnet: one.storeRequestsPerRun,
    });
    r.rows.push({
      bench: 'controller',
      metric: 'runs/s, 1 controller',
      unit: '/s',
      vxnet: one.perSecond,
      baseline: raw.sequential,
      baselineName: 'raw KV CAS (1 key, sequential)',
      ratio: ratioOf(one.perSecond, raw.sequential),
    });
    r.rows.push({
      bench: 'controller',
      metric: 'duplicate addresses (1 and 3 controllers)',
      unit: 'count',
      vxnet: one.duplicates + three.duplicates,
      target: 'none',
      met: one.duplicates + three.duplicates === 0 && one.errors + three.errors === 0 && one.unique === n && three.unique === n,
    });
    r.notes.push(
      `${n} runs per scenario, ${CONCURRENCY} requests in flight, each run on an overlay network with a /16; a run writes 4 KV entries (name claim, address claim, endpoint, workload), so raw CAS/4 is the ceiling of a one-round-trip-per-write design. ` +
        `Besides the writes a run reads the network registry once after writing its endpoint (shared by the runs checking at that moment); the host record and the registry for the lookup come from what the controller read or wrote less than 2 s before. ` +
        `Store requests per run: messages the controllers sent to the server per run (minus the reply). The same server and machine serve client, controllers and nats-server.`,
    );
  },
};
