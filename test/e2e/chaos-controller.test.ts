// Failure behaviour of controllers on a real cluster: a controller SIGKILLed
// with requests in flight, and three controller processes serving at once
// (all active: every allocation is a KV create() or compare-and-set, so the
// store, not a leader, decides who wins). See README "Failure behaviour".
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cluster } from './cluster.js';
import { dumpKv, load, macOf, netNs, orphans, pings, remoteFdb, vxlanDev, wlNs, type KvDump, type LoadRequest } from './chaos-helpers.js';

/**
 * Orphans are swept after 60 s here (30 s by default): a run must commit within
 * a third of the grace (controller/commit.ts), and the concurrent test below
 * runs hundreds at once on a loaded machine, where one can take over 5 s.
 */
const CONTROLLER_ARGS = ['--orphan-grace-ms', '60000'];
let c: Cluster;
before(async () => {
  c = await Cluster.start({ hosts: 3, controllerArgs: CONTROLLER_ARGS });
});
after(async () => {
  await c?.stop();
});

/** What a client of a dead controller reads (cli/client.ts wording). */
const CONTROLLER_GONE = /did not answer .* within|no vxnet controller is answering/;

interface Wl {
  name: string;
  host: string;
  attachments: { network: string; networkId: string; ip: string }[];
  ports?: { protocol?: number; hostPort: number }[];
}

const workloads = (kv: KvDump) =>
  Object.entries(kv)
    .filter(([k]) => k.startsWith('wl.'))
    .map(([, v]) => v as Wl);
/** Everything the named workload holds in the KV (its document, name, address and port claims, endpoints). */
function heldBy(kv: KvDump, name: string): string[] {
  return Object.entries(kv)
    .filter(
      ([k, v]) =>
        (k.startsWith('wl.') && (v as Wl).name === name) ||
        k === `name.${name}` ||
        k.endsWith(`.ep.${name}`) ||
        ((k.startsWith('ip.') || k.startsWith('port.')) && v === name),
    )
    .map(([k]) => k)
    .sort();
}

test('controller SIGKILLed with requests in flight: state survives, each request completed or failed clearly, nothing half-applied remains', async (t) => {
  await c.cliOk(['network', 'create', '--subnet', '10.81.0.0/24', 'blue']);
  await c.cliOk(['run', '--host', 'h1', '--network', 'blue', '--name', 'a']);
  await c.cliOk(['run', '--host', 'h2', '--network', 'blue', '--name', 'b', '-p', '8080:80']);
  const bIp = await c.ipOf('b');
  await c.until(() => pings(wlNs(c, 'h1', 'a'), bIp), 15_000, 'a cannot reach b');
  const kvBefore = await dumpKv(c);
  const keep = ['registry.networks', ...heldBy(kvBefore, 'a'), ...heldBy(kvBefore, 'b')];

  const requests: LoadRequest[] = [
    ...Array.from(
      { length: 60 },
      (_, i): LoadRequest => ({
        kind: 'run',
        req: { name: `r${i}`, host: `h${(i % 3) + 1}`, networks: ['blue'], ...(i % 4 === 0 ? { publish: ['80'] } : {}) },
      }),
    ),
    ...Array.from({ length: 6 }, (_, i): LoadRequest => ({ kind: 'network', req: { name: `n${i}` } })),
  ];
  let answered = 0;
  let killed: Promise<void> | undefined;
  const results = await load(c, { requests, concurrency: 66, timeoutMs: 4000 }, () => {
    if (++answered === 12) killed = c.killController();
  });
  await killed;
  const failed = results.filter((r) => !r.ok);
  t.diagnostic(`${results.length - failed.length} requests completed, ${failed.length} failed when the controller died`);
  assert.ok(failed.length > 0 && failed.length < results.length, 'the kill came in the middle of the burst');
  for (const r of failed) assert.match(r.error!, CONTROLLER_GONE, `${r.name}: a clear error`);

  const kvDead = await dumpKv(c);
  const leftovers = orphans(kvDead);
  t.diagnostic(`half-applied entries left by the crash: ${leftovers.length} (${leftovers.slice(0, 6).join(', ')})`);

  c.startController(CONTROLLER_ARGS);
  await c.until(async () => (await c.cli(['network', 'ls', '-q'])).code === 0, 15_000, 'the restarted controller does not answer');

  // Nothing half-applied: the sweep removes every claim and endpoint of no workload.
  let kv: KvDump = {};
  await c.until(
    async () => {
      kv = await dumpKv(c);
      return orphans(kv).length === 0;
    },
    120_000, // the grace (60 s), a sweep interval (30 s) and a pass that meets a busy store
    () => `orphans remain: ${orphans(kv).join(', ')}`,
  );
  // Everything made before the crash survived as it was.
  for (const k of keep) {
    if (k === 'registry.networks') {
      const names = (x: KvDump) =>
        (x[k] as { networks: { name: string; vni: number; subnet: string }[] }).networks.map((n) => `${n.name}/${n.vni}/${n.subnet}`);
      assert.ok(
        names(kvBefore).every((n) => names(kv).includes(n)),
        'networks survived',
      );
    } else {
      assert.deepEqual(kv[k], kvBefore[k], `${k} survived unchanged`);
    }
  }
  // Every request that completed is fully there; every one that failed is either fully there or not at all.
  const names = new Set(workloads(kv).map((w) => w.name));
  const nets = (kv['registry.networks'] as { networks: { name: string }[] }).networks.map((n) => n.name);
  for (const r of results) {
    const there = r.kind === 'run' ? names.has(r.name) : nets.includes(r.name);
    if (r.ok) assert.ok(there, `${r.name} completed but is missing`);
    if (r.kind === 'run' && !there) assert.deepEqual(heldBy(kv, r.name), [], `${r.name} failed and left entries`);
  }
  // Each failed run can simply be retried.
  const retry = failed.filter((r) => r.kind === 'run' && !names.has(r.name)).map((r) => requests[r.i]!);
  const again = await load(c, { requests: retry, concurrency: 20, timeoutMs: 10_000 });
  assert.deepEqual(
    again.filter((r) => !r.ok).map((r) => `${r.name}: ${r.error}`),
    [],
    'retries succeed',
  );

  // Other hosts point only at endpoints that exist (a swept endpoint's FDB entry went with it).
  const final = await dumpKv(c);
  const ns1 = netNs(c, 'h1', 'blue');
  const expected = workloads(final)
    .filter((w) => w.host !== 'h1')
    .map((w) => `${macOf(w.attachments[0]!.ip)}>${c.hostIp(Number(w.host.slice(1)))}`);
  await c.until(
    () => {
      const have = remoteFdb(c, ns1, vxlanDev(c, ns1)!).filter((e) => !e.startsWith('00:00:00:00:00:00'));
      return JSON.stringify(have) === JSON.stringify([...expected].sort());
    },
    15_000,
    () => `h1's FDB differs from the endpoints: ${remoteFdb(c, ns1, vxlanDev(c, ns1)!).length} entries, want ${expected.length}`,
  );
  const r = workloads(final).find((w) => w.host === 'h3')!;
  await c.until(() => pings(wlNs(c, 'h1', 'a'), r.attachments[0]!.ip), 15_000, `a cannot reach ${r.name} made around the crash`);
  assert.ok(await pings(wlNs(c, 'h1', 'a'), bIp), 'a still reaches b');
});

test('three controllers at once under hundreds of concurrent requests: no VNI, subnet, address, host port or name is given twice', async (t) => {
  c.startControllerAs('controller-2', CONTROLLER_ARGS);
  c.startControllerAs('controller-3', CONTROLLER_ARGS);
  const logOf = (n: string) => {
    try {
      return readFileSync(join(c.dir, `${n}.log`), 'utf8');
    } catch {
      return '';
    }
  };
  await c.until(
    () => ['controller-2', 'controller-3'].every((n) => logOf(n).includes('controller serving')),
    15_000,
    'extra controllers did not start',
  );
  // Hosts without agents (the tool heartbeats for them and answers their port checks): pure allocation load.
  const fakeHosts = [1, 2, 3].map((i) => ({
    name: `f${i}`,
    underlayIp: `${c.net}.${200 + i}`,
    bridgeSubnet: `172.30.${i}.0/24`,
    bridgeGateway: `172.30.${i}.1`,
    gwbridgeSubnet: `172.29.${i}.0/24`,
    gwbridgeGateway: `172.29.${i}.1`,
  }));

  // 1: 60 networks from the default pool, 10 names asked for three times each.
  const netReqs: LoadRequest[] = [
    ...Array.from({ length: 60 }, (_, i): LoadRequest => ({ kind: 'network', req: { name: `hn${i}` } })),
    ...Array.from({ length: 30 }, (_, i): LoadRequest => ({ kind: 'network', req: { name: `dupnet${i % 10}` } })),
  ];
  const nets = await load(c, { requests: netReqs, concurrency: 90, timeoutMs: 20_000, fakeHosts });
  const okNets = nets.filter((r) => r.ok);
  assert.deepEqual(
    nets.filter((r) => !r.ok && !r.name.startsWith('dupnet')).map((r) => `${r.name}: ${r.error}`),
    [],
    'every distinct network created',
  );
  for (let i = 0; i < 10; i++) {
    const tries = nets.filter((r) => r.name === `dupnet${i}`);
    assert.equal(tries.filter((r) => r.ok).length, 1, `dupnet${i} created exactly once`);
    for (const r of tries.filter((x) => !x.ok)) assert.match(r.error!, /already exists/, 'the losers are told why');
  }
  assertUnique(
    okNets.map((r) => String(r.vni)),
    'VNI',
  );
  assertDisjoint(okNets.map((r) => r.subnet!));

  // 2: 240 runs over 4 of those networks and the fake hosts' default bridges,
  // with random host ports, one fixed host port and one static address wanted
  // by many, and names asked for twice.
  const runReqs: LoadRequest[] = [];
  for (let i = 0; i < 160; i++)
    runReqs.push({ kind: 'run', req: { name: `hr${i}`, host: `f${(i % 3) + 1}`, networks: [`hn${i % 4}`], publish: ['80', '53/udp'] } });
  for (let i = 0; i < 30; i++)
    runReqs.push({ kind: 'run', req: { name: `hb${i}`, host: `f${(i % 3) + 1}`, networks: [], publish: ['8000-8009:80'] } });
  for (let i = 0; i < 15; i++) runReqs.push({ kind: 'run', req: { name: `hp${i}`, host: 'f1', networks: ['hn5'], publish: ['7000:80'] } });
  for (let i = 0; i < 15; i++) runReqs.push({ kind: 'run', req: { name: `hs${i}`, host: 'f2', networks: ['hn6'], ip: '10.200.0.200' } });
  for (let i = 0; i < 20; i++) runReqs.push({ kind: 'run', req: { name: `hd${i % 10}`, host: 'f3', networks: ['hn7'] } });
  const subnetOf = (n: string) => okNets.find((r) => r.name === n)!.subnet!;
  for (const r of runReqs) if (r.kind === 'run' && r.req.ip) r.req.ip = subnetOf('hn6').replace(/0\/\d+$/, '200');
  const runs = await load(c, { requests: runReqs, concurrency: 60, timeoutMs: 20_000, fakeHosts });
  const ok = runs.filter((r) => r.ok);
  t.diagnostic(`${ok.length} of ${runs.length} runs succeeded`);

  const unexpected = runs.filter((r) => !r.ok && !/^(hp|hs|hd|hb)/.test(r.name));
  assert.deepEqual(
    unexpected.map((r) => `${r.name}: ${r.error}`),
    [],
    'uncontested runs all succeed',
  );
  assert.equal(ok.filter((r) => r.name.startsWith('hp')).length, 1, 'host port 7000 on f1 given once');
  for (const r of runs.filter((x) => x.name.startsWith('hp') && !x.ok)) assert.match(r.error!, /7000\/tcp on f1 is already published/);
  assert.equal(ok.filter((r) => r.name.startsWith('hs')).length, 1, 'the static address given once');
  for (const r of runs.filter((x) => x.name.startsWith('hs') && !x.ok)) assert.match(r.error!, /already in use/);
  for (let i = 0; i < 10; i++) assert.equal(ok.filter((r) => r.name === `hd${i}`).length, 1, `name hd${i} given once`);
  for (const r of runs.filter((x) => x.name.startsWith('hd') && !x.ok)) assert.match(r.error!, /name hd\d is already in use/);
  // 8000-8009 on each fake host: ten ports for ten workloads per host, so all fit, each once.
  for (const r of runs.filter((x) => x.name.startsWith('hb') && !x.ok)) assert.match(r.error!, /no free host port|already published/);

  assertUnique(
    ok.flatMap((r) => r.ips!.map((a) => `${a.networkId} ${a.ip}`)),
    'address',
  );
  assertUnique(
    ok.flatMap((r) => r.ports!.map((p) => `${r.host} ${p.protocol} ${p.hostPort}`)),
    'host port',
  );
  assertUnique(
    ok.map((r) => r.name),
    'name',
  );

  // Nine real CLI processes at once want one port of a real host: one wins, the others get one clear line and exit 1.
  const cli = await Promise.all(
    Array.from({ length: 9 }, (_, i) => c.cli(['run', '--host', 'h2', '--network', 'hn8', '--name', `cli${i}`, '-p', '7100:80'])),
  );
  assert.equal(cli.filter((r) => r.code === 0).length, 1, 'one CLI run won the port');
  for (const r of cli.filter((x) => x.code !== 0)) {
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^vxnet: host port 7100\/tcp on h2 is already published by cli\d: pick another host port\n$/);
  }

  // The KV agrees: every claim belongs to a workload, and every controller served some of the load.
  const kv = await dumpKv(c);
  assert.deepEqual(orphans(kv), []);
  for (const n of ['controller', 'controller-2', 'controller-3']) assert.match(logOf(n), /workload created/, `${n} served requests`);
});

function assertUnique(values: string[], what: string): void {
  const seen = new Map<string, number>();
  for (const v of values) seen.set(v, (seen.get(v) ?? 0) + 1);
  const twice = [...seen].filter(([, n]) => n > 1).map(([v]) => v);
  assert.deepEqual(twice, [], `${what} given more than once`);
}

function assertDisjoint(cidrs: string[]): void {
  const range = (cidr: string) => {
    const [ip, len] = cidr.split('/');
    const n = ip!.split('.').reduce((a, b) => a * 256 + Number(b), 0);
    const size = 2 ** (32 - Number(len));
    return [n, n + size - 1] as const;
  };
  const rs = cidrs.map((x) => ({ x, r: range(x) })).sort((a, b) => a.r[0] - b.r[0]);
  for (let i = 1; i < rs.length; i++) assert.ok(rs[i]!.r[0] > rs[i - 1]!.r[1], `subnets ${rs[i - 1]!.x} and ${rs[i]!.x} overlap`);
}

// Last: the shadow check (--verify-prediction) found no prediction that differed from the kernel.
test("the agents' predictions of the kernel held all along", () => c.assertPredictionsHeld());
