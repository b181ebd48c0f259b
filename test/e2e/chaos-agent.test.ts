// Failure behaviour of agents on a real cluster (real nats-server, controller,
// three agents in throwaway namespaces, the real CLI): an agent killed in the
// middle of a large plan, drift made by hand, and a host that stops
// heartbeating. See README "Failure behaviour" for the promises checked here.
import { jsonLines } from '../helpers/json-lines.js';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { Cluster } from './cluster.js';
import {
  dumpKv,
  links,
  load,
  macOf,
  netNs,
  permanentNeigh,
  pingLoop,
  pings,
  remoteFdb,
  sleep,
  vxlanDev,
  wlNs,
  type LoadRequest,
} from './chaos-helpers.js';

let c: Cluster;
before(async () => {
  c = await Cluster.start({ hosts: 3 });
});
after(async () => {
  await c?.stop();
});

const FLOOD = '00:00:00:00:00:00';
/** Resync period of the harness's agents is 5 s: a repair must show within two of them. */
// A repair is a full observation of ~55 namespaces, and the shadow check observes again after it.
const REPAIR_MS = 20_000;

interface Wl {
  name: string;
  host: string;
  mode: number;
  ports?: { hostPort: number }[];
  attachments: { network: string; ip: string; mac: string }[];
  /** Overlay workloads' interface on the gateway bridge (gw0). */
  gatewayPath?: { ip: string };
}

async function workloadsOn(host: string): Promise<Wl[]> {
  const kv = await dumpKv(c);
  return Object.entries(kv)
    .filter(([k]) => k.startsWith(`wl.${host}.`))
    .map(([, v]) => v as Wl);
}

function nft(host: string, args: string[]): string {
  return execFileSync('ip', ['netns', 'exec', c.hostNs(host), 'nft', ...args], { encoding: 'utf8' });
}

/**
 * Everything h1 holds for vxnet equals what its desired state asks for: no
 * leaked or missing namespace, link, address, FDB or neighbour entry, no
 * duplicated nft rule; and h2 points exactly at h1's overlay endpoints.
 * Throws with the first difference (so it can be polled with until()).
 */
async function assertConverged(): Promise<void> {
  const wls = await workloadsOn('h1');
  const overlay = wls.filter((w) => w.attachments.some((a) => a.network === 'blue'));
  const bridged = wls.filter((w) => w.attachments.some((a) => a.network === 'bridge'));
  const p = c.agentPrefix('h1');
  const want = ['net-blue', ...wls.map((w) => `wl-${w.name}`)].map((n) => p + n).sort();
  assert.deepEqual(
    c
      .namespaces()
      .filter((n) => n.startsWith(p))
      .sort(),
    want,
    'namespaces of h1',
  );

  const nsBlue = netNs(c, 'h1', 'blue');
  const blueLinks = links(c, nsBlue);
  const vx = vxlanDev(c, nsBlue)!;
  assert.ok(vx, 'vxlan device on h1');
  assert.equal(blueLinks.filter((l) => l.linkinfo?.info_kind === 'veth').length, overlay.length, 'one host-side veth per overlay workload');
  assert.ok(
    blueLinks.filter((l) => l.linkinfo?.info_kind === 'veth').every((l) => l.master === 'br0'),
    'every veth on br0',
  );
  assert.deepEqual(
    blueLinks.map((l) => l.ifname).filter((n) => n !== 'lo' && n !== 'br0' && n !== vx && !/^vxv[0-9a-f]{8}$/.test(n)),
    [],
    'unknown links in the network namespace',
  );
  const hostVeths = links(c, c.hostNs('h1')).filter((l) => /^vxv[0-9a-f]{8}$/.test(l.ifname));
  assert.equal(hostVeths.length, bridged.length, 'one host-side veth per default-bridge workload');
  const gwPorts = links(c, c.hostNs('h1')).filter((l) => /^vxg[0-9a-f]{8}$/.test(l.ifname));
  assert.equal(gwPorts.length, wls.filter((w) => w.gatewayPath?.ip).length, 'one gateway-bridge port per gateway path');
  assert.ok(
    gwPorts.every((l) => l.master === 'vxnet_gwbridge'),
    'every gateway-path veth on vxnet_gwbridge',
  );

  for (const w of wls) {
    const a = w.attachments[0]!;
    const ls = links(c, wlNs(c, 'h1', w.name));
    assert.deepEqual(ls.map((l) => l.ifname).sort(), w.gatewayPath?.ip ? ['eth0', 'gw0', 'lo'] : ['eth0', 'lo'], `links of ${w.name}`);
    if (w.gatewayPath?.ip) {
      const gw0 = ls.find((l) => l.ifname === 'gw0')!;
      assert.deepEqual(
        gw0.addr_info!.filter((x) => x.family === 'inet').map((x) => x.local),
        [w.gatewayPath.ip],
        `gateway-path address of ${w.name}`,
      );
    }
    const eth0 = ls.find((l) => l.ifname === 'eth0')!;
    assert.deepEqual(
      eth0.addr_info!.filter((x) => x.family === 'inet').map((x) => x.local),
      [a.ip],
      `address of ${w.name}`,
    );
    assert.equal(eth0.address, macOf(a.ip), `MAC of ${w.name}`);
    const routes = c.ipJson<{ dst: string }[]>(wlNs(c, 'h1', w.name), ['route', 'show', 'default']);
    assert.equal(routes.length, 1, `default route of ${w.name}`);
  }

  // h1's view of the remote endpoints (p2 on h2) and h2's view of h1's.
  const h2Ip = c.hostIp(2);
  const p2 = (await workloadsOn('h2')).find((w) => w.name === 'p2')!.attachments[0]!;
  assert.deepEqual(remoteFdb(c, nsBlue, vx), [`${FLOOD}>${h2Ip}`, `${p2.mac}>${h2Ip}`].sort(), 'FDB on h1');
  assert.deepEqual(permanentNeigh(c, nsBlue, vx), [`${p2.ip}>${p2.mac}`], 'neighbours on h1');
  const ns2 = netNs(c, 'h2', 'blue');
  const vx2 = vxlanDev(c, ns2)!;
  const h1Ip = c.hostIp(1);
  const expected2 = [`${FLOOD}>${h1Ip}`, ...overlay.map((w) => `${w.attachments[0]!.mac}>${h1Ip}`)].sort();
  assert.deepEqual(remoteFdb(c, ns2, vx2), expected2, 'FDB on h2');
  assert.deepEqual(
    permanentNeigh(c, ns2, vx2),
    overlay.map((w) => `${w.attachments[0]!.ip}>${w.attachments[0]!.mac}`).sort(),
    'neighbours on h2',
  );

  // One vxnet table; every published port in it as often as any other (whether as rules or map elements).
  assert.equal(
    nft('h1', ['list', 'tables'])
      .split('\n')
      .filter((l) => /\bvxnet\b/.test(l)).length,
    1,
    'one vxnet nft table',
  );
  const table = nft('h1', ['list', 'table', 'inet', 'vxnet']);
  const counts = bridged.map((w) => table.match(new RegExp(`\\b${w.ports![0]!.hostPort}\\b`, 'g'))?.length ?? 0);
  assert.ok(
    counts.every((n) => n > 0 && n === counts[0]),
    `each published port equally present in the table: ${counts.join(',')}`,
  );
}

test('agent killed mid-plan (50 workloads) converges on restart with nothing leaked, and running workloads keep forwarding', async (t) => {
  await c.cliOk(['network', 'create', '--subnet', '10.80.0.0/24', 'blue']);
  await c.cliOk(['run', '--host', 'h1', '--network', 'blue', '--name', 'p1']);
  await c.cliOk(['run', '--host', 'h2', '--network', 'blue', '--name', 'p2']);
  const p1 = await c.ipOf('p1');
  const from = wlNs(c, 'h2', 'p2');
  await c.until(() => pings(from, p1), 15_000, 'p2 cannot reach p1 before the crash');
  const eth0Before = links(c, wlNs(c, 'h1', 'p1')).find((l) => l.ifname === 'eth0')!.ifindex;

  // 40 overlay workloads and 10 on the default bridge with a published port each (so the nft table is involved).
  const requests: LoadRequest[] = Array.from({ length: 50 }, (_, i) => {
    const name = `w${String(i + 1).padStart(2, '0')}`;
    return i < 40
      ? { kind: 'run', req: { name, host: 'h1', networks: ['blue'] } }
      : { kind: 'run', req: { name, host: 'h1', networks: [], publish: [`${9000 + i + 1}:80`] } };
  });
  // 60 pings over 12 s cover the crash, both restarts and the catch-up.
  const traffic = pingLoop(from, p1, 60, 0.2);
  // Runs that publish a port ask the host's agent whether the port is free: the
  // kill waits for their answers, and comes while the agent is still building.
  let published = 0;
  const results = load(c, { requests, concurrency: 50, timeoutMs: 20_000 }, (r) => {
    if (r.ok && r.name > 'w40') published++;
  });
  // The kill comes as soon as h1 has answered the port checks and begun creating the burst's namespaces
  // (polled every 5 ms through /run/netns, no process per look), so it lands in the middle of the plan.
  const wlNamespaces = () => readdirSync('/run/netns').filter((n) => n.startsWith(`${c.agentPrefix('h1')}wl-w`)).length;
  for (const end = Date.now() + 20_000; !(published === 10 && wlNamespaces() > 0); await sleep(5))
    assert.ok(Date.now() < end, 'h1 never started on the 50 workloads');
  await c.killProcess('agent-h1');
  // The agent and its `ip` children are dead (killed as a process group): this is what existed at the kill.
  const partial = wlNamespaces();
  assert.ok(partial > 0 && partial < 50, `the kill came mid-plan: ${partial} of 50 workload namespaces existed at the kill`);
  const done = await results;
  assert.deepEqual(
    done.filter((r) => !r.ok).map((r) => `${r.name}: ${r.error}`),
    [],
    'every run accepted by the controller',
  );
  // While the agent is down, some workloads are removed: the restarted agent must take their leftovers away.
  await c.cliOk(['rm', 'w01', 'w02', 'w03', 'w49', 'w50']);

  c.startAgent('h1');
  await sleep(400);
  await c.killProcess('agent-h1'); // a second crash, during the catch-up
  c.startAgent('h1');
  let last = '';
  await c.until(
    async () => {
      try {
        await assertConverged();
        return true;
      } catch (err) {
        last = (err as Error).message;
        return false;
      }
    },
    40_000,
    () =>
      `h1 did not converge after the crash (${partial} of 50 namespaces existed at the kill): ${last}\nagent log:\n${c.tail('agent-h1')}`,
  );
  await assertConverged();

  const pinged = await traffic;
  t.diagnostic(`${partial} of 50 workload namespaces existed at the kill; p2 → p1: ${pinged.received}/${pinged.sent} pings answered`);
  assert.ok(pinged.sent >= 55, `the ping loop ran: ${pinged.output}`);
  assert.ok(
    pinged.sent - pinged.received <= 1,
    `p2 → p1 lost ${pinged.sent - pinged.received} of ${pinged.sent} pings across the agent crash: ${pinged.output}`,
  );
  const eth0After = links(c, wlNs(c, 'h1', 'p1')).find((l) => l.ifname === 'eth0')!.ifindex;
  assert.equal(eth0After, eth0Before, "p1's interface was kept, not torn down and rebuilt");
  assert.ok(await pings(wlNs(c, 'h1', 'w10'), p1), 'a workload made after the crash reaches p1');
  assert.ok(await pings(from, await c.ipOf('w40')), 'p2 on h2 reaches a workload made after the crash');
});

test('drift: links, FDB entries, routes and the nft table deleted by hand are repaired at the next resync (forced with SIGHUP)', async () => {
  if (!c.running('agent-h1')) c.startAgent('h1'); // the test before failed half-way
  const p1 = await c.ipOf('p1');
  const p2 = await c.ipOf('p2');
  const w10 = await c.ipOf('w10');
  const from = wlNs(c, 'h2', 'p2');
  const nsBlue = netNs(c, 'h1', 'blue');
  const ip = (ns: string, args: string[]) => execFileSync('ip', ['-n', ns, ...args]);
  const hostEnds = () => links(c, nsBlue).filter((l) => l.linkinfo?.info_kind === 'veth').length;
  const vethsBefore = hostEnds();
  const tableBefore = nft('h1', ['list', 'table', 'inet', 'vxnet']);
  const vx = vxlanDev(c, nsBlue)!;
  const p1Ns = wlNs(c, 'h1', 'p1');
  const w10Veth = links(c, wlNs(c, 'h1', 'w10')).find((l) => l.ifname === 'eth0')!;
  assert.ok(w10Veth);

  await c.waitIdle('h1');
  // Several at once: w10's veth (its host end goes with it), p2's FDB and
  // neighbour entries on h1, p1's default route, the whole nft table.
  ip(wlNs(c, 'h1', 'w10'), ['link', 'del', 'eth0']);
  execFileSync('bridge', ['-n', nsBlue, 'fdb', 'del', macOf(p2), 'dev', vx, 'dst', c.hostIp(2)]);
  ip(nsBlue, ['neigh', 'del', p2, 'dev', vx]);
  ip(p1Ns, ['route', 'del', 'default']);
  nft('h1', ['delete', 'table', 'inet', 'vxnet']);
  assert.equal(hostEnds(), vethsBefore - 1);
  assert.ok(!remoteFdb(c, nsBlue, vx).includes(`${macOf(p2)}>${c.hostIp(2)}`));
  // The agent plans from its prediction until it observes again: at its
  // periodic resync (30 s), or now, on SIGHUP.
  c.resyncAgent('h1');

  await c.until(() => hostEnds() === vethsBefore, REPAIR_MS, 'deleted veth not recreated');
  await c.until(
    () => remoteFdb(c, nsBlue, vx).includes(`${macOf(p2)}>${c.hostIp(2)}`) && permanentNeigh(c, nsBlue, vx).includes(`${p2}>${macOf(p2)}`),
    REPAIR_MS,
    'FDB/neighbour entry not restored',
  );
  await c.until(() => c.ipJson<unknown[]>(p1Ns, ['route', 'show', 'default']).length === 1, REPAIR_MS, 'default route not restored');
  await c.until(() => nft('h1', ['list', 'table', 'inet', 'vxnet']) === tableBefore, REPAIR_MS, 'nft table not restored');
  await c.until(() => pings(from, w10), REPAIR_MS, 'w10 unreachable after its veth was repaired');
  await c.until(() => pings(p1Ns, p2), REPAIR_MS, 'p1 cannot reach p2 after its route and the FDB entry were repaired');

  // The vxlan device itself (its FDB and neighbour entries go with it).
  await c.waitIdle('h1');
  ip(nsBlue, ['link', 'del', vx]);
  c.resyncAgent('h1');
  await c.until(
    () => vxlanDev(c, nsBlue) === vx && remoteFdb(c, nsBlue, vx).length === 2 && permanentNeigh(c, nsBlue, vx).length === 1,
    REPAIR_MS,
    'vxlan device or its entries not restored',
  );
  await c.until(() => pings(from, p1), REPAIR_MS, 'p2 cannot reach p1 after the vxlan device was repaired');
  await assertConverged();
});

test('host loss: a silent agent shows down within the configured time; its endpoints stay reachable and it catches up on return', async () => {
  await c.cliOk(['run', '--host', 'h3', '--network', 'blue', '--name', 'p3']);
  const p3 = await c.ipOf('p3');
  const from = wlNs(c, 'h1', 'p1');
  await c.until(() => pings(from, p3), 15_000, 'p1 cannot reach p3');
  const state = async (h: string) =>
    jsonLines<{ host: { name: string }; state: string }>(await c.cliOk(['host', 'ls', '--format', 'json'])).find((x) => x.host.name === h)
      ?.state;
  assert.equal(await state('h3'), 'ready');

  await c.killProcess('agent-h3');
  // --host-down-after-ms 4000, plus the controller's 2 s heartbeat write throttle, plus slack.
  await c.until(async () => (await state('h3')) === 'down', 4000 + 2000 + 3000, 'h3 not shown down');
  assert.equal(await state('h1'), 'ready');

  // Decision: entries for a down host's endpoints are kept on the other hosts
  // (a partitioned host keeps working); only `vxnet rm` removes them. A
  // resync of the other agents (forced: the period is 30 s) must not drop them.
  c.resyncAgent('h1');
  c.resyncAgent('h2');
  await sleep(2000);
  const nsBlue = netNs(c, 'h1', 'blue');
  assert.ok(remoteFdb(c, nsBlue, vxlanDev(c, nsBlue)!).includes(`${macOf(p3)}>${c.hostIp(3)}`), 'h1 kept the FDB entry of p3');
  const t = await pingLoop(from, p3, 10, 0.1);
  assert.equal(t.received, t.sent, `p1 → p3 while h3's agent is down: ${t.output}`);
  const ps = jsonLines<{ workload: { name: string } }>(await c.cliOk(['ps', '--format', 'json']));
  assert.ok(
    ps.some((w) => w.workload.name === 'p3'),
    'p3 is still listed',
  );

  // Changes for a down host are accepted and applied when its agent returns.
  await c.cliOk(['run', '--host', 'h3', '--network', 'blue', '--name', 'p4']);
  c.startAgent('h3');
  await c.waitHostsReady();
  const p4 = await c.ipOf('p4');
  await c.until(() => pings(from, p4), 20_000, 'p4, created while h3 was down, is not reachable after h3 returned');
  assert.ok(await pings(from, p3), 'p3 still reachable');
});

// Last: the shadow check (--verify-prediction) found no prediction that differed from the kernel.
test("the agents' predictions of the kernel held all along", () => c.assertPredictionsHeld());
