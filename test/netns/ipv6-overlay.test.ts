// The IPv6 kernel path of a dual-stack overlay (issue 15) on real namespaces:
// two "hosts" (namespaces joined by a veth underlay), each with the real
// Reconciler on the real LinuxKernel and the shadow check on, reconcile one
// dual-stack workload each plus the other's endpoint. Observed back: the
// workload's IPv6 address, gateway6 on br0, the ::/0 route and the permanent
// NDP entry on the vxlan device, equal to the model's prediction. Traffic:
// ping -6 across the VXLAN; an address with no endpoint gets no answer (the
// vxlan proxy answers NDP from its table, nothing is flooded); dropping the
// remote's ip6 removes its NDP entry and IPv6 stops while IPv4 still works.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { LinuxKernel } from '../../agent/kernel/linux.js';
import { predictKernel } from '../../agent/pipeline/predict.js';
import { Reconciler } from '../../agent/pipeline/reconciler.js';
import type { DesiredState } from '../../agent/model/desired.js';
import { Driver, Mode, type Endpoint, type Workload } from '../../proto/index.js';
import { macOf } from '../../lib/ipv4.js';
import { silentLogger } from '../../lib/log.js';
import { TestNetns } from '../helpers/netns.js';

const UNDERLAY = ['198.18.78.1', '198.18.78.2'] as const;
const IP = ['10.78.0.2', '10.78.0.3'] as const;
const IP6 = ['fd00:78::2', 'fd00:78::3'] as const;

// The agents stop before the lab is removed (after() hooks run in the order they were registered).
const reconcilers: Reconciler[] = [];
after(() => Promise.all(reconcilers.map((r) => r.stop())));
const lab = await TestNetns.create('six');
const hostNs = [await lab.addNs('h0'), await lab.addNs('h1')] as const;
await lab.wire({ ns: hostNs[0], name: 'u0', cidr: `${UNDERLAY[0]}/24` }, { ns: hostNs[1], name: 'u0', cidr: `${UNDERLAY[1]}/24` });
const prefix = [lab.name('a-'), lab.name('b-')] as const;

function workload(i: 0 | 1): Workload {
  const attachment = {
    network: 'six',
    networkId: 'id-six',
    driver: Driver.OVERLAY,
    vni: 310,
    subnet: '10.78.0.0/24',
    gateway: '10.78.0.1',
    ip: IP[i],
    mac: macOf(IP[i]),
    ifname: 'eth0',
    subnet6: 'fd00:78::/64',
    gateway6: 'fd00:78::1',
    ip6: IP6[i],
  };
  return { name: `w${i}`, host: `h${i}`, mode: Mode.NETWORKS, attachments: [attachment] };
}

function endpoint(i: 0 | 1, withIp6 = true): Endpoint {
  return {
    network: 'six',
    workload: `w${i}`,
    host: `h${i}`,
    ip: IP[i],
    mac: macOf(IP[i]),
    vtep: UNDERLAY[i],
    ...(withIp6 ? { ip6: IP6[i] } : {}),
  };
}

const desired: DesiredState[] = ([0, 1] as const).map((i) => ({
  held: new Map(),
  workloads: new Map([[`w${i}`, workload(i)]]),
  endpoints: new Map([
    [
      'six',
      new Map([
        ['w0', endpoint(0)],
        ['w1', endpoint(1)],
      ]),
    ],
  ]),
}));
const kernels = ([0, 1] as const).map((i) => new LinuxKernel({ hostNs: hostNs[i] }));
reconcilers.push(
  ...([0, 1] as const).map(
    (i) =>
      new Reconciler(
        kernels[i]!,
        { state: desired[i]!, ready: true },
        {
          host: `h${i}`,
          prefix: prefix[i],
          underlayDev: 'u0',
          vxlanPort: 4789,
          resyncMs: 3_600_000,
          debounceMs: 0,
          predict: predictKernel,
          verifyPrediction: true,
          log: silentLogger,
        },
      ),
  ),
);

const wl = (i: 0 | 1) => `${prefix[i]}wl-w${i}`;
const ping6 = (from: 0 | 1, to: string, wait = 2) => lab.exec(wl(from), ['ping', '-6', '-n', '-c', '1', '-W', String(wait), to]);

/** Polls a ping until it answers (bounded: a loaded machine may be slow to settle), for a positive check. */
async function answers(from: 0 | 1, to: string, family: '-4' | '-6' = '-6'): Promise<boolean> {
  for (let i = 0; i < 10; i++) {
    const r = await lab.exec(wl(from), ['ping', family, '-n', '-c', '1', '-W', '2', to]);
    if (r.exitCode === 0) return true;
  }
  return false;
}

async function settle(): Promise<void> {
  for (const r of reconcilers) r.trigger();
  await Promise.all(reconcilers.map((r) => r.settled(60_000)));
}

test('a dual-stack overlay on real namespaces: IPv6 address, gateway6, ::/0 route and permanent NDP entries, as predicted', async () => {
  for (const r of reconcilers) r.start();
  await settle();
  for (const r of reconcilers) {
    assert.ok(r.stats.predictionChecks > 0, 'the shadow check ran');
    assert.equal(r.stats.predictionDivergences, 0, r.lastDivergence.join('\n'));
  }
  const seen = await kernels[0]!.observe({ prefix: prefix[0] });
  const w = seen.contents.get(wl(0))!;
  assert.deepEqual(w.links.find((l) => l.name === 'eth0')?.addresses.sort(), ['10.78.0.2/24', 'fd00:78::2/64']);
  assert.deepEqual(
    w.routes.find((r) => r.dst === '::/0'),
    { dst: '::/0', gateway: 'fd00:78::1', dev: 'eth0' },
  );
  const net = seen.contents.get(`${prefix[0]}net-six`)!;
  assert.deepEqual(net.links.find((l) => l.name === 'br0')?.addresses.sort(), ['10.78.0.1/24', 'fd00:78::1/64']);
  assert.deepEqual(
    net.neigh.filter((n) => n.dev === 'vxnet310').sort((a, b) => a.ip.localeCompare(b.ip)),
    [
      { dev: 'vxnet310', ip: '10.78.0.3', mac: '02:42:0a:4e:00:03', permanent: true },
      { dev: 'vxnet310', ip: 'fd00:78::3', mac: '02:42:0a:4e:00:03', permanent: true },
    ],
  );
});

test('ping -6 crosses the VXLAN; an address without an endpoint gets no answer (NDP is answered from the table, never flooded)', async () => {
  assert.ok(await answers(0, IP6[1]), `ping -6 ${IP6[1]} from w0`);
  assert.ok(await answers(1, IP6[0]), `ping -6 ${IP6[0]} from w1`);
  assert.ok(await answers(0, 'fd00:78::1'), 'the gateway6 on br0 answers');
  const none = await ping6(0, 'fd00:78::99');
  assert.notEqual(none.exitCode, 0, 'no endpoint, no neighbour entry: no answer');
});

test('a remote endpoint without ip6 loses its NDP entry: IPv6 to it stops, IPv4 still works', async () => {
  desired[0]!.endpoints.get('six')!.set('w1', endpoint(1, false));
  await settle();
  assert.equal(reconcilers[0]!.stats.predictionDivergences, 0, reconcilers[0]!.lastDivergence.join('\n'));
  const net = (await kernels[0]!.observe({ prefix: prefix[0] })).contents.get(`${prefix[0]}net-six`)!;
  assert.deepEqual(
    net.neigh.map((n) => n.ip),
    ['10.78.0.3'],
  );
  // The workload's own cache would still reach it for a while: flush it so it has to ask.
  await lab.run(wl(0), ['ip', '-6', 'neigh', 'flush', 'dev', 'eth0']);
  assert.ok(await answers(0, IP[1], '-4'), 'IPv4 to w1 still answers (positive control)');
  const r = await ping6(0, IP6[1]);
  assert.notEqual(r.exitCode, 0, 'IPv6 to w1 gets no answer without its NDP entry');
  // And back: the entry returns, so does IPv6.
  desired[0]!.endpoints.get('six')!.set('w1', endpoint(1));
  await settle();
  assert.ok(await answers(0, IP6[1]), 'IPv6 answers again once the entry is back');
});
