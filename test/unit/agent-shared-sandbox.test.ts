// One runtime namespace bound under two names of ours (Docker's `network
// connect`: the container gets one endpoint, so one attached namespace name,
// per network, all bindings of its one sandbox). What is done through one
// name shows under the other, and unbinding one name leaves the other: the
// model (kernel/fake.ts) and the prediction (pipeline/predict.ts) must say so
// as Linux does, or the shadow check reports "link eth1: predicted (absent)".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EndpointKind, type Workload } from '../../proto/index.js';
import { macOf } from '../../lib/ipv4.js';
import { buildTarget } from '../../agent/modes/targets.js';
import { plan } from '../../agent/pipeline/plan.js';
import { predictKernel } from '../../agent/pipeline/predict.js';
import { divergences } from '../../agent/pipeline/divergence.js';
import { FakeKernel } from '../../agent/kernel/fake.js';
import { Reconciler } from '../../agent/pipeline/reconciler.js';
import { attachedNs } from '../../agent/model/naming.js';
import { bareHost, desired, facts, overlayWorkload, PREFIX, RECONCILER_OPTIONS } from './agent-fixtures.js';

const SANDBOX = '/run/docker/netns/sandbox-c1';
const inSandbox = (w: Workload, ifname: string): Workload => ({
  ...w,
  kind: EndpointKind.KIND_DOCKER,
  containerId: `ep-${w.name}`,
  netnsPath: SANDBOX,
  attachments: w.attachments!.map((a) => ({ ...a, ifname })),
});
const c1 = () => inSandbox(overlayWorkload('c1', 'h1', '10.77.0.9'), 'eth0');
const c1b = () => {
  const w = overlayWorkload('c1.red', 'h1', '10.78.0.9', 'red', 301);
  w.attachments![0] = { ...w.attachments![0]!, subnet: '10.78.0.0/24', gateway: '10.78.0.1', mac: macOf('10.78.0.9') };
  return inSandbox(w, 'eth1');
};
const CT = attachedNs(PREFIX, 'c1');
const CT_RED = attachedNs(PREFIX, 'c1.red');
const host = () => new FakeKernel({ hostLinks: bareHost().contents.get('')!.links });
const links = async (k: FakeKernel, ns: string) =>
  ((await k.observe({ prefix: PREFIX })).contents.get(ns)?.links ?? []).map((l) => l.name).sort();

/**
 * One pass against `linux` (a FakeKernel standing for Linux): plan from its
 * observation, apply, predict from the observation as the reconciler does,
 * and compare with what `linux` holds then. Returns the divergences.
 */
async function pass(linux: FakeKernel, workloads: Workload[]): Promise<{ ops: number; diff: string[] }> {
  const target = buildTarget(desired(workloads, []), facts());
  const observed = await linux.observe({ prefix: PREFIX });
  const ops = plan(target, observed, PREFIX);
  if (ops.length === 0) return { ops: 0, diff: [] };
  await linux.apply(ops);
  const predicted = await predictKernel(observed, ops, PREFIX, (only) => linux.observe({ prefix: PREFIX, only }));
  assert.ok(predicted, 'a prediction');
  return { ops: ops.length, diff: divergences(predicted, await linux.observe({ prefix: PREFIX }), target, 'eth0') };
}

async function passes(linux: FakeKernel, workloads: Workload[]): Promise<string[]> {
  const diff: string[] = [];
  for (let i = 0; i < 4; i++) {
    const r = await pass(linux, workloads);
    diff.push(...r.diff);
    if (r.ops === 0) return diff;
  }
  throw new Error('no convergence');
}

test('the model: a path bound under a second name is the same namespace; unbinding one name leaves the other', async () => {
  const k = host();
  await k.apply([
    { op: 'netns-attach', ns: CT, path: SANDBOX },
    { op: 'netns-attach', ns: CT_RED, path: SANDBOX },
  ]);
  await k.apply([{ op: 'link-set', ns: CT_RED, name: 'lo', up: true }]);
  const seen = await k.observe({ prefix: PREFIX });
  assert.equal(seen.ids?.get(CT), seen.ids?.get(CT_RED), 'one identity');
  assert.equal(seen.contents.get(CT)!.links.find((l) => l.name === 'lo')?.up, true, 'lo set up through the other name');
  await k.apply([{ op: 'netns-del', ns: CT_RED }]);
  assert.deepEqual(await links(k, CT), ['lo'], 'still bound, lo kept');
  // Positive control: another path is another namespace.
  await k.apply([{ op: 'netns-attach', ns: CT_RED, path: '/run/docker/netns/other' }]);
  assert.notEqual((await k.observe({ prefix: PREFIX })).ids?.get(CT_RED), (await k.observe({ prefix: PREFIX })).ids?.get(CT));
});

test('network connect and disconnect on a shared sandbox: every prediction equals the kernel', async () => {
  const linux = host();
  assert.deepEqual(await passes(linux, [c1()]), []);
  assert.deepEqual(await passes(linux, [c1(), c1b()]), []);
  // Positive control: the second network's interface is there, under both names.
  assert.deepEqual(await links(linux, CT), ['eth0', 'eth1', 'lo']);
  assert.deepEqual(await links(linux, CT_RED), ['eth0', 'eth1', 'lo']);
  assert.deepEqual(await passes(linux, [c1()]), []);
  assert.deepEqual(await links(linux, CT), ['eth0', 'lo'], 'eth1 went with its host end');
});

test('the reconciler with the shadow check on: connect then disconnect count no divergence', async () => {
  const linux = host();
  const source = { state: desired([c1()], []), ready: true };
  const r = new Reconciler(linux, source, { ...RECONCILER_OPTIONS, predict: predictKernel, verifyPrediction: true });
  try {
    r.start();
    await r.settled();
    for (const state of [desired([c1(), c1b()], []), desired([c1()], [])]) {
      source.state = state;
      r.trigger();
      await new Promise((res) => setTimeout(res, 5));
      await r.settled();
    }
    assert.ok(r.stats.predictionChecks > 0, 'the shadow check ran');
    assert.equal(r.stats.predictionDivergences, 0, r.lastDivergence.join('; '));
  } finally {
    await r.stop();
  }
});
