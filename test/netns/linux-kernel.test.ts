// LinuxKernel against real namespaces: two "hosts" (namespaces joined by a
// veth underlay, 198.18.0.1 and 198.18.0.2), each with an agent-style overlay
// endpoint built only through LinuxKernel.apply (hostNs = the host
// namespace). Checks observe() against what was applied, traffic across the
// VXLAN, what the kernel refuses to repeat, idempotent removals, error
// reporting and a clean teardown. Traffic stays inside the lab's namespaces.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { KernelCommandError } from '../../lib/errors.js';
import { HOST_NS, type Op } from '../../agent/model/kernel-objects.js';
import { KernelApplyError } from '../../agent/kernel/kernel.js';
import { LinuxKernel } from '../../agent/kernel/linux.js';
import { TestNetns } from '../helpers/netns.js';

const UNDERLAY = ['198.18.0.1', '198.18.0.2'] as const;
const WORKLOAD = ['10.77.0.2', '10.77.0.3'] as const;
const macOf = (ip: string) =>
  `02:42:${ip
    .split('.')
    .map((b) => Number(b).toString(16).padStart(2, '0'))
    .join(':')}`;
const NFT = [
  'table inet vxnet {',
  '\tcomment "vxnet:0123456789abcdef"',
  '\tmap pub_any {',
  '\t\ttype inet_proto . inet_service : ipv4_addr . inet_service',
  '\t\telements = { tcp . 8080 : 10.77.0.2 . 80 }',
  '\t}',
  '\tchain forward {',
  '\t\ttype filter hook forward priority filter; policy accept;',
  '\t\tct state established,related accept',
  '\t}',
  '}',
  '',
].join('\n');

// Created at module top level so its cleanup is registered on the root test (after every test).
const lab = await TestNetns.create('k');
const hosts: { hostNs: string; prefix: string; net: string; wl: string; kernel: LinuxKernel }[] = [];

before(async () => {
  for (const i of [0, 1]) {
    const hostNs = await lab.addNs(`h${i}`);
    const prefix = lab.name(`${i}`);
    hosts.push({ hostNs, prefix, net: `${prefix}n`, wl: `${prefix}w`, kernel: new LinuxKernel({ hostNs }) });
  }
  await lab.wire(
    { ns: hosts[0]!.hostNs, name: 'u0', cidr: `${UNDERLAY[0]}/24` },
    { ns: hosts[1]!.hostNs, name: 'u0', cidr: `${UNDERLAY[1]}/24` },
  );
});

/** What host i's agent would plan for one workload on a network shared with the other host. */
function overlayOps(i: 0 | 1): Op[] {
  const { net, wl } = hosts[i]!;
  const j = 1 - i;
  const remote = WORKLOAD[j]!;
  return [
    { op: 'netns-add', ns: net },
    { op: 'netns-add', ns: wl },
    { op: 'vxlan-add', ns: net, name: 'vx256', vni: 256, port: 4789, local: UNDERLAY[i]!, dev: 'u0', mtu: 1450 },
    { op: 'bridge-add', ns: net, name: 'br0', mtu: 1450 },
    { op: 'veth-add', ns: net, name: 've0', peerNs: wl, peerName: 'eth0', peerMac: macOf(WORKLOAD[i]!), mtu: 1450 },
    { op: 'sysctl', ns: net, key: 'net.ipv4.ip_forward', value: '1' },
    { op: 'sysctl', ns: HOST_NS, key: 'net.ipv4.conf.all.forwarding', value: '0' },
    { op: 'link-set', ns: net, name: 'lo', up: true },
    { op: 'link-set', ns: net, name: 'br0', up: true },
    { op: 'link-set', ns: net, name: 'vx256', master: 'br0', up: true },
    { op: 'link-set', ns: net, name: 've0', master: 'br0', up: true },
    { op: 'link-set', ns: wl, name: 'lo', up: true },
    { op: 'link-set', ns: wl, name: 'eth0', up: true },
    { op: 'addr-replace', ns: net, dev: 'br0', cidr: '10.77.0.1/24' },
    { op: 'addr-replace', ns: wl, dev: 'eth0', cidr: `${WORKLOAD[i]}/24` },
    { op: 'fdb-replace', ns: net, dev: 'vx256', mac: macOf(remote), dst: UNDERLAY[j]! },
    { op: 'fdb-append', ns: net, dev: 'vx256', mac: '00:00:00:00:00:00', dst: UNDERLAY[j]! },
    { op: 'neigh-replace', ns: net, dev: 'vx256', ip: remote, mac: macOf(remote) },
    { op: 'route-replace', ns: wl, dst: 'default', gateway: '10.77.0.1', dev: 'eth0' },
    { op: 'nft-table', ns: net, script: NFT },
  ];
}

async function run(kernel: LinuxKernel, ns: string, argv: string[]): Promise<{ code: number; out: string }> {
  const p = kernel.spawnIn(ns, argv, { timeoutMs: 5_000 });
  let out = '';
  p.onStdout((c) => {
    out += Buffer.from(c).toString();
  });
  p.onStderr((c) => {
    out += Buffer.from(c).toString();
  });
  return { code: await p.exited, out };
}

/** ping if the machine has it, else a TCP round trip with this Node binary. */
async function reach(from: 0 | 1, to: string): Promise<boolean> {
  const h = hosts[from]!;
  const havePing = (existsSync('/usr/bin/ping') || existsSync('/bin/ping')) && !process.env.VXNET_TEST_NO_PING;
  if (havePing) return (await run(h.kernel, h.wl, ['ping', '-c1', '-W1', to])).code === 0;
  const other = hosts[1 - from]!;
  const server = other.kernel.spawnIn(other.wl, [
    process.execPath,
    '-e',
    `const s=require('net').createServer(c=>c.end('pong')).listen(7007,()=>console.log('up'));setTimeout(()=>s.close(),4000)`,
  ]);
  await new Promise<void>((res) => server.onStdout(() => res()));
  const client = await run(h.kernel, h.wl, [
    process.execPath,
    '-e',
    `require('net').connect(7007,'${to}').on('data',d=>{process.stdout.write(d);process.exit(0)}).on('error',()=>process.exit(1))`,
  ]);
  server.kill();
  return client.code === 0 && client.out.includes('pong');
}

test('both hosts build the overlay through apply, one process per (stage, tool, namespace)', async () => {
  for (const i of [0, 1] as const) {
    const r = await hosts[i]!.kernel.apply(overlayOps(i));
    // netns add | every link creation (host) | sysctl net, host | configuration: ip net, ip wl, bridge net | nft
    assert.equal(r.processes, 1 + 1 + 2 + 3 + 1);
  }
});

test('observe() shows exactly what was applied', async () => {
  for (const i of [0, 1] as const) {
    const h = hosts[i]!;
    const o = await h.kernel.observe({ prefix: h.prefix });
    assert.deepEqual(o.namespaces, [h.net, h.wl]);
    const net = o.contents.get(h.net)!;
    const link = (name: string) => net.links.find((l) => l.name === name)!;
    assert.deepEqual(net.links.map((l) => l.name).sort(), ['br0', 'lo', 've0', 'vx256']);
    assert.deepEqual(
      [link('vx256').kind, link('vx256').mtu, link('vx256').master, link('vx256').up, link('vx256').vxlan],
      ['vxlan', 1450, 'br0', true, { vni: 256, port: 4789, local: UNDERLAY[i], learning: false, proxy: true }],
    );
    assert.deepEqual([link('ve0').kind, link('ve0').master, link('ve0').mtu], ['veth', 'br0', 1450]);
    assert.deepEqual([link('br0').kind, link('br0').up, link('br0').addresses], ['bridge', true, ['10.77.0.1/24']]);
    const remote = WORKLOAD[1 - i]!;
    assert.deepEqual(
      net.fdb.sort((a, b) => a.mac.localeCompare(b.mac)),
      [
        { dev: 'vx256', mac: '00:00:00:00:00:00', dst: UNDERLAY[1 - i], permanent: true },
        { dev: 'vx256', mac: macOf(remote), dst: UNDERLAY[1 - i], permanent: true },
      ],
    );
    assert.deepEqual(net.neigh, [{ dev: 'vx256', ip: remote, mac: macOf(remote), permanent: true }]);
    // nft's own listing, parsed into structure where it is observed.
    assert.deepEqual(o.nft.get(h.net), {
      hash: '0123456789abcdef',
      rules: 1,
      maps: ['pub_any'],
      elements: [{ map: 'pub_any', key: 'tcp . 8080', value: '10.77.0.2 . 80' }],
    });
    const wl = o.contents.get(h.wl)!;
    const eth0 = wl.links.find((l) => l.name === 'eth0')!;
    assert.deepEqual(
      [eth0.kind, eth0.mac, eth0.mtu, eth0.up, eth0.addresses],
      ['veth', macOf(WORKLOAD[i]!), 1450, true, [`${WORKLOAD[i]}/24`]],
    );
    assert.deepEqual(wl.routes, [{ dst: 'default', gateway: '10.77.0.1', dev: 'eth0' }]);
    assert.equal(o.nft.has(h.wl), false);
    // HOST_NS is the host namespace: the underlay is there, the vxlan was moved out.
    const host = o.contents.get(HOST_NS)!;
    assert.deepEqual(host.links.map((l) => [l.name, l.addresses]).sort(), [
      ['lo', ['127.0.0.1/8']],
      ['u0', [`${UNDERLAY[i]}/24`]],
    ]);
    assert.equal((await lab.run(h.net, ['sysctl', '-n', 'net.ipv4.ip_forward'])).trim(), '1');
    // The agent namespace's sysctls are observed (conf.all.forwarding is ip_forward's other name).
    assert.equal(host.sysctls?.['net.ipv4.ip_forward'], '0');
  }
});

test('workloads reach each other across the VXLAN', async () => {
  assert.equal(await reach(0, WORKLOAD[1]), true);
  assert.equal(await reach(1, WORKLOAD[0]), true);
});

test('applying the same ops again: only netns/vxlan/bridge/veth adds are refused, and nothing leaks', async () => {
  const h = hosts[0]!;
  const refused: string[] = [];
  for (const op of overlayOps(0)) {
    try {
      await h.kernel.apply([op]);
    } catch (err) {
      assert.ok(err instanceof KernelApplyError);
      refused.push(op.op);
    }
  }
  assert.deepEqual(refused, ['netns-add', 'netns-add', 'vxlan-add', 'bridge-add', 'veth-add']);
  // The refused vxlan add (same VNI and port bound in the host) left nothing behind in the host namespace.
  const host = (await h.kernel.observe({ prefix: h.prefix })).contents.get(HOST_NS)!;
  assert.deepEqual(host.links.map((l) => l.name).sort(), ['lo', 'u0']);
  assert.equal(await reach(0, WORKLOAD[1]), true);
});

test('removals of things already gone succeed, in live and in missing namespaces', async () => {
  const h = hosts[0]!;
  const r = await h.kernel.apply([
    { op: 'fdb-del', ns: h.net, dev: 'vx256', mac: '02:42:0a:4d:00:63', dst: UNDERLAY[1] },
    { op: 'fdb-del', ns: h.net, dev: 'nodev', mac: '02:42:0a:4d:00:63' },
    { op: 'neigh-del', ns: h.net, dev: 'vx256', ip: '10.77.0.99' },
    { op: 'neigh-del', ns: h.net, dev: 'nodev', ip: '10.77.0.99' },
    { op: 'route-del', ns: h.wl, dst: '10.99.0.0/24' },
    { op: 'addr-del', ns: h.net, dev: 'br0', cidr: '10.77.9.9/24' },
    { op: 'addr-del', ns: h.net, dev: 'nodev', cidr: '10.77.9.9/24' },
    { op: 'link-del', ns: h.net, name: 'nodev' },
    { op: 'link-del', ns: `${h.prefix}gone`, name: 'eth0' },
    { op: 'netns-del', ns: `${h.prefix}gone` },
  ]);
  // removals: bridge net, ip net, ip wl, ip gone; then netns del, through the standing ip session (started by the first test)
  assert.equal(r.processes, 4);
});

test('real removals happen and the same ops re-add them', async () => {
  const h = hosts[0]!;
  const remote = WORKLOAD[1];
  await h.kernel.apply([
    { op: 'neigh-del', ns: h.net, dev: 'vx256', ip: remote },
    { op: 'fdb-del', ns: h.net, dev: 'vx256', mac: macOf(remote) },
    { op: 'fdb-del', ns: h.net, dev: 'vx256', mac: '00:00:00:00:00:00', dst: UNDERLAY[1] },
    { op: 'route-del', ns: h.wl, dst: 'default' },
    { op: 'nft-table', ns: h.net, script: '' },
  ]);
  let o = await h.kernel.observe({ prefix: h.prefix });
  assert.deepEqual(
    [o.contents.get(h.net)!.fdb, o.contents.get(h.net)!.neigh, o.contents.get(h.wl)!.routes, o.nft.has(h.net)],
    [[], [], [], false],
  );
  await h.kernel.apply([{ op: 'nft-table', ns: h.net, script: '' }]); // deleting an absent table is fine too
  await h.kernel.apply(
    overlayOps(0).filter((op) => ['fdb-replace', 'fdb-append', 'neigh-replace', 'route-replace', 'nft-table'].includes(op.op)),
  );
  o = await h.kernel.observe({ prefix: h.prefix });
  assert.equal(o.contents.get(h.net)!.fdb.length, 2);
  assert.equal(await reach(0, WORKLOAD[1]), true);
});

test('a bad op makes apply throw KernelApplyError with the argv, namespace and failing line; the add stage stops there', async () => {
  const h = hosts[0]!;
  const err = await h.kernel
    .apply([
      { op: 'link-set', ns: h.net, name: 'br0', up: true },
      { op: 'link-set', ns: h.net, name: 'nosuch0', up: true },
      { op: 'addr-replace', ns: h.net, dev: 'br0', cidr: '10.77.5.1/24' }, // later stage: must not run
    ])
    .catch((e: unknown) => e);
  assert.ok(err instanceof KernelApplyError);
  assert.equal(err.failures.length, 1);
  const f = err.failures[0]!;
  assert.ok(f instanceof KernelCommandError);
  assert.deepEqual(f.argv, ['ip', '-n', h.net, '-batch', '-']);
  assert.equal(f.netns, h.net);
  assert.equal(f.failingLine, 'link set nosuch0 up');
  assert.match(f.stderr, /Cannot find device "nosuch0"/);
  assert.equal(err.applied, 1);
  const br0 = (await h.kernel.observe({ prefix: h.prefix })).contents.get(h.net)!.links.find((l) => l.name === 'br0')!;
  assert.deepEqual(br0.addresses, ['10.77.0.1/24']);

  const nft = await h.kernel.apply([{ op: 'nft-table', ns: h.net, script: 'table inet vxnet {\n\tbogus\n}\n' }]).catch((e: unknown) => e);
  assert.ok(nft instanceof KernelApplyError);
  const nf = nft.failures[0] as KernelCommandError;
  assert.deepEqual(nf.argv, ['ip', 'netns', 'exec', h.net, 'nft', '-f', '-']);
  assert.equal(nf.failingLine, '\tbogus');
  assert.equal(
    (await h.kernel.observe({ prefix: h.prefix })).nft.get(h.net)?.hash,
    '0123456789abcdef',
    'nft -f is atomic: the old table stays',
  );
});

test('a removal stage keeps going and reports every real failure', async () => {
  const h = hosts[0]!;
  const err = await h.kernel
    .apply([
      { op: 'link-del', ns: h.net, name: 'lo' },
      { op: 'link-del', ns: h.wl, name: 'lo' },
      { op: 'link-del', ns: h.net, name: 'nodev' },
    ])
    .catch((e: unknown) => e);
  assert.ok(err instanceof KernelApplyError);
  assert.deepEqual(
    err.failures.map((f) => (f as KernelCommandError).failingLine),
    ['link del lo', 'link del lo'],
  );
  assert.deepEqual(err.failures.map((f) => (f as KernelCommandError).netns).sort(), [h.net, h.wl].sort());
});

test('spawnIn streams output, reports exit codes and kills on timeout', async () => {
  const h = hosts[1]!;
  assert.deepEqual(await run(h.kernel, h.wl, ['sh', '-c', 'echo out; echo err >&2; exit 3']), { code: 3, out: 'out\nerr\n' });
  const t0 = Date.now();
  const slow = h.kernel.spawnIn(h.wl, ['sleep', '10'], { timeoutMs: 200 });
  assert.equal(await slow.exited, 128 + 15);
  assert.ok(Date.now() - t0 < 5_000);
  assert.notEqual(await h.kernel.spawnIn(h.wl, ['/nonexistent/binary']).exited, 0, 'a failed exec is an exit code, not a rejection');
  assert.equal(await h.kernel.spawnIn(`${h.prefix}missing`, ['true']).exited, 255);
});

test('bridge port isolation (the gateway bridge ports): set, observed, and cleared', async () => {
  const h = hosts[0]!;
  const ve0 = async () => (await h.kernel.observe({ prefix: h.prefix })).contents.get(h.net)!.links.find((l) => l.name === 've0')!;
  assert.equal((await ve0()).isolated, undefined, 'not isolated: the field is absent');
  await h.kernel.apply([{ op: 'link-set', ns: h.net, name: 've0', isolated: true }]);
  assert.deepEqual([(await ve0()).master, (await ve0()).isolated], ['br0', true]);
  await h.kernel.apply([{ op: 'link-set', ns: h.net, name: 've0', isolated: false }]);
  assert.equal((await ve0()).isolated, undefined);
  assert.equal(await reach(0, WORKLOAD[1]), true, 'the overlay still works');
});

test("an interface handed over to a runtime: made on the bridge and sent to the agent's namespace in one process", async () => {
  const h = hosts[0]!;
  const { processes } = await h.kernel.apply([
    { op: 'veth-add', ns: h.net, name: 'vxv0', peerNs: HOST_NS, peerName: 'vxh0', peerMac: '02:42:0a:4d:00:09', mtu: 1450 },
    { op: 'link-set', ns: h.net, name: 'vxv0', master: 'br0', up: true },
  ]);
  assert.equal(processes, 1);
  const seen = await h.kernel.observe({ prefix: h.prefix });
  const bridgeEnd = seen.contents.get(h.net)!.links.find((l) => l.name === 'vxv0');
  const runtimeEnd = seen.contents.get(HOST_NS)!.links.find((l) => l.name === 'vxh0');
  assert.deepEqual([bridgeEnd?.master, bridgeEnd?.up], ['br0', true]);
  assert.equal(runtimeEnd?.mac, '02:42:0a:4d:00:09', "the runtime's end waits in the agent's (host) namespace with its MAC");
  await h.kernel.apply([{ op: 'link-del', ns: h.net, name: 'vxv0' }]);
});

test('a runtime namespace bound beside other stages of one apply is observed alone (observe only), with what its runtime put there', async () => {
  const h = hosts[0]!;
  const runtime = await lab.addNs('rt');
  await lab.run(runtime, ['ip', 'link', 'add', 'dummy9', 'type', 'veth', 'peer', 'name', 'dummy9p']);
  const ct = `${h.prefix}ct-x`;
  // The binding (a mount, run beside the later stages) and work in two other namespaces, in one apply.
  await h.kernel.apply([
    { op: 'netns-attach', ns: ct, path: `/run/netns/${runtime}` },
    { op: 'bridge-add', ns: HOST_NS, name: 'brx', mtu: 1500 },
    { op: 'link-set', ns: h.net, name: 've0', mtu: 1400 },
  ]);
  const seen = await h.kernel.observe({ prefix: h.prefix, only: [ct, `${h.prefix}ct-none`] });
  assert.deepEqual(seen.namespaces, [ct], 'only the bound namespace; one that does not exist is absent');
  assert.deepEqual([...seen.contents.keys()], [ct], 'not the host namespace nor the others');
  assert.ok(
    seen.contents.get(ct)!.links.some((l) => l.name === 'dummy9'),
    "the runtime's link is seen through our name",
  );
  // The same runtime namespace bound under a second name (Docker's network connect): one identity.
  const twin = `${h.prefix}ct-y`;
  await h.kernel.apply([{ op: 'netns-attach', ns: twin, path: `/run/netns/${runtime}` }]);
  const all = await h.kernel.observe({ prefix: h.prefix });
  assert.ok(all.ids?.get(ct) && all.ids.get(ct) === all.ids.get(twin), 'two names, one namespace');
  assert.notEqual(all.ids?.get(h.net), all.ids?.get(ct), 'another namespace, another identity');
  assert.equal((await h.kernel.observe({ prefix: h.prefix, only: [twin] })).ids?.get(twin), all.ids?.get(ct), 'observe only too');
  assert.ok(all.contents.get(HOST_NS)!.links.some((l) => l.name === 'brx'));
  assert.equal(all.contents.get(h.net)!.links.find((l) => l.name === 've0')!.mtu, 1400);
  await h.kernel.apply([
    { op: 'netns-del', ns: ct },
    { op: 'netns-del', ns: twin },
    { op: 'link-del', ns: HOST_NS, name: 'brx' },
    { op: 'link-set', ns: h.net, name: 've0', mtu: 1500 },
  ]);
  assert.ok(!(await h.kernel.observe({ prefix: h.prefix })).namespaces.includes(ct), 'unbound');
  assert.ok(
    (await h.kernel.observe({ prefix: h.prefix, only: [runtime] })).contents.get(runtime)!.links.some((l) => l.name === 'dummy9'),
    'the runtime keeps its namespace',
  );
});

test('teardown through apply leaves nothing of the agent behind', async () => {
  for (const h of hosts) {
    await h.kernel.apply([
      { op: 'netns-del', ns: h.wl },
      { op: 'netns-del', ns: h.net },
    ]);
    const o = await h.kernel.observe({ prefix: h.prefix });
    assert.deepEqual(o.namespaces, []);
    assert.deepEqual(
      o.contents
        .get(HOST_NS)!
        .links.map((l) => l.name)
        .sort(),
      ['lo', 'u0'],
    );
  }
  await lab.cleanup();
  assert.deepEqual(await lab.namespaces(), []);
});
