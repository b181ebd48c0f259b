// The host path of a workload, end to end on a 2-host cluster: the gateway
// path of overlay workloads (gw0 on the host's vxnet_gwbridge: default route,
// outbound NAT, published ports from another host, from the host itself
// through its underlay address and 127.0.0.1, hairpin), --internal overlays
// cut off, loopback-bound ports
// reachable from the host and from no other host, and `network ls` counts.
// Every negative check has a positive control through the same path.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { Cluster } from './cluster.js';
import { jsonLines } from '../helpers/json-lines.js';
import { workloadNs } from '../../agent/model/naming.js';
import { portsOf, probeFromNs, probeFromWorkload, serverArgv, waitRunning, waitServing } from './local-helpers.js';

const GW = '172.18.0.1';
let c: Cluster;
before(async () => {
  c = await Cluster.start({ hosts: 2 });
  await c.cliOk(['network', 'create', 'ova', '--subnet', '10.91.0.0/24']);
  await c.cliOk(['network', 'create', 'ovi', '--subnet', '10.92.0.0/24', '--internal']);
});
after(async () => {
  await c?.stop();
});

const h1 = () => c.hostNs('h1');
const h2 = () => c.hostNs('h2');
const wlNs = (name: string) => workloadNs(c.agentPrefix('h1'), name);
const ping = async (from: string, ip: string) => (await c.cli(['exec', from, '--', 'ping', '-c1', '-W2', ip])).code;

interface GatewayPathView {
  ifname: string;
  ip: string;
  gateway: string;
  subnet: string;
}
async function gatewayPathOf(name: string): Promise<GatewayPathView | undefined> {
  const [v] = JSON.parse(await c.cliOk(['inspect', name, '--format', 'json'])) as { workload: { gatewayPath?: GatewayPathView } }[];
  return v!.workload.gatewayPath ?? undefined;
}

test('an overlay workload publishes -p through its gateway path: from another host, from the host itself (underlay address and 127.0.0.1), hairpin', async () => {
  await c.cliOk(['run', '--host', 'h1', '--network', 'ova', '--name', 'ovweb', '-p', '8081:80', '--', ...serverArgv('ovweb', 'tcp:80')]);
  await c.cliOk(['run', '--host', 'h1', '--network', 'ova', '--name', 'ovnb', '--', 'sleep', 'infinity']);
  await c.cliOk(['run', '--host', 'h1', '--name', 'brnb', '--', 'sleep', 'infinity']);
  for (const w of ['ovweb', 'ovnb', 'brnb']) await waitRunning(c, w);

  const gp = await gatewayPathOf('ovweb');
  assert.ok(gp, 'inspect shows the gateway path');
  assert.equal(gp.ifname, 'gw0');
  assert.equal(gp.gateway, GW);
  assert.equal(gp.subnet, '172.18.0.0/16');
  const addrs = c.ipJson<{ addr_info: { local: string }[] }[]>(wlNs('ovweb'), ['-4', 'addr', 'show', 'dev', 'gw0']);
  assert.deepEqual(
    addrs[0]!.addr_info.map((a) => a.local),
    [gp.ip],
  );
  const routes = c.ipJson<{ dst: string; gateway?: string; dev: string }[]>(wlNs('ovweb'), ['route', 'show', 'default']);
  assert.deepEqual(
    routes.map((r) => [r.gateway, r.dev]),
    [[GW, 'gw0']],
    'default route through the gateway path',
  );

  const fromH2 = await waitServing(h2(), 'tcp', c.hostIp(1), 8081, c);
  assert.equal(fromH2.out, `ovweb:80 ${c.hostIp(2)}`, 'DNAT keeps the client address');
  const fromH1 = await probeFromNs(h1(), 'tcp', c.hostIp(1), 8081);
  assert.match(fromH1.out, /^ovweb:80 /, `from h1 through its underlay address: ${fromH1.out}`);
  const fromLo = await probeFromNs(h1(), 'tcp', '127.0.0.1', 8081);
  assert.match(fromLo.out, /^ovweb:80 /, `from h1 through 127.0.0.1: ${fromLo.out}`);
  const hairpinBridge = await probeFromWorkload(c, 'brnb', 'tcp', c.hostIp(1), 8081);
  assert.match(hairpinBridge.out, /^ovweb:80 /, `hairpin from a default-bridge workload: ${hairpinBridge.out}`);
  // The port is h1's only.
  assert.notEqual((await probeFromNs(h1(), 'tcp', c.hostIp(2), 8081)).code, 0);

  // The overlay's own traffic stays on the overlay: the server sees the overlay address, not a gateway-path one.
  const ovIp = await c.ipOf('ovweb', 'ova');
  const direct = await probeFromWorkload(c, 'ovnb', 'tcp', ovIp, 80);
  assert.equal(direct.out, `ovweb:80 ${await c.ipOf('ovnb', 'ova')}`);
  // Two workloads on the gateway bridge never reach each other through it (isolated ports, forward drop).
  const nbGp = (await gatewayPathOf('ovnb'))!;
  assert.match((await probeFromNs(h1(), 'tcp', gp.ip, 80)).out, /^ovweb:80 /, 'positive control: the host reaches it');
  assert.notEqual((await probeFromWorkload(c, 'ovnb', 'tcp', gp.ip, 80)).code, 0, `gateway path ${nbGp.ip} -> ${gp.ip}`);
});

test('an overlay workload reaches its host and the outside (the NATS address); an --internal one reaches neither', async () => {
  await c.cliOk(['run', '--host', 'h1', '--network', 'ova', '--name', 'ovout', '--', 'sleep', 'infinity']);
  await c.cliOk(['run', '--host', 'h1', '--network', 'ovi', '--name', 'ovint', '--', 'sleep', 'infinity']);
  await c.cliOk(['run', '--host', 'h2', '--network', 'ovi', '--name', 'ovint2', '--', 'sleep', 'infinity']);
  await waitRunning(c, 'ovout');
  await waitRunning(c, 'ovint');
  const outside = `${c.net}.254`;
  // A TCP server in h1's own namespace, on every address.
  const hostSrv = spawn('ip', ['netns', 'exec', h1(), ...serverArgv('host', 'tcp:8099')], { stdio: 'ignore' });
  try {
    await waitServing(h1(), 'tcp', c.hostIp(1), 8099, c);
    assert.equal(await ping('ovout', outside), 0, 'overlay workload -> outside');
    assert.equal(await ping('ovout', c.hostIp(1)), 0, 'overlay workload -> its host');
    const viaNat = await probeFromWorkload(c, 'ovout', 'tcp', c.hostIp(1), 8099);
    assert.match(viaNat.out, /^host:8099 /, `overlay workload -> its host over TCP: ${viaNat.out}`);
    assert.match((await probeFromWorkload(c, 'ovout', 'tcp', GW, 8099)).out, /^host:8099 /, 'and through the gateway address');

    // --internal: the same probes fail; its own overlay works (positive control on its own network).
    await c.until(async () => (await ping('ovint', await c.ipOf('ovint2'))) === 0, 15_000, 'ovint cannot reach its overlay peer');
    assert.equal(await gatewayPathOf('ovint'), undefined, 'no gateway path');
    assert.deepEqual(c.ipJson(wlNs('ovint'), ['route', 'show', 'default']), [], 'no default route');
    assert.notEqual(await ping('ovint', outside), 0, 'internal -> outside');
    assert.notEqual(await ping('ovint', c.hostIp(1)), 0, 'internal -> host underlay address');
    assert.notEqual((await probeFromWorkload(c, 'ovint', 'tcp', c.hostIp(1), 8099)).code, 0, 'internal -> host over TCP');
    assert.notEqual((await probeFromWorkload(c, 'ovint', 'tcp', GW, 8099)).code, 0, 'internal -> gateway address');
  } finally {
    hostSrv.kill('SIGKILL');
  }
});

test('-p 127.0.0.1::80 is reachable from the host on 127.0.0.1, never from another host', async () => {
  await c.cliOk(['run', '--host', 'h1', '--name', 'loweb', '-p', '127.0.0.1::80', '-p', '8092:80', '--', ...serverArgv('loweb', 'tcp:80')]);
  await c.cliOk([
    'run',
    '--host',
    'h1',
    '--network',
    'ova',
    '--name',
    'loov',
    '-p',
    '127.0.0.1:8093:80',
    '--',
    ...serverArgv('loov', 'tcp:80'),
  ]);
  await waitRunning(c, 'loweb');
  await waitRunning(c, 'loov');
  const loPort = (await portsOf(c, 'loweb')).find((p) => p.hostIp === '127.0.0.1')!.hostPort;
  assert.match((await waitServing(h1(), 'tcp', '127.0.0.1', loPort, c)).out, /^loweb:80 /, 'bridge workload from 127.0.0.1');
  assert.match((await waitServing(h1(), 'tcp', '127.0.0.1', 8093, c)).out, /^loov:80 /, 'overlay workload from 127.0.0.1');
  // Positive control: the same workload's port on every address is reachable from h2.
  assert.match((await waitServing(h2(), 'tcp', c.hostIp(1), 8092, c)).out, /^loweb:80 /);
  assert.notEqual((await probeFromNs(h2(), 'tcp', c.hostIp(1), loPort)).code, 0, 'loopback binding through the underlay address');
  assert.notEqual((await probeFromNs(h2(), 'tcp', c.hostIp(1), 8093)).code, 0, 'loopback binding through the underlay address');

  // A host that routes 127.0.0.1 to h1 on purpose (CVE-2020-8558's shape): route_localnet on h1 must not let it in.
  const probe = `${c.prefix}probe`;
  const sh = (args: string[]) => execFileSync('ip', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  sh(['netns', 'add', probe]);
  sh(['-n', c.ulNs, 'link', 'add', 'pprobe', 'type', 'veth', 'peer', 'name', 'eth0', 'netns', probe]);
  sh(['-n', c.ulNs, 'link', 'set', 'pprobe', 'master', 'ul0', 'up']);
  sh(['-n', probe, 'addr', 'add', `${c.net}.200/24`, 'dev', 'eth0']);
  sh(['-n', probe, 'link', 'set', 'eth0', 'up']); // lo stays down: no local route for 127.0.0.0/8
  execFileSync('ip', [
    'netns',
    'exec',
    probe,
    'sysctl',
    '-qw',
    'net.ipv4.conf.eth0.route_localnet=1',
    'net.ipv4.conf.all.route_localnet=1',
  ]);
  sh(['-n', probe, 'route', 'add', '127.0.0.1/32', 'via', c.hostIp(1), 'dev', 'eth0']);
  assert.match((await waitServing(probe, 'tcp', c.hostIp(1), 8092, c)).out, /^loweb:80 /, 'positive control from the probe host');
  assert.notEqual((await probeFromNs(probe, 'tcp', '127.0.0.1', loPort)).code, 0, '127.0.0.1 routed to h1 from another host');
  assert.notEqual((await probeFromNs(probe, 'tcp', '127.0.0.1', 8093)).code, 0, '127.0.0.1 routed to h1 from another host');
});

test('network ls counts endpoints; drivers are lower-case in JSON (ls, network inspect, inspect)', async () => {
  await c.cliOk(['network', 'create', 'cnt', '--subnet', '10.93.0.0/24']);
  await c.cliOk(['run', '--host', 'h1', '--network', 'cnt', '--name', 'cnt1', '--', 'sleep', 'infinity']);
  await c.cliOk(['run', '--host', 'h2', '--network', 'cnt', '--name', 'cnt2', '--', 'sleep', 'infinity']);
  const rows = (await c.cliOk(['network', 'ls'])).trim().split('\n');
  const row = rows.find((r) => r.split(/\s+/)[1] === 'cnt')!.split(/\s+/);
  assert.equal(row.at(-1), '2', rows.join('\n'));
  const none = rows.find((r) => r.split(/\s+/)[1] === 'ovi')!.split(/\s+/);
  assert.equal(none.at(-1), '2', 'ovi: ovint and ovint2 of the test before');
  const ls = jsonLines<{ network: { name: string; driver: string } }>(await c.cliOk(['network', 'ls', '--format', 'json']));
  assert.equal(ls.find((v) => v.network.name === 'cnt')!.network.driver, 'overlay');
  const [ni] = JSON.parse(await c.cliOk(['network', 'inspect', 'cnt'])) as { network: { driver: string } }[];
  assert.equal(ni!.network.driver, 'overlay');
  const [wi] = JSON.parse(await c.cliOk(['inspect', 'cnt1', '--format', 'json'])) as {
    workload: { attachments: { driver: string }[] };
  }[];
  assert.equal(wi!.workload.attachments[0]!.driver, 'overlay');
});
