// The agent's IPv6 (dual stack, issue 15) on overlays, planned against the
// FakeKernel: what a dual-stack attachment adds (workload address and default
// route, gateway6 on br0, permanent NDP entries for remote endpoints beside
// the ARP ones), that the plan converges and is stable, that IPv4-only stays
// exactly as before, and the MTU rule (below 1280: IPv6 left out, warned);
// user-defined bridges and the default bridge (fixed-cidr-v6) with IPv6.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { plan } from '../../agent/pipeline/plan.js';
import { buildTarget } from '../../agent/modes/targets.js';
import { HOST_NS, type Op } from '../../agent/model/kernel-objects.js';
import { defaultBridge6, type HostFacts } from '../../agent/model/desired.js';
import { parseBridgeSettings } from '../../agent/config/bridge-config.js';
import { DEFAULT_BRIDGE } from '../../agent/model/naming.js';
import { FakeKernel } from '../../agent/kernel/fake.js';
import { Driver, Mode, type Endpoint, type Workload } from '../../proto/index.js';
import { PREFIX, bareHost, desired, endpoint, facts, overlayWorkload } from './agent-fixtures.js';

const blueNs = `${PREFIX}net-blue`;
const aNs = `${PREFIX}wl-a`;

function dual(w: Workload, ip6: string): Workload {
  const att = w.attachments![0]!;
  return { ...w, attachments: [{ ...att, subnet6: 'fd00:77::/64', gateway6: 'fd00:77::1', ip6 }] };
}

const remote = (ip6?: string): Endpoint => ({ ...endpoint('b', 'h3', '10.77.0.3', '198.18.0.3'), ...(ip6 ? { ip6 } : {}) });

async function converge(k: FakeKernel, d: ReturnType<typeof desired>, f: HostFacts = facts()): Promise<Op[]> {
  await k.apply(plan(buildTarget(d, f), await k.observe({ prefix: PREFIX }), PREFIX));
  return plan(buildTarget(d, f), await k.observe({ prefix: PREFIX }), PREFIX);
}

const fakeHost = () => new FakeKernel({ hostLinks: bareHost().contents.get(HOST_NS)!.links });

test('a dual-stack overlay workload: its IPv6 address, gateway6 on br0, an IPv6 default route and one NDP entry per remote endpoint', async () => {
  const d = desired([dual(overlayWorkload('a', 'h1', '10.77.0.2'), 'fd00:77::2')], [remote('fd00:77::3')]);
  const ops = plan(buildTarget(d, facts()), bareHost(), PREFIX);
  const addrs = ops.filter((o) => o.op === 'addr-replace').map((o) => `${o.ns} ${o.dev} ${o.cidr}`);
  assert.ok(addrs.includes(`${aNs} eth0 fd00:77::2/64`), addrs.join('\n'));
  assert.ok(addrs.includes(`${aNs} eth0 10.77.0.2/24`), addrs.join('\n'));
  assert.ok(addrs.includes(`${blueNs} br0 fd00:77::1/64`), addrs.join('\n'));
  const neigh = ops.filter((o) => o.op === 'neigh-replace');
  assert.deepEqual(
    neigh.map((o) => [o.ip, o.mac, o.dev]),
    [
      ['10.77.0.3', '02:42:0a:4d:00:03', 'vxnet300'],
      ['fd00:77::3', '02:42:0a:4d:00:03', 'vxnet300'],
    ],
    'the IPv6 neighbour goes to the same MAC as the IPv4 one',
  );
  assert.equal(ops.filter((o) => o.op === 'fdb-replace').length, 1, 'one FDB entry per remote MAC, whatever the families');
  assert.deepEqual(
    ops.filter((o) => o.op === 'route-replace' && o.ns === aNs),
    [
      { op: 'route-replace', ns: aNs, dst: 'default', gateway: '10.77.0.1', dev: 'eth0' },
      { op: 'route-replace', ns: aNs, dst: '::/0', gateway: 'fd00:77::1', dev: 'eth0' },
    ],
  );
  const sysctls = ops.filter((o) => o.op === 'sysctl').map((o) => `${o.ns} ${o.key}=${o.value}`);
  assert.ok(sysctls.includes(`${aNs} net.ipv6.conf.all.disable_ipv6=0`), sysctls.join('\n'));
  assert.ok(sysctls.includes(`${blueNs} net.ipv6.conf.all.forwarding=1`), sysctls.join('\n'));

  const k = fakeHost();
  assert.deepEqual(await converge(k, d), [], 'converged: a second plan is empty');
  const wl = (await k.observe({ prefix: PREFIX })).contents.get(aNs)!;
  assert.deepEqual(wl.routes, [
    { dst: 'default', gateway: '10.77.0.1', dev: 'eth0' },
    { dst: '::/0', gateway: 'fd00:77::1', dev: 'eth0' },
  ]);
});

test('IPv4-only stays as it was: no IPv6 address, route, neighbour or sysctl, even when a remote endpoint has ip6', () => {
  const ops = plan(buildTarget(desired([overlayWorkload('a', 'h1', '10.77.0.2')], [remote('fd00:77::3')]), facts()), bareHost(), PREFIX);
  const text = JSON.stringify(ops);
  assert.ok(!text.includes('fd00:'), text);
  assert.ok(!ops.some((o) => o.op === 'sysctl' && o.ns !== HOST_NS));
  // Positive control through the same path: the dual-stack attachment brings them.
  const dualOps = plan(
    buildTarget(desired([dual(overlayWorkload('a', 'h1', '10.77.0.2'), 'fd00:77::2')], [remote('fd00:77::3')]), facts()),
    bareHost(),
    PREFIX,
  );
  assert.ok(JSON.stringify(dualOps).includes('fd00:77::3'));
});

test('a remote endpoint leaving takes its NDP entry with it; a re-addressed IPv6 keeps the IPv6 default route', async () => {
  const k = fakeHost();
  const a = dual(overlayWorkload('a', 'h1', '10.77.0.2'), 'fd00:77::2');
  assert.deepEqual(await converge(k, desired([a], [remote('fd00:77::3')])), []);
  const left = plan(buildTarget(desired([a], []), facts()), await k.observe({ prefix: PREFIX }), PREFIX);
  assert.ok(
    left.some((o) => o.op === 'neigh-del' && o.ip === 'fd00:77::3'),
    JSON.stringify(left),
  );
  assert.ok(
    left.some((o) => o.op === 'neigh-del' && o.ip === '10.77.0.3'),
    JSON.stringify(left),
  );
  assert.deepEqual(await converge(k, desired([a], [])), []);

  const moved = dual(overlayWorkload('a', 'h1', '10.77.0.2'), 'fd00:77::9');
  const ops = plan(buildTarget(desired([moved], []), facts()), await k.observe({ prefix: PREFIX }), PREFIX);
  assert.deepEqual(
    ops.filter((o) => o.ns === aNs).map((o) => o.op),
    ['addr-del', 'addr-replace'],
    'IPv6 routes survive the address change (Linux flushes IPv4 routes only with the last IPv4 address)',
  );
  assert.deepEqual(await converge(k, desired([moved], [])), []);
});

test('an overlay MTU below 1280 leaves IPv6 out with a warning; IPv4 is still set up', async () => {
  const small: HostFacts = { ...facts(), underlayMtu: 1300 }; // overlay 1250
  const d = desired([dual(overlayWorkload('a', 'h1', '10.77.0.2'), 'fd00:77::2')], [remote('fd00:77::3')]);
  const target = buildTarget(d, small);
  assert.equal(target.warnings?.length, 1, JSON.stringify(target.warnings));
  assert.match(target.warnings![0]!, /network blue: IPv6 left out on this host: its MTU 1250 is below IPv6's minimum 1280/);
  const text = JSON.stringify(plan(target, bareHost(), PREFIX));
  assert.ok(!text.includes('fd00:'), text);
  assert.ok(text.includes('10.77.0.2/24'));
  const k = fakeHost();
  assert.deepEqual(await converge(k, d, small), []);
  // Positive control: with room for IPv6 the same desired state has no warning and gets IPv6.
  assert.equal(buildTarget(d, facts()).warnings, undefined);
  assert.deepEqual(await converge(k, d, facts()), []);
  const wl = (await k.observe({ prefix: PREFIX })).contents.get(aNs)!;
  assert.ok(wl.links.find((l) => l.name === 'eth0')!.addresses.includes('fd00:77::2/64'));
});

test("the model follows Linux: an MTU below 1280 drops a link's IPv6 addresses and routes, and refuses new ones", async () => {
  const k = fakeHost();
  assert.deepEqual(await converge(k, desired([dual(overlayWorkload('a', 'h1', '10.77.0.2'), 'fd00:77::2')], [])), []);
  await k.apply([{ op: 'link-set', ns: aNs, name: 'eth0', mtu: 1200 }]);
  const wl = (await k.observe({ prefix: PREFIX })).contents.get(aNs)!;
  assert.deepEqual(wl.links.find((l) => l.name === 'eth0')!.addresses, ['10.77.0.2/24']);
  assert.deepEqual(wl.routes, [{ dst: 'default', gateway: '10.77.0.1', dev: 'eth0' }]);
  await assert.rejects(k.apply([{ op: 'addr-replace', ns: aNs, dev: 'eth0', cidr: 'fd00:77::2/64' }]), /Invalid argument/);
});

test('a dual-stack user-defined bridge: gateway6 on the host bridge, the workload address and ::/0 route; IPv6 forwarding, NAT66 only with ipv6Nat', async () => {
  const w = dual(overlayWorkload('a', 'h1', '10.77.0.2'), 'fd00:77::2');
  const onBridge: Workload = { ...w, attachments: [{ ...w.attachments![0]!, driver: Driver.BRIDGE, vni: 0 }] };
  const target = buildTarget(desired([onBridge], []), facts());
  const host = target.namespaces.get(HOST_NS)!;
  const bridge = host.links.find((l) => l.kind === 'bridge')!;
  assert.deepEqual(bridge.addresses, ['10.77.0.1/24', 'fd00:77::1/64']);
  assert.deepEqual(
    host.sysctls.filter((s) => s.key.startsWith('net.ipv6')),
    [{ key: 'net.ipv6.conf.all.forwarding', value: '1' }],
  );
  const nat66 = 'ip6 saddr fd00:77::/64 oifname != "vxb';
  assert.ok(!host.nft!.script.includes(nat66), 'no NAT66 unless the config asks');
  assert.ok(host.nft!.script.includes('ip6 saddr fd00:77::/64 oifname "vxb'), 'hairpin of IPv6 published ports');
  const natted = buildTarget(desired([onBridge], []), { ...facts(), ipv6Nat: true }).namespaces.get(HOST_NS)!;
  assert.ok(natted.nft!.script.includes(nat66), 'NAT66 with ipv6Nat');
  const k = fakeHost();
  assert.deepEqual(await converge(k, desired([onBridge], [])), []);
  const wl = (await k.observe({ prefix: PREFIX })).contents.get(aNs)!;
  assert.deepEqual(wl.links.find((l) => l.name === 'eth0')!.addresses, ['10.77.0.2/24', 'fd00:77::2/64']);
  assert.ok(wl.routes.some((r) => r.dst === '::/0' && r.gateway === 'fd00:77::1'));
  // A bridge network's -o mtu below 1280: IPv6 left out with a warning (control: the target above has none).
  assert.equal(target.warnings, undefined);
  const small: Workload = { ...onBridge, attachments: [{ ...onBridge.attachments![0]!, mtu: 1200 }] };
  const t2 = buildTarget(desired([small], []), facts());
  assert.match(t2.warnings?.[0] ?? '', /IPv6 left out on this host: its MTU 1200/);
  assert.ok(!JSON.stringify([...t2.namespaces.values()]).includes('fd00:'));
});

test('the default bridge with fixed-cidr-v6: parsed (canonical, size-checked), ::1 on vxnet0, the workload address and ::/0 route', async () => {
  assert.deepEqual(parseBridgeSettings({ fixedCidrV6: 'FD00:19:0::/64' }, undefined), {
    bip: '172.19.0.1/16',
    fixedCidrV6: 'fd00:19::/64',
  });
  assert.throws(() => parseBridgeSettings({ fixedCidrV6: 'fd00:19::1/64' }, undefined), /host bits are set; use fd00:19::\/64/);
  assert.throws(() => parseBridgeSettings({ fixedCidrV6: '10.0.0.0/24' }, undefined), /IPv6 CIDR/);
  assert.throws(() => parseBridgeSettings({}, { fixedCidrV6: 'fd00::/32' }), /prefix length 48-120/);
  const bridge = parseBridgeSettings({ bip: '10.77.0.1/24', fixedCidrV6: 'fd00:19::/64' }, undefined)!;
  assert.deepEqual(defaultBridge6(bridge), { subnet6: 'fd00:19::/64', gateway6: 'fd00:19::1' }, 'what the heartbeat advertises');
  assert.equal(defaultBridge6(parseBridgeSettings({}, undefined)), undefined, 'control: no IPv6 without fixed-cidr-v6');

  const w = overlayWorkload('a', 'h1', '10.77.0.2');
  const att = {
    ...w.attachments![0]!,
    network: 'bridge',
    driver: Driver.BRIDGE,
    vni: 0,
    subnet6: 'fd00:19::/64',
    gateway6: 'fd00:19::1',
    ip6: 'fd00:19::2',
  };
  const onDefault: Workload = { ...w, mode: Mode.DEFAULT_BRIDGE, attachments: [att] };
  const f = { ...facts(), bridge };
  const vxnet0 = buildTarget(desired([onDefault], []), f)
    .namespaces.get(HOST_NS)!
    .links.find((l) => l.name === DEFAULT_BRIDGE)!;
  assert.deepEqual(vxnet0.addresses, ['10.77.0.1/24', 'fd00:19::1/64']);
  const k = fakeHost();
  assert.deepEqual(await converge(k, desired([onDefault], []), f), []);
  const wl = (await k.observe({ prefix: PREFIX })).contents.get(aNs)!;
  assert.deepEqual(wl.links.find((l) => l.name === 'eth0')!.addresses, ['10.77.0.2/24', 'fd00:19::2/64']);
  assert.ok(wl.routes.some((r) => r.dst === '::/0' && r.gateway === 'fd00:19::1'));
});
