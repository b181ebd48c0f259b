import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FakeKernel } from '../../agent/kernel/fake.js';
import { Reconciler, type DesiredSource } from '../../agent/pipeline/reconciler.js';
import { plan } from '../../agent/pipeline/plan.js';
import { buildTarget } from '../../agent/modes/targets.js';
import type { ObservedState } from '../../agent/model/kernel-objects.js';
import { predictKernel } from '../../agent/pipeline/predict.js';
import { PREFIX, desired, endpoint, overlayWorkload, RECONCILER_OPTIONS } from './agent-fixtures.js';

function setup(source: DesiredSource, kernel = new FakeKernel()) {
  const r = new Reconciler(kernel, source, {
    ...RECONCILER_OPTIONS,
  });
  return { r, kernel };
}

/** Many workloads on two overlay networks with remote peers on two hosts. */
function bigDesired(n: number) {
  const wls = [];
  const eps = [];
  for (let i = 0; i < n; i++) {
    const net = i % 2 ? 'red' : 'blue';
    const ip = `10.77.${i % 2}.${10 + i}`;
    const w = overlayWorkload(`w${i}`, 'h1', ip, net, i % 2 ? 301 : 300);
    w.attachments![0]!.subnet = `10.77.${i % 2}.0/24`;
    w.attachments![0]!.gateway = `10.77.${i % 2}.1`;
    wls.push(w);
    eps.push(endpoint(`w${i}`, 'h1', ip, '192.0.2.10', net));
    eps.push(endpoint(`r${i}`, i % 3 ? 'h2' : 'h3', `10.77.${i % 2}.${100 + i}`, i % 3 ? '192.0.2.2' : '192.0.2.3', net));
  }
  return desired(wls, eps);
}

/** What must be equal between two kernels that hold the same desired state (MACs of host-side ends are random). */
function shape(o: ObservedState) {
  return JSON.stringify(
    [...o.contents.entries()]
      .sort()
      .map(([ns, c]) => [
        ns,
        c.links.map((l) => [l.name, l.kind, l.mtu, l.up, l.master ?? '', [...l.addresses].sort()]).sort(),
        c.fdb.map((f) => `${f.dev} ${f.mac} ${f.dst}`).sort(),
        c.neigh.map((n) => `${n.dev} ${n.ip} ${n.mac}`).sort(),
        c.routes.map((r) => `${r.dst} ${r.gateway ?? ''} ${r.dev ?? ''}`).sort(),
      ]),
  );
}

test('the reconciler converges and then the plan against the kernel is empty (applying twice is harmless)', async () => {
  const source = { state: bigDesired(12), ready: true };
  const { r, kernel } = setup(source);
  r.start();
  await r.settled();
  await r.stop();
  const observed = await kernel.observe({ prefix: PREFIX });
  assert.equal(observed.namespaces.length, 12 + 2);
  assert.deepEqual(plan(buildTarget(source.state, r.facts!), observed, PREFIX), []);
});

test('an apply that fails at any step converges on the next passes to the same kernel state as a clean run', async () => {
  const clean = setup({ state: bigDesired(6), ready: true });
  clean.r.start();
  await clean.r.settled();
  await clean.r.stop();
  const want = shape(await clean.kernel.observe({ prefix: PREFIX }));
  const total = clean.kernel.log.length;
  assert.ok(total > 20);

  for (let failAt = 1; failAt <= total; failAt += 7) {
    const kernel = new FakeKernel();
    kernel.failAt(failAt);
    const { r } = setup({ state: bigDesired(6), ready: true }, kernel);
    r.start();
    await r.settled();
    await r.stop();
    assert.equal(shape(await kernel.observe({ prefix: PREFIX })), want, `failure at op ${failAt}`);
  }
});

test('drift is repaired on resync: a deleted FDB entry and a deleted workload namespace come back', async () => {
  const source = { state: bigDesired(4), ready: true };
  const { r, kernel } = setup(source);
  r.start();
  await r.settled();
  const want = shape(await kernel.observe({ prefix: PREFIX }));
  kernel.mutate((s) => {
    const blue = s.namespaces.get(`${PREFIX}net-blue`)!;
    blue.fdb = blue.fdb.slice(1);
    s.namespaces.delete(`${PREFIX}wl-w1`);
  });
  r.resync();
  await new Promise((res) => setTimeout(res, 20));
  await r.settled();
  await r.stop();
  assert.equal(shape(await kernel.observe({ prefix: PREFIX })), want);
});

test('nothing is planned before the desired state is loaded', async () => {
  const source = { state: bigDesired(2), ready: false };
  const { r, kernel } = setup(source);
  r.start();
  await new Promise((res) => setTimeout(res, 30));
  assert.equal(kernel.log.length, 0);
  await r.stop();
});

test('with prediction, a change is applied without observing the kernel again', async () => {
  const source = { state: bigDesired(4), ready: true };
  const kernel = new FakeKernel();
  let observes = 0;
  const counting = Object.assign(Object.create(kernel) as FakeKernel, {
    observe: (scope: { prefix: string }) => {
      observes++;
      return kernel.observe(scope);
    },
    apply: (ops: Parameters<FakeKernel['apply']>[0]) => kernel.apply(ops),
  });
  const r = new Reconciler(counting, source, {
    ...RECONCILER_OPTIONS,
    predict: predictKernel,
  });
  r.start();
  await r.settled();
  assert.equal(observes, 1, 'one observation at start');
  source.state = bigDesired(8);
  r.trigger();
  await new Promise((res) => setTimeout(res, 5));
  await r.settled();
  await r.stop();
  assert.equal(observes, 1, 'no observation for the change');
  const observed = await kernel.observe({ prefix: PREFIX });
  assert.equal(observed.namespaces.length, 8 + 2);
  assert.deepEqual(plan(buildTarget(source.state, r.facts!), observed, PREFIX), [], 'the prediction was right');
});

test('the prediction after removing a workload knows its veth ends left with its namespace', async () => {
  const source = { state: bigDesired(4), ready: true };
  const { r, kernel } = setup(source);
  r.start();
  await r.settled();
  await r.stop();
  const before = await kernel.observe({ prefix: PREFIX });
  source.state.workloads.delete('w1');
  source.state.workloads.delete('w2');
  const target = buildTarget(source.state, r.facts!);
  const ops = plan(target, before, PREFIX);
  assert.ok(
    ops.every((o) => o.op === 'netns-del'),
    `only namespace deletions: ${ops.map((o) => o.op).join(',')}`,
  );
  const predicted = await predictKernel(before, ops, PREFIX);
  await kernel.apply(ops);
  assert.deepEqual(plan(target, predicted!, PREFIX), [], 'nothing left to do in the predicted kernel');
  assert.equal(shape(predicted!), shape(await kernel.observe({ prefix: PREFIX })), 'the prediction equals the kernel');
});

test('the prediction after a namespace deleted and made again in one pass keeps the new veth ends', async () => {
  const source = { state: bigDesired(4), ready: true };
  const { r, kernel } = setup(source);
  r.start();
  await r.settled();
  await r.stop();
  const before = await kernel.observe({ prefix: PREFIX });
  // A namespace file without its namespace (the agent killed mid-apply): deleted and made again, with new veths.
  before.broken = [`${PREFIX}wl-w1`];
  const target = buildTarget(source.state, r.facts!);
  const ops = plan(target, before, PREFIX);
  const kinds = ops.map((o) => `${o.op} ${'ns' in o ? o.ns : ''}`);
  assert.ok(kinds.includes(`netns-del ${PREFIX}wl-w1`) && kinds.includes(`netns-add ${PREFIX}wl-w1`), kinds.join(','));
  assert.ok(
    ops.some((o) => o.op === 'veth-add'),
    'the veths are made again',
  );
  const predicted = await predictKernel(before, ops, PREFIX);
  await kernel.apply(ops);
  assert.deepEqual(plan(target, predicted!, PREFIX), [], 'nothing left to do in the predicted kernel');
  assert.equal(shape(predicted!), shape(await kernel.observe({ prefix: PREFIX })), 'the prediction equals the kernel');
});

test('shadow check: a kernel changed behind a prediction is counted as a divergence, and the next pass plans from what was observed', async () => {
  const source = { state: desired([overlayWorkload('a', 'h1', '10.77.0.2')], []), ready: true };
  const kernel = new FakeKernel();
  const r = new Reconciler(kernel, source, {
    ...RECONCILER_OPTIONS,
    predict: predictKernel,
    verifyPrediction: true,
  });
  r.start();
  await r.settled();
  assert.equal(r.stats.predictionDivergences, 0);
  assert.ok(r.stats.predictionChecks > 0);
  // Drift with no resync: the agent's cached prediction still holds the address.
  kernel.mutate((s) => {
    s.namespaces.get(`${PREFIX}wl-a`)!.links.find((l) => l.name === 'eth0')!.addresses = [];
  });
  source.state = desired([overlayWorkload('a', 'h1', '10.77.0.2'), overlayWorkload('b', 'h1', '10.77.0.3')], []);
  r.trigger();
  await r.settled();
  await r.stop();
  assert.equal(r.stats.predictionDivergences, 1);
  assert.match(r.lastDivergence.join('\n'), /wl-a link eth0: predicted .*10\.77\.0\.2\/24.*, observed .*addr \[\]/);
  const o = await kernel.observe({ prefix: PREFIX });
  assert.deepEqual(o.contents.get(`${PREFIX}wl-a`)!.links.find((l) => l.name === 'eth0')!.addresses, ['10.77.0.2/24'], 'repaired');
});

test('a resync asked for while a pass runs is not lost: the view that pass took is not kept', async () => {
  const source = { state: desired([overlayWorkload('a', 'h1', '10.77.0.2')], []), ready: true };
  const kernel = new FakeKernel();
  const r = new Reconciler(kernel, source, {
    ...RECONCILER_OPTIONS,
    predict: predictKernel,
  });
  r.start();
  await r.settled();
  // During the next apply, a's address is deleted by hand and a resync is asked for (SIGHUP, an underlay event).
  const apply = kernel.apply.bind(kernel);
  kernel.apply = async (ops) => {
    const result = await apply(ops);
    kernel.mutate((s) => {
      s.namespaces.get(`${PREFIX}wl-a`)!.links.find((l) => l.name === 'eth0')!.addresses = [];
    });
    r.resync();
    kernel.apply = apply;
    return result;
  };
  source.state = desired([overlayWorkload('a', 'h1', '10.77.0.2'), overlayWorkload('b', 'h1', '10.77.0.3')], []);
  r.trigger();
  await r.settled();
  await r.stop();
  const o = await kernel.observe({ prefix: PREFIX });
  assert.deepEqual(o.contents.get(`${PREFIX}wl-a`)!.links.find((l) => l.name === 'eth0')!.addresses, ['10.77.0.2/24']);
});
