// IPv6 dual stack in the controller (issue 15), on the in-memory store:
// `network create --ipv6` (default /64 from the cluster's ULA /48 or the
// configured pool, explicit subnet6/gateway6/ip_range6, the size and overlap
// rules per family), run/connect claiming an IPv6 address beside the IPv4 one
// (lowest free, or --ip6), released on rm/disconnect, and every bad input
// refused in one line with the store unchanged.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Code } from '../../lib/errors.js';
import { parseCidr6, parseIp6, contains6 } from '../../lib/ip6.js';
import { codecs, Driver, Keys } from '../../proto/index.js';
import { addHost, memoryContext } from '../../controller/testing.js';
import { run } from '../../controller/run.js';
import { connect, disconnect } from '../../controller/connect.js';
import { remove } from '../../controller/workloads.js';
import { randomUla48 } from '../../controller/ula.js';
import { loadConfig } from '../../controller/config.js';
import { rejects, rejectsUnchanged } from './controller-fixtures.js';

async function setup(config = {}) {
  const { ctx, store } = memoryContext(config);
  await addHost(store, 'h1');
  await addHost(store, 'h2');
  return { ctx, store };
}

test('--ipv6 without a subnet: /64s in order from the cluster ULA /48, the same for every controller of the cluster', async () => {
  const { ctx, store } = await setup();
  const a = await ctx.networks.create({ name: 'a', ipv6: true });
  const ula = new TextDecoder().decode((await store.get(Keys.ula6))!.value);
  const pool = parseCidr6(ula);
  assert.equal(pool.prefix, 48);
  assert.equal(pool.base >> 120n, 0xfdn, 'RFC 4193: fd00::/8');
  const s = parseCidr6(a.subnet6!);
  assert.equal(s.prefix, 64);
  assert.equal(s.base, pool.base);
  assert.equal(parseIp6(a.gateway6!), s.base + 1n);
  assert.equal(a.ipv6, true);
  assert.equal(a.ipRange6, '');
  // A second controller on the same KV takes the stored /48, not a new one.
  const other = memoryContext({}, store);
  const b = await other.ctx.networks.create({ name: 'b', ipv6: true });
  assert.equal(parseCidr6(b.subnet6!).base, pool.base + (1n << 64n));
  // IPv4-only networks take nothing from it.
  const c = await ctx.networks.create({ name: 'c' });
  assert.equal(!!c.ipv6, false);
  assert.equal(c.subnet6 ?? '', '');
  // Random /48s: fd + 40 bits, host part zero.
  assert.equal(randomUla48(new Uint8Array([1, 2, 3, 4, 5])), 'fd01:203:405::/48');
  assert.notEqual(randomUla48(), randomUla48());
});

test('a configured IPv6 pool and prefix are used instead of the cluster ULA', async () => {
  const { ctx, store } = await setup({ defaultPool6: 'fd77::/56', defaultPrefix6: 60 });
  assert.equal((await ctx.networks.create({ name: 'a', ipv6: true })).subnet6, 'fd77::/60');
  assert.equal((await ctx.networks.create({ name: 'b', ipv6: true, subnet6: 'fd77:0:0:10::/64' })).subnet6, 'fd77:0:0:10::/64');
  assert.equal((await ctx.networks.create({ name: 'c', ipv6: true })).subnet6, 'fd77:0:0:20::/60');
  assert.equal(await store.get(Keys.ula6), null);
});

test('explicit IPv6 subnet, gateway and ip-range; bridge networks take --ipv6 too', async () => {
  const { ctx } = await setup();
  const n = await ctx.networks.create({
    name: 'ds',
    subnet: '10.50.0.0/24',
    ipv6: true,
    subnet6: 'FD00:50:0:0::/64',
    gateway6: 'fd00:50::fe',
    ipRange6: 'fd00:50::100/120',
  });
  assert.deepEqual([n.subnet, n.subnet6, n.gateway6, n.ipRange6], ['10.50.0.0/24', 'fd00:50::/64', 'fd00:50::fe', 'fd00:50::100/120']);
  const b = await ctx.networks.create({ name: 'br', driver: Driver.BRIDGE, host: 'h1', ipv6: true, subnet6: 'fd00:51::/64' });
  assert.deepEqual([b.subnet6, b.gateway6], ['fd00:51::/64', 'fd00:51::1']);
});

test('IPv6 network bad input: one line each, registry unchanged', async () => {
  const { ctx, store } = await setup();
  await ctx.networks.create({ name: 'base', subnet: '10.60.0.0/24', ipv6: true, subnet6: 'fd00:60::/64' });
  const cases: [Record<string, unknown>, RegExp][] = [
    [{ subnet6: 'fd00:61::/64' }, /needs --ipv6: add --ipv6/],
    [{ gateway6: 'fd00:61::1' }, /needs --ipv6/],
    [{ ipv6: true, subnet6: '10.61.0.0/24' }, /invalid IPv6 subnet "10\.61\.0\.0\/24": that is an IPv4 CIDR; give an IPv6 one/],
    [{ subnet: 'fd00:61::/64' }, /invalid subnet "fd00:61::\/64": that is an IPv6 CIDR; give an IPv4 one/],
    [{ ipv6: true, subnet6: 'fd00::/40' }, /too large: use a prefix from \/48 to \/120/],
    [{ ipv6: true, subnet6: 'fd00:61::/124' }, /too small: use a prefix from \/48 to \/120/],
    [{ ipv6: true, subnet6: 'fd00:61::1/64' }, /host bits are set; use fd00:61::\/64/],
    [{ ipv6: true, subnet6: 'fd00:61::/64', gateway6: 'fd00:62::1' }, /IPv6 gateway fd00:62::1 is outside IPv6 subnet fd00:61::\/64/],
    [{ ipv6: true, subnet6: 'fd00:61::/64', gateway6: 'fd00:61::' }, /subnet-router anycast/],
    [{ ipv6: true, subnet6: 'fd00:61::/64', gateway6: '10.61.0.1' }, /that is an IPv4 address/],
    [{ ipv6: true, subnet6: 'fd00:61::/64', ipRange6: 'fd00:62::/120' }, /IPv6 ip-range fd00:62::\/120 is not inside IPv6 subnet/],
    [{ ipv6: true, gateway6: 'fd00:61::1' }, /IPv6 --gateway or --ip-range needs an IPv6 --subnet/],
  ];
  for (const [req, re] of cases) {
    await rejectsUnchanged(store, () => ctx.networks.create({ name: 'bad', ...req }), Code.INVALID_ARGUMENT, re);
  }
  // Overlap is per family: an overlapping IPv6 subnet is refused whatever the IPv4 one...
  await rejectsUnchanged(
    store,
    () => ctx.networks.create({ name: 'ov', subnet: '10.61.0.0/24', ipv6: true, subnet6: 'fd00:60::/48' }),
    Code.ALREADY_EXISTS,
    /IPv6 subnet fd00:60::\/48 overlaps network base \(fd00:60::\/64\)/,
  );
  // ...and a new IPv6 subnet does not excuse an overlapping IPv4 one.
  await rejectsUnchanged(
    store,
    () => ctx.networks.create({ name: 'ov', subnet: '10.60.0.0/25', ipv6: true, subnet6: 'fd00:99::/64' }),
    Code.ALREADY_EXISTS,
    /^subnet 10\.60\.0\.0\/25 overlaps network base/,
  );
  // The positive control through the same path: no overlap, accepted.
  await ctx.networks.create({ name: 'ok', subnet: '10.61.0.0/24', ipv6: true, subnet6: 'fd00:61::/64' });
});

test('run on a dual-stack network: an IPv6 address beside the IPv4 one, lowest first, in the attachment and the endpoint; rm frees it', async () => {
  const { ctx, store } = await setup();
  const net = await ctx.networks.create({ name: 'ds', subnet: '10.70.0.0/24', ipv6: true, subnet6: 'fd00:70::/64' });
  const w = await run(ctx, { name: 'web', host: 'h1', networks: ['ds'] });
  const a = w.attachments![0]!;
  assert.deepEqual(
    [a.ip, a.ip6, a.subnet6, a.gateway6, a.mac],
    ['10.70.0.2', 'fd00:70::2', 'fd00:70::/64', 'fd00:70::1', '02:42:0a:46:00:02'],
  );
  const ep = codecs.endpoint.decode((await store.get(Keys.endpoint('ds', 'web')))!.value);
  assert.equal(ep.ip6, 'fd00:70::2');
  assert.equal(new TextDecoder().decode((await store.get(Keys.ipClaim(net.id!, 'fd00:70::2')))!.value), 'web');
  const w2 = await run(ctx, { name: 'db', host: 'h2', networks: ['ds'], ip6: 'FD00:70:0::0:99' });
  assert.equal(w2.attachments![0]!.ip6, 'fd00:70::99', 'canonical form');
  const [view] = await ctx.networks.views(['ds']);
  assert.deepEqual(view!.endpoints!.map((e) => [e.workload, e.ip6]).sort(), [
    ['db', 'fd00:70::99'],
    ['web', 'fd00:70::2'],
  ]);
  await remove(ctx, ['web'], false);
  assert.equal(await store.get(Keys.ipClaim(net.id!, 'fd00:70::2')), null);
  const w3 = await run(ctx, { name: 'again', host: 'h1', networks: ['ds'] });
  assert.equal(w3.attachments![0]!.ip6, 'fd00:70::2', 'freed address handed out again');
  // An IPv4-only network: no IPv6 fields at all.
  await ctx.networks.create({ name: 'v4', subnet: '10.71.0.0/24' });
  const w4 = await run(ctx, { name: 'plain', host: 'h1', networks: ['v4'] });
  assert.equal(w4.attachments![0]!.ip6 ?? '', '');
});

test('--ip6 and --ip bad input: one line each, store unchanged', async () => {
  const { ctx, store } = await setup();
  await ctx.networks.create({ name: 'ds', subnet: '10.80.0.0/24', ipv6: true, subnet6: 'fd00:80::/64', ipRange6: 'fd00:80::100/120' });
  await ctx.networks.create({ name: 'v4', subnet: '10.81.0.0/24' });
  await run(ctx, { name: 'taken', host: 'h1', networks: ['ds'], ip6: 'fd00:80::150' });
  const bad: [Record<string, unknown>, Code, RegExp][] = [
    [{ networks: ['v4'], ip6: 'fd00:81::5' }, Code.INVALID_ARGUMENT, /network v4 has no IPv6: leave --ip6 out/],
    [{ networks: ['ds'], ip: 'fd00:80::105' }, Code.INVALID_ARGUMENT, /that is an IPv6 address; give an IPv4 one \(IPv6 goes in --ip6\)/],
    [{ networks: ['ds'], ip6: '10.80.0.5' }, Code.INVALID_ARGUMENT, /that is an IPv4 address; give an IPv6 one \(IPv4 goes in --ip\)/],
    [{ networks: ['ds'], ip6: 'fd00:81::5' }, Code.INVALID_ARGUMENT, /outside network ds's IPv6 subnet fd00:80::\/64/],
    [{ networks: ['ds'], ip6: 'fd00:80::5' }, Code.INVALID_ARGUMENT, /outside network ds's IPv6 ip-range fd00:80::100\/120/],
    [{ networks: ['ds'], ip6: 'fd00:80::1' }, Code.INVALID_ARGUMENT, /outside network ds's IPv6 ip-range/],
    [{ networks: ['ds'], ip6: 'nope' }, Code.INVALID_ARGUMENT, /invalid IPv6 address "nope"/],
    [{ networks: [], ip6: 'fd00:80::105' }, Code.INVALID_ARGUMENT, /user defined networks only/],
    [
      { networks: ['ds'], ip6: 'fd00:80::150' },
      Code.ALREADY_EXISTS,
      /fd00:80::150 on network ds is already in use by taken: pick another or leave --ip6 out/,
    ],
  ];
  for (const [req, code, re] of bad) {
    await rejectsUnchanged(store, () => run(ctx, { name: 'x', host: 'h1', ...req }), code, re);
  }
  // The gateway, in a network whose range holds it.
  await ctx.networks.create({ name: 'gw', subnet: '10.82.0.0/24', ipv6: true, subnet6: 'fd00:82::/64' });
  await rejectsUnchanged(
    store,
    () => run(ctx, { name: 'x', host: 'h1', networks: ['gw'], ip6: 'fd00:82::1' }),
    Code.INVALID_ARGUMENT,
    /is the subnet-router anycast or gateway address of gw/,
  );
  // Positive control through the same path.
  const ok = await run(ctx, { name: 'x', host: 'h1', networks: ['ds'], ip: '10.80.0.9', ip6: 'fd00:80::105' });
  assert.deepEqual([ok.attachments![0]!.ip, ok.attachments![0]!.ip6], ['10.80.0.9', 'fd00:80::105']);
});

test('connect --ip6 claims on the new network, disconnect releases; refused on a network without IPv6', async () => {
  const { ctx, store } = await setup();
  await ctx.networks.create({ name: 'a', subnet: '10.90.0.0/24' });
  const ds = await ctx.networks.create({ name: 'ds', subnet: '10.91.0.0/24', ipv6: true, subnet6: 'fd00:91::/64' });
  await ctx.networks.create({ name: 'v4', subnet: '10.92.0.0/24' });
  await run(ctx, { name: 'w', host: 'h1', networks: ['a'] });
  await rejectsUnchanged(
    store,
    () => connect(ctx, { network: 'v4', workload: 'w', ip6: 'fd00:92::5' }),
    Code.INVALID_ARGUMENT,
    /has no IPv6/,
  );
  const next = await connect(ctx, { network: 'ds', workload: 'w', ip6: 'fd00:91::5' });
  const att = next.attachments!.find((x) => x.network === 'ds')!;
  assert.deepEqual([att.ifname, att.ip, att.ip6], ['eth1', '10.91.0.2', 'fd00:91::5']);
  assert.equal(codecs.endpoint.decode((await store.get(Keys.endpoint('ds', 'w')))!.value).ip6, 'fd00:91::5');
  await disconnect(ctx, { network: 'ds', workload: 'w' });
  assert.equal(await store.get(Keys.ipClaim(ds.id!, 'fd00:91::5')), null);
  assert.equal(await store.get(Keys.ipClaim(ds.id!, '10.91.0.2')), null);
});

test('the default bridge of a host that advertises IPv6 gives its workloads an IPv6 address; --ip6 there is refused like --ip', async () => {
  const { ctx, store } = memoryContext();
  await addHost(store, 'h6', { bridgeSubnet6: 'fd00:b::/64', bridgeGateway6: 'fd00:b::1' });
  await addHost(store, 'h4');
  const w = await run(ctx, { name: 'b6', host: 'h6' });
  assert.deepEqual([w.attachments![0]!.ip6, w.attachments![0]!.gateway6], ['fd00:b::2', 'fd00:b::1']);
  const w4 = await run(ctx, { name: 'b4', host: 'h4' });
  assert.equal(w4.attachments![0]!.ip6 ?? '', '');
  await rejects(run(ctx, { name: 'x', host: 'h6', ip6: 'fd00:b::9' }), Code.INVALID_ARGUMENT, /user defined networks only/);
  await remove(ctx, ['b6'], false);
  assert.deepEqual((await store.keys('ip.br-h6.>')).sort(), []);
});

test('the address of an IPv6 attachment is one contained in its subnet, for any number of workloads', async () => {
  const { ctx } = await setup();
  await ctx.networks.create({ name: 'small', subnet: '10.93.0.0/24', ipv6: true, subnet6: 'fd00:93::/120', ipRange6: 'fd00:93::f0/126' });
  const got = [];
  for (let i = 0; i < 4; i++) got.push((await run(ctx, { name: `s${i}`, host: 'h1', networks: ['small'] })).attachments![0]!.ip6);
  assert.deepEqual(got.slice(0, 4), ['fd00:93::f0', 'fd00:93::f1', 'fd00:93::f2', 'fd00:93::f3']);
  for (const ip of got) assert.ok(contains6(parseCidr6('fd00:93::/120'), parseIp6(ip!)));
  await rejects(run(ctx, { name: 'full', host: 'h1', networks: ['small'] }), Code.EXHAUSTED, /no free address left in fd00:93::f0\/126/);
});

test("a heartbeat's default-bridge IPv6 reaches the host record at once (a change is not throttled)", async () => {
  let now = 1_000_000;
  const { ctx, store } = memoryContext({ heartbeatWriteMs: 2000 }, undefined, () => now);
  const hb = (extra = {}) =>
    codecs.heartbeat.encode({ host: 'h1', underlayIp: '192.168.1.5', mtu: 1500, vxlanPort: 4789, sentMs: 1, ...extra });
  assert.equal(await ctx.hosts.onHeartbeat('vxnet.host.h1.heartbeat', hb()), true);
  now += 100;
  assert.equal(
    await ctx.hosts.onHeartbeat('vxnet.host.h1.heartbeat', hb({ bridgeSubnet6: 'fd00:b::/64', bridgeGateway6: 'fd00:b::1' })),
    true,
  );
  const h = codecs.host.decode((await store.get(Keys.host('h1')))!.value);
  assert.deepEqual([h.bridgeSubnet6, h.bridgeGateway6], ['fd00:b::/64', 'fd00:b::1']);
});

test('controller config: defaultPool6 is "" (the cluster ULA) or an IPv6 CIDR holding a defaultPrefix6 block', () => {
  assert.equal(loadConfig([], {}).defaultPool6, '');
  assert.equal(loadConfig([], {}).defaultPrefix6, 64);
  const ok = loadConfig(['--default-pool6', 'fd00:9::/56', '--default-prefix6', '60'], {});
  assert.deepEqual([ok.defaultPool6, ok.defaultPrefix6], ['fd00:9::/56', 60]);
  assert.throws(() => loadConfig(['--default-pool6', '10.0.0.0/8'], {}), /IPv6 CIDR/);
  assert.throws(() => loadConfig(['--default-pool6', 'fd00:9::1/56'], {}), /host bits are set/);
  assert.throws(() => loadConfig(['--default-pool6', 'fd00:9::/72'], {}), /smaller than a \/64/);
  assert.throws(() => loadConfig(['--default-prefix6', '40'], {}), /defaultPrefix6|default-prefix6/);
});

test('the cluster ULA /48 is written only by a request that is otherwise accepted', async () => {
  const { ctx, store } = await setup();
  await ctx.networks.create({ name: 'taken', subnet: '10.94.0.0/24' });
  await rejectsUnchanged(store, () => ctx.networks.create({ name: 'taken', ipv6: true }), Code.ALREADY_EXISTS, /already exists/);
  await rejectsUnchanged(
    store,
    () => ctx.networks.create({ name: 'ov', subnet: '10.94.0.0/25', ipv6: true }),
    Code.ALREADY_EXISTS,
    /overlaps/,
  );
  assert.equal(await store.get(Keys.ula6), null);
  await ctx.networks.create({ name: 'ok', ipv6: true });
  assert.ok(await store.get(Keys.ula6));
});
