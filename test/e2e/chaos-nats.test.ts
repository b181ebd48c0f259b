// Failure behaviour when NATS goes away: nats-server stopped for ~5 s and
// started again on the same JetStream store. The data plane lives in the
// kernel and keeps forwarding; agents and the controller reconnect and
// resync by themselves; a change made right after the outage reaches every
// host. See README "Failure behaviour".
import { jsonLines } from '../helpers/json-lines.js';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { Cluster } from './cluster.js';
import { macOf, netNs, pingLoop, pings, remoteFdb, sleep, vxlanDev, wlNs } from './chaos-helpers.js';

let c: Cluster;
before(async () => {
  c = await Cluster.start({ hosts: 3 });
});
after(async () => {
  await c?.stop();
});

test('NATS down for 5 s: forwarding never stops; everything reconnects and a change right after reaches every host', async (t) => {
  await c.cliOk(['network', 'create', '--subnet', '10.82.0.0/24', 'blue']);
  for (const [name, host] of [
    ['a', 'h1'],
    ['b', 'h2'],
    ['c3', 'h3'],
  ] as const)
    await c.cliOk(['run', '--host', host, '--network', 'blue', '--name', name]);
  const b = await c.ipOf('b');
  const c3 = await c.ipOf('c3');
  await c.until(
    async () => (await pings(wlNs(c, 'h1', 'a'), b)) && (await pings(wlNs(c, 'h1', 'a'), c3)),
    15_000,
    'a cannot reach b and c3',
  );

  // 50 pings over 10 s from h1 to h2 across the whole outage.
  const traffic = pingLoop(wlNs(c, 'h1', 'a'), b, 50, 0.2);
  await sleep(1000);
  await c.stopNatsAndWait();
  const down = await c.cli(['ps']);
  assert.equal(down.code, 3, 'the CLI says NATS cannot be reached');
  assert.match(down.stderr, /^vxnet: .*NATS/);
  await sleep(5000);
  await c.startNats();
  const pinged = await traffic;
  t.diagnostic(`a → b during the outage: ${pinged.received}/${pinged.sent}`);
  assert.ok(pinged.sent >= 45, `the ping loop ran: ${pinged.output}`);
  assert.equal(pinged.received, pinged.sent, `forwarding stopped during the outage: ${pinged.output}`);

  // A change right after: the first run the controller accepts must reach every host.
  await c.until(
    async () => (await c.cli(['run', '--host', 'h3', '--network', 'blue', '--name', 'late'])).code === 0,
    30_000,
    () => `the controller never took a request after the outage: ${c.tail('controller')}`,
  );
  const late = await c.ipOf('late');
  for (const [from, host] of [
    ['a', 'h1'],
    ['b', 'h2'],
    ['c3', 'h3'],
  ] as const) {
    await c.until(
      () => pings(wlNs(c, host, from), late),
      20_000,
      () => `${from} on ${host} cannot reach the workload made after the outage: ${c.tail(`agent-${host}`, 8)}`,
    );
  }
  // And a removal too: h1 and h2 drop its entries.
  await c.cliOk(['rm', 'late']);
  for (const host of ['h1', 'h2']) {
    const ns = netNs(c, host, 'blue');
    await c.until(
      () => !remoteFdb(c, ns, vxlanDev(c, ns)!).some((e) => e.startsWith(macOf(late))),
      20_000,
      `${host} kept the FDB entry of the removed workload`,
    );
  }
  await c.waitHostsReady();
  // Data survived on the same store: the network and the three workloads are all there.
  const ps = jsonLines<{ workload: { name: string } }>(await c.cliOk(['ps', '--format', 'json']))
    .map((w) => w.workload.name)
    .sort();
  assert.deepEqual(ps, ['a', 'b', 'c3']);
});

// Last: the shadow check (--verify-prediction) found no prediction that differed from the kernel.
test("the agents' predictions of the kernel held all along", () => c.assertPredictionsHeld());
