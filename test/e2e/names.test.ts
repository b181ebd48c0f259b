// Names, DNS and multi-network workloads end to end (issues 4 and 10): a
// 3-host cluster in throwaway namespaces; workloads connect and disconnect
// live; /etc/hosts, resolv.conf and hostname; the host's one resolver (inside
// each agent, answering on the gateways of the workloads' networks; no
// process per workload) across hosts, isolated per network, over UDP and TCP,
// on --internal networks too, forwarding to upstreams that the test itself
// runs, never to anything outside: one in the underlay namespace (the
// agents' default DNS and web's --dns: asked from the host's namespace), one
// in a workload on an overlay (198.18.64.53: asked through that overlay from
// its own host).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync, readlinkSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Cluster } from './cluster.js';
import { workloadRunner } from './local-helpers.js';
import { entriesWithPrefix, ETC_NETNS, UTS_DIR } from './names-cleanup.js';
import { macOf } from './chaos-helpers.js';
import { reverseName } from './names-dns.js';

const DNS_TOOL = join(dirname(fileURLToPath(import.meta.url)), 'names-dns.js');
const OVERLAY_UPSTREAM = '198.18.64.53';
const UPSTREAM_ANSWER = '198.18.99.7';

let c: Cluster;
/** The test's upstream resolver in the underlay namespace (set once the cluster exists). */
let UPSTREAM = '';
const probes: ChildProcessWithoutNullStreams[] = [];
before(async () => {
  c = await Cluster.start({ hosts: 3, agentArgs: (cl) => ['--dns', cl.outsideIp] });
  UPSTREAM = c.outsideIp;
  const p = spawn('ip', ['netns', 'exec', c.ulNs, process.execPath, DNS_TOOL, 'serve', 'upstream.test', UPSTREAM_ANSWER, UPSTREAM]);
  probes.push(p);
  await new Promise((r) => p.stdout.once('data', r));
});
after(async () => {
  for (const p of probes) p.kill('SIGKILL');
  await c?.stop();
});

const { run, wlNs, hostOf } = workloadRunner(() => c);

async function execOut(name: string, argv: string[]): Promise<{ code: number; stdout: string }> {
  const r = await c.cli(['exec', name, '--', ...argv]);
  return { code: r.code, stdout: r.stdout };
}

/** Addresses `getent hosts NAME` gives inside a workload (through its /etc/hosts and resolver). */
async function getent(from: string, name: string): Promise<string[]> {
  const r = await execOut(from, ['getent', 'hosts', name]);
  return r.code === 0
    ? r.stdout
        .trim()
        .split('\n')
        .map((l) => l.split(/\s+/)[0]!)
        .sort()
    : [];
}

/** The first name server of a workload's resolv.conf: where it asks the host's resolver. */
function resolverOf(name: string): string {
  const text = readFileSync(join(ETC_NETNS, wlNs(name), 'resolv.conf'), 'utf8');
  return /^nameserver (\S+)$/m.exec(text)![1]!;
}

/** One query from inside a workload to the resolver its resolv.conf names, with the test's own DNS client. */
function dig(
  from: string,
  name: string,
  type: 'A' | 'PTR' | 'AAAA' = 'A',
  proto: 'udp' | 'tcp' = 'udp',
): { rcode: number; answers: string[]; soa: boolean } {
  const out = execFileSync('ip', ['netns', 'exec', wlNs(from), process.execPath, DNS_TOOL, 'query', resolverOf(from), name, type, proto], {
    encoding: 'utf8',
    timeout: 10_000,
  });
  return JSON.parse(out) as { rcode: number; answers: string[]; soa: boolean };
}

/**
 * A negative name check with its positive control through the same resolver, in the same test:
 * `from`'s resolver answers `known` (so it is alive and reachable; a dead resolver also gives "no
 * answers"), and answers NXDOMAIN, not a timeout, for `name`.
 */
function assertNoName(from: string, name: string, known: string, why = `${from} gets nothing for ${name}`): void {
  const control = dig(from, known);
  assert.ok(control.rcode === 0 && control.answers.length > 0, `positive control: ${from} resolves ${known}: ${JSON.stringify(control)}`);
  assert.deepEqual(dig(from, name), { rcode: 3, answers: [], soa: true }, why);
}

function links(name: string): { ifname: string }[] {
  return c.ipJson<{ ifname: string }[]>(wlNs(name), ['link', 'show']);
}

function defaultRoute(name: string): { gateway?: string; dev: string } | undefined {
  return c.ipJson<{ dst: string; gateway?: string; dev: string }[]>(wlNs(name), ['route', 'show']).find((r) => r.dst === 'default');
}

function pidOf(_name: string, view: string): number {
  const [v] = JSON.parse(view) as { status?: { pid?: number } }[];
  return v?.status?.pid ?? 0;
}

function probe(from: string, args: string[]): ChildProcessWithoutNullStreams {
  const p = spawn('ip', ['netns', 'exec', wlNs(from), process.execPath, DNS_TOOL, ...args]);
  probes.push(p);
  return p;
}

function lines(p: ChildProcessWithoutNullStreams): AsyncGenerator<string> {
  let buf = '';
  const queue: string[] = [];
  let wake: (() => void) | undefined;
  let ended = false;
  p.stdout.on('data', (d: Buffer) => {
    buf += d.toString();
    for (let i = buf.indexOf('\n'); i >= 0; i = buf.indexOf('\n')) {
      queue.push(buf.slice(0, i));
      buf = buf.slice(i + 1);
    }
    wake?.();
  });
  p.on('close', () => {
    ended = true;
    wake?.();
  });
  return (async function* () {
    for (;;) {
      while (queue.length) yield queue.shift()!;
      if (ended) return;
      await new Promise<void>((r) => {
        wake = r;
      });
    }
  })();
}

test('setup: two overlay networks and a second upstream resolver the test runs in a workload', async () => {
  await c.cliOk(['network', 'create', '-d', 'overlay', '--subnet', '198.18.64.0/24', 'front']);
  await c.cliOk(['network', 'create', '-d', 'overlay', '--subnet', '198.18.65.0/24', 'back']);
  await run(
    'h2',
    'upstream',
    ['--network', 'front', '--ip', OVERLAY_UPSTREAM],
    [process.execPath, DNS_TOOL, 'serve', 'upstream.test', UPSTREAM_ANSWER],
  );
});

test('workload files: /etc/hosts, resolv.conf and hostname for every option, and the UTS hostname', async () => {
  await run(
    'h1',
    'web',
    [
      '--network',
      'front',
      '--hostname',
      'web.lab',
      '--dns-search',
      'lab',
      '--dns-option',
      'ndots:2',
      '--dns-option',
      'timeout:1',
      '--add-host',
      'gw.lab:10.1.2.3',
      '--add-host',
      'gw2:10.1.2.4',
      '--dns',
      UPSTREAM,
    ],
    ['sleep', '3600'],
  );
  const webIp = await c.ipOf('web');
  const hosts = (await execOut('web', ['cat', '/etc/hosts'])).stdout;
  assert.match(hosts, /^127\.0\.0\.1\tlocalhost$/m);
  assert.match(hosts, /^::1\tlocalhost ip6-localhost ip6-loopback$/m);
  assert.match(hosts, /^10\.1\.2\.3\tgw\.lab$/m);
  assert.match(hosts, /^10\.1\.2\.4\tgw2$/m);
  assert.match(hosts, new RegExp(`^${webIp.replace(/\./g, '\\.')}\\tweb\\.lab web$`, 'm'));
  const resolv = (await execOut('web', ['cat', '/etc/resolv.conf'])).stdout;
  assert.deepEqual(
    resolv.split('\n').filter((l) => l && !l.startsWith('#')),
    ['nameserver 198.18.64.1', 'search lab', 'options ndots:2 timeout:1'],
  );
  assert.match(resolv, new RegExp(`other names go to: ${UPSTREAM}`));
  assert.equal((await execOut('web', ['cat', '/etc/hostname'])).stdout, 'web.lab\n');
  assert.equal((await execOut('web', ['hostname'])).stdout.trim(), 'web.lab', 'the workload has its own UTS namespace');
  assert.notEqual(execFileSync('hostname', { encoding: 'utf8' }).trim(), 'web.lab', 'the host keeps its name');
  assert.deepEqual(await getent('web', 'gw.lab'), ['10.1.2.3']);
  // The files live where `ip netns exec` finds them.
  assert.equal(execFileSync('ip', ['netns', 'exec', wlNs('web'), 'cat', '/etc/hostname'], { encoding: 'utf8' }), 'web.lab\n');

  // Default bridge: no embedded resolver (as in Docker); --dns as given, else the agent's dns setting.
  await run('h1', 'plain', ['--network', 'bridge', '--dns', '198.18.64.99', '--dns-search', 'example.test']);
  const plainResolv = (await execOut('plain', ['cat', '/etc/resolv.conf'])).stdout;
  assert.deepEqual(
    plainResolv.split('\n').filter((l) => l && !l.startsWith('#')),
    ['nameserver 198.18.64.99', 'search example.test'],
  );
  assert.equal((await execOut('plain', ['hostname'])).stdout.trim(), 'plain', 'hostname defaults to the workload name');
  await run('h1', 'plain2', ['--network', 'bridge']);
  const plain2 = (await execOut('plain2', ['cat', '/etc/resolv.conf'])).stdout;
  assert.match(plain2, new RegExp(`^nameserver ${UPSTREAM}$`, 'm'));
  assert.equal(plain2.match(/^nameserver/gm)?.length, 1, 'the default bridge does not use the host resolver');
  assert.equal(statSync(join(ETC_NETNS, wlNs('plain2'), 'hosts')).isFile(), true);
});

test('names resolve across hosts; aliases; reverse lookups; other networks get nothing', async () => {
  await run('h3', 'db', ['--network', 'back']);
  await run('h2', 'solo', ['--network', 'front', '--alias', 'lonely']);
  const dbIp = await c.ipOf('db');
  const soloIp = await c.ipOf('solo');
  assert.deepEqual(await getent('web', 'solo'), [soloIp], 'web (h1) resolves solo (h2) on front');
  assert.deepEqual(await getent('web', 'lonely'), [soloIp], 'and its alias');
  assert.deepEqual(dig('web', reverseName(soloIp), 'PTR').answers, ['solo']);
  assert.deepEqual(await getent('solo', 'web'), [await c.ipOf('web')]);
  // db is on back only: nobody on front knows it, and db knows no one on front.
  assertNoName('solo', 'db', 'web');
  assertNoName('db', 'solo', 'db', 'db (back only) gets nothing for solo');
  // A known name has no AAAA: NODATA (NOERROR, no answer, SOA), not NXDOMAIN.
  assert.deepEqual(dig('solo', 'web', 'AAAA'), { rcode: 0, answers: [], soa: true });
  assert.deepEqual(await getent('db', 'db'), [dbIp]);
  // Over TCP too (a client retrying a truncated answer), positive and negative.
  assert.deepEqual(dig('web', 'lonely', 'A', 'tcp').answers, [soloIp]);
  assert.deepEqual(dig('web', 'db', 'A', 'tcp'), { rcode: 3, answers: [], soa: true });
});

test('unknown names go to the upstream servers (--dns), which only the test runs', async () => {
  assert.deepEqual(await getent('web', 'x.upstream.test'), [UPSTREAM_ANSWER]);
  assert.deepEqual(dig('solo', 'y.upstream.test').answers, [UPSTREAM_ANSWER], "the agent's dns setting is the default upstream");
  assert.deepEqual(dig('web', 'y.upstream.test', 'A', 'tcp').answers, [UPSTREAM_ANSWER], 'a TCP query is relayed too');
  // An upstream that lives on an overlay network, asked by a workload on its host: relayed through that overlay.
  await run('h2', 'ovdns', ['--network', 'front', '--dns', OVERLAY_UPSTREAM]);
  assert.deepEqual(dig('ovdns', 'z.upstream.test').answers, [UPSTREAM_ANSWER]);
  assert.deepEqual(await getent('ovdns', 'w.upstream.test'), [UPSTREAM_ANSWER]);
});

test('connect live: web gets eth1 on back without a restart; peers everywhere see it; disconnect removes it', async () => {
  const nsInode = statSync(`/run/netns/${wlNs('web')}`).ino;
  const pid = pidOf('web', await c.cliOk(['inspect', 'web', '--format', 'json']));
  assert.ok(pid > 0, 'web runs a command');
  const route = defaultRoute('web');
  assert.equal(route?.dev, 'gw0', 'the default route goes through the gateway path');

  await c.cliOk(['network', 'connect', '--alias', 'api', 'back', 'web']);
  const webBack = await c.ipOf('web', 'back');
  await c.until(() => links('web').some((l) => l.ifname === 'eth1'), 5000, 'eth1 did not appear in web');
  assert.equal(statSync(`/run/netns/${wlNs('web')}`).ino, nsInode, 'same namespace');
  // Right after the connect the status may say "pending" (pid 0) until web's files are rewritten: wait for a pid, then compare.
  let after = 0;
  await c.until(
    async () => {
      after = pidOf('web', await c.cliOk(['inspect', 'web', '--format', 'json']));
      return after > 0;
    },
    10_000,
    'web reports no pid after the connect',
  );
  assert.equal(after, pid, 'same process');
  assert.deepEqual(defaultRoute('web'), route, 'the default route stays on the first network');
  // db (h3, back) resolves web and its alias on back, and reaches it.
  await c.until(async () => (await getent('db', 'api')).join() === webBack, 5000, 'db does not resolve api');
  assert.deepEqual(await getent('db', 'web'), [webBack]);
  assert.deepEqual(dig('db', reverseName(webBack), 'PTR').answers, ['web']);
  assert.deepEqual(await getent('web', 'db'), [await c.ipOf('db')]);
  await c.until(async () => (await execOut('web', ['ping', '-c1', '-W2', 'db'])).code === 0, 10_000, 'web cannot ping db by name');
  assert.equal((await execOut('db', ['ping', '-c1', '-W2', 'api'])).code, 0, 'db pings web by its alias');
  assert.match((await execOut('web', ['cat', '/etc/hosts'])).stdout, new RegExp(`^${webBack.replace(/\./g, '\\.')}\\tweb\\.lab web$`, 'm'));
  // solo (front only) still does not see back's names.
  assertNoName('solo', 'api', 'web');
  const h3Back = `${c.agentPrefix('h3')}net-back`;
  const webMac = macOf(webBack);
  assert.ok(
    c.fdb(h3Back, vxlanDev(h3Back)).some((e) => e.mac === webMac && e.dst === c.hostIp(1)),
    'h3 has an FDB entry for web on back',
  );

  await c.cliOk(['network', 'disconnect', 'back', 'web']);
  await c.until(() => !links('web').some((l) => l.ifname === 'eth1'), 5000, 'eth1 still in web');
  await c.until(() => dig('db', 'api').answers.length === 0, 5000, 'db still resolves api');
  assertNoName('db', 'api', 'db');
  assertNoName('db', 'web', 'db');
  assertNoName('web', 'db', 'solo');
  assert.doesNotMatch((await execOut('web', ['cat', '/etc/hosts'])).stdout, new RegExp(webBack.replace(/\./g, '\\.')));
  // Only the vxlan device's own entries (with a dst); the bridge's learned ones age out by themselves.
  await c.until(() => !c.fdb(h3Back, vxlanDev(h3Back)).some((e) => e.mac === webMac && e.dst), 5000, "h3 keeps web's FDB entry");
  assert.equal(pidOf('web', await c.cliOk(['inspect', 'web', '--format', 'json'])), pid, 'still the same process');
  assert.deepEqual(defaultRoute('web'), route);
});

test('connect live to a user-defined bridge network: eth1, names on the bridge, disconnect', async () => {
  await c.cliOk(['network', 'create', '-d', 'bridge', '--host', 'h1', '--subnet', '198.18.66.0/24', 'lbr']);
  await run('h1', 'b1', ['--network', 'lbr'], ['sleep', '3600']);
  await run('h1', 'bw', ['--network', 'front']);
  const route = defaultRoute('bw');
  await c.cliOk(['network', 'connect', '--alias', 'bra', 'lbr', 'bw']);
  const bwBr = await c.ipOf('bw', 'lbr');
  await c.until(() => links('bw').some((l) => l.ifname === 'eth1'), 5000, 'eth1 did not appear in bw');
  assert.deepEqual(defaultRoute('bw'), route, 'the default route stays on front');
  await c.until(async () => (await getent('b1', 'bra')).join() === bwBr, 5000, 'b1 does not resolve bra');
  assert.deepEqual(await getent('bw', 'b1'), [await c.ipOf('b1')]);
  assert.deepEqual(await getent('bw', 'solo'), [await c.ipOf('solo')], 'bw still resolves front names');
  assertNoName('b1', 'solo', 'bra', 'b1 (lbr only) does not see front');
  await c.until(async () => (await execOut('b1', ['ping', '-c1', '-W2', 'bra'])).code === 0, 10_000, 'b1 cannot ping bw');
  await c.cliOk(['network', 'disconnect', 'lbr', 'bw']);
  await c.until(() => !links('bw').some((l) => l.ifname === 'eth1'), 5000, 'eth1 still in bw');
  await c.until(() => dig('b1', 'bra').answers.length === 0, 5000, 'b1 still resolves bra');
  assertNoName('b1', 'bra', 'b1');
});

// How fast (the one-second target) is measured by `npm run bench` (convergence:
// name resolvable p50/p99), not asserted here: machines under load are noisy.
test('a new workload resolves on every host soon after `vxnet run` returns', async (t) => {
  await run('h3', 'watch3', ['--network', 'front']);
  const watchers = ['web', 'solo', 'watch3'].map((w) => probe(w, ['wait', resolverOf(w)]));
  const outs = watchers.map(lines);
  for (const o of outs) assert.equal((await o.next()).value, 'ready');
  for (const [i, host] of ['h1', 'h2', 'h3'].entries()) {
    const name = `fresh${i}`;
    hostOf.set(name, host);
    await c.cliOk(['run', '--host', host, '--name', name, '--network', 'front']);
    for (const p of watchers) p.stdin.write(`${name}\n`);
    for (const [j, o] of outs.entries()) {
      const r = JSON.parse((await o.next()).value as string) as { name: string; ms: number; resolved: boolean };
      assert.equal(r.name, name);
      assert.ok(r.resolved, `${name} (on ${host}) did not resolve in ${['web', 'solo', 'watch3'][j]} within 10 s`);
      t.diagnostic(`${name} (on ${host}) resolves in ${['web', 'solo', 'watch3'][j]} after ${r.ms} ms`);
    }
  }
  for (const p of watchers) p.stdin.end();
});

test('no query is dropped while names reload: workloads come and go during a query loop', async (t) => {
  const loop = probe('web', ['loop', resolverOf('web'), '120000', 'solo', 'lonely', 'upstream', 'web', 'z.upstream.test']);
  const out = lines(loop);
  for (let i = 0; i < 3; i++) {
    for (const host of ['h1', 'h2', 'h3'])
      await c.cliOk(['run', '--host', host, '--name', `churn-${host}-${i}`, '--network', 'front', '--alias', `ch${i}`]);
    for (const host of ['h1', 'h2', 'h3']) await c.cliOk(['rm', '-f', `churn-${host}-${i}`]);
  }
  loop.stdin.end();
  const r = JSON.parse((await out.next()).value as string) as { queries: number; failures: unknown[] };
  t.diagnostic(`${r.queries} queries, ${r.failures.length} failed`);
  assert.ok(r.queries > 50, `only ${r.queries} queries`);
  assert.deepEqual(r.failures, [], `${r.failures.length} of ${r.queries} queries failed`);
});

test('--internal networks keep their names (overlay across hosts, bridge), --hostname resolves for peers', async () => {
  await c.cliOk(['network', 'create', '-d', 'overlay', '--internal', '--subnet', '198.18.67.0/24', 'secret']);
  await c.cliOk(['network', 'create', '-d', 'bridge', '--internal', '--host', 'h1', '--subnet', '198.18.68.0/24', 'ibr']);
  await run('h1', 's1', ['--network', 'secret', '--alias', 'vault']);
  await run('h2', 's2', ['--network', 'secret', '--hostname', 's2.box']);
  await run('h1', 'i1', ['--network', 'ibr']);
  await run('h1', 'i2', ['--network', 'ibr', '--hostname', 'i2.box']);
  const [s1, s2, i1, i2] = await Promise.all(['s1', 's2', 'i1', 'i2'].map((n) => c.ipOf(n)));
  assert.equal(defaultRoute('s1'), undefined, 'an internal workload has no way out');
  assert.deepEqual(dig('s2', 'vault').answers, [s1], 'h2 resolves an alias of h1 on an internal overlay');
  assert.deepEqual(dig('s1', 's2.box').answers, [s2], "h1 resolves h2's --hostname");
  assert.deepEqual(await getent('s1', 's2'), [s2]);
  assert.deepEqual(dig('i1', 'i2.box').answers, [i2], 'an internal bridge resolves');
  assert.deepEqual(await getent('i2', 'i1'), [i1]);
  assertNoName('i1', 'solo', 'i2.box', 'and sees only its own network');
  assertNoName('s1', 'i1', 'vault');
});

test('20 workloads on user networks on one host: no resolver process in any of them, every one resolves', async () => {
  const many = Array.from({ length: 20 }, (_, i) => `many${i}`);
  for (const [i, n] of many.entries()) {
    hostOf.set(n, 'h1');
    await c.cliOk(['run', '--host', 'h1', '--name', n, '--network', i % 2 ? 'front' : 'lbr', '--alias', `m${i}`]);
  }
  for (const n of many)
    await c.until(
      async () => (await c.cli(['exec', n, '--', 'true'])).code === 0,
      20_000,
      () => `${n} not running: ${c.tail('agent-h1')}`,
    );
  // Each asks the host's resolver for a peer on its network (same parity), by name and by alias.
  for (const [i, n] of many.entries()) {
    const peer = many[(i + 2) % 20]!;
    assert.deepEqual(dig(n, peer).answers, [await c.ipOf(peer)], `${n} resolves ${peer}`);
    if (i < 4) assert.deepEqual(dig(n, `m${(i + 2) % 20}`).answers, [await c.ipOf(peer)]);
    assert.deepEqual(dig(n, many[(i + 1) % 20]!).answers, [], `${n} does not see the other network`);
  }
  // Not one process in a workload or overlay namespace of h1 (these workloads run no command): the resolver is the agent.
  const prefix = c.agentPrefix('h1');
  const nss = c.namespaces().filter((ns) => ns.startsWith(prefix) && (many.some((n) => ns === wlNs(n)) || ns.startsWith(`${prefix}net-`)));
  assert.ok(nss.length >= 21, `namespaces: ${nss.join(' ')}`);
  // (An exec of the readiness check may still be exiting: wait for it, then show what is left.)
  for (const ns of nss)
    await c.until(
      () => pidsIn(ns).length === 0,
      5000,
      () => `processes in ${ns}: ${pidsIn(ns).map(cmdline)}`,
    );
  assert.deepEqual(pidsNamed('dnsmasq'), [], 'no dnsmasq anywhere');

  // Removing a workload removes its name; the resolver keeps answering the others.
  await c.cliOk(['rm', '-f', ...many]);
  await c.until(() => dig('solo', 'm1').answers.length === 0, 5000, 'm1 still resolves after rm');
  assert.deepEqual(dig('solo', 'many1').answers, []);
  assert.deepEqual(dig('solo', 'web').answers, [await c.ipOf('web')], 'control: same resolver, same test');
  for (const n of many) hostOf.delete(n);
});

test('inspect shows hostname, DNS settings, aliases and every attachment', async () => {
  await c.cliOk(['network', 'connect', '--alias', 'api', '--alias', 'api2', 'back', 'web']);
  const [v] = JSON.parse(await c.cliOk(['inspect', 'web', '--format', 'json'])) as {
    workload: Record<string, unknown> & { attachments: { network: string; ifname: string; aliases?: string[]; ip: string }[] };
  }[];
  const w = v!.workload;
  assert.equal(w.hostname, 'web.lab');
  assert.deepEqual(w.dns, [UPSTREAM]);
  assert.deepEqual(w.dnsSearch, ['lab']);
  assert.deepEqual(w.dnsOptions, ['ndots:2', 'timeout:1']);
  assert.deepEqual(w.addHosts, ['gw.lab:10.1.2.3', 'gw2:10.1.2.4']);
  assert.deepEqual(
    w.attachments.map((a) => [a.network, a.ifname, a.aliases ?? []]),
    [
      ['front', 'eth0', []],
      ['back', 'eth1', ['api', 'api2']],
    ],
  );
});

test('removing workloads removes their files, hostnames and resolver listeners', async () => {
  const names = [...hostOf.keys()];
  await c.cliOk(['rm', '-f', ...names]);
  for (const h of c.hosts) {
    await c.until(
      () => entriesWithPrefix(ETC_NETNS, c.agentPrefix(h)).length === 0,
      10_000,
      () => `/etc/netns keeps ${entriesWithPrefix(ETC_NETNS, c.agentPrefix(h))}`,
    );
    await c.until(() => entriesWithPrefix(UTS_DIR, c.agentPrefix(h)).length === 0, 10_000, 'UTS namespaces left');
  }
  // The resolver stops listening once no workload is left on a network: no port 53 left in any host namespace.
  for (const h of c.hosts)
    await c.until(
      () => dnsListeners(c.hostNs(h)).length === 0,
      10_000,
      () => `${h}: ${dnsListeners(c.hostNs(h))}`,
    );
});

/** Pids of processes in a named network namespace. */
function pidsIn(ns: string): string[] {
  return execFileSync('ip', ['netns', 'pids', ns], { encoding: 'utf8' }).split('\n').filter(Boolean);
}

function cmdline(pid: string): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return `${pid} (gone)`;
  }
}

/** Pids of processes called `name` whose network namespace is one of this cluster's. */
function pidsNamed(name: string): string[] {
  let pids: string[] = [];
  try {
    pids = execFileSync('pgrep', ['-x', name], { encoding: 'utf8' }).split('\n').filter(Boolean);
  } catch {
    return [];
  }
  const ours = new Set(c.namespaces().map((ns) => statSync(`/run/netns/${ns}`).ino));
  return pids.filter((p) => {
    try {
      return ours.has(Number(/\[(\d+)\]/.exec(readlinkSync(`/proc/${p}/ns/net`))![1]));
    } catch {
      return false;
    }
  });
}

/** UDP sockets on port 53 in a namespace. */
function dnsListeners(ns: string): string[] {
  return execFileSync('ip', ['netns', 'exec', ns, 'ss', '-Hlun', 'sport = :53'], { encoding: 'utf8' }).split('\n').filter(Boolean);
}

function vxlanDev(ns: string): string {
  const l = c
    .ipJson<{ ifname: string; linkinfo?: { info_kind: string } }[]>(ns, ['-d', 'link', 'show'])
    .find((x) => x.linkinfo?.info_kind === 'vxlan');
  return l!.ifname;
}

// Last: the shadow check (--verify-prediction) found no prediction that differed from the kernel.
test("the agents' predictions of the kernel held all along", () => c.assertPredictionsHeld());
