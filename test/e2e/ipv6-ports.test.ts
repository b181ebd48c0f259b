// IPv6 published ports, NAT66 and IPv6 egress through the gateway path, end
// to end (issue 15) on a 2-host cluster whose underlay also has IPv6 (a ULA
// /64 given here to the underlay namespace, "the world" at ::fe, and to each
// host's eth0 at ::N; traffic stays in the cluster's namespaces). h1's agent
// has NAT66 (--ipv6-nat) and an IPv6 gateway bridge (--gateway-bip6); h2's has
// neither. A dual-stack user bridge on h1 with a static --ip6 publishes on
// both families (-p 8080:80), on [::1] (served by the agent's proxy), on [::]
// and on 0.0.0.0 (one family each), so does h1's default bridge with
// --fixed-cidr-v6; an IPv6 host address on a network without
// IPv6 is refused in one line with nothing changed. An overlay workload on h1
// reaches an IPv6 server in the world through its gateway path, masqueraded.
// Every negative check has its positive control through the same path.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { Cluster } from './cluster.js';
import { probeFromNs, probeFromWorkload, serverArgv, waitServing, workloadRunner } from './local-helpers.js';

let c: Cluster;
let world: ChildProcess | undefined;
/** The underlay's IPv6 /64 (one per cluster, from its IPv4 third octet), as a prefix ending in "::". */
let ul6 = '';
const hostIp6 = (i: number) => `${ul6}${i}`;
const worldIp6 = () => `${ul6}fe`;

before(async () => {
  c = await Cluster.start({
    hosts: 2,
    agentArgsFor: { h1: ['--ipv6-nat', '--gateway-bip6', 'fd00:18::1/64', '--fixed-cidr-v6', 'fd00:19::/64'] },
  });
  ul6 = `fd00:c6:${Number(c.net.split('.')[2]).toString(16)}::`;
  const sh = (args: string[]) => execFileSync('ip', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  sh(['-n', c.ulNs, 'addr', 'add', `${worldIp6()}/64`, 'dev', 'ul0', 'nodad']);
  for (const [i, h] of c.hosts.entries()) sh(['-n', c.hostNs(h), 'addr', 'add', `${hostIp6(i + 1)}/64`, 'dev', 'eth0', 'nodad']);
  // "The world": a TCP server on every address of the underlay namespace, telling whom it saw.
  world = spawn('ip', ['netns', 'exec', c.ulNs, ...serverArgv('world', 'tcp:8099')], { stdio: 'ignore' });
  await waitServing(c.hostNs('h1'), 'tcp', worldIp6(), 8099, c);
});
after(async () => {
  world?.kill('SIGKILL');
  await c?.stop();
});

const { run, wlNs } = workloadRunner(() => c);

/** The first reply a workload gets from a TCP server, polled with a generous bound (a fresh namespace resolves its neighbours first). */
async function firstReply(from: string, host: string, port: number): Promise<string> {
  let last = '';
  await c.until(
    async () => {
      const r = await probeFromWorkload(c, from, 'tcp', host, port);
      last = r.out;
      return r.code === 0;
    },
    15_000,
    () => `${from} gets no answer from ${host}:${port}: ${last}`,
  );
  return last;
}

/** A workload's IPv6 address on a network (or its gateway path's), from `vxnet inspect`. */
async function ip6Of(name: string, network: string): Promise<string> {
  const [view] = JSON.parse(await c.cliOk(['inspect', name, '--format', 'json'])) as {
    workload: { attachments: { network: string; ip6?: string }[]; gatewayPath?: { ip6?: string } };
  }[];
  const w = view!.workload;
  return (network === 'gwbridge' ? w.gatewayPath?.ip6 : w.attachments.find((a) => a.network === network)?.ip6) ?? '';
}
const h1 = () => c.hostNs('h1');
const h2 = () => c.hostNs('h2');

test('a dual-stack user bridge publishes over IPv6: -p 8080:80 on both families, [::1] from the host, [::] and 0.0.0.0 on one family each', async () => {
  await c.cliOk([
    'network',
    'create',
    '-d',
    'bridge',
    '--host',
    'h1',
    '--ipv6',
    '--subnet',
    '10.84.0.0/24',
    '--subnet',
    'fd00:84::/64',
    'pb',
  ]);
  const publish = ['-p', '8080:80', '-p', '[::1]:8081:80', '-p', '[::]:8082:80', '-p', '0.0.0.0:8083:80'];
  await run('h1', 'web6', ['--network', 'pb', '--ip6', 'fd00:84::10', ...publish], serverArgv('web6', 'tcp:80'));
  const ports = await c.cliOk(['port', 'web6']);
  assert.match(ports, /\[::1\]:8081/, ports);

  // From h2 through h1's IPv6 underlay address: DNAT keeps the client's address.
  const v6 = await waitServing(h2(), 'tcp', hostIp6(1), 8080, c);
  assert.equal(v6.out, `web6:80 ${hostIp6(2)}`);
  assert.equal((await probeFromNs(h2(), 'tcp', c.hostIp(1), 8080)).out, `web6:80 ${c.hostIp(2)}`, 'and over IPv4: both families');
  // [::] is IPv6 only, 0.0.0.0 IPv4 only: each reached on its family, refused on the other.
  assert.match((await probeFromNs(h2(), 'tcp', hostIp6(1), 8082)).out, /^web6:80 /);
  assert.notEqual((await probeFromNs(h2(), 'tcp', c.hostIp(1), 8082)).code, 0, '[::] is not published on IPv4');
  assert.match((await probeFromNs(h2(), 'tcp', c.hostIp(1), 8083)).out, /^web6:80 /);
  assert.notEqual((await probeFromNs(h2(), 'tcp', hostIp6(1), 8083)).code, 0, '0.0.0.0 is not published on IPv6');
  // [::1] from h1 itself (the agent's proxy: the kernel cannot DNAT IPv6 loopback), never from h2.
  assert.match((await waitServing(h1(), 'tcp', '::1', 8081, c)).out, /^web6:80 /, '[::1]:8081 from h1');
  assert.match((await waitServing(h1(), 'tcp', '::1', 8080, c)).out, /^web6:80 /, '-p 8080:80 on [::1] too');
  assert.match((await probeFromNs(h1(), 'tcp', hostIp6(1), 8080)).out, /^web6:80 /, 'from h1 through its own IPv6 address');
  assert.notEqual((await probeFromNs(h2(), 'tcp', hostIp6(1), 8081)).code, 0, 'a [::1] port through the underlay address');
  // Hairpin over IPv6: a workload of the same bridge through h1's IPv6 address.
  await run('h1', 'nb6', ['--network', 'pb']);
  assert.match(await firstReply('nb6', hostIp6(1), 8080), /^web6:80 /, 'hairpin over IPv6');
  // The port check sees the [::1] proxy as the agent's own: a new run may reuse a freed port at once.
  await c.cliOk(['rm', '-f', 'web6']);
  await run('h1', 'web6b', ['--network', 'pb', '-p', '[::1]:8081:80'], serverArgv('web6b', 'tcp:80'));
  assert.match((await waitServing(h1(), 'tcp', '::1', 8081, c)).out, /^web6b:80 /);
});

test("the default bridge with the agent's fixed-cidr-v6 publishes -p 8086:80 on both families; h2's (IPv4 only) refuses [::]", async () => {
  await run('h1', 'dweb', ['-p', '8086:80'], serverArgv('dweb', 'tcp:80'));
  assert.match(await ip6Of('dweb', 'bridge'), /^fd00:19::/);
  assert.equal((await waitServing(h2(), 'tcp', hostIp6(1), 8086, c)).out, `dweb:80 ${hostIp6(2)}`, 'over IPv6 from h2');
  assert.equal((await probeFromNs(h2(), 'tcp', c.hostIp(1), 8086)).out, `dweb:80 ${c.hostIp(2)}`, 'and over IPv4');
  assert.match((await waitServing(h1(), 'tcp', '::1', 8086, c)).out, /^dweb:80 /, '[::1] on h1');
  const r = await c.cli(['run', '--host', 'h2', '--name', 'dweb2', '-p', '[::]:8086:80', '--', 'sleep', 'infinity']);
  assert.equal(
    r.stderr,
    "vxnet: -p [::]: network bridge has no IPv6: publish on an IPv4 address (or none), or give host h2's agent fixed-cidr-v6\n",
  );
  await run('h2', 'dweb2', ['-p', '8086:80'], serverArgv('dweb2', 'tcp:80')); // control: IPv4 on h2's default bridge
  assert.match((await waitServing(h1(), 'tcp', c.hostIp(2), 8086, c)).out, /^dweb2:80 /);
  assert.notEqual((await probeFromNs(h1(), 'tcp', hostIp6(2), 8086)).code, 0, 'h2 publishes no IPv6 for an IPv4-only workload');
});

test('an IPv6 host address on a network without IPv6 is refused in one line, nothing changed', async () => {
  await c.cliOk(['network', 'create', '-d', 'bridge', '--host', 'h1', '--subnet', '10.85.0.0/24', 'pb4']);
  const r = await c.cli(['run', '--host', 'h1', '--network', 'pb4', '--name', 'no6', '-p', '[::1]:8090:80', '--', 'sleep', 'infinity']);
  assert.notEqual(r.code, 0);
  assert.equal(
    r.stderr,
    'vxnet: -p [::1]: network pb4 has no IPv6: publish on an IPv4 address (or none), or put a network created with --ipv6 first\n',
  );
  assert.notEqual((await c.cli(['inspect', 'no6'])).code, 0, 'no workload was made');
  // Positive control: the same run with an IPv4 host address works, and its port is free (no claim was left).
  await run('h1', 'no6', ['--network', 'pb4', '-p', '127.0.0.1:8090:80'], serverArgv('no6', 'tcp:80'));
  assert.match((await waitServing(h1(), 'tcp', '127.0.0.1', 8090, c)).out, /^no6:80 /);
});

test('NAT66 only where the agent asks: a bridge workload on h1 reaches the world over IPv6 masqueraded, one on h2 is not NATed', async () => {
  await run('h1', 'out6', ['--network', 'pb']);
  const seen = await firstReply('out6', worldIp6(), 8099);
  assert.equal(seen, `world:8099 ${hostIp6(1)}`, 'NAT66: the world sees h1');
  await c.cliOk([
    'network',
    'create',
    '-d',
    'bridge',
    '--host',
    'h2',
    '--ipv6',
    '--subnet',
    '10.86.0.0/24',
    '--subnet',
    'fd00:86::/64',
    'pb2',
  ]);
  await run('h2', 'out6b', ['--network', 'pb2']);
  // Positive controls through the same workload: IPv4 out (masqueraded), and its host over IPv6 (routed).
  assert.equal(await firstReply('out6b', c.outsideIp, 8099), `world:8099 ${c.hostIp(2)}`);
  const hostSrv = spawn('ip', ['netns', 'exec', h2(), ...serverArgv('h2', 'tcp:8098')], { stdio: 'ignore' });
  try {
    await waitServing(h2(), 'tcp', hostIp6(2), 8098, c);
    const own = await ip6Of('out6b', 'pb2');
    assert.equal(await firstReply('out6b', hostIp6(2), 8098), `h2:8098 ${own}`, 'routed, not NATed');
  } finally {
    hostSrv.kill('SIGKILL');
  }
  assert.notEqual(
    (await probeFromWorkload(c, 'out6b', 'tcp', worldIp6(), 8099)).code,
    0,
    'no NAT66 on h2: the world cannot answer fd00:86::/64',
  );
});

test('an overlay workload on h1 gets an IPv6 default route through its gateway path and reaches the world over IPv6, masqueraded', async () => {
  await c.cliOk(['network', 'create', '-d', 'overlay', '--ipv6', '--subnet', '10.87.0.0/24', '--subnet', 'fd00:87::/64', 'ov6']);
  await run('h1', 'ovout6', ['--network', 'ov6']);
  await run('h2', 'ovout6b', ['--network', 'ov6']);
  const gp6 = await ip6Of('ovout6', 'gwbridge');
  assert.match(gp6, /^fd00:18::/, `the gateway path got an IPv6 address from h1's bip6: ${gp6}`);
  const routes = c.ipJson<{ gateway?: string; dev: string }[]>(wlNs('ovout6'), ['-6', 'route', 'show', 'default']);
  assert.deepEqual(
    routes.map((r) => [r.gateway, r.dev]),
    [['fd00:18::1', 'gw0']],
  );
  const seen = await firstReply('ovout6', worldIp6(), 8099);
  assert.equal(seen, `world:8099 ${hostIp6(1)}`, 'egress over IPv6, masqueraded to h1');
  assert.equal((await c.cli(['exec', 'ovout6', '--', 'ping', '-6', '-n', '-c1', '-W2', worldIp6()])).code, 0, 'ping -6 the world');
  // The overlay itself still carries IPv6 between hosts (not through the gateway path): the peer sees the overlay address.
  const peer = await ip6Of('ovout6b', 'ov6');
  await c.until(
    async () => (await c.cli(['exec', 'ovout6', '--', 'ping', '-6', '-n', '-c1', '-W2', peer])).code === 0,
    15_000,
    'ovout6 cannot ping -6 its overlay peer',
  );
  // h2 has no IPv6 gateway bridge: no IPv6 on its gateway path, the world unreachable over IPv6 (IPv4 is the control).
  assert.equal(await ip6Of('ovout6b', 'gwbridge'), '');
  assert.equal(await firstReply('ovout6b', c.outsideIp, 8099), `world:8099 ${c.hostIp(2)}`);
  assert.notEqual((await probeFromWorkload(c, 'ovout6b', 'tcp', worldIp6(), 8099)).code, 0, 'no IPv6 way out on h2');
  // -p [::] on an overlay: through h1's IPv6 gateway path; refused on h2 (no IPv6 gateway bridge) in one line.
  await run('h1', 'ovweb6', ['--network', 'ov6', '-p', '[::]:8085:80'], serverArgv('ovweb6', 'tcp:80'));
  assert.match((await waitServing(h2(), 'tcp', hostIp6(1), 8085, c)).out, /^ovweb6:80 /);
  const r = await c.cli(['run', '--host', 'h2', '--network', 'ov6', '--name', 'ovweb6b', '-p', '[::]:8085:80', '--', 'sleep', 'infinity']);
  assert.notEqual(r.code, 0);
  assert.match(
    r.stderr,
    /^vxnet: -p \[::\]: host h2's gateway bridge, through which overlay workloads publish, has no IPv6: set gatewayBridge\.bip6/,
  );
  await c.assertPredictionsHeld();
});
