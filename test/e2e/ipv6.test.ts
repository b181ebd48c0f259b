// IPv6 dual stack end to end (issue 15): a 3-host cluster in throwaway
// namespaces, driven through the real CLI (--ipv6/--ip6) and the real agents.
// Two workloads on h1 and h3 on a dual-stack overlay: ping -6 by address and
// by name, TCP over IPv6 (iperf3 -6), AAAA and A both answered by the host's
// resolver (PTR under ip6.arpa too, NODATA for AAAA of an IPv4-only name),
// /etc/hosts with both addresses; another dual-stack overlay (its /64 from
// the ULA pool) stays apart. A dual-stack user-defined bridge on h2: static
// --ip6, workloads and the host reach each other over IPv6 (published ports,
// NAT66 and egress over IPv6: ipv6-ports.test.ts); h2's default bridge with the agent's
// --fixed-cidr-v6. Every negative check has its positive control through the
// same path.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Cluster } from './cluster.js';
import { workloadRunner } from './local-helpers.js';
import { ETC_NETNS } from './names-cleanup.js';

const DNS_TOOL = join(dirname(fileURLToPath(import.meta.url)), 'names-dns.js');

let c: Cluster;
before(async () => {
  // h2's agent turns IPv6 on for its default bridge (daemon.json's fixed-cidr-v6); h1's does not.
  c = await Cluster.start({ hosts: 3, agentArgsFor: { h2: ['--fixed-cidr-v6', 'fd00:19::/64'] } });
});
after(async () => {
  await c?.stop();
});

const { run, wlNs } = workloadRunner(() => c);

/** A workload's addresses on a network, from `vxnet inspect`. */
async function addrsOf(name: string, network: string): Promise<{ ip: string; ip6: string }> {
  const [view] = JSON.parse(await c.cliOk(['inspect', name, '--format', 'json'])) as {
    workload: { attachments: { network: string; ip: string; ip6?: string }[] };
  }[];
  const att = view!.workload.attachments.find((a) => a.network === network)!;
  return { ip: att.ip, ip6: att.ip6 ?? '' };
}

async function ping6(from: string, to: string): Promise<number> {
  return (await c.cli(['exec', from, '--', 'ping', '-6', '-n', '-c1', '-W2', to])).code;
}

/** One query from inside a workload to the resolver its resolv.conf names (the names tests' DNS client). */
function dig(from: string, name: string, type: 'A' | 'AAAA' | 'PTR'): { rcode: number; answers: string[]; soa: boolean } {
  const resolver = /^nameserver (\S+)$/m.exec(readFileSync(join(ETC_NETNS, wlNs(from), 'resolv.conf'), 'utf8'))![1]!;
  const out = execFileSync('ip', ['netns', 'exec', wlNs(from), process.execPath, DNS_TOOL, 'query', resolver, name, type, 'udp'], {
    encoding: 'utf8',
    timeout: 10_000,
  });
  return JSON.parse(out) as { rcode: number; answers: string[]; soa: boolean };
}

/** The ip6.arpa name of an address ("fd00:78::a" → "a.0.0.0….ip6.arpa"). */
function arpa6(ip6: string): string {
  const [head, tail = ''] = ip6.split('::');
  const groups = (s: string) => (s ? s.split(':') : []);
  const all = [...groups(head!), ...Array(8 - groups(head!).length - groups(tail).length).fill('0'), ...groups(tail)];
  return `${all
    .map((g) => g.padStart(4, '0'))
    .join('')
    .split('')
    .reverse()
    .join('.')}.ip6.arpa`;
}

test('two workloads on h1 and h3 on a dual-stack overlay: ping -6 by address and by name, TCP over IPv6', async () => {
  await c.cliOk(['network', 'create', '-d', 'overlay', '--ipv6', '--subnet', '10.78.0.0/24', '--subnet', 'fd00:78::/64', 'ds']);
  await run('h1', 'a', ['--network', 'ds', '--ip6', 'fd00:78::a']);
  await run('h3', 'b', ['--network', 'ds'], ['iperf3', '-s']);
  const a = await addrsOf('a', 'ds');
  const b = await addrsOf('b', 'ds');
  assert.equal(a.ip6, 'fd00:78::a', '--ip6 is the address a got');
  assert.match(b.ip6, /^fd00:78::/, 'b got an IPv6 address from the subnet');

  await c.until(
    async () => (await ping6('a', b.ip6)) === 0,
    15_000,
    () => `a cannot ping -6 b (${b.ip6}): ${c.tail('agent-h1')}`,
  );
  assert.equal(await ping6('b', a.ip6), 0, 'b pings a back over IPv6');
  assert.equal(await ping6('a', 'b'), 0, "by name: the resolver gives b's AAAA");
  assert.equal((await c.cli(['exec', 'a', '--', 'ping', '-4', '-n', '-c1', '-W2', 'b'])).code, 0, 'IPv4 by name still works');

  // TCP over IPv6 across hosts, by address and by name (iperf3 -6 fails if the name has no AAAA).
  await c.until(
    async () => (await c.cli(['exec', 'a', '--', 'iperf3', '-6', '-c', b.ip6, '-n', '256K'])).code === 0,
    15_000,
    'iperf3 -6 from a to b',
  );
  const byName = await c.cli(['exec', 'a', '--', 'iperf3', '-6', '-c', 'b', '-n', '256K']);
  assert.equal(byName.code, 0, byName.stderr);
  assert.match(byName.stdout, new RegExp(`connected to ${b.ip6.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} port 5201`));

  // The kernel: a's interface holds both addresses, its IPv6 default route goes via the gateway6.
  const addrs = c.ipJson<{ ifname: string; addr_info: { local: string; prefixlen: number; scope: string }[] }[]>(wlNs('a'), [
    'addr',
    'show',
    'eth0',
  ]);
  const global = addrs[0]!.addr_info.filter((x) => x.scope === 'global').map((x) => `${x.local}/${x.prefixlen}`);
  assert.deepEqual(global.sort(), [`${a.ip}/24`, 'fd00:78::a/64']);
  const routes = c.ipJson<{ dst: string; gateway?: string }[]>(wlNs('a'), ['-6', 'route', 'show', 'default']);
  assert.deepEqual(
    routes.map((r) => r.gateway),
    ['fd00:78::1'],
  );
});

test('names: AAAA and A both answered, PTR under ip6.arpa, /etc/hosts has both addresses', async () => {
  const a = await addrsOf('a', 'ds');
  const b = await addrsOf('b', 'ds');
  assert.deepEqual(dig('a', 'b', 'AAAA'), { rcode: 0, answers: [b.ip6], soa: false });
  assert.deepEqual(dig('a', 'b', 'A'), { rcode: 0, answers: [b.ip], soa: false });
  assert.deepEqual(dig('b', 'a', 'AAAA'), { rcode: 0, answers: [a.ip6], soa: false }, 'across hosts the other way');
  assert.deepEqual(dig('a', arpa6(b.ip6), 'PTR').answers, ['b']);

  const hosts = readFileSync(join(ETC_NETNS, wlNs('a'), 'hosts'), 'utf8');
  assert.match(hosts, new RegExp(`^${a.ip.replace(/\./g, '\\.')}\\ta$`, 'm'));
  assert.match(hosts, /^fd00:78::a\ta$/m);
  assert.equal(
    (await c.cli(['exec', 'a', '--', 'getent', 'ahostsv6', 'a'])).stdout.split(/\s/)[0],
    'fd00:78::a',
    'a finds its own IPv6 name',
  );

  // An IPv4-only network: its names exist, so AAAA is NODATA (not NXDOMAIN); the A answer is the control.
  await c.cliOk(['network', 'create', '-d', 'overlay', '--subnet', '10.79.0.0/24', 'plain']);
  await run('h3', 'old', ['--network', 'plain']);
  await c.cliOk(['network', 'connect', 'plain', 'a']);
  await c.until(() => dig('a', 'old', 'A').answers.length === 1, 15_000, 'a resolves old (A) once connected to plain');
  assert.deepEqual(dig('a', 'old', 'AAAA'), { rcode: 0, answers: [], soa: true }, 'AAAA of an IPv4-only name: NODATA');
  assert.equal(dig('a', 'nobody', 'AAAA').rcode, 3, 'an unknown name: NXDOMAIN');
});

test('another dual-stack overlay on the same hosts (its /64 from the ULA pool) cannot reach ds over IPv6', async () => {
  await c.cliOk(['network', 'create', '-d', 'overlay', '--ipv6', 'ds2']);
  await run('h1', 'z1', ['--network', 'ds2']);
  await run('h3', 'z3', ['--network', 'ds2']);
  const z3 = await addrsOf('z3', 'ds2');
  assert.match(z3.ip6, /^fd[0-9a-f]{2}:/, `a ULA address: ${z3.ip6}`);
  // Positive control: ds2's own workloads reach each other across hosts over IPv6.
  await c.until(async () => (await ping6('z1', z3.ip6)) === 0, 15_000, 'z1 cannot ping -6 z3 on ds2');
  const b = await addrsOf('b', 'ds');
  assert.notEqual(await ping6('z1', b.ip6), 0, 'z1 (ds2, h1) must not reach b (ds, h3) over IPv6');
  assert.equal(dig('z1', 'b', 'AAAA').rcode, 3, "b's name is not in ds2's view");
});

test('a dual-stack user-defined bridge: static --ip6, workloads and the host reach each other over IPv6; another bridge cannot', async () => {
  await c.cliOk([
    'network',
    'create',
    '-d',
    'bridge',
    '--host',
    'h2',
    '--ipv6',
    '--subnet',
    '10.80.0.0/24',
    '--subnet',
    'fd00:80::/64',
    'dsb',
  ]);
  await run('h2', 'p', ['--network', 'dsb', '--ip6', 'fd00:80::10']);
  await run('h2', 'q', ['--network', 'dsb']);
  const q = await addrsOf('q', 'dsb');
  assert.equal((await addrsOf('p', 'dsb')).ip6, 'fd00:80::10');
  await c.until(async () => (await ping6('p', q.ip6)) === 0, 15_000, 'p cannot ping -6 q on the bridge');
  assert.equal(await ping6('q', 'p'), 0, 'by name over IPv6 on the bridge');
  assert.equal(await ping6('p', 'fd00:80::1'), 0, 'the gateway6 on the host bridge answers');
  assert.equal(c.exec(c.hostNs('h2'), ['ping', '-6', '-n', '-c1', '-W2', 'fd00:80::10']), 0, 'the host reaches p over IPv6');
  // Another dual-stack bridge on the same host: its own workload answers it (control), p does not.
  await c.cliOk([
    'network',
    'create',
    '-d',
    'bridge',
    '--host',
    'h2',
    '--ipv6',
    '--subnet',
    '10.81.0.0/24',
    '--subnet',
    'fd00:81::/64',
    'dsb2',
  ]);
  await run('h2', 'r', ['--network', 'dsb2', '--ip6', 'fd00:81::10']);
  await c.until(async () => (await ping6('r', 'fd00:81::1')) === 0, 15_000, 'r cannot ping its gateway6');
  assert.notEqual(await ping6('r', 'fd00:80::10'), 0, 'r (dsb2) must not reach p (dsb) over IPv6');
});

test("the default bridge with the agent's fixed-cidr-v6: an IPv6 address on h2, none on h1", async () => {
  await run('h2', 'd2', []);
  await run('h1', 'd1', []);
  const d2 = await addrsOf('d2', 'bridge');
  assert.match(d2.ip6, /^fd00:19::/, `d2 got an address from h2's fixed-cidr-v6: ${JSON.stringify(d2)}`);
  await c.until(async () => (await ping6('d2', 'fd00:19::1')) === 0, 15_000, 'd2 cannot ping -6 its gateway6 on vxnet0');
  assert.equal(c.exec(c.hostNs('h2'), ['ping', '-6', '-n', '-c1', '-W2', d2.ip6]), 0, 'h2 reaches d2 over IPv6');
  // h1 has no IPv6 on its default bridge: no address (its IPv4 one is the control).
  const d1 = await addrsOf('d1', 'bridge');
  assert.match(d1.ip, /^\d+\.\d+\.\d+\.\d+$/);
  assert.equal(d1.ip6, '', 'no IPv6 on a default bridge without fixed-cidr-v6');
  await c.assertPredictionsHeld();
});
