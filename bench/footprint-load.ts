// Child process of the footprint benchmark, run inside the cluster's underlay
// namespace (where NATS listens): plays the admin and three hosts without
// agents (their heartbeats only). On "load" it makes `local` workloads on h1
// (the default bridge: a namespace each, as `vxnet run` does) plus one on the
// overlay network "big", and `remote` runs on the agent-less hosts on "big"
// (endpoints h1's agent must hold), then waits for h1's agent to report
// itself converged with every local workload, then (at most 120 s more) for
// every one to be ready, and prints "loaded <converged s> <ready count> <s>".
// Must never: talk to anything but the NATS server it is given.
import { createInterface } from 'node:readline';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { Api, codecs, HostSubjects, type Codec } from '../proto/index.js';

const [url, localArg, remoteArg] = process.argv.slice(2);
const local = Number(localArg);
const remote = Number(remoteArg);
const FAKE = ['fb', 'fc', 'fd'];
const nc: NatsConnection = await connect({ servers: url!, name: 'footprint-load', maxReconnectAttempts: 0, noAsyncTraces: true });

async function call<Req, Rep extends { error?: { message?: string | null } | null }>(
  subject: string,
  req: Codec<Req>,
  rep: Codec<Rep>,
  body: Req,
): Promise<Rep> {
  const r = rep.decode((await nc.request(subject, req.encode(body), { timeout: 120_000 })).data);
  if (r.error) throw new Error(`${subject}: ${r.error.message}`);
  return r;
}

const beat = () => {
  for (const [i, h] of FAKE.entries())
    nc.publish(
      HostSubjects.heartbeat(h),
      codecs.heartbeat.encode({ host: h, underlayIp: `198.18.252.${10 + i}`, mtu: 1500, vxlanPort: 4789, sentMs: Date.now() }),
    );
};
beat();
setInterval(beat, 1000).unref();

let status = { converged: false, running: 0, workloads: 0, at: 0 };
nc.subscribe(HostSubjects.status('h1'), {
  callback: (err, msg) => {
    if (err) return;
    const s = codecs.agentStatus.decode(msg.data);
    const ws = s.workloads ?? [];
    status = { converged: !!s.converged, running: ws.filter((w) => w.state === 'running').length, workloads: ws.length, at: Date.now() };
  },
});

async function pool(n: number, fn: (i: number) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: 32 }, async () => {
      while (next < n) await fn(next++);
    }),
  );
}

async function load(): Promise<void> {
  const t0 = Date.now();
  for (let i = 0; i < 300; i++) {
    const hosts = await call(Api.hostList, codecs.nameRequest, codecs.hostReply, {});
    if ((hosts.hosts ?? []).length === 4) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  await call(Api.networkCreate, codecs.networkCreateRequest, codecs.networkReply, { name: 'big', subnet: '10.0.0.0/16' });
  await call(Api.run, codecs.runRequest, codecs.workloadReply, { name: 'onbig', host: 'h1', networks: ['big'] });
  await pool(local, (i) => call(Api.run, codecs.runRequest, codecs.workloadReply, { name: `l${i}`, host: 'h1', networks: [] }));
  await pool(remote, (i) =>
    call(Api.run, codecs.runRequest, codecs.workloadReply, { name: `e${i}`, host: FAKE[i % 3]!, networks: ['big'] }),
  );
  // Converged with every local workload, in a status sent after the last run.
  const sent = Date.now();
  const end = sent + 600_000;
  let said = Date.now();
  const progress = () => {
    if (Date.now() - said < 15_000) return;
    said = Date.now();
    process.stderr.write(`  footprint: h1 reports ${JSON.stringify(status)}\n`);
  };
  // The kernel side: converged with every workload in its desired state (bounded: an error if not).
  while (!(status.at > sent && status.converged && status.workloads >= local + 1)) {
    if (Date.now() > end) throw new Error(`h1 not converged in 600 s: ${JSON.stringify(status)}`);
    progress();
    await new Promise((r) => setTimeout(r, 200));
  }
  const converged = (Date.now() - t0) / 1000;
  // Then every workload ready (files, hostname): waited for at most 120 s more, and reported as found.
  const ready = Date.now() + 120_000;
  while (status.running < local + 1 && Date.now() < ready) {
    progress();
    await new Promise((r) => setTimeout(r, 200));
  }
  process.stdout.write(`loaded ${converged.toFixed(1)} ${status.running} ${((Date.now() - t0) / 1000).toFixed(1)}\n`);
}

createInterface({ input: process.stdin }).on('line', (l) => {
  if (l === 'load')
    load().catch((err: unknown) => {
      process.stdout.write(`error ${(err as Error).message}\n`);
    });
});
process.stdout.write('ready\n');
