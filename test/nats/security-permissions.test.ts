// Per-host NATS credentials against a real nats-server with the generated
// authorization block (cli/lab/nats-config.ts): what h1's user can and cannot
// do, and that the real Agent (FakeKernel) and the admin work under theirs.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NatsConnection } from '@nats-io/transport-node';
import { Kvm } from '@nats-io/kv';
import { connectNats } from '../../lib/nats.js';
import { Api, BUCKET, codecs, EndpointHints, HostSubjects, Keys } from '../../proto/index.js';
import { startController, type Controller } from '../../controller/service.js';
import { Agent } from '../../agent/agent.js';
import { FakeKernel } from '../../agent/kernel/fake.js';
import { silentLogger } from '../../lib/log.js';
import { Client } from '../../cli/client.js';
import { execOn } from '../../cli/commands/exec.js';
import { startSecureNats, type SecureNats } from '../helpers/secure-nats.js';
import { dumpKv } from '../helpers/kv-dump.js';
import { waitFor } from '../helpers/wait-for.js';

let s: SecureNats;
let controller: Controller;
let ctlNc: NatsConnection;
let admin: Client;
const tmp = mkdtempSync(join(tmpdir(), 'vxnet-sec-'));

before(async () => {
  s = await startSecureNats(['h1', 'h2']);
  ctlNc = await s.as(s.creds.controller, { name: 'controller' });
  controller = await startController({ nc: ctlNc, config: { defaultPool: '10.210.0.0/16' } });
  admin = await Client.connect({ nats: s.url, user: s.creds.admin.user, password: s.creds.admin.password });
});

after(async () => {
  await admin?.close();
  await controller?.stop();
  await s?.stop();
  rmSync(tmp, { recursive: true, force: true });
});

/** Resolves with the permission-violation messages the server sends this connection. */
function violations(nc: NatsConnection): string[] {
  const seen: string[] = [];
  void (async () => {
    for await (const st of nc.status()) if (st.type === 'error') seen.push(String((st as { error?: unknown }).error));
  })();
  return seen;
}

const until = (fn: () => boolean | Promise<boolean>, what: string, ms = 15_000) =>
  waitFor(fn, `timed out: ${what}`, { timeoutMs: ms, intervalMs: 50 });

async function rejects(p: Promise<unknown>, what: string): Promise<void> {
  await assert.rejects(p, (e: Error) => /permissions violation/i.test(e.message), `${what} must fail with a permissions violation`);
}

test("no user, a wrong password and one host's password for another user are refused", async () => {
  await assert.rejects(connectNats({ servers: s.url }), /authorization/i);
  await assert.rejects(connectNats({ servers: s.url, user: s.creds.hosts.h1!.user, password: 'wrong' }), /authorization/i);
  await assert.rejects(
    connectNats({ servers: s.url, user: s.creds.hosts.h2!.user, password: s.creds.hosts.h1!.password }),
    /authorization/i,
  );
});

test('h1 cannot publish as h2: its heartbeat for h2 is never delivered, its own is', async () => {
  const watcher = await s.as(s.creds.controller);
  const got: string[] = [];
  const sub = watcher.subscribe(HostSubjects.anyHeartbeat, {
    callback: (_e, m) => {
      got.push(m.subject);
    },
  });
  await watcher.flush();
  const h1 = await s.asHost('h1');
  const denied = violations(h1);
  const hb = (host: string) => codecs.heartbeat.encode({ host, underlayIp: '127.0.0.2', mtu: 1500, vxlanPort: 4789, sentMs: Date.now() });
  h1.publish(HostSubjects.heartbeat('h2'), hb('h2'));
  h1.publish(HostSubjects.status('h2'), codecs.agentStatus.encode({ host: 'h2', sentMs: Date.now() }));
  // Messages of one connection arrive in order: once h1's own heartbeat is
  // here, a delivered h2 heartbeat would have been here before it.
  h1.publish(HostSubjects.heartbeat('h1'), hb('h1'));
  await h1.flush();
  await until(() => got.includes(HostSubjects.heartbeat('h1')), 'h1 heartbeat delivered');
  assert.deepEqual(got, [HostSubjects.heartbeat('h1')]);
  await until(() => denied.length >= 2, 'violations reported');
  assert.match(denied.join('\n'), /Publish to "vxnet\.host\.h2\.heartbeat"/);
  sub.unsubscribe();
});

test('h1 cannot write desired state: KV put, create, delete and purge fail; the bucket is unchanged', async () => {
  const before = await dumpKv(ctlNc, { exclude: ['host.'] });
  const h1 = await s.asHost('h1');
  const kv = await new Kvm(h1).open('vxnet');
  const bytes = codecs.workload.encode({ name: 'evil', host: 'h1' });
  await rejects(kv.put(Keys.workload('h1', 'evil'), bytes), 'put of its own workload');
  await rejects(kv.put(Keys.networks, bytes), 'put of the network registry');
  await rejects(kv.create(Keys.workloadName('evil'), bytes), 'create of a name claim');
  await rejects(kv.delete(Keys.networks), 'delete');
  await rejects(kv.purge(Keys.networks), 'purge');
  // Nor through the raw JetStream API: purge or delete the stream, or write its subjects.
  await rejects(h1.request('$JS.API.STREAM.PURGE.KV_vxnet', new Uint8Array(), { timeout: 5000 }), 'stream purge');
  await rejects(h1.request('$JS.API.STREAM.DELETE.KV_vxnet', new Uint8Array(), { timeout: 5000 }), 'stream delete');
  await rejects(h1.request('$KV.vxnet.wl.h2.x', bytes, { timeout: 5000 }), 'raw KV publish');
  assert.deepEqual(await dumpKv(ctlNc, { exclude: ['host.'] }), before);
});

test('h1 cannot call the admin API nor exec on any host, its own included', async () => {
  const h1 = await s.asHost('h1');
  const req = codecs.networkCreateRequest.encode({ name: 'from-h1' });
  await rejects(h1.request(Api.networkCreate, req, { timeout: 5000 }), 'network create');
  await rejects(h1.request(Api.hostList, codecs.nameRequest.encode({ names: [] }), { timeout: 5000 }), 'host ls');
  await rejects(h1.request(HostSubjects.exec('h2'), new Uint8Array([1]), { timeout: 5000 }), 'exec on h2');
  await rejects(h1.request(HostSubjects.exec('h1'), new Uint8Array([1]), { timeout: 5000 }), 'exec on itself');
  const nets = await admin.call(Api.networkList, codecs.nameRequest, { names: [] }, codecs.networkReply);
  assert.ok(!(nets.networks ?? []).some((n) => n.network?.name === 'from-h1'));
});

test('h1 can read only its own workloads and network memberships, and listen only on its own subjects', async () => {
  const h1 = await s.asHost('h1');
  const denied = violations(h1);
  const kv = await new Kvm(h1).open('vxnet');
  await rejects(kv.watch({ key: Keys.workloadsOfHost('h2') }), "watch of h2's workloads");
  await rejects(kv.watch({ key: '>' }), 'watch of the whole bucket');
  await rejects(kv.get(Keys.networks), 'direct read of a key');
  (await kv.watch({ key: Keys.workloadsOfHost('h1') })).stop();
  (await kv.watch({ key: Keys.endpointsOf('any-net') })).stop();
  for (const subject of ['_INBOX.>', HostSubjects.exec('h2'), Api.networkCreate, HostSubjects.anyHeartbeat]) h1.subscribe(subject);
  await h1.flush();
  await until(() => denied.filter((d) => /Subscription to/.test(d)).length >= 4, 'subscription violations');
  for (const subject of ['_INBOX.>', 'vxnet.host.h2.exec', Api.networkCreate, HostSubjects.anyHeartbeat]) {
    assert.ok(
      denied.some((d) => d.includes(`Subscription to "${subject}"`)),
      `subscribe ${subject} refused`,
    );
  }
});

test("h1 hears the controller's endpoint hints but cannot send one (a forged endpoint)", async () => {
  const h1 = await s.asHost('h1');
  const denied = violations(h1);
  const got: string[] = [];
  h1.subscribe(EndpointHints.any(BUCKET), {
    callback: (_e, m) => {
      got.push(m.string());
    },
  });
  await h1.flush();
  const forged = EndpointHints.of(BUCKET, Keys.endpoint('secnet', 'forged'));
  h1.publish(forged, 'from h1');
  await h1.flush();
  // The controller's hint, sent after h1's: once it is here, h1's would have been before it.
  const ctl = await s.as(s.creds.controller);
  ctl.publish(EndpointHints.of(BUCKET, Keys.endpoint('secnet', 'real')), 'from the controller');
  await ctl.flush();
  await until(() => got.includes('from the controller'), "the controller's hint reached h1");
  assert.deepEqual(got, ['from the controller']);
  await until(() => denied.some((d) => d.includes(`Publish to "${forged}"`)), 'the forged hint was refused');
  await h1.close();
  await ctl.close();
});

test("a real Agent under h1's credentials converges on a FakeKernel and the admin execs through it", async () => {
  const kernel = new FakeKernel();
  kernel.spawnHandler = (_ns, argv) => ({ code: 3, stdout: `ran ${argv.join(' ')}\n` });
  const agentNc = await s.asHost('h1');
  const denied = violations(agentNc);
  const agent = await Agent.start(
    agentNc,
    kernel,
    {
      host: 'h1',
      underlayDev: 'eth0',
      vxlanPort: 4789,
      nsPrefix: 'vxsec-',
      stateDir: join(tmp, 'h1'),
      resyncSeconds: 30,
      heartbeatSeconds: 1,
    },
    silentLogger,
  );
  try {
    await until(async () => {
      const r = await admin.call(Api.hostList, codecs.nameRequest, { names: ['h1'] }, codecs.hostReply);
      return r.hosts?.[0]?.state === 'ready';
    }, 'h1 ready through its heartbeat');
    await admin.call(Api.networkCreate, codecs.networkCreateRequest, { name: 'secnet', subnet: '10.211.0.0/24' }, codecs.networkReply);
    await admin.call(Api.run, codecs.runRequest, { name: 'w1', host: 'h1', networks: ['secnet'] }, codecs.workloadReply);
    await until(async () => {
      const ns = (await kernel.observe({ prefix: 'vxsec-' })).namespaces;
      return agent.reconciler.lastReport.converged && ns.length >= 2;
    }, 'agent converged with the workload built');
    const out: string[] = [];
    const io = {
      out: (t: string) => out.push(t),
      err: (t: string) => out.push(t),
      raw: (_s: 1 | 2, d: Uint8Array) => out.push(Buffer.from(d).toString()),
    };
    await until(async () => {
      out.length = 0;
      try {
        return (await execOn(admin, io, 'h1', 'w1', ['echo', 'hi'], 0)) === 3;
      } catch {
        return false;
      }
    }, 'exec through the admin');
    assert.match(out.join(''), /ran echo hi/);
    assert.deepEqual(denied, [], 'the agent needs nothing its credentials refuse');
  } finally {
    await agent.stop();
  }
});

test('attached endpoints: a host asks only on its own subject, only for itself, and releases only its own', async () => {
  const h1 = await s.asHost('h1');
  const h2 = await s.asHost('h2');
  for (const [nc, host, ip] of [
    [h1, 'h1', '127.0.0.21'],
    [h2, 'h2', '127.0.0.22'],
  ] as const) {
    nc.publish(
      HostSubjects.heartbeat(host),
      codecs.heartbeat.encode({ host, underlayIp: ip, mtu: 1500, vxlanPort: 4789, sentMs: Date.now() }),
    );
  }
  await admin.call(Api.networkCreate, codecs.networkCreateRequest, { name: 'attachnet', driver: 1 }, codecs.networkReply);
  const body = (host: string, name: string) =>
    codecs.runRequest.encode({
      name,
      host,
      networks: ['attachnet'],
      kind: 2,
      containerId: 'cid',
      netnsPath: '/run/netns/x',
      ifname: 'eth0',
    });
  const ask = async (nc: NatsConnection, subject: string, data: Uint8Array) =>
    codecs.workloadReply.decode((await nc.request(subject, data, { timeout: 10_000 })).data);

  await rejects(h1.request(HostSubjects.attach('h2'), body('h2', 'ep-x'), { timeout: 5000 }), "attach on h2's subject");
  const forOther = await ask(h1, HostSubjects.attach('h1'), body('h2', 'ep-y'));
  assert.match(forOther.error?.message ?? '', /may attach endpoints only on itself/);
  // Positive control through the same subject: for itself it is allocated.
  let ok: Awaited<ReturnType<typeof ask>> | undefined;
  await until(async () => {
    ok = await ask(h1, HostSubjects.attach('h1'), body('h1', 'ep-z'));
    return !ok.error;
  }, 'h1 host record');
  assert.equal(ok!.workloads?.[0]?.workload?.host, 'h1');
  assert.equal(ok!.workloads?.[0]?.workload?.netnsPath, '/run/netns/x');

  const theirs = await ask(h2, HostSubjects.detach('h2'), codecs.nameRequest.encode({ names: ['ep-z'] }));
  assert.match(theirs.error?.message ?? '', /host h2 may release only its own/);
  await assert.rejects(
    admin.call(
      Api.run,
      codecs.runRequest,
      { name: 'ep-admin', host: 'h1', networks: ['attachnet'], netnsPath: '/run/netns/x' },
      codecs.workloadReply,
    ),
    /only by a host agent/,
    'the admin API cannot make attached endpoints',
  );
  const mine = await ask(h1, HostSubjects.detach('h1'), codecs.nameRequest.encode({ names: ['ep-z'] }));
  assert.deepEqual([mine.error, mine.removed], [null, ['ep-z']]);
});
