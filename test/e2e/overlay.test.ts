// The foundation end to end: real nats-server, controller and three agents in
// host namespaces, driven through the real CLI; traffic crosses hosts over
// VXLAN and the kernel is checked with ip/bridge JSON.
import { jsonLines } from '../helpers/json-lines.js';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { Cluster } from './cluster.js';
import { macOf } from './chaos-helpers.js';

let c: Cluster;
before(async () => {
  c = await Cluster.start({ hosts: 3 });
});
after(async () => {
  await c?.stop();
});

async function ping(from: string, ip: string): Promise<number> {
  return (await c.cli(['exec', from, '--', 'ping', '-c1', '-W2', ip])).code;
}

test('host ls shows every host ready with its underlay address', async () => {
  const hosts = jsonLines<{ host: { name: string; underlayIp: string }; state: string }>(await c.cliOk(['host', 'ls', '--format', 'json']));
  assert.deepEqual(hosts.map((h) => [h.host.name, h.host.underlayIp, h.state]).sort(), [
    ['h1', c.hostIp(1), 'ready'],
    ['h2', c.hostIp(2), 'ready'],
    ['h3', c.hostIp(3), 'ready'],
  ]);
});

test('workloads on h1 and h3 reach each other across the overlay; another network cannot reach them', async () => {
  await c.cliOk(['network', 'create', '-d', 'overlay', '--subnet', '10.77.0.0/24', 'blue']);
  const [net] = JSON.parse(await c.cliOk(['network', 'inspect', 'blue', '--format', 'json'])) as { network: { vni: number } }[];
  assert.ok(net!.network.vni >= 256 && net!.network.vni <= 1000, `VNI ${net!.network.vni} in 256-1000`);

  await c.cliOk(['run', '--host', 'h1', '--network', 'blue', '--name', 'a', '--ip', '10.77.0.10']);
  await c.cliOk(['run', '--host', 'h3', '--network', 'blue', '--name', 'b']);
  const bIp = await c.ipOf('b');
  assert.equal(await c.ipOf('a'), '10.77.0.10');
  await c.until(async () => (await ping('a', bIp)) === 0, 10_000, 'a cannot ping b across hosts');
  assert.equal(await ping('b', '10.77.0.10'), 0);

  // The vxlan device is wired as DESIGN.md says: no learning, proxy, MTU = underlay - 50.
  const links = c.ipJson<{ ifname: string; mtu: number; linkinfo?: { info_kind: string; info_data?: Record<string, unknown> } }[]>(
    `${c.agentPrefix('h1')}net-blue`,
    ['-d', 'link', 'show'],
  );
  const vx = links.find((l) => l.linkinfo?.info_kind === 'vxlan')!;
  assert.equal(vx.mtu, 1450);
  assert.equal(vx.linkinfo!.info_data!.learning, false);
  assert.equal(vx.linkinfo!.info_data!.proxy, true);

  // Isolation: red spans the same pair of hosts (h1, h3) as blue, so only the overlay's separation (its
  // own namespace, bridge and VNI per network) stands between them, not the lack of a route to another host.
  await c.cliOk(['network', 'create', '-d', 'overlay', 'red']);
  await c.cliOk(['run', '--host', 'h1', '--network', 'red', '--name', 'r1']);
  await c.cliOk(['run', '--host', 'h3', '--network', 'red', '--name', 'r3']);
  const r3Ip = await c.ipOf('r3');
  // Positive control through the same path: red's workloads reach each other from h1 to h3 and back.
  await c.until(async () => (await ping('r1', r3Ip)) === 0, 10_000, 'r1 cannot ping r3 across hosts on red');
  assert.equal(await ping('r3', await c.ipOf('r1')), 0, 'r3 pings r1 on red');
  assert.notEqual(await ping('r1', bIp), 0, 'r1 (red, h1) must not reach b (blue, h3)');
  assert.notEqual(await ping('r3', '10.77.0.10'), 0, 'r3 (red, h3) must not reach a (blue, h1)');
});

test('exec passes the exit code and output through', async () => {
  const r = await c.cli(['exec', 'a', '--', 'sh', '-c', 'echo out; echo err >&2; exit 7']);
  assert.equal(r.code, 7);
  assert.equal(r.stdout, 'out\n');
  assert.equal(r.stderr, 'err\n');
});

test('removing a workload removes its FDB and neighbour entries on the other hosts', async () => {
  const bIp = await c.ipOf('b');
  const ns1 = `${c.agentPrefix('h1')}net-blue`;
  const vxDev = c
    .ipJson<{ ifname: string; linkinfo?: { info_kind: string } }[]>(ns1, ['-d', 'link', 'show'])
    .find((l) => l.linkinfo?.info_kind === 'vxlan')!.ifname;
  assert.ok(c.fdb(ns1, vxDev).some((e) => e.mac === macOf(bIp) && e.dst === c.hostIp(3)));
  await c.cliOk(['rm', 'b']);
  // Only the vxlan device's own entries (with a VTEP); the bridge's learned ones age out by themselves.
  await c.until(() => !c.fdb(ns1, vxDev).some((e) => e.mac === macOf(bIp) && e.dst), 5_000, 'FDB entry of b stayed on h1');
  await c.until(
    () => !c.ipJson<{ dst: string }[]>(ns1, ['neigh', 'show', 'dev', vxDev]).some((n) => n.dst === bIp),
    5_000,
    'neighbour entry of b stayed on h1',
  );
  // h3 had only b on blue: its namespace for blue is gone.
  await c.until(() => !c.namespaces().includes(`${c.agentPrefix('h3')}net-blue`), 5_000, 'h3 kept the namespace of blue');
});

test('an address freed on h3 and reused on h2 is reached at h2 from h1 at once', async () => {
  await c.cliOk(['run', '--host', 'h3', '--network', 'blue', '--name', 'old', '--ip', '10.77.0.50']);
  await c.until(async () => (await ping('a', '10.77.0.50')) === 0, 10_000, 'a cannot reach old on h3');
  await c.cliOk(['rm', 'old']);
  await c.cliOk(['run', '--host', 'h2', '--network', 'blue', '--name', 'new', '--ip', '10.77.0.50', '--', 'sleep', 'infinity']);
  // new's namespace exists (exec works) a moment before its eth0 is up with its address: wait for both.
  await c.until(
    async () => {
      const r = await c.cli(['exec', 'new', '--', 'ip', '-j', 'addr', 'show', 'dev', 'eth0']);
      const [dev] = r.code === 0 ? (JSON.parse(r.stdout) as { operstate: string; addr_info: { local: string }[] }[]) : [];
      return dev?.operstate === 'UP' && dev.addr_info.some((a) => a.local === '10.77.0.50');
    },
    10_000,
    'new has no eth0 up with 10.77.0.50',
  );
  const ns1 = `${c.agentPrefix('h1')}net-blue`;
  const vxDev = c
    .ipJson<{ ifname: string; linkinfo?: { info_kind: string } }[]>(ns1, ['-d', 'link', 'show'])
    .find((l) => l.linkinfo?.info_kind === 'vxlan')!.ifname;
  await c.until(
    () => c.fdb(ns1, vxDev).some((e) => e.mac === macOf('10.77.0.50') && e.dst === c.hostIp(2)),
    5_000,
    'h1 still points 10.77.0.50 at h3',
  );
  // The reply's way back: h2's side of blue knows a on h1 (made in the same pass as new, maybe a moment after its namespace).
  const ns2 = `${c.agentPrefix('h2')}net-blue`;
  await c.until(
    () => c.namespaces().includes(ns2) && c.fdb(ns2, vxDev).some((e) => e.mac === macOf('10.77.0.10') && e.dst === c.hostIp(1)),
    5_000,
    'h2 does not point 10.77.0.10 (a) at h1',
  );
  // ...and answers new's ARP for a by proxy (the neighbour entry, made in the same pass as the FDB entry).
  await c.until(
    () => c.ipJson<{ dst: string }[]>(ns2, ['neigh', 'show', 'dev', vxDev]).some((n) => n.dst === '10.77.0.10'),
    5_000,
    'h2 has no neighbour entry for 10.77.0.10 (a)',
  );
  const first = await ping('a', '10.77.0.50');
  if (first !== 0) {
    const state = (ns: string) => JSON.stringify({ fdb: c.fdb(ns, vxDev), neigh: c.ipJson(ns, ['neigh', 'show']) });
    const inside = async (w: string) => (await c.cli(['exec', w, '--', 'ip', 'neigh'])).stdout.trim();
    assert.fail(
      `the first ping after reuse did not reach h2\nh1: ${state(ns1)}\nh2: ${state(ns2)}\na: ${await inside('a')}\nnew: ${await inside('new')}`,
    );
  }
  const seen = (await c.cli(['exec', 'new', '--', 'ip', '-j', 'neigh'])).stdout;
  assert.match(seen, /10\.77\.0\.10/, 'the ping arrived at h2');
});

test('a workload removed and run again at once under the same name on the same host works', async () => {
  for (let i = 0; i < 3; i++) {
    await c.cliOk(['run', '--host', 'h1', '--network', 'blue', '--name', 'again', '--ip', '10.77.0.60']);
    await c.until(async () => (await ping('new', '10.77.0.60')) === 0, 10_000, `round ${i}: again not reachable`);
    await c.cliOk(['rm', 'again']);
  }
});

test('network rm leaves nothing behind on any host and its VNI is handed out again', async () => {
  const [blue] = JSON.parse(await c.cliOk(['network', 'inspect', 'blue', '--format', 'json'])) as { network: { vni: number } }[];
  const refused = await c.cli(['network', 'rm', 'blue']);
  assert.equal(refused.code, 1, 'a network with endpoints is not removed');
  assert.match(refused.stderr, /endpoint|in use|active/i);
  await c.cliOk(['rm', 'a', 'new']);
  await c.cliOk(['network', 'rm', 'blue']);
  await c.until(
    () => !c.namespaces().some((n) => n.endsWith('-net-blue') || n.endsWith('-wl-a') || n.endsWith('-wl-new')),
    5_000,
    'namespaces of blue remain',
  );
  for (const h of c.hosts) {
    const leftovers = c
      .ipJson<{ ifname: string }[]>(c.hostNs(h), ['link', 'show'])
      .map((l) => l.ifname)
      // vxlan devices (vxnet<VNI>) of blue; the default and gateway bridges serve other workloads.
      .filter((n) => /^vxnet\d+$/.test(n) && n !== 'vxnet0');
    assert.deepEqual(leftovers, [], `links left on ${h}`);
  }
  await c.cliOk(['network', 'create', '-d', 'overlay', 'green']);
  const [green] = JSON.parse(await c.cliOk(['network', 'inspect', 'green', '--format', 'json'])) as { network: { vni: number } }[];
  assert.equal(green!.network.vni, blue!.network.vni, 'the lowest free VNI is reused');
});

test('errors are one line with a non-zero exit code', async () => {
  const cases: [string[], RegExp][] = [
    [['network', 'create', '--subnet', '10.300.0.0/24', 'bad'], /subnet|CIDR|invalid/i],
    [['network', 'create', 'green'], /exists|already/i],
    [['run', '--host', 'h9', '--network', 'green', '--name', 'x'], /unknown host|h9/i],
    [['run', '--host', 'h1', '--network', 'nope', '--name', 'x'], /nope/],
    [['rm', 'ghost'], /ghost/],
  ];
  for (const [args, re] of cases) {
    const r = await c.cli(args);
    assert.notEqual(r.code, 0, args.join(' '));
    assert.match(r.stderr, re, args.join(' '));
    assert.equal(r.stderr.trim().split('\n').length, 1, `one line for ${args.join(' ')}: ${r.stderr}`);
  }
});

// Last: the shadow check (--verify-prediction) found no prediction that differed from the kernel.
test("the agents' predictions of the kernel held all along", () => c.assertPredictionsHeld());
