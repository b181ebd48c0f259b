// Published ports end to end on a 3-host cluster: every `-p` form (with an
// ip: binding, /udp and ranges), -P with --expose ranges inside the
// controller's configured range, reachability from another host, from the
// host itself and hairpin from a workload on the same host, conflicts with
// vxnet's own claims and with a process already listening, rules repaired
// after an outside `nft flush`/`delete table`, and nothing left after rm.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { Cluster } from './cluster.js';
import { vethName } from '../../agent/model/naming.js';
import { hostLinks, nftTable, portsOf, probeFromNs, probeFromWorkload, serverArgv, waitRunning, waitServing } from './local-helpers.js';

const RANGE = { from: 40100, to: 40119 };
let c: Cluster;
before(async () => {
  c = await Cluster.start({ hosts: 3, controllerArgs: ['--port-range', `${RANGE.from}-${RANGE.to}`] });
});
after(async () => {
  await c?.stop();
});

const h2 = () => c.hostNs('h2');

test('-p HOST:CONTAINER is reachable from another host, from the host itself and hairpin from a workload on the same host', async () => {
  await c.cliOk(['run', '--host', 'h1', '--name', 'web', '-p', '8080:80', '--', ...serverArgv('web', 'tcp:80')]);
  await c.cliOk(['run', '--host', 'h1', '--name', 'nb', '--', 'sleep', 'infinity']);
  await waitRunning(c, 'web');
  await waitRunning(c, 'nb');
  assert.equal((await c.cliOk(['port', 'web'])).trim(), '80/tcp -> 0.0.0.0:8080');
  assert.equal((await c.cliOk(['port', 'web', '80/tcp'])).trim(), '0.0.0.0:8080');
  const fromH2 = await waitServing(h2(), 'tcp', c.hostIp(1), 8080, c);
  assert.equal(fromH2.out, `web:80 ${c.hostIp(2)}`, 'DNAT keeps the client address');
  const fromH1 = await probeFromNs(c.hostNs('h1'), 'tcp', c.hostIp(1), 8080);
  assert.equal(fromH1.code, 0, `from h1 itself: ${fromH1.out}`);
  assert.match(fromH1.out, /^web:80 /);
  const hairpin = await probeFromWorkload(c, 'nb', 'tcp', c.hostIp(1), 8080);
  assert.equal(hairpin.code, 0, `hairpin: ${hairpin.out}`);
  assert.match(hairpin.out, /^web:80 /);
  // Only on h1: the same port on h3 leads nowhere.
  assert.notEqual((await probeFromNs(h2(), 'tcp', c.hostIp(3), 8080)).code, 0);
});

test('-p CONTAINER, IP::CONTAINER and IP:HOST:CONTAINER: random ports from the range, bound to one address only', async () => {
  // A second address on h1 (inside the test's own underlay) to show the binding.
  const other = `${c.net}.101`;
  await c.exec(c.hostNs('h1'), ['ip', 'addr', 'add', `${other}/24`, 'dev', 'eth0']);
  const ip1 = c.hostIp(1);
  await c.cliOk([
    'run',
    '--host',
    'h1',
    '--name',
    'multi',
    '-p',
    '81',
    '-p',
    `${ip1}::82`,
    '-p',
    `${ip1}:8083:83`,
    '--',
    ...serverArgv('multi', 'tcp:81', 'tcp:82', 'tcp:83'),
  ]);
  await waitRunning(c, 'multi');
  const ports = await portsOf(c, 'multi');
  const by = (cp: number) => ports.find((p) => p.containerPort === cp)!;
  for (const cp of [81, 82])
    assert.ok(by(cp).hostPort >= RANGE.from && by(cp).hostPort <= RANGE.to, `${cp} -> ${by(cp).hostPort} in range`);
  assert.equal(by(81).hostIp ?? '', '');
  assert.equal(by(82).hostIp, ip1);
  assert.deepEqual([by(83).hostIp, by(83).hostPort], [ip1, 8083]);
  const lines = (await c.cliOk(['port', 'multi'])).trim().split('\n').sort();
  assert.deepEqual(lines, [`81/tcp -> 0.0.0.0:${by(81).hostPort}`, `82/tcp -> ${ip1}:${by(82).hostPort}`, `83/tcp -> ${ip1}:8083`]);

  assert.match((await waitServing(h2(), 'tcp', ip1, by(81).hostPort, c)).out, /^multi:81 /);
  assert.match((await waitServing(h2(), 'tcp', other, by(81).hostPort, c)).out, /^multi:81 /, 'no address given: every address');
  assert.match((await waitServing(h2(), 'tcp', ip1, by(82).hostPort, c)).out, /^multi:82 /);
  assert.match((await waitServing(h2(), 'tcp', ip1, 8083, c)).out, /^multi:83 /);
  assert.notEqual((await probeFromNs(h2(), 'tcp', other, 8083)).code, 0, 'bound to ip1 only');
  assert.notEqual((await probeFromNs(h2(), 'tcp', other, by(82).hostPort)).code, 0, 'bound to ip1 only');
});

test('/udp and ranges: -p 5353:53/udp and -p 8000-8002:90-92', async () => {
  await c.cliOk([
    'run',
    '--host',
    'h1',
    '--name',
    'dns',
    '-p',
    '5353:53/udp',
    '-p',
    '8000-8002:90-92',
    '--',
    ...serverArgv('dns', 'udp:53', 'tcp:90', 'tcp:91', 'tcp:92'),
  ]);
  await waitRunning(c, 'dns');
  assert.equal((await c.cliOk(['port', 'dns', '53/udp'])).trim(), '0.0.0.0:5353');
  assert.match((await waitServing(h2(), 'udp', c.hostIp(1), 5353, c)).out, /^dns:53 /);
  for (let i = 0; i < 3; i++) assert.match((await waitServing(h2(), 'tcp', c.hostIp(1), 8000 + i, c)).out, new RegExp(`^dns:${90 + i} `));
  assert.notEqual((await probeFromNs(h2(), 'tcp', c.hostIp(1), 5353)).code, 0, '5353 is published for udp only');
});

test('-P publishes every --expose port and range to random ports of the range, shown by vxnet port', async () => {
  await c.cliOk([
    'run',
    '--host',
    'h1',
    '--name',
    'any',
    '-P',
    '--expose',
    '70',
    '--expose',
    '2000-2002',
    '--',
    ...serverArgv('any', 'tcp:70', 'tcp:2000', 'tcp:2001', 'tcp:2002'),
  ]);
  await waitRunning(c, 'any');
  const lines = (await c.cliOk(['port', 'any'])).trim().split('\n');
  assert.equal(lines.length, 4, lines.join('\n'));
  const seen = new Set<number>();
  for (const cp of [70, 2000, 2001, 2002]) {
    const line = lines.find((l) => l.startsWith(`${cp}/tcp -> 0.0.0.0:`));
    assert.ok(line, `${cp} in ${lines.join(', ')}`);
    const hp = Number(line.split(':').pop());
    assert.ok(hp >= RANGE.from && hp <= RANGE.to, `${hp} in ${RANGE.from}-${RANGE.to}`);
    seen.add(hp);
    assert.match((await waitServing(h2(), 'tcp', c.hostIp(1), hp, c)).out, new RegExp(`^any:${cp} `));
  }
  assert.equal(seen.size, 4, 'four different host ports');
});

test('a host port vxnet already published is refused and nothing changes', async () => {
  const before = await c.cliOk(['ps', '-a', '-q']);
  for (const spec of ['8080:80', `${c.hostIp(1)}:8080:80`, '8001:99/tcp']) {
    const r = await c.cli(['run', '--host', 'h1', '--name', 'dup', '-p', '7777:77', '-p', spec]);
    assert.equal(r.code, 1, spec);
    assert.match(r.stderr, /host port (8080|8001)\/tcp on h1 is already published by (web|dns)/, spec);
  }
  assert.equal(await c.cliOk(['ps', '-a', '-q']), before);
  // The claims the refused runs made were all undone: 7777 and the name are free.
  await c.cliOk(['run', '--host', 'h1', '--name', 'dup', '-p', '7777:77']);
  await c.cliOk(['rm', 'dup']);
  // The same port on another host is another port.
  await c.cliOk(['run', '--host', 'h2', '--name', 'web2', '-p', '8080:80', '--', ...serverArgv('web2', 'tcp:80')]);
  assert.match((await waitServing(c.hostNs('h3'), 'tcp', c.hostIp(2), 8080, c)).out, /^web2:80 /);
});

test('a host port taken by a listening process is refused and nothing changes', async () => {
  // Plain listeners in h3's namespace, outside vxnet's claims (a host-mode workload's command).
  await c.cliOk(['run', '--host', 'h3', '--name', 'squat', '--network', 'host', '--', ...serverArgv('squat', 'tcp:9090', 'udp:9091')]);
  await waitServing(h2(), 'tcp', c.hostIp(3), 9090, c);
  const before = await c.cliOk(['ps', '-a', '-q']);
  for (const [spec, what] of [
    ['9090:80', '9090/tcp'],
    ['9091:53/udp', '9091/udp'],
  ] as const) {
    const r = await c.cli(['run', '--host', 'h3', '--name', 'late', '-p', spec]);
    assert.equal(r.code, 1, spec);
    assert.equal(r.stderr.trim(), `vxnet: host port ${what} on h3 is in use by another process: pick another port`);
  }
  assert.equal(await c.cliOk(['ps', '-a', '-q']), before);
  // 9091/tcp is free (the listener is udp): accepted.
  await c.cliOk(['run', '--host', 'h3', '--name', 'late', '-p', '9091:80']);
  await c.cliOk(['rm', 'late', 'squat']);
});

test('rules removed from outside (nft flush / delete table) are repaired at the next resync (forced with SIGHUP)', async () => {
  const ns = c.hostNs('h1');
  await waitServing(h2(), 'tcp', c.hostIp(1), 8080, c);
  await c.waitIdle('h1');
  assert.equal(c.exec(ns, ['nft', 'flush', 'table', 'inet', 'vxnet']), 0);
  assert.notEqual((await probeFromNs(h2(), 'tcp', c.hostIp(1), 8080)).code, 0, 'the flush did break the published port');
  c.resyncAgent('h1');
  assert.match((await waitServing(h2(), 'tcp', c.hostIp(1), 8080, c)).out, /^web:80 /);
  await c.waitIdle('h1');
  assert.equal(c.exec(ns, ['nft', 'delete', 'table', 'inet', 'vxnet']), 0);
  c.resyncAgent('h1');
  assert.match((await waitServing(h2(), 'tcp', c.hostIp(1), 8080, c)).out, /^web:80 /);
  // The workload's outbound masquerade is back too.
  await c.cliOk(['run', '--host', 'h2', '--name', 'h2srv', '--network', 'host', '--', ...serverArgv('h2srv', 'tcp:7001')]);
  await waitServing(c.hostNs('h3'), 'tcp', c.hostIp(2), 7001, c);
  assert.equal((await probeFromWorkload(c, 'nb', 'tcp', c.hostIp(2), 7001)).out, `h2srv:7001 ${c.hostIp(1)}`);
});

test('rm leaves no veth and no nft rule or element of the workload behind, and frees its ports', async () => {
  const ip = await c.ipOf('any');
  const [v] = JSON.parse(await c.cliOk(['inspect', 'any'])) as { workload: { ports: { hostPort: number }[] } }[];
  const veth = vethName('any', 'bridge');
  assert.ok(
    hostLinks(c, 'h1').some((l) => l.ifname === veth && l.master === 'vxnet0'),
    'the veth of any is on vxnet0 before rm',
  );
  assert.ok(nftTable(c, 'h1').includes(ip), 'the table names the workload before rm');
  await c.cliOk(['rm', 'any']);
  await c.until(
    () => !nftTable(c, 'h1').includes(ip),
    10_000,
    () => `nft still names ${ip}:\n${nftTable(c, 'h1')}`,
  );
  await c.until(() => !hostLinks(c, 'h1').some((l) => l.ifname === veth), 10_000, 'the veth of any stayed');
  assert.equal(c.namespaces().filter((n) => n.endsWith('-wl-any')).length, 0);
  for (const p of v!.workload.ports) assert.notEqual((await probeFromNs(h2(), 'tcp', c.hostIp(1), p.hostPort)).code, 0);
  const table = nftTable(c, 'h1');
  for (const p of v!.workload.ports) assert.ok(!new RegExp(`\\b${p.hostPort}\\b`).test(table), `${p.hostPort} left in the table`);
  // Its host ports can be published again.
  const again = v!.workload.ports.flatMap((p) => ['-p', `${p.hostPort}:1`]);
  await c.cliOk(['run', '--host', 'h1', '--name', 'any2', ...again]);
  await c.cliOk(['rm', 'any2']);
});

// Last: the shadow check (--verify-prediction) found no prediction that differed from the kernel.
test("the agents' predictions of the kernel held all along", () => c.assertPredictionsHeld());
