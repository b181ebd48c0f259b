import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Code, Unavailable, type VxnetError } from '../../lib/errors.js';
import { Driver, Keys, Mode, codecs } from '../../proto/index.js';
import { addHost, memoryContext } from '../../controller/testing.js';
import { rejects, rejectsUnchanged } from './controller-fixtures.js';
import { releaseName } from '../../controller/claims.js';
import { run } from '../../controller/run.js';
import { connect, disconnect } from '../../controller/connect.js';
import { inspect, list, remove } from '../../controller/workloads.js';
import { MemoryStore } from '../../controller/store-memory.js';
import { AddressClaims, PortClaims } from '../../controller/claims.js';
import { poolOf } from '../../controller/ipam.js';

async function setup(config = {}) {
  const { ctx, store } = memoryContext(config);
  await addHost(store, 'h1');
  await addHost(store, 'h2');
  return { ctx, store };
}

test('run on an overlay network: lowest address, MAC from IP, eth0, endpoint and workload written', async () => {
  const { ctx, store } = await setup();
  const net = await ctx.networks.create({ name: 'front', subnet: '10.10.0.0/24' });
  const w = await run(ctx, { name: 'web', host: 'h1', networks: ['front'], aliases: ['www'], command: ['sleep', '1'] });
  assert.equal(w.mode, Mode.NETWORKS);
  const a = w.attachments![0]!;
  assert.deepEqual(
    { ip: a.ip, mac: a.mac, ifname: a.ifname, vni: a.vni, gw: a.gateway, id: a.networkId },
    {
      ip: '10.10.0.2',
      mac: '02:42:0a:0a:00:02',
      ifname: 'eth0',
      vni: net.vni,
      gw: '10.10.0.1',
      id: net.id,
    },
  );
  const ep = codecs.endpoint.decode((await store.get(Keys.endpoint('front', 'web')))!.value);
  assert.equal(ep.vtep, '192.168.50.2');
  assert.equal(ep.ip, '10.10.0.2');
  assert.deepEqual(ep.aliases, ['www']);
  const stored = codecs.workload.decode((await store.get(Keys.workload('h1', 'web')))!.value);
  assert.deepEqual(stored.command, ['sleep', '1']);
  assert.ok(await store.get(Keys.ipClaim(net.id!, '10.10.0.2')));
  const w2 = await run(ctx, { name: 'db', host: 'h2', networks: ['front'] });
  assert.equal(w2.attachments![0]!.ip, '10.10.0.3');
  const [view] = await inspect(ctx, ['db']);
  assert.equal(view!.status!.state, 'pending');
  assert.deepEqual(
    (await list(ctx, [])).map((v) => v.workload!.name),
    ['db', 'web'],
  );
});

test('multiple networks get eth0, eth1 in order; ip-range is honoured', async () => {
  const { ctx } = await setup();
  await ctx.networks.create({ name: 'a', subnet: '10.20.0.0/24', ipRange: '10.20.0.128/26' });
  await ctx.networks.create({ name: 'b', subnet: '10.21.0.0/24' });
  const w = await run(ctx, { name: 'x', host: 'h1', networks: ['a', 'b'] });
  assert.deepEqual(
    w.attachments!.map((a) => [a.network, a.ifname, a.ip]),
    [
      ['a', 'eth0', '10.20.0.128'],
      ['b', 'eth1', '10.21.0.2'],
    ],
  );
});

test('address exhaustion is EXHAUSTED and leaves no trace; a freed address is reused', async () => {
  const { ctx, store } = await setup();
  await ctx.networks.create({ name: 'tiny', subnet: '10.30.0.0/29' });
  const ips = [];
  for (let i = 0; i < 5; i++) ips.push((await run(ctx, { name: `w${i}`, host: 'h1', networks: ['tiny'] })).attachments![0]!.ip);
  assert.deepEqual(ips, ['10.30.0.2', '10.30.0.3', '10.30.0.4', '10.30.0.5', '10.30.0.6']);
  await rejectsUnchanged(
    store,
    () => run(ctx, { name: 'w5', host: 'h1', networks: ['tiny'] }),
    Code.EXHAUSTED,
    /no free address left in 10\.30\.0\.0\/29/,
  );
  await remove(ctx, ['w2'], false);
  assert.equal((await run(ctx, { name: 'w5', host: 'h1', networks: ['tiny'] })).attachments![0]!.ip, '10.30.0.4');
});

test('static --ip: accepted, taken, outside subnet, outside range, gateway', async () => {
  const { ctx, store } = await setup();
  await ctx.networks.create({ name: 'n', subnet: '10.40.0.0/24', ipRange: '10.40.0.0/25' });
  assert.equal((await run(ctx, { name: 'a', host: 'h1', networks: ['n'], ip: '10.40.0.50' })).attachments![0]!.ip, '10.40.0.50');
  await rejectsUnchanged(
    store,
    () => run(ctx, { name: 'b', host: 'h1', networks: ['n'], ip: '10.40.0.50' }),
    Code.ALREADY_EXISTS,
    /10\.40\.0\.50 on network n is already in use by a/,
  );
  await rejectsUnchanged(
    store,
    () => run(ctx, { name: 'b', host: 'h1', networks: ['n'], ip: '10.41.0.5' }),
    Code.INVALID_ARGUMENT,
    /outside network n's subnet 10\.40\.0\.0\/24/,
  );
  await rejectsUnchanged(
    store,
    () => run(ctx, { name: 'b', host: 'h1', networks: ['n'], ip: '10.40.0.200' }),
    Code.INVALID_ARGUMENT,
    /outside network n's ip-range/,
  );
  await rejectsUnchanged(
    store,
    () => run(ctx, { name: 'b', host: 'h1', networks: ['n'], ip: '10.40.0.1' }),
    Code.INVALID_ARGUMENT,
    /gateway/,
  );
  await rejectsUnchanged(
    store,
    () => run(ctx, { name: 'b', host: 'h1', networks: ['n'], ip: 'nope' }),
    Code.INVALID_ARGUMENT,
    /invalid IP address/,
  );
  // dynamic allocation skips the static one
  await run(ctx, { name: 'c', host: 'h1', networks: ['n'], ip: '10.40.0.2' });
  assert.equal((await run(ctx, { name: 'd', host: 'h1', networks: ['n'] })).attachments![0]!.ip, '10.40.0.3');
});

test('duplicate names, unknown host, unknown network and bad names change nothing', async () => {
  const { ctx, store } = await setup();
  await ctx.networks.create({ name: 'n' });
  await run(ctx, { name: 'web', host: 'h1', networks: ['n'] });
  await rejectsUnchanged(
    store,
    () => run(ctx, { name: 'web', host: 'h2', networks: ['n'] }),
    Code.ALREADY_EXISTS,
    /name web is already in use/,
  );
  await rejectsUnchanged(
    store,
    () => run(ctx, { name: 'x', host: 'h9', networks: ['n'] }),
    Code.NOT_FOUND,
    /unknown host h9: see `vxnet host ls`/,
  );
  await rejectsUnchanged(
    store,
    () => run(ctx, { name: 'x', host: 'h1', networks: ['n', 'nope'] }),
    Code.NOT_FOUND,
    /network nope not found/,
  );
  await rejectsUnchanged(store, () => run(ctx, { name: 'bad name', host: 'h1' }), Code.INVALID_ARGUMENT, /invalid workload name/);
  await rejectsUnchanged(store, () => run(ctx, { name: 'x', host: 'h1', networks: ['n', 'n'] }), Code.INVALID_ARGUMENT, /given twice/);
  await rejectsUnchanged(
    store,
    () => run(ctx, { name: 'x', host: 'h1', networks: ['host', 'n'] }),
    Code.INVALID_ARGUMENT,
    /cannot be combined/,
  );
  await rejectsUnchanged(store, () => run(ctx, { name: 'x', host: 'h1', dns: ['x'] }), Code.INVALID_ARGUMENT, /--dns/);
  await rejectsUnchanged(store, () => run(ctx, { name: 'x', host: 'h1', addHosts: ['nocolon'] }), Code.INVALID_ARGUMENT, /--add-host/);
  await rejects(inspect(ctx, ['ghost']), Code.NOT_FOUND, /no such workload: ghost/);
});

test('a name held with no workload: in use for another run, UNAVAILABLE (retry) for the same request; freed, the run succeeds', async () => {
  const { ctx, store } = await setup();
  await ctx.networks.create({ name: 'n' });
  // What a run cut short by a failover leaves: the name claim ("host request attempt"), no workload.
  await store.create(Keys.workloadName('web'), new TextEncoder().encode('h1 req-1 a1'));
  await rejectsUnchanged(
    store,
    () => run(ctx, { name: 'web', host: 'h1', networks: ['n'], requestId: 'req-1' }),
    Code.UNAVAILABLE,
    /earlier attempt of this run still holds the name web.*retry/,
  );
  await rejectsUnchanged(
    store,
    () => run(ctx, { name: 'web', host: 'h1', networks: ['n'], requestId: 'req-2' }),
    Code.ALREADY_EXISTS,
    /name web is already in use by a workload being created/,
  );
  await store.delete(Keys.workloadName('web'));
  await run(ctx, { name: 'web', host: 'h1', networks: ['n'], requestId: 'req-1' });
  await rejects(run(ctx, { name: 'web', host: 'h1', networks: ['n'] }), Code.ALREADY_EXISTS, /already in use by a workload:/);
});

test("a retry of a run that succeeded returns the first attempt's workload and changes nothing", async () => {
  const { ctx, store } = await setup();
  await ctx.networks.create({ name: 'n' });
  const first = await run(ctx, { name: 'web', host: 'h1', networks: ['n'], requestId: 'req-1' });
  const before = store.snapshot();
  const again = await run(ctx, { name: 'web', host: 'h1', networks: ['n'], requestId: 'req-1' });
  assert.deepEqual(codecs.workload.encode(again), codecs.workload.encode(first), 'the same workload');
  assert.deepEqual(store.snapshot(), before, 'the retry claimed nothing more');
  await rejects(run(ctx, { name: 'web', host: 'h1', networks: ['n'], requestId: 'req-2' }), Code.ALREADY_EXISTS, /already in use/);
});

test('a name claim whose answer was lost is undone by its own attempt, and only by it', async () => {
  // The create lands, then the store fails (a NATS failover): the run fails, and its undo removes the claim.
  class LossyStore extends MemoryStore {
    lose = true;
    override async create(key: string, value: Uint8Array): Promise<number> {
      const rev = await super.create(key, value);
      if (this.lose && key === Keys.workloadName('web')) {
        this.lose = false;
        throw new Unavailable('the answer was lost');
      }
      return rev;
    }
  }
  const { ctx, store } = memoryContext({}, new LossyStore());
  await addHost(store, 'h1');
  await ctx.networks.create({ name: 'n' });
  await rejectsUnchanged(store, () => run(ctx, { name: 'web', host: 'h1', networks: ['n'] }), Code.UNAVAILABLE, /answer was lost/);
  // Someone else's claim is left alone by that release.
  await store.create(Keys.workloadName('web'), new TextEncoder().encode('h1 - other'));
  await releaseName(store, 'web', 'mine');
  assert.ok(await store.get(Keys.workloadName('web')), "another attempt's claim stays");
});

test('the workload create whose answer was lost is asked again and found: the run succeeds; a store that stays silent leaves the run unknown, never undone', async () => {
  // The create lands, then its answer is lost once (a NATS failover).
  class LostAnswer extends MemoryStore {
    lose = 1;
    silent = false;
    override async create(key: string, value: Uint8Array): Promise<number> {
      if (this.silent && key.startsWith('wl.')) throw new Unavailable('no answer');
      const rev = await super.create(key, value);
      if (this.lose > 0 && key.startsWith('wl.')) {
        this.lose--;
        throw new Unavailable('the answer was lost');
      }
      return rev;
    }
  }
  const store = new LostAnswer();
  const { ctx } = memoryContext({}, store);
  await addHost(store, 'h1');
  await ctx.networks.create({ name: 'n' });
  const w = await run(ctx, { name: 'web', host: 'h1', networks: ['n'] });
  const stored = codecs.workload.decode((await store.get(Keys.workload('h1', 'web')))!.value);
  assert.equal(stored.id, w.id, 'the workload that landed is the one returned');
  // Silent to the end: the error says to retry, and nothing is undone (the write may land later;
  // the orphan sweep frees the claims if it never does).
  store.silent = true;
  await rejects(run(ctx, { name: 'api', host: 'h1', networks: ['n'] }), Code.UNAVAILABLE, /did not confirm workload api.*retry/);
  assert.ok(await store.get(Keys.workloadName('api')), 'the name claim is kept for the sweep, not undone');
});

test('a create that landed but reads back as absent (a lagging read) leaves the run unknown: its claims are kept, never undone', async () => {
  // The create lands, its answer is lost, the retry conflicts, and the read that should find it finds nothing.
  class LaggingRead extends MemoryStore {
    lose = 1;
    lag = false;
    override async create(key: string, value: Uint8Array): Promise<number> {
      const rev = await super.create(key, value);
      if (this.lose > 0 && key.startsWith('wl.')) {
        this.lose--;
        this.lag = true;
        throw new Unavailable('the answer was lost');
      }
      return rev;
    }
    override async get(key: string) {
      if (this.lag && key.startsWith('wl.')) return null;
      return super.get(key);
    }
  }
  const store = new LaggingRead();
  const { ctx } = memoryContext({}, store);
  await addHost(store, 'h1');
  await ctx.networks.create({ name: 'n' });
  await rejects(run(ctx, { name: 'web', host: 'h1', networks: ['n'] }), Code.UNAVAILABLE, /web was there and is gone.*retry/);
  store.lag = false;
  const w = codecs.workload.decode((await store.get(Keys.workload('h1', 'web')))!.value);
  assert.ok(await store.get(Keys.workloadName('web')), 'the name claim of the workload that landed is kept');
  assert.ok(await store.get(Keys.ipClaim(w.attachments![0]!.networkId!, w.attachments![0]!.ip!)), 'and its address claim');
});

test('a run that reaches its commit after the deadline (a third of the orphan grace) fails and is undone, so the sweep never frees claims a late workload holds', async () => {
  let clock = 1_000_000;
  const { ctx, store } = memoryContext({ orphanGraceMs: 30_000 }, new MemoryStore(), () => clock);
  await addHost(store, 'h1', {}, clock);
  await ctx.networks.create({ name: 'n' });
  // Positive control: in time, the same run succeeds.
  await run(ctx, { name: 'ok', host: 'h1', networks: ['n'] });
  const realPut = store.put.bind(store);
  // Writing the endpoint takes 11 s of (fake) time: past the 10 s deadline.
  store.put = async (key: string, value: Uint8Array) => {
    if (key.startsWith('nw.')) clock += 11_000;
    return realPut(key, value);
  };
  await rejectsUnchanged(store, () => run(ctx, { name: 'late', host: 'h1', networks: ['n'] }), Code.UNAVAILABLE, /took too long.*retry/);
});

test('network connect: an update whose answer was lost is found landed (claims kept); past the deadline it fails and is undone', async () => {
  let clock = 1_000_000;
  class LostUpdate extends MemoryStore {
    lose = 0;
    override async update(key: string, value: Uint8Array, revision: number): Promise<number> {
      const rev = await super.update(key, value, revision);
      if (this.lose > 0 && key.startsWith('wl.')) {
        this.lose--;
        throw new Unavailable('the answer was lost');
      }
      return rev;
    }
  }
  const store = new LostUpdate();
  const { ctx } = memoryContext({ orphanGraceMs: 30_000 }, store, () => clock);
  await addHost(store, 'h1', {}, clock);
  await ctx.networks.create({ name: 'a' });
  await ctx.networks.create({ name: 'b' });
  await ctx.networks.create({ name: 'c' });
  await run(ctx, { name: 'w', host: 'h1', networks: ['a'] });
  store.lose = 1;
  const w = await connect(ctx, { workload: 'w', network: 'b' });
  const b = w.attachments!.find((x) => x.network === 'b')!;
  assert.ok(await store.get(Keys.ipClaim(b.networkId!, b.ip!)), 'the address claim of the landed update is kept');
  // Writing the endpoint takes 11 s of (fake) time: past the 10 s deadline, so nothing is committed.
  const realPut = store.put.bind(store);
  store.put = async (key: string, value: Uint8Array) => {
    if (key.startsWith('nw.')) clock += 11_000;
    return realPut(key, value);
  };
  await rejectsUnchanged(store, () => connect(ctx, { workload: 'w', network: 'c' }), Code.UNAVAILABLE, /took too long.*retry/);
});

test("an undo's release asked again after its answer was lost never frees the claim a later attempt made", async () => {
  const store = new MemoryStore();
  const addresses = new AddressClaims(store);
  const pool = poolOf('10.81.0.0/24', '', '10.81.0.1');
  // Attempt 1 claims the lowest address; its undo's delete lands, but its answer is lost.
  const first = await addresses.claim('n', 'n', pool, 'web');
  await addresses.release('n', first.ip, first.revision);
  // Attempt 2 (the client's retry) claims the same address.
  const second = await addresses.claim('n', 'n', pool, 'web');
  assert.equal(second.ip, first.ip);
  // The undo of attempt 1 is asked again: attempt 2's claim stays.
  await addresses.release('n', first.ip, first.revision);
  assert.ok(await store.get(Keys.ipClaim('n', first.ip)), "attempt 2's address claim is kept");
  // Positive control: with its own revision, the release does free it.
  await addresses.release('n', second.ip, second.revision);
  assert.equal(await store.get(Keys.ipClaim('n', first.ip)), null);

  const ports = new PortClaims(store);
  const p1 = await ports.claim('h1', 'tcp', 8080, 'web');
  await ports.release('h1', 'tcp', 8080, p1);
  const p2 = await ports.claim('h1', 'tcp', 8080, 'web');
  await ports.release('h1', 'tcp', 8080, p1);
  assert.ok(await store.get(Keys.portClaim('h1', 'tcp', 8080)), "attempt 2's port claim is kept");
  await ports.release('h1', 'tcp', 8080, p2);
  assert.equal(await store.get(Keys.portClaim('h1', 'tcp', 8080)), null);
});

test('a bridge-driver network must be on the workload host', async () => {
  const { ctx, store } = await setup();
  await ctx.networks.create({ name: 'local', driver: Driver.BRIDGE, host: 'h1', subnet: '10.50.0.0/24' });
  await rejectsUnchanged(
    store,
    () => run(ctx, { name: 'x', host: 'h2', networks: ['local'] }),
    Code.INVALID_ARGUMENT,
    /bridge network on host h1/,
  );
  const w = await run(ctx, { name: 'x', host: 'h1', networks: ['local'] });
  assert.equal(w.attachments![0]!.driver, Driver.BRIDGE);
});

test('default bridge, host, none and container modes', async () => {
  const { ctx, store } = await setup();
  const b = await run(ctx, { name: 'b', host: 'h1' });
  assert.equal(b.mode, Mode.DEFAULT_BRIDGE);
  assert.deepEqual([b.attachments![0]!.ip, b.attachments![0]!.networkId, b.attachments![0]!.network], ['172.30.1.2', 'br-h1', 'bridge']);
  assert.equal((await run(ctx, { name: 'b2', host: 'h1', networks: ['bridge'] })).attachments![0]!.ip, '172.30.1.3');
  assert.equal(await store.get(Keys.endpoint('bridge', 'b')), null);
  await rejectsUnchanged(
    store,
    () => run(ctx, { name: 'x', host: 'h1', ip: '172.30.1.9' }),
    Code.INVALID_ARGUMENT,
    /^user specified IP address is supported on user defined networks only$/,
  );
  assert.equal((await run(ctx, { name: 'hh', host: 'h1', networks: ['host'] })).mode, Mode.HOST);
  const none = await run(ctx, { name: 'nn', host: 'h1', networks: ['none'] });
  assert.deepEqual([none.mode, none.attachments], [Mode.NONE, []]);
  const c = await run(ctx, { name: 'side', host: 'h1', networks: ['container:b'] });
  assert.deepEqual([c.mode, c.container], [Mode.CONTAINER, 'b']);
  await rejectsUnchanged(
    store,
    () => run(ctx, { name: 'x', host: 'h2', networks: ['container:b'] }),
    Code.INVALID_ARGUMENT,
    /runs on host h1, not h2/,
  );
  await rejectsUnchanged(
    store,
    () => run(ctx, { name: 'x', host: 'h1', networks: ['container:ghost'] }),
    Code.NOT_FOUND,
    /no such workload: ghost/,
  );
  await rejectsUnchanged(
    store,
    () => run(ctx, { name: 'x', host: 'h1', networks: ['container:b'], publish: ['80'] }),
    Code.INVALID_ARGUMENT,
    /published ports/,
  );
  // rm refuses the joined workload unless forced
  const r = await remove(ctx, ['b'], false);
  assert.equal((r.error as VxnetError).code, Code.FAILED_PRECONDITION);
  assert.match(r.error!.message, /joined by side/);
  assert.deepEqual((await remove(ctx, ['b'], true)).removed, ['b']);
  const nob = memoryContext();
  await addHost(nob.store, 'h3', { bridgeSubnet: '', bridgeGateway: '' });
  await rejects(run(nob.ctx, { name: 'x', host: 'h3' }), Code.FAILED_PRECONDITION, /no default bridge/);
});

test('rm removes the workload, its endpoints and every claim: the store is as before run', async () => {
  const { ctx, store } = await setup();
  await ctx.networks.create({ name: 'a' });
  await ctx.networks.create({ name: 'b' });
  await run(ctx, { name: 'keep', host: 'h1', networks: ['a'] });
  const before = store.snapshot();
  await run(ctx, {
    name: 'tmp',
    host: 'h2',
    networks: ['a', 'b'],
    publish: ['8080:80', '53:53/udp'],
    publishAll: true,
    expose: ['9000-9001'],
  });
  assert.ok(store.snapshot().size > before.size);
  const r = await remove(ctx, ['tmp', 'ghost'], false);
  assert.deepEqual(r.removed, ['tmp']);
  assert.equal((r.error as VxnetError).code, Code.NOT_FOUND);
  assert.deepEqual(store.snapshot(), before);
});

test('published ports: claimed per host, conflicts named, -P picks from the range, undo on failure', async () => {
  const { ctx, store } = await setup({ portRange: { from: 40000, to: 40003 } });
  const w = await run(ctx, {
    name: 'web',
    host: 'h1',
    publish: ['8080:80', '127.0.0.1::443', '5000-5001:5000-5001/udp'],
    publishAll: true,
    expose: ['9000'],
  });
  const ports = w.ports!.map((p) => [p.protocol, p.hostIp, p.hostPort, p.containerPort]);
  assert.deepEqual(ports.slice(0, 1), [[1, '', 8080, 80]]);
  const random = Number(ports[1]![2]);
  assert.ok(random >= 40000 && random <= 40003);
  assert.deepEqual(ports.slice(2, 4), [
    [2, '', 5000, 5000],
    [2, '', 5001, 5001],
  ]);
  assert.equal(ports[4]![3], 9000);
  assert.deepEqual(w.expose, ['9000/tcp']);
  await rejectsUnchanged(
    store,
    () => run(ctx, { name: 'other', host: 'h1', publish: ['9999:1', '8080:80'] }),
    Code.ALREADY_EXISTS,
    /^host port 8080\/tcp on h1 is already published by web/,
  );
  await run(ctx, { name: 'other', host: 'h2', publish: ['8080:80'] });
  await run(ctx, { name: 'r1', host: 'h1', publish: ['80', '81'] });
  await rejectsUnchanged(store, () => run(ctx, { name: 'r2', host: 'h1', publish: ['80'] }), Code.EXHAUSTED, /40000-40003/);
  await rejectsUnchanged(
    store,
    () => run(ctx, { name: 'r2', host: 'h1', publish: ['80:80:80'] }),
    Code.INVALID_ARGUMENT,
    /invalid port spec/,
  );
});

test('network connect / disconnect: next ethN, endpoint and claim follow', async () => {
  const { ctx, store } = await setup();
  await ctx.networks.create({ name: 'a', subnet: '10.60.0.0/24' });
  const b = await ctx.networks.create({ name: 'b', subnet: '10.61.0.0/24' });
  await run(ctx, { name: 'w', host: 'h1', networks: ['a'] });
  const c = await connect(ctx, { network: 'b', workload: 'w', ip: '10.61.0.9', aliases: ['al'] });
  assert.deepEqual(
    c.attachments!.map((x) => [x.ifname, x.ip]),
    [
      ['eth0', '10.60.0.2'],
      ['eth1', '10.61.0.9'],
    ],
  );
  assert.ok(await store.get(Keys.endpoint('b', 'w')));
  await rejectsUnchanged(store, () => connect(ctx, { network: 'b', workload: 'w' }), Code.ALREADY_EXISTS, /already connected/);
  await rejectsUnchanged(store, () => connect(ctx, { network: 'zz', workload: 'w' }), Code.NOT_FOUND);
  await rejectsUnchanged(store, () => connect(ctx, { network: 'b', workload: 'zz' }), Code.NOT_FOUND);
  const d = await disconnect(ctx, { network: 'a', workload: 'w' });
  assert.deepEqual(
    d.attachments!.map((x) => x.ifname),
    ['eth1'],
  );
  assert.equal(await store.get(Keys.endpoint('a', 'w')), null);
  const again = await connect(ctx, { network: 'a', workload: 'w' });
  assert.deepEqual(
    again.attachments!.map((x) => x.ifname),
    ['eth1', 'eth0'],
  );
  await remove(ctx, ['w'], false);
  assert.deepEqual(await store.keys(Keys.ipClaimsOf(b.id!)), []);
  await run(ctx, { name: 'h', host: 'h1', networks: ['host'] });
  await rejects(connect(ctx, { network: 'a', workload: 'h' }), Code.INVALID_ARGUMENT, /cannot be connected/);
});

test('two controllers racing hundreds of runs on one store never hand out one address twice', async () => {
  const a = memoryContext({ addressCacheMs: 0 });
  const b = memoryContext({}, a.store);
  await addHost(a.store, 'h1');
  await addHost(a.store, 'h2');
  await a.ctx.networks.create({ name: 'n1', subnet: '10.70.0.0/22' });
  await b.ctx.networks.create({ name: 'n2', subnet: '10.71.0.0/24', ipRange: '10.71.0.0/25' });
  const runs = Array.from({ length: 300 }, (_, i) => (i % 2 ? a.ctx : b.ctx)).map((ctx, i) =>
    run(ctx, { name: `w${i}`, host: i % 3 ? 'h1' : 'h2', networks: i % 5 === 0 ? ['n1', 'n2'] : ['n1'] }).then(
      (w) => w,
      (e: unknown) => e as VxnetError,
    ),
  );
  const results = await Promise.all(runs);
  const ok = results.filter((r) => !(r instanceof Error)) as Array<{
    attachments?: Array<{ network?: string | null; ip?: string | null }> | null;
  }>;
  const errs = results.filter((r) => r instanceof Error) as VxnetError[];
  assert.deepEqual(
    errs.map((e) => e.message),
    [],
  );
  for (const net of ['n1', 'n2']) {
    const ips = ok.flatMap((w) => w.attachments!.filter((x) => x.network === net).map((x) => x.ip));
    assert.equal(new Set(ips).size, ips.length, `duplicate address on ${net}`);
  }
  assert.ok(a.store.stats.conflicts > 0, 'the controllers really collided');
  // 60 on n2's /25 range (126 usable) all fit; n1 got 300 distinct addresses
  assert.equal(ok.flatMap((w) => w.attachments!.filter((x) => x.network === 'n1')).length, 300);
  for (const host of ['h1', 'h2']) {
    const gws = ok
      .filter((w) => (w as { host?: string }).host === host)
      .map((w) => (w as { gatewayPath?: { ip?: string } }).gatewayPath?.ip);
    assert.ok(gws.every(Boolean), `every overlay workload on ${host} has a gateway path`);
    assert.equal(new Set(gws).size, gws.length, `duplicate gateway-path address on ${host}`);
  }
  // plus one gateway-path address per workload (each is on an overlay)
  const claims = await a.store.keys('ip.>');
  assert.equal(claims.length, 660);
});

test('-o mtu: validated, only on bridge networks, and carried to the attachment', async () => {
  const { ctx, store } = await setup();
  await rejectsUnchanged(
    store,
    () => ctx.networks.create({ name: 'm1', driver: Driver.BRIDGE, host: 'h1', options: { mtu: 'big' } }),
    Code.INVALID_ARGUMENT,
    /not an MTU/,
  );
  await rejectsUnchanged(
    store,
    () => ctx.networks.create({ name: 'm1', driver: Driver.BRIDGE, host: 'h1', options: { mtu: '100' } }),
    Code.INVALID_ARGUMENT,
    /576 to 65535/,
  );
  await rejectsUnchanged(
    store,
    () => ctx.networks.create({ name: 'm1', options: { mtu: '1400' } }),
    Code.INVALID_ARGUMENT,
    /overlay .*underlay/,
  );
  await ctx.networks.create({ name: 'm1', driver: Driver.BRIDGE, host: 'h1', subnet: '10.51.0.0/24', options: { mtu: '1400' } });
  const w = await run(ctx, { name: 'x', host: 'h1', networks: ['m1'] });
  assert.equal(w.attachments![0]!.mtu, 1400);
});

test('a run that found its network in the recent registry snapshot still refuses a network removed meanwhile, and leaves nothing', async () => {
  const a = memoryContext();
  const b = memoryContext({}, a.store);
  await addHost(a.store, 'h1');
  await a.ctx.networks.create({ name: 'gone', subnet: '10.72.0.0/24' });
  // Positive control through the same path: the recent snapshot holds the network and a run succeeds.
  assert.ok((await a.ctx.registry.recent(60_000)).networks.some((n) => n.name === 'gone'));
  await run(a.ctx, { name: 'first', host: 'h1', networks: ['gone'] });
  await remove(a.ctx, ['first'], true);
  // Another controller removes it; a's snapshot (younger than the window) still shows it.
  await b.ctx.networks.remove(['gone']);
  assert.ok(
    (await a.ctx.registry.recent(60_000)).networks.some((n) => n.name === 'gone'),
    'the stale snapshot is really used',
  );
  await rejectsUnchanged(a.store, () => run(a.ctx, { name: 'late', host: 'h1', networks: ['gone'] }), Code.NOT_FOUND, /was removed while/);
});

test('contended address claims spread over the range: two controllers lose few creates to each other, and never share one', async () => {
  const store = new MemoryStore();
  const [a, b] = [new AddressClaims(store), new AddressClaims(store)];
  const pool = poolOf('10.80.0.0/16', '', '10.80.0.1');
  // 8 requests in flight per controller, 200 claims each.
  const got: string[] = [];
  await Promise.all(
    Array.from({ length: 16 }, async (_, w) => {
      for (let k = 0; k < 25; k++) got.push((await (w % 2 ? a : b).claim('n', 'n', pool, `w${w}-${k}`)).ip);
    }),
  );
  assert.equal(new Set(got).size, 400);
  assert.equal((await store.keys('ip.>')).length, 400);
  assert.ok(store.stats.conflicts > 0, 'the claims really raced');
  assert.ok(store.stats.conflicts < 60, `${store.stats.conflicts} lost creates for 400 claims`);
  // Uncontended, a claim is the lowest free address again (after the contention window).
  const later = new AddressClaims(store, 5000, () => Date.now() + 2_000);
  const taken = new Set(got);
  let lowest = 2;
  while (taken.has(`10.80.0.${lowest}`)) lowest++;
  assert.equal((await later.claim('n', 'n', pool, 'solo')).ip, `10.80.0.${lowest}`);
});
