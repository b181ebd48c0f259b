import { test } from 'node:test';
import assert from 'node:assert/strict';
import { plan } from '../../agent/pipeline/plan.js';
import { Driver, Mode, networkPartOf } from '../../proto/index.js';
import { buildTarget } from '../../agent/modes/targets.js';
import { HOST_NS, STAGE, type Op } from '../../agent/model/kernel-objects.js';
import { FakeKernel } from '../../agent/kernel/fake.js';
import { hostFacts, UnderlayError } from '../../agent/pipeline/reconciler.js';
import { vethName } from '../../agent/model/naming.js';
import { silentLogger } from '../../lib/log.js';
import { PREFIX, bareHost, desired, endpoint, facts, overlayWorkload } from './agent-fixtures.js';

const blueNs = `${PREFIX}net-blue`;
const aNs = `${PREFIX}wl-a`;

function planFor(d: ReturnType<typeof desired>, observed = bareHost()): Op[] {
  return plan(buildTarget(d, facts()), observed, PREFIX);
}

test('a first workload on an overlay network builds namespace, bridge, vxlan, veth and remote entries in stage order', () => {
  const ops = planFor(
    desired(
      [overlayWorkload('a', 'h1', '10.77.0.2')],
      [endpoint('a', 'h1', '10.77.0.2', '198.18.0.1'), endpoint('b', 'h3', '10.77.0.3', '198.18.0.3')],
    ),
  );
  const names = ops.map((o) => o.op);
  for (const want of [
    'netns-add',
    'bridge-add',
    'vxlan-add',
    'veth-add',
    'link-set',
    'addr-replace',
    'fdb-replace',
    'fdb-append',
    'neigh-replace',
    'route-replace',
  ] as const) {
    assert.ok(names.includes(want), `missing ${want} in ${names.join(',')}`);
  }
  const stages = ops.map((o) => STAGE[o.op]);
  assert.deepEqual(
    stages,
    [...stages].sort((x, y) => x - y),
    'ops are ordered by stage',
  );
  assert.deepEqual(
    ops
      .filter((o) => o.op === 'netns-add')
      .map((o) => o.ns)
      .sort(),
    [blueNs, aNs].sort(),
  );
  const vx = ops.find((o) => o.op === 'vxlan-add');
  assert.deepEqual(vx, {
    op: 'vxlan-add',
    ns: blueNs,
    name: 'vxnet300',
    vni: 300,
    port: 4789,
    local: '198.18.0.1',
    dev: 'eth0',
    mtu: 1450,
  });
  assert.deepEqual(
    ops.find((o) => o.op === 'fdb-replace'),
    { op: 'fdb-replace', ns: blueNs, dev: 'vxnet300', mac: '02:42:0a:4d:00:03', dst: '198.18.0.3' },
  );
  assert.deepEqual(
    ops.find((o) => o.op === 'fdb-append'),
    { op: 'fdb-append', ns: blueNs, dev: 'vxnet300', mac: '00:00:00:00:00:00', dst: '198.18.0.3' },
  );
  assert.deepEqual(
    ops.find((o) => o.op === 'neigh-replace'),
    { op: 'neigh-replace', ns: blueNs, dev: 'vxnet300', ip: '10.77.0.3', mac: '02:42:0a:4d:00:03' },
  );
  assert.ok(!ops.some((o) => o.op === 'fdb-replace' && o.mac === '02:42:0a:4d:00:02'), 'no FDB entry for the local endpoint');
  assert.deepEqual(
    ops.find((o) => o.op === 'route-replace'),
    { op: 'route-replace', ns: aNs, dst: 'default', gateway: '10.77.0.1', dev: 'eth0' },
  );
});

test("nothing wanted and nothing owned: the plan is empty and the host's own links are left alone", () => {
  assert.deepEqual(planFor(desired([], [])), []);
});

test('namespaces with the prefix that are no longer wanted are deleted, others are not touched', () => {
  const observed = bareHost();
  observed.namespaces = [`${PREFIX}wl-gone`, 'someone-else'];
  const ops = planFor(desired([], []), observed);
  assert.deepEqual(ops, [{ op: 'netns-del', ns: `${PREFIX}wl-gone` }]);
});

test('a vxlan device left in the host namespace by a crash between create and move is removed', () => {
  const observed = bareHost();
  observed.contents.get('')!.links.push({ name: 'vxnet300', kind: 'vxlan', mtu: 1450, mac: '02:00:00:00:00:09', up: false, addresses: [] });
  const ops = planFor(desired([], []), observed);
  assert.deepEqual(ops, [{ op: 'link-del', ns: '', name: 'vxnet300' }]);
});

test('host facts come from the kernel: MTU of the underlay device, its first IPv4 address; a missing device is a clear error', () => {
  const opts = { host: 'h1', prefix: PREFIX, underlayDev: 'eth0', vxlanPort: 4789, resyncMs: 1000, log: silentLogger };
  const observed = bareHost('198.18.0.7');
  observed.contents.get('')!.links[1]!.mtu = 9000;
  const f = hostFacts(observed, opts);
  assert.equal(f.underlayMtu, 9000);
  assert.equal(f.underlayIp, '198.18.0.7');
  const ops = plan(buildTarget(desired([overlayWorkload('a', 'h1', '10.77.0.2')], []), f), observed, PREFIX);
  assert.equal(ops.find((o) => o.op === 'vxlan-add' && o.mtu === 8950)?.op, 'vxlan-add', 'overlay MTU = underlay MTU - 50');
  assert.throws(() => hostFacts(observed, { ...opts, underlayDev: 'nope0' }), UnderlayError);
});

test('an endpoint whose address moved to another host gets its FDB entry replaced, nothing else changes', () => {
  const before = desired([overlayWorkload('a', 'h1', '10.77.0.2')], [endpoint('b', 'h3', '10.77.0.3', '198.18.0.3')]);
  const observed = bareHost();
  observed.namespaces = [blueNs, aNs];
  const vx = 'vxnet300';
  observed.contents.set(blueNs, {
    links: [
      { name: 'lo', kind: 'loopback', mtu: 65536, mac: '00:00:00:00:00:00', up: false, addresses: [] },
      { name: 'br0', kind: 'bridge', mtu: 1450, mac: '02:42:0a:4d:00:01', up: true, addresses: ['10.77.0.1/24'] },
      {
        name: vx,
        kind: 'vxlan',
        mtu: 1450,
        mac: '02:00:00:00:00:09',
        up: true,
        master: 'br0',
        addresses: [],
        vxlan: { vni: 300, port: 4789, local: '198.18.0.1', learning: false, proxy: true },
      },
      { name: vethName('a', 'blue'), kind: 'veth', mtu: 1450, mac: '02:00:00:00:00:0a', up: true, master: 'br0', addresses: [] },
    ],
    routes: [],
    fdb: [
      { dev: vx, mac: '02:42:0a:4d:00:03', dst: '198.18.0.3', permanent: true },
      { dev: vx, mac: '00:00:00:00:00:00', dst: '198.18.0.3', permanent: true },
    ],
    neigh: [{ dev: vx, ip: '10.77.0.3', mac: '02:42:0a:4d:00:03', permanent: true }],
  });
  observed.contents.set(aNs, {
    links: [
      { name: 'lo', kind: 'loopback', mtu: 65536, mac: '00:00:00:00:00:00', up: true, addresses: ['127.0.0.1/8'] },
      { name: 'eth0', kind: 'veth', mtu: 1450, mac: '02:42:0a:4d:00:02', up: true, addresses: ['10.77.0.2/24'] },
    ],
    routes: [
      { dst: 'default', gateway: '10.77.0.1', dev: 'eth0' },
      { dst: '10.77.0.0/24', dev: 'eth0' },
    ],
    fdb: [],
    neigh: [],
  });
  assert.deepEqual(planFor(before, observed), [], 'converged state plans nothing');

  const moved = desired([overlayWorkload('a', 'h1', '10.77.0.2')], [endpoint('c', 'h2', '10.77.0.3', '198.18.0.2')]);
  assert.deepEqual(planFor(moved, observed), [
    { op: 'fdb-del', ns: blueNs, dev: vx, mac: '00:00:00:00:00:00', dst: '198.18.0.3' },
    { op: 'fdb-replace', ns: blueNs, dev: vx, mac: '02:42:0a:4d:00:03', dst: '198.18.0.2' },
    { op: 'fdb-append', ns: blueNs, dev: vx, mac: '00:00:00:00:00:00', dst: '198.18.0.2' },
  ]);

  // Drift: a vxlan device that learns is not ours any more: made again.
  observed.contents.get(blueNs)!.links[2]!.vxlan!.learning = true;
  const remade = planFor(before, observed);
  assert.deepEqual(remade.slice(0, 2), [
    { op: 'link-del', ns: blueNs, name: vx },
    { op: 'vxlan-add', ns: blueNs, name: vx, vni: 300, port: 4789, local: '198.18.0.1', dev: 'eth0', mtu: 1450 },
  ]);
  assert.ok(
    remade.some((o) => o.op === 'fdb-replace') && remade.some((o) => o.op === 'neigh-replace'),
    'entries of a re-made device are written again',
  );

  // Removing the workload removes both namespaces; the veth goes with the workload namespace.
  assert.deepEqual(planFor(desired([], []), observed), [
    { op: 'netns-del', ns: blueNs },
    { op: 'netns-del', ns: aNs },
  ]);
});

test("a bridge network's -o mtu sets its bridge, the host-side veth and the workload's interface", () => {
  const w = overlayWorkload('m', 'h1', '10.52.0.2', 'lan', 0);
  Object.assign(w.attachments![0]!, { driver: Driver.BRIDGE, networkId: 'lanid', subnet: '10.52.0.0/24', gateway: '10.52.0.1', mtu: 1400 });
  const target = buildTarget(desired([w], []), facts());
  const host = target.namespaces.get('')!;
  const bridge = host.links.find((l) => l.kind === 'bridge')!;
  const veth = host.links.find((l) => l.kind === 'veth')!;
  const eth0 = target.namespaces.get(`${PREFIX}wl-m`)!.links.find((l) => l.name === 'eth0')!;
  assert.deepEqual([bridge.mtu, veth.mtu, eth0.mtu], [1400, 1400, 1400]);
});

test('a re-addressed workload keeps its default route: Linux drops it with the last address, so the plan makes it again', async () => {
  const k = new FakeKernel({ hostLinks: bareHost().contents.get(HOST_NS)!.links });
  const converge = async (d: ReturnType<typeof desired>) => {
    await k.apply(plan(buildTarget(d, facts()), await k.observe({ prefix: PREFIX }), PREFIX));
    return plan(buildTarget(d, facts()), await k.observe({ prefix: PREFIX }), PREFIX);
  };
  assert.deepEqual(await converge(desired([overlayWorkload('a', 'h1', '10.77.0.2')], [])), []);
  const moved = plan(
    buildTarget(desired([overlayWorkload('a', 'h1', '10.77.0.9')], []), facts()),
    await k.observe({ prefix: PREFIX }),
    PREFIX,
  );
  assert.ok(moved.some((o) => o.op === 'route-replace' && o.ns === aNs && o.gateway === '10.77.0.1'));
  assert.deepEqual(await converge(desired([overlayWorkload('a', 'h1', '10.77.0.9')], [])), []);
  const wl = (await k.observe({ prefix: PREFIX })).contents.get(aNs)!;
  assert.deepEqual(wl.routes, [{ dst: 'default', gateway: '10.77.0.1', dev: 'eth0' }]);
});

test('sysctls of the agent namespace are observed: one reset from outside is set again', async () => {
  const k = new FakeKernel({ hostLinks: bareHost().contents.get(HOST_NS)!.links });
  const web = overlayWorkload('web', 'h1', '10.77.0.2');
  const d = desired([{ ...web, mode: Mode.DEFAULT_BRIDGE, attachments: [{ ...web.attachments![0]!, driver: Driver.BRIDGE }] }], []);
  const f = { ...facts(), bridge: { bip: '10.77.0.1/24' } };
  await k.apply(plan(buildTarget(d, f), await k.observe({ prefix: PREFIX }), PREFIX));
  assert.equal((await k.observe({ prefix: PREFIX })).contents.get(HOST_NS)!.sysctls?.['net.ipv4.ip_forward'], '1');
  assert.deepEqual(plan(buildTarget(d, f), await k.observe({ prefix: PREFIX }), PREFIX), []);
  k.mutate((s) => s.sysctl.get(HOST_NS)!.set('net.ipv4.ip_forward', '0'));
  assert.deepEqual(plan(buildTarget(d, f), await k.observe({ prefix: PREFIX }), PREFIX), [
    { op: 'sysctl', ns: HOST_NS, key: 'net.ipv4.ip_forward', value: '1' },
  ]);
});

test('a held overlay network (a Docker network of this host) gets its namespace with no endpoint; its first workload then adds only its own part; released, it goes', async () => {
  const k = new FakeKernel({ hostLinks: bareHost().contents.get(HOST_NS)!.links });
  const remote = endpoint('b', 'h3', '10.77.0.3', '198.18.0.3');
  const a = overlayWorkload('a', 'h1', '10.77.0.2');
  const held = desired([], [remote]);
  held.held.set(
    'blue',
    networkPartOf({ name: 'blue', id: 'abc', driver: Driver.OVERLAY, vni: 300, subnet: '10.77.0.0/24', gateway: '10.77.0.1' }),
  );
  // The ops on blue's namespace (the workload's own namespace is made either way).
  const onBlue = (ops: Op[]) => ops.filter((o) => 'ns' in o && o.ns === blueNs).map((o) => o.op);
  const apply = async (d: ReturnType<typeof desired>) => {
    const ops = plan(buildTarget(d, facts()), await k.observe({ prefix: PREFIX }), PREFIX);
    await k.apply(ops);
    return onBlue(ops);
  };

  const first = await apply(held);
  for (const want of ['netns-add', 'bridge-add', 'vxlan-add', 'fdb-append', 'neigh-replace'] as const)
    assert.ok(first.includes(want), `held: missing ${want} in ${first.join(',')}`);
  assert.ok(!first.includes('veth-add'), 'held: no endpoint, no veth');

  const withA = desired([a], [remote, endpoint('a', 'h1', '10.77.0.2', '198.18.0.1')]);
  withA.held = held.held;
  const second = await apply(withA);
  assert.ok(second.includes('veth-add'), `the workload's veth: ${second.join(',')}`);
  for (const never of ['netns-add', 'bridge-add', 'vxlan-add', 'netns-del', 'link-del'] as const)
    assert.ok(!second.includes(never), `the network's namespace is reused as it is, yet the plan has ${never}: ${second.join(',')}`);

  // Positive control of the comparison above: without the hold, the same workload builds the namespace.
  const fresh = onBlue(plan(buildTarget(desired([a], [remote]), facts()), bareHost(), PREFIX));
  assert.ok(fresh.includes('netns-add') && fresh.includes('vxlan-add'), `a first workload builds the namespace: ${fresh.join(',')}`);

  await apply(desired([], [remote])); // released, no workload: the namespace goes
  assert.ok(!(await k.observe({ prefix: PREFIX })).namespaces.includes(blueNs), 'released: the namespace of blue is gone');
});
