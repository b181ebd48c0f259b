// The attach path in the pipeline (a runtime's namespace, naming.attachedNs):
// bound rather than made, only our own links and a default route only when the
// runtime left none, and on release the veth removed before the unbinding;
// after the binding pass only the bound namespace is observed (predict.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EndpointKind } from '../../proto/index.js';
import { buildTarget } from '../../agent/modes/targets.js';
import { plan } from '../../agent/pipeline/plan.js';
import { FakeKernel } from '../../agent/kernel/fake.js';
import { Reconciler } from '../../agent/pipeline/reconciler.js';
import { predictKernel } from '../../agent/pipeline/predict.js';
import type { ObserveScope } from '../../agent/kernel/kernel.js';
import { attachedNs, networkNs, vethName } from '../../agent/model/naming.js';
import { bareHost, desired, facts, overlayWorkload, PREFIX, RECONCILER_OPTIONS } from './agent-fixtures.js';

const attached = () => ({
  ...overlayWorkload('ct1', 'h1', '10.77.0.9'),
  kind: EndpointKind.KIND_CNI,
  containerId: 'abc',
  netnsPath: '/run/netns/runtime-x',
});
const CT = attachedNs(PREFIX, 'ct1');

/** Plans and applies on the fake kernel until nothing is left to do (at most 4 passes). */
async function converge(k: FakeKernel, target: ReturnType<typeof buildTarget>): Promise<string[][]> {
  const passes: string[][] = [];
  for (let i = 0; i < 4; i++) {
    const ops = plan(target, await k.observe({ prefix: PREFIX }), PREFIX);
    if (ops.length === 0) return passes;
    passes.push(ops.map((o) => `${o.op}:${o.ns === CT ? 'CT' : o.ns}`));
    await k.apply(ops);
  }
  throw new Error(`no convergence: ${JSON.stringify(passes)}`);
}

const host = () => new FakeKernel({ hostLinks: bareHost().contents.get('')!.links });

test('an attached namespace is bound (netns-attach, never created) in one pass and wired in the next, without an lo of ours', async () => {
  const target = buildTarget(desired([attached()], []), facts());
  const first = plan(target, bareHost(), PREFIX);
  assert.ok(first.some((o) => o.op === 'netns-attach' && o.ns === CT && o.path === '/run/netns/runtime-x'));
  assert.ok(!first.some((o) => o.op === 'netns-add' && o.ns === CT));
  assert.ok(
    !first.some((o) => (o.ns === CT && o.op !== 'netns-attach') || (o.op === 'veth-add' && o.peerNs === CT)),
    'nothing into it before it is observed',
  );
  const passes = await converge(host(), target);
  assert.equal(passes.length, 2);
  assert.ok(passes[1]!.includes(`veth-add:${networkNs(PREFIX, 'blue')}`));
});

test("the runtime's own links and default route are left alone, also when it had them before we wired ours", async () => {
  const k = host();
  const target = buildTarget(desired([attached()], []), facts());
  await k.apply(plan(target, await k.observe({ prefix: PREFIX }), PREFIX)); // the binding pass
  // The runtime's namespace already holds another network's interface and default route.
  k.mutate((s) => {
    const ns = s.namespaces.get(CT)!;
    ns.links.push({ name: 'eth9', kind: 'veth', mtu: 1500, mac: '02:00:00:00:00:09', up: true, addresses: ['192.0.2.2/24'] });
    ns.routes = [{ dst: 'default', gateway: '192.0.2.1', dev: 'eth9' }];
  });
  await converge(k, target);
  const ct = (await k.observe({ prefix: PREFIX })).contents.get(CT)!;
  assert.deepEqual(
    ct.routes.filter((r) => r.dst === 'default'),
    [{ dst: 'default', gateway: '192.0.2.1', dev: 'eth9' }],
  );
  assert.ok(ct.links.some((l) => l.name === 'eth9') && ct.links.some((l) => l.name === 'eth0'));
  // Positive control through the same plan: our address removed behind our back is put back.
  k.mutate((s) => {
    s.namespaces.get(CT)!.links.find((l) => l.name === 'eth0')!.addresses = [];
  });
  const repair = plan(target, await k.observe({ prefix: PREFIX }), PREFIX);
  assert.deepEqual(
    repair.map((o) => o.op),
    ['addr-replace'],
  );
});

test('release: the host end is deleted before the namespace is unbound', async () => {
  const k = host();
  await converge(k, buildTarget(desired([attached()], []), facts()));
  const ops = plan(buildTarget(desired([], []), facts()), await k.observe({ prefix: PREFIX }), PREFIX);
  const del = ops.findIndex((o) => o.op === 'link-del' && o.ns === networkNs(PREFIX, 'blue') && o.name === vethName('ct1', 'blue'));
  const unbind = ops.findIndex((o) => o.op === 'netns-del' && o.ns === CT);
  assert.ok(del >= 0 && unbind > del, ops.map((o) => `${o.op}:${o.ns}`).join(' '));
});

test("after the binding pass only the bound namespace is observed: the runtime's own links are kept, nothing else is observed again", async () => {
  const kernel = host();
  // The runtime's namespace, as the binding finds it: its own interface and default route.
  const bind = kernel.apply.bind(kernel);
  kernel.apply = async (ops) => {
    const r = await bind(ops);
    if (ops.some((o) => o.op === 'netns-attach' && o.ns === CT)) {
      kernel.mutate((s) => {
        const ns = s.namespaces.get(CT)!;
        ns.links.push({ name: 'eth9', kind: 'veth', mtu: 1500, mac: '02:00:00:00:00:09', up: true, addresses: ['192.0.2.2/24'] });
        ns.routes = [{ dst: 'default', gateway: '192.0.2.1', dev: 'eth9' }];
      });
    }
    return r;
  };
  const scopes: ObserveScope[] = [];
  const observe = kernel.observe.bind(kernel);
  kernel.observe = (scope) => {
    scopes.push(scope);
    return observe(scope);
  };
  const source = { state: desired([], []), ready: true };
  const r = new Reconciler(kernel, source, {
    ...RECONCILER_OPTIONS,
    predict: predictKernel,
    verifyPrediction: true,
  });
  try {
    r.start();
    await r.settled();
    const atStart = scopes.length;
    source.state = desired([attached()], []);
    r.trigger();
    await new Promise((res) => setTimeout(res, 5));
    await r.settled();
    const later = scopes.slice(atStart);
    // Positive control: the bound namespace was observed alone, right after its binding.
    assert.ok(
      later.some((s) => s.only?.length === 1 && s.only[0] === CT),
      JSON.stringify(later),
    );
    assert.equal(r.stats.predictionDivergences, 0, r.lastDivergence.join('; '));
    const ct = (await observe({ prefix: PREFIX })).contents.get(CT)!;
    assert.ok(ct.links.some((l) => l.name === 'eth9') && ct.links.some((l) => l.name === 'eth0'));
    assert.deepEqual(
      ct.routes.filter((x) => x.dst === 'default'),
      [{ dst: 'default', gateway: '192.0.2.1', dev: 'eth9' }],
      "the runtime's default route was seen and left alone",
    );
  } finally {
    await r.stop();
  }
});

test('without a way to look, when the bound namespace is gone by then or the look fails, a binding pass is not predicted', async () => {
  const k = host();
  const target = buildTarget(desired([attached()], []), facts());
  const before = await k.observe({ prefix: PREFIX });
  const ops = plan(target, before, PREFIX);
  await k.apply(ops);
  assert.equal(await predictKernel(before, ops, PREFIX), undefined);
  const gone = { namespaces: [], contents: new Map(), nft: new Map() };
  assert.equal(await predictKernel(before, ops, PREFIX, async () => gone), undefined);
  assert.equal(
    await predictKernel(before, ops, PREFIX, async () => {
      throw new Error('ip failed');
    }),
    undefined,
    'a failed look',
  );
  // Positive control: with the namespace there, a prediction holding it.
  const predicted = await predictKernel(before, ops, PREFIX, (only) => k.observe({ prefix: PREFIX, only }));
  assert.ok(predicted?.contents.has(CT));
});
