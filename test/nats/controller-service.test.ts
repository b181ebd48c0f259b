import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { NatsConnection } from '@nats-io/transport-node';
import { Code } from '../../lib/errors.js';
import { Api, codecs, HostSubjects, Keys, type Codec } from '../../proto/index.js';
import { startController, type Controller } from '../../controller/service.js';
import { KvStore } from '../../controller/store-kv.js';
import type { DomainConfig } from '../../controller/config.js';
import { natsServer, type NatsServer } from '../helpers/nats.js';
import { retrying } from '../helpers/wait-for.js';

async function call<Req, Rep>(nc: NatsConnection, subject: string, req: Codec<Req>, rep: Codec<Rep>, body: Req): Promise<Rep> {
  const msg = await nc.request(subject, req.encode(body), { timeout: 20_000 });
  return rep.decode(msg.data);
}

async function twoControllers(
  t: { after(fn: () => Promise<void>): void },
  server: NatsServer,
  config: Partial<DomainConfig> = {},
): Promise<Controller[]> {
  const out: Controller[] = [];
  for (const i of [0, 1]) {
    // No agents here: nothing could answer whether host ports are free.
    const c = await startController({ nc: await server.connect(`controller-${i}`), config, checkHostPorts: false });
    out.push(c);
  }
  t.after(async () => {
    await Promise.all(out.map((c) => c.stop()));
  });
  return out;
}

async function heartbeat(nc: NatsConnection, host: string, i: number): Promise<void> {
  nc.publish(
    HostSubjects.heartbeat(host),
    codecs.heartbeat.encode({
      host,
      underlayIp: `127.0.0.${10 + i}`,
      mtu: 1500,
      vxlanPort: 4789,
      sentMs: Date.now(),
      bridgeSubnet: `172.31.${i}.0/24`,
      bridgeGateway: `172.31.${i}.1`,
      gwbridgeSubnet: `172.28.${i}.0/24`,
      gwbridgeGateway: `172.28.${i}.1`,
    }),
  );
  await nc.flush();
}

// 30 s: a JetStream key listing that stalls under load is restarted after 5 s (controller/store-kv.ts), at most twice.
function until<T>(fn: () => Promise<T | undefined>, ms = 30_000): Promise<T> {
  return retrying(
    async () => {
      const v = await fn();
      if (v === undefined) throw new Error('not yet');
      return v;
    },
    'condition not met in time',
    { timeoutMs: ms, intervalMs: 50 },
  );
}

test('two controllers racing hundreds of runs and network creates through the admin API hand out nothing twice', async (t) => {
  const server = await natsServer(t);
  await twoControllers(t, server, { defaultPool: '10.128.0.0/9' });
  const cli = await server.connect('cli');
  for (const [i, h] of ['h1', 'h2', 'h3'].entries()) await heartbeat(cli, h, i);
  await until(async () =>
    (await call(cli, Api.hostList, codecs.nameRequest, codecs.hostReply, {})).hosts?.length === 3 ? true : undefined,
  );

  const nets = await Promise.all(
    Array.from({ length: 40 }, (_, i) =>
      call(cli, Api.networkCreate, codecs.networkCreateRequest, codecs.networkReply, { name: `net${i}` }),
    ),
  );
  for (const r of nets) assert.equal(r.error ?? null, null, r.error?.message ?? undefined);
  const vnis = nets.map((r) => r.networks![0]!.network!.vni);
  const subnets = nets.map((r) => r.networks![0]!.network!.subnet);
  assert.equal(new Set(vnis).size, 40, 'VNIs are unique');
  assert.equal(new Set(subnets).size, 40, 'subnets are unique');

  const big = await call(cli, Api.networkCreate, codecs.networkCreateRequest, codecs.networkReply, { name: 'big', subnet: '10.0.0.0/22' });
  assert.equal(big.error ?? null, null);
  const runs = await Promise.all(
    Array.from({ length: 300 }, (_, i) =>
      call(cli, Api.run, codecs.runRequest, codecs.workloadReply, {
        name: `w${i}`,
        host: `h${1 + (i % 3)}`,
        networks: i % 4 === 0 ? ['big', 'net1'] : ['big'],
        publish: i % 10 === 0 ? ['80'] : [],
      }),
    ),
  );
  for (const r of runs) assert.equal(r.error ?? null, null, r.error?.message ?? undefined);
  for (const net of ['big', 'net1']) {
    const ips = runs.flatMap((r) => r.workloads![0]!.workload!.attachments!.filter((a) => a.network === net).map((a) => a.ip));
    assert.equal(new Set(ips).size, ips.length, `no duplicate address on ${net}`);
  }
  const ports = runs.flatMap((r) => r.workloads![0]!.workload!.ports!.map((p) => `${r.workloads![0]!.workload!.host}:${p.hostPort}`));
  assert.equal(new Set(ports).size, 30);

  const ps = await call(cli, Api.ps, codecs.nameRequest, codecs.workloadReply, {});
  assert.equal(ps.workloads!.length, 300);
  const dup = await call(cli, Api.run, codecs.runRequest, codecs.workloadReply, { name: 'w7', host: 'h1' });
  assert.equal(dup.error!.code, Code.ALREADY_EXISTS);

  const inspect = await call(cli, Api.networkInspect, codecs.nameRequest, codecs.networkReply, { names: ['net1'] });
  assert.equal(inspect.networks![0]!.endpoints!.length, 75);
  const refused = await call(cli, Api.networkRemove, codecs.nameRequest, codecs.networkReply, { names: ['net1'] });
  assert.equal(refused.error!.code, Code.FAILED_PRECONDITION);

  const rm = await call(cli, Api.rm, codecs.nameRequest, codecs.workloadReply, { names: runs.map((_, i) => `w${i}`) });
  assert.equal(rm.error ?? null, null, rm.error?.message ?? undefined);
  assert.equal(rm.removed!.length, 300);
  const pruned = await call(cli, Api.networkPrune, codecs.nameRequest, codecs.networkReply, {});
  assert.equal(pruned.removed!.length, 41);
  const store = await KvStore.open(cli);
  for (const f of ['ip.>', 'port.>', 'name.>', 'wl.>', 'nw.>']) assert.deepEqual(await store.keys(f), [], `${f} is empty after rm`);
});

test('malformed requests get INVALID_ARGUMENT and the controller keeps serving', async (t) => {
  const server = await natsServer(t);
  await twoControllers(t, server);
  const cli = await server.connect('cli');
  const garbage = [
    new Uint8Array([0xff, 0xff, 0xff]),
    new Uint8Array(),
    new TextEncoder().encode('{"name":"x"}'),
    new Uint8Array(70 * 1024),
  ];
  for (const subject of Object.values(Api)) {
    for (const bytes of garbage) {
      const msg = await cli.request(subject, bytes, { timeout: 5000 });
      // every reply type has `error` as field 2, so any reply codec reads it
      const err = codecs.networkReply.decode(msg.data).error;
      assert.equal(err?.code, Code.INVALID_ARGUMENT, `${subject}: ${err?.message ?? ''}`);
    }
  }
  const ok = await call(cli, Api.networkCreate, codecs.networkCreateRequest, codecs.networkReply, { name: 'still-here' });
  assert.equal(ok.error ?? null, null);
  assert.equal(ok.networks![0]!.network!.vni, 256);
  const bad = await call(cli, Api.networkCreate, codecs.networkCreateRequest, codecs.networkReply, { name: 'x', subnet: '10.0.0.1/8' });
  assert.equal(bad.error!.code, Code.INVALID_ARGUMENT);
  assert.match(bad.error!.message ?? '', /host bits are set; use 10\.0\.0\.0\/8/);
  const unknown = await call(cli, Api.run, codecs.runRequest, codecs.workloadReply, { name: 'x', host: 'nohost' });
  assert.equal(unknown.error!.code, Code.NOT_FOUND);
});

test('heartbeats register hosts; host ls reports down after the timeout; statuses feed ps', async (t) => {
  const server = await natsServer(t);
  await twoControllers(t, server, { hostDownAfterMs: 1000, heartbeatWriteMs: 200 });
  const cli = await server.connect('cli');
  await heartbeat(cli, 'h1', 1);
  // a host may not speak for another
  cli.publish(HostSubjects.heartbeat('h2'), codecs.heartbeat.encode({ host: 'h3', underlayIp: '127.0.0.9' }));
  cli.publish(HostSubjects.heartbeat('h4'), new Uint8Array([1, 2, 3]));
  const listed = await until(async () => {
    await heartbeat(cli, 'h1', 1); // as an agent does, every beat: one lost message must not fail the test
    const r = await call(cli, Api.hostList, codecs.nameRequest, codecs.hostReply, {});
    // Ready is judged when the list is read: a listing that stalled and was
    // restarted (controller/store-kv.ts, 5 s) outlives the 1 s down timeout,
    // so a poll that saw "down" beats and asks again.
    return r.hosts?.some((h) => h.state === 'ready') ? r : undefined;
  });
  assert.deepEqual(
    listed.hosts!.map((h) => [h.host!.name, h.state]),
    [['h1', 'ready']],
  );
  const store = await KvStore.open(cli);
  assert.deepEqual(await store.keys(Keys.hostPrefix), ['host.h1']);

  await call(cli, Api.run, codecs.runRequest, codecs.workloadReply, { name: 'web', host: 'h1' });
  const status = () =>
    cli.publish(
      HostSubjects.status('h1'),
      codecs.agentStatus.encode({
        host: 'h1',
        sentMs: Date.now(),
        converged: true,
        workloads: [{ name: 'web', state: 'running', pid: 42 }],
      }),
    );
  const ps = await until(async () => {
    status(); // agents send their status periodically: so does this test
    await cli.flush();
    const r = await call(cli, Api.ps, codecs.nameRequest, codecs.workloadReply, {});
    return r.workloads?.[0]?.status?.state === 'running' ? r : undefined;
  });
  assert.equal(ps.workloads![0]!.workload!.attachments![0]!.ip, '172.31.1.2');

  const down = await until(async () => {
    const r = await call(cli, Api.hostList, codecs.nameRequest, codecs.hostReply, { names: ['h1'] });
    return r.hosts?.[0]?.state === 'down' ? r : undefined;
    // Down is due 1 s after the last beat; the bound is larger because one listing may stall and restart (5 s).
  }, 20_000);
  assert.equal(down.hosts![0]!.status!.converged, true);
  await until(async () => {
    // Beating on every poll: one beat is "ready" for only hostDownAfterMs (1 s), which a loaded machine can miss.
    await heartbeat(cli, 'h1', 1);
    const r = await call(cli, Api.hostList, codecs.nameRequest, codecs.hostReply, {});
    return r.hosts?.[0]?.state === 'ready' ? true : undefined;
  });
});
