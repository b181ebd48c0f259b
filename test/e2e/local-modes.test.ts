// Docker's local modes end to end on a 3-host cluster in throwaway namespaces:
// default bridge (addresses, masquerade towards another lab host only),
// none, host, container:NAME, user-defined bridge networks (subnet, gateway,
// ip-range, static --ip, --internal) and isolation between bridges.
// Published ports live in local-ports.test.ts.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { Cluster } from './cluster.js';
import { hostLinks, probeFromNs, probeFromWorkload, serverArgv, waitRunning } from './local-helpers.js';

let c: Cluster;
before(async () => {
  c = await Cluster.start({ hosts: 3 });
});
after(async () => {
  await c?.stop();
});

const inSubnet = (ip: string, net: string, len: number) => {
  const n = (a: string) => a.split('.').reduce((x, b) => x * 256 + Number(b), 0);
  return Math.floor(n(ip) / 2 ** (32 - len)) === Math.floor(n(net) / 2 ** (32 - len));
};

test("default bridge: two workloads on h1 reach each other and, masqueraded, a server on h2's underlay address", async () => {
  // A server in h2's own namespace (host mode): what it sees is what left h1.
  await c.cliOk(['run', '--host', 'h2', '--name', 'h2srv', '--network', 'host', '--', ...serverArgv('h2srv', 'tcp:7001')]);
  await c.cliOk(['run', '--host', 'h1', '--name', 'b1', '--', ...serverArgv('b1', 'tcp:80')]);
  await c.cliOk(['run', '--host', 'h1', '--name', 'b2', '--', 'sleep', 'infinity']);
  await waitRunning(c, 'b1');
  await waitRunning(c, 'b2');
  const ip1 = await c.ipOf('b1');
  const ip2 = await c.ipOf('b2');
  assert.ok(inSubnet(ip1, '172.19.0.0', 16) && inSubnet(ip2, '172.19.0.0', 16), `${ip1} ${ip2} in the default 172.19.0.0/16`);
  assert.notEqual(ip1, '172.19.0.1', 'the bridge address is never handed out');

  const br = hostLinks(c, 'h1').find((l) => l.ifname === 'vxnet0');
  assert.ok(br, 'h1 has the default bridge vxnet0');
  const addrs = c.ipJson<{ addr_info: { local: string; prefixlen: number }[] }[]>(c.hostNs('h1'), ['-4', 'addr', 'show', 'dev', 'vxnet0']);
  assert.deepEqual(
    addrs[0]!.addr_info.map((a) => `${a.local}/${a.prefixlen}`),
    ['172.19.0.1/16'],
  );

  let r = await probeFromWorkload(c, 'b2', 'tcp', ip1, 80);
  for (let i = 0; i < 30 && r.code !== 0; i++) r = await probeFromWorkload(c, 'b2', 'tcp', ip1, 80);
  assert.equal(r.code, 0, r.out);
  assert.equal(r.out, `b1:80 ${ip2}`, 'same bridge: no NAT between workloads');

  r = await probeFromWorkload(c, 'b2', 'tcp', c.hostIp(2), 7001);
  assert.equal(r.code, 0, r.out);
  assert.equal(r.out, `h2srv:7001 ${c.hostIp(1)}`, 'outbound traffic leaves h1 masqueraded to its underlay address');

  const route = JSON.parse((await c.cli(['exec', 'b2', '--', 'ip', '-j', 'route', 'show', 'default'])).stdout) as {
    gateway: string;
    dev: string;
  }[];
  assert.deepEqual(
    route.map((x) => [x.gateway, x.dev]),
    [['172.19.0.1', 'eth0']],
  );
});

test("default bridge refuses --ip with Docker's reason", async () => {
  const r = await c.cli(['run', '--host', 'h1', '--name', 'stat', '--network', 'bridge', '--ip', '172.19.0.77']);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /user specified IP address is supported on user defined networks only/);
  assert.equal((await c.cli(['inspect', 'stat'])).code, 1, 'nothing was created');
});

test('none: only lo, up; it reaches nothing', async () => {
  await c.cliOk(['run', '--host', 'h1', '--name', 'solo', '--network', 'none', '--', 'sleep', 'infinity']);
  await waitRunning(c, 'solo');
  const links = JSON.parse((await c.cli(['exec', 'solo', '--', 'ip', '-j', 'link'])).stdout) as { ifname: string; flags: string[] }[];
  assert.deepEqual(
    links.map((l) => l.ifname),
    ['lo'],
  );
  assert.ok(links[0]!.flags.includes('UP'));
  const r = await probeFromWorkload(c, 'solo', 'tcp', c.hostIp(2), 7001);
  assert.notEqual(r.code, 0, 'none has no way out');
  const [v] = JSON.parse(await c.cliOk(['inspect', 'solo'])) as { workload: { attachments?: unknown[] } }[];
  assert.equal(v!.workload.attachments?.length ?? 0, 0);
});

test('host: the workload runs in the host namespace and is shown as host', async () => {
  await c.cliOk(['run', '--host', 'h3', '--name', 'hnet', '--network', 'host', '--', ...serverArgv('hnet', 'tcp:7003')]);
  await waitRunning(c, 'hnet');
  const addrs = JSON.parse((await c.cli(['exec', 'hnet', '--', 'ip', '-j', 'addr', 'show', 'dev', 'eth0'])).stdout) as {
    addr_info: { local: string }[];
  }[];
  assert.ok(
    addrs[0]!.addr_info.some((a) => a.local === c.hostIp(3)),
    "eth0 of hnet is h3's underlay",
  );
  let r = await probeFromNs(c.hostNs('h1'), 'tcp', c.hostIp(3), 7003);
  for (let i = 0; i < 30 && r.code !== 0; i++) r = await probeFromNs(c.hostNs('h1'), 'tcp', c.hostIp(3), 7003);
  assert.equal(r.out, `hnet:7003 ${c.hostIp(1)}`);
  assert.equal(c.namespaces().filter((n) => n.endsWith('-wl-hnet')).length, 0, 'no namespace of its own');
  const ps = await c.cliOk(['ps']);
  assert.match(ps.split('\n').find((l) => l.startsWith('hnet'))!, /\bhost\b/);
});

test("container:NAME shares NAME's namespace and sees its listener on 127.0.0.1; unknown NAME or NAME on another host is refused", async () => {
  await c.cliOk(['run', '--host', 'h1', '--name', 'lsn', '--', ...serverArgv('lsn', 'tcp:9000:127.0.0.1')]);
  await waitRunning(c, 'lsn');
  await c.cliOk(['run', '--host', 'h1', '--name', 'side', '--network', 'container:lsn', '--', 'sleep', 'infinity']);
  await waitRunning(c, 'side');
  let r = await probeFromWorkload(c, 'side', 'tcp', '127.0.0.1', 9000);
  for (let i = 0; i < 30 && r.code !== 0; i++) r = await probeFromWorkload(c, 'side', 'tcp', '127.0.0.1', 9000);
  assert.equal(r.out, 'lsn:9000 127.0.0.1');
  const addr = (await c.cli(['exec', 'side', '--', 'ip', '-4', '-o', 'addr', 'show', 'dev', 'eth0'])).stdout;
  assert.match(addr, new RegExp(`inet ${(await c.ipOf('lsn')).replace(/\./g, '\\.')}/`), "side has lsn's address");

  const unknown = await c.cli(['run', '--host', 'h1', '--name', 'x1', '--network', 'container:ghost']);
  assert.equal(unknown.code, 1);
  assert.match(unknown.stderr, /no such workload: ghost/);
  const other = await c.cli(['run', '--host', 'h2', '--name', 'x2', '--network', 'container:lsn']);
  assert.equal(other.code, 1);
  assert.match(other.stderr, /lsn runs on host h1, not h2/);
  const rm = await c.cli(['rm', 'lsn']);
  assert.equal(rm.code, 1, 'a workload others join is not removed');
  assert.match(rm.stderr, /joined by side/);
  await c.cliOk(['rm', 'side', 'lsn']);
});

test('user-defined bridge: subnet, gateway, ip-range and static --ip; workloads on it reach each other', async () => {
  await c.cliOk([
    'network',
    'create',
    '-d',
    'bridge',
    '--host',
    'h1',
    '--subnet',
    '172.30.0.0/24',
    '--gateway',
    '172.30.0.1',
    '--ip-range',
    '172.30.0.128/25',
    'back',
  ]);
  await c.cliOk([
    'run',
    '--host',
    'h1',
    '--name',
    'db',
    '--network',
    'back',
    '--ip',
    '172.30.0.200',
    '--',
    ...serverArgv('db', 'tcp:5432'),
  ]);
  await c.cliOk(['run', '--host', 'h1', '--name', 'app', '--network', 'back', '--', 'sleep', 'infinity']);
  await waitRunning(c, 'db');
  await waitRunning(c, 'app');
  assert.equal(await c.ipOf('db'), '172.30.0.200');
  const appIp = await c.ipOf('app');
  assert.ok(inSubnet(appIp, '172.30.0.128', 25), `${appIp} from the ip-range`);
  let r = await probeFromWorkload(c, 'app', 'tcp', '172.30.0.200', 5432);
  for (let i = 0; i < 30 && r.code !== 0; i++) r = await probeFromWorkload(c, 'app', 'tcp', '172.30.0.200', 5432);
  assert.equal(r.out, `db:5432 ${appIp}`);
  const route = JSON.parse((await c.cli(['exec', 'app', '--', 'ip', '-j', 'route', 'show', 'default'])).stdout) as { gateway: string }[];
  assert.equal(route[0]?.gateway, '172.30.0.1');

  const outside = await c.cli(['run', '--host', 'h1', '--name', 'bad', '--network', 'back', '--ip', '172.31.0.5']);
  assert.equal(outside.code, 1);
  assert.match(outside.stderr, /172\.31\.0\.5/);
  const elsewhere = await c.cli(['run', '--host', 'h2', '--name', 'bad', '--network', 'back']);
  assert.equal(elsewhere.code, 1);
  assert.match(elsewhere.stderr, /bridge network on host h1/);
});

test('isolation: two bridge networks and the default bridge cannot reach each other', async () => {
  await c.cliOk(['network', 'create', '-d', 'bridge', '--host', 'h1', '--subnet', '172.31.0.0/24', 'front']);
  await c.cliOk(['run', '--host', 'h1', '--name', 'fe', '--network', 'front', '--', ...serverArgv('fe', 'tcp:80')]);
  await waitRunning(c, 'fe');
  const feIp = await c.ipOf('fe');
  // Reachable where it should be (from h1 itself), so a refusal below means isolation.
  let r = await probeFromNs(c.hostNs('h1'), 'tcp', feIp, 80);
  for (let i = 0; i < 30 && r.code !== 0; i++) r = await probeFromNs(c.hostNs('h1'), 'tcp', feIp, 80);
  assert.equal(r.code, 0, `h1 reaches fe: ${r.out}`);
  assert.notEqual((await probeFromWorkload(c, 'app', 'tcp', feIp, 80)).code, 0, 'back must not reach front');
  assert.notEqual((await probeFromWorkload(c, 'fe', 'tcp', '172.30.0.200', 5432)).code, 0, 'front must not reach back');
  assert.notEqual((await probeFromWorkload(c, 'b2', 'tcp', feIp, 80)).code, 0, 'the default bridge must not reach front');
  assert.notEqual((await probeFromWorkload(c, 'fe', 'tcp', await c.ipOf('b1'), 80)).code, 0, 'front must not reach the default bridge');
});

test('--internal: workloads reach each other but nothing outside, and ports cannot be published', async () => {
  await c.cliOk(['network', 'create', '-d', 'bridge', '--host', 'h1', '--subnet', '172.29.0.0/24', '--internal', 'vault']);
  await c.cliOk(['run', '--host', 'h1', '--name', 'safe', '--network', 'vault', '--', ...serverArgv('safe', 'tcp:80')]);
  await c.cliOk(['run', '--host', 'h1', '--name', 'peer', '--network', 'vault', '--', 'sleep', 'infinity']);
  await waitRunning(c, 'safe');
  await waitRunning(c, 'peer');
  const safeIp = await c.ipOf('safe');
  let r = await probeFromWorkload(c, 'peer', 'tcp', safeIp, 80);
  for (let i = 0; i < 30 && r.code !== 0; i++) r = await probeFromWorkload(c, 'peer', 'tcp', safeIp, 80);
  assert.equal(r.code, 0, r.out);
  assert.notEqual((await probeFromWorkload(c, 'peer', 'tcp', c.hostIp(2), 7001)).code, 0, 'no outbound traffic from an internal network');
  // Even with a route of its own, forwarding out of an internal bridge is dropped.
  assert.equal((await c.cli(['exec', 'peer', '--', 'ip', 'route', 'replace', 'default', 'via', '172.29.0.1'])).code, 0);
  assert.notEqual(
    (await probeFromWorkload(c, 'peer', 'tcp', c.hostIp(2), 7001)).code,
    0,
    'forwarding out of an internal bridge is dropped',
  );

  const p = await c.cli(['run', '--host', 'h1', '--name', 'pub', '--network', 'vault', '-p', '8085:80']);
  assert.equal(p.code, 1);
  assert.match(p.stderr, /internal/);
  assert.equal((await c.cli(['inspect', 'pub'])).code, 1, 'nothing was created');
});

// Last: the shadow check (--verify-prediction) found no prediction that differed from the kernel.
test("the agents' predictions of the kernel held all along", () => c.assertPredictionsHeld());
