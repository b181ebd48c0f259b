// FakeKernel: Linux semantics in memory, honest refusals, failure injection.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KernelCommandError } from '../../lib/errors.js';
import { HOST_NS, type Op } from '../../agent/model/kernel-objects.js';
import { FakeKernel } from '../../agent/kernel/fake.js';
import { KernelApplyError } from '../../agent/kernel/kernel.js';

const P = 'vx-';
const N = `${P}net`;
const W = `${P}wl`;

function overlay(): Op[] {
  return [
    { op: 'netns-add', ns: N },
    { op: 'netns-add', ns: W },
    { op: 'vxlan-add', ns: N, name: 'vx256', vni: 256, port: 4789, local: '192.0.2.10', dev: 'eth0', mtu: 1450 },
    { op: 'bridge-add', ns: N, name: 'br0', mtu: 1450 },
    { op: 'veth-add', ns: N, name: 've1', peerNs: W, peerName: 'eth0', peerMac: '02:42:0a:4d:00:02', mtu: 1450 },
    { op: 'link-set', ns: N, name: 'vx256', master: 'br0', up: true },
    { op: 'link-set', ns: N, name: 've1', master: 'br0', up: true },
    { op: 'link-set', ns: N, name: 'br0', up: true },
    { op: 'link-set', ns: W, name: 'eth0', up: true },
    { op: 'link-set', ns: W, name: 'lo', up: true },
    { op: 'addr-replace', ns: N, dev: 'br0', cidr: '10.77.0.1/24' },
    { op: 'addr-replace', ns: W, dev: 'eth0', cidr: '10.77.0.2/24' },
    { op: 'fdb-replace', ns: N, dev: 'vx256', mac: '02:42:0a:4d:00:03', dst: '192.0.2.20' },
    { op: 'fdb-append', ns: N, dev: 'vx256', mac: '00:00:00:00:00:00', dst: '192.0.2.20' },
    { op: 'fdb-append', ns: N, dev: 'vx256', mac: '00:00:00:00:00:00', dst: '192.0.2.30' },
    { op: 'neigh-replace', ns: N, dev: 'vx256', ip: '10.77.0.3', mac: '02:42:0a:4d:00:03' },
    { op: 'route-replace', ns: W, dst: 'default', gateway: '10.77.0.1', dev: 'eth0' },
    { op: 'sysctl', ns: N, key: 'net.ipv4.ip_forward', value: '1' },
    { op: 'nft-table', ns: N, script: 'table inet vxnet {\n}\n' },
  ];
}

async function refusal(k: FakeKernel, op: Op): Promise<KernelCommandError> {
  const err = await k.apply([op]).then(
    () => undefined,
    (e: unknown) => e,
  );
  assert.ok(err instanceof KernelApplyError, `expected ${op.op} to be refused`);
  const first = err.failures[0];
  assert.ok(first instanceof KernelCommandError);
  return first;
}

test('an overlay endpoint is built as Linux would hold it, and counted in batches like LinuxKernel', async () => {
  const k = new FakeKernel();
  const r = await k.apply(overlay());
  assert.equal(r.processes, 7);
  const o = await k.observe({ prefix: P });
  assert.deepEqual(o.namespaces, [N, W]);
  const net = o.contents.get(N)!;
  const vx = net.links.find((l) => l.name === 'vx256')!;
  assert.deepEqual(
    [vx.kind, vx.mtu, vx.master, vx.up, vx.vxlan],
    ['vxlan', 1450, 'br0', true, { vni: 256, port: 4789, local: '192.0.2.10', learning: false, proxy: true }],
  );
  assert.deepEqual(
    net.fdb.map((f) => `${f.mac}>${f.dst}`),
    ['02:42:0a:4d:00:03>192.0.2.20', '00:00:00:00:00:00>192.0.2.20', '00:00:00:00:00:00>192.0.2.30'],
  );
  assert.deepEqual(net.neigh, [{ dev: 'vx256', ip: '10.77.0.3', mac: '02:42:0a:4d:00:03', permanent: true }]);
  const wl = o.contents.get(W)!;
  assert.deepEqual(
    wl.links.map((l) => [l.name, l.mac === '02:42:0a:4d:00:02' || l.name === 'lo', l.addresses]),
    [
      ['lo', true, ['127.0.0.1/8']],
      ['eth0', true, ['10.77.0.2/24']],
    ],
  );
  assert.deepEqual(wl.routes, [{ dst: 'default', gateway: '10.77.0.1', dev: 'eth0' }]);
  assert.deepEqual(o.nft.get(N), { rules: 0, maps: [], elements: [] });
  assert.equal(k.sysctls(N).get('net.ipv4.ip_forward'), '1');
  assert.ok(o.contents.has(HOST_NS));
  assert.equal(k.log.length, overlay().length);
});

test("observe returns copies and only the prefix's namespaces (plus HOST_NS)", async () => {
  const k = new FakeKernel();
  await k.apply([
    { op: 'netns-add', ns: 'other' },
    { op: 'netns-add', ns: N },
  ]);
  const o = await k.observe({ prefix: P });
  assert.deepEqual(o.namespaces, [N]);
  assert.deepEqual([...o.contents.keys()].sort(), [HOST_NS, N]);
  o.contents.get(N)!.links.length = 0;
  assert.equal((await k.observe({ prefix: P })).contents.get(N)!.links.length, 1);
});

test('what Linux refuses to repeat is refused: netns, vxlan, bridge and veth adds; replaces and appends are idempotent', async () => {
  const k = new FakeKernel();
  await k.apply(overlay());
  const refused: string[] = [];
  for (const op of overlay()) {
    try {
      await k.apply([op]);
    } catch (err) {
      assert.ok(err instanceof KernelApplyError);
      refused.push(op.op);
    }
  }
  assert.deepEqual(refused, ['netns-add', 'netns-add', 'vxlan-add', 'bridge-add', 'veth-add']);
  const net = (await k.observe({ prefix: P })).contents.get(N)!;
  assert.equal(net.fdb.length, 3, 'appending an existing flood entry again adds nothing');
});

test('refusals carry the argv and line the real layer would report', async () => {
  const k = new FakeKernel();
  await k.apply(overlay());
  const e1 = await refusal(k, { op: 'link-set', ns: N, name: 'nosuch', up: true });
  assert.deepEqual(e1.argv, ['ip', '-batch', '-']);
  assert.equal(e1.netns, N);
  assert.equal(e1.failingLine, 'link set nosuch up');
  assert.match(e1.stderr, /Cannot find device "nosuch"/);
  assert.match(
    (await refusal(k, { op: 'fdb-replace', ns: N, dev: 'br9', mac: '02:00:00:00:00:01', dst: '192.0.2.9' })).failingLine ?? '',
    /^fdb replace/,
  );
  await refusal(k, { op: 'vxlan-add', ns: N, name: 'vx2', vni: 256, port: 4789, local: '192.0.2.10', dev: 'eth0', mtu: 1450 });
  await refusal(k, { op: 'vxlan-add', ns: N, name: 'vx3', vni: 3, port: 4789, local: '192.0.2.10', dev: 'nodev', mtu: 1450 });
  await refusal(k, { op: 'addr-replace', ns: `${P}missing`, dev: 'eth0', cidr: '10.0.0.1/24' });
  await refusal(k, { op: 'route-replace', ns: W, dst: '10.9.0.0/16', gateway: '10.66.0.1' });
  await refusal(k, { op: 'link-set', ns: N, name: 've1', master: 'vx256' });
  await refusal(k, { op: 'link-set', ns: N, name: 'vx256', mtu: 1500 });
  await refusal(k, {
    op: 'veth-add',
    ns: N,
    name: 've9',
    peerNs: `${P}missing`,
    peerName: 'eth0',
    peerMac: '02:00:00:00:00:09',
    mtu: 1450,
  });
});

test("a vxlan MTU above the underlay's minus 50 is clamped at creation, as Linux does silently", async () => {
  const k = new FakeKernel();
  await k.apply([
    { op: 'netns-add', ns: N },
    { op: 'vxlan-add', ns: N, name: 'vx1', vni: 1, port: 4789, local: '192.0.2.10', dev: 'eth0', mtu: 1500 },
  ]);
  assert.equal((await k.observe({ prefix: P })).contents.get(N)!.links.find((l) => l.name === 'vx1')!.mtu, 1450);
});

test('removing what is already gone succeeds, in existing and missing namespaces alike', async () => {
  const k = new FakeKernel();
  await k.apply([{ op: 'netns-add', ns: N }]);
  await k.apply([
    { op: 'link-del', ns: N, name: 'nope' },
    { op: 'addr-del', ns: N, dev: 'lo', cidr: '10.0.0.1/8' },
    { op: 'route-del', ns: N, dst: 'default' },
    { op: 'fdb-del', ns: N, dev: 'vx1', mac: '00:00:00:00:00:00' },
    { op: 'neigh-del', ns: N, dev: 'vx1', ip: '10.0.0.9' },
    { op: 'link-del', ns: `${P}gone`, name: 'eth0' },
    { op: 'netns-del', ns: `${P}gone` },
  ]);
});

test('deleting a namespace takes its links and their veth peers in other namespaces with it', async () => {
  const k = new FakeKernel();
  await k.apply(overlay());
  await k.apply([{ op: 'netns-del', ns: W }]);
  let o = await k.observe({ prefix: P });
  assert.deepEqual(o.namespaces, [N]);
  assert.equal(
    o.contents.get(N)!.links.some((l) => l.name === 've1'),
    false,
    "ve1 (peer of the workload's eth0) is gone",
  );
  // Same by hand (drift): the peer goes too.
  await k.apply([
    { op: 'netns-add', ns: W },
    { op: 'veth-add', ns: N, name: 've1', peerNs: W, peerName: 'eth0', peerMac: '02:42:0a:4d:00:02', mtu: 1450 },
  ]);
  k.mutate((s) => {
    s.namespaces.delete(W);
  });
  o = await k.observe({ prefix: P });
  assert.equal(
    o.contents.get(N)!.links.some((l) => l.name === 've1'),
    false,
  );
  // Deleting a veth end deletes its peer; deleting a bridge frees its ports and drops entries on deleted devices.
  await k.apply([
    { op: 'netns-add', ns: W },
    { op: 'veth-add', ns: N, name: 've1', peerNs: W, peerName: 'eth0', peerMac: '02:42:0a:4d:00:02', mtu: 1450 },
  ]);
  await k.apply([
    { op: 'link-del', ns: N, name: 've1' },
    { op: 'link-del', ns: N, name: 'br0' },
  ]);
  o = await k.observe({ prefix: P });
  assert.deepEqual(
    o.contents.get(W)!.links.map((l) => l.name),
    ['lo'],
  );
  assert.equal(o.contents.get(N)!.links.find((l) => l.name === 'vx256')!.master, undefined);
  await k.apply([{ op: 'link-del', ns: N, name: 'vx256' }]);
  o = await k.observe({ prefix: P });
  assert.deepEqual([o.contents.get(N)!.fdb, o.contents.get(N)!.neigh], [[], []]);
});

test('failAt(n): the n-th op from now fails after the first n-1 are applied, across apply calls', async () => {
  const k = new FakeKernel();
  k.failAt(4);
  await k.apply([
    { op: 'netns-add', ns: `${P}a` },
    { op: 'netns-add', ns: `${P}b` },
  ]);
  const err = await k
    .apply([
      { op: 'netns-add', ns: `${P}c` },
      { op: 'netns-add', ns: `${P}d` },
      { op: 'netns-add', ns: `${P}e` },
    ])
    .catch((e: unknown) => e);
  assert.ok(err instanceof KernelApplyError);
  assert.equal(err.applied, 1);
  assert.match(err.message, /injected failure/);
  assert.deepEqual((await k.observe({ prefix: P })).namespaces, [`${P}a`, `${P}b`, `${P}c`]);
  // One shot: the retry goes through.
  await k.apply([{ op: 'netns-add', ns: `${P}d` }]);
});

test('mutate simulates drift; spawnIn runs the handler and fails in missing namespaces', async () => {
  const k = new FakeKernel();
  await k.apply(overlay());
  k.mutate((s) => {
    s.namespaces.get(N)!.fdb = [];
    s.nft.delete(N);
  });
  const o = await k.observe({ prefix: P });
  assert.deepEqual(o.contents.get(N)!.fdb, []);
  assert.equal(o.nft.has(N), false);
  k.spawnHandler = (ns, argv) => ({ code: 0, stdout: `${ns}:${argv.join(' ')}` });
  const p = k.spawnIn(W, ['echo', 'hi']);
  let out = '';
  p.onStdout((c) => {
    out += new TextDecoder().decode(c);
  });
  assert.equal(await p.exited, 0);
  assert.equal(out, `${W}:echo hi`);
  assert.equal(await k.spawnIn(`${P}missing`, ['true']).exited, 255);
});
