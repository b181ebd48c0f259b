// The attach path in the pipeline (a runtime's namespace, naming.attachedNs):
// bound rather than made, only our own links and a default route only when the
// runtime left none, and on release the veth removed before the unbinding.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EndpointKind } from '../../proto/index.js';
import { buildTarget } from '../../agent/modes/targets.js';
import { plan } from '../../agent/pipeline/plan.js';
import { FakeKernel } from '../../agent/kernel/fake.js';
import { attachedNs, networkNs, vethName } from '../../agent/model/naming.js';
import { bareHost, desired, facts, overlayWorkload, PREFIX } from './agent-fixtures.js';

const attached = () => ({
  ...overlayWorkload('ct1', 'h1', '10.77.0.9'),
  kind: EndpointKind.KIND_CNI,
  containerId: 'abc',
  netnsPath: '/run/netns/runtime-x',
});
const CT = attachedNs(PREFIX, 'ct1');

test('an attached namespace is bound (netns-attach), never created, and gets no lo of ours', () => {
  const ops = plan(buildTarget(desired([attached()], []), facts()), bareHost(), PREFIX);
  assert.ok(ops.some((o) => o.op === 'netns-attach' && o.ns === CT && o.path === '/run/netns/runtime-x'));
  assert.ok(!ops.some((o) => o.op === 'netns-add' && o.ns === CT));
  assert.ok(ops.some((o) => o.op === 'veth-add' && o.peerNs === CT && o.peerName === 'eth0'));
  assert.ok(!ops.some((o) => o.ns === CT && o.op === 'link-set' && o.name === 'lo'));
});

test("the runtime's own links and default route are left alone; ours are enforced", async () => {
  const k = new FakeKernel({ hostLinks: bareHost().contents.get('')!.links });
  const target = buildTarget(desired([attached()], []), facts());
  await k.apply(plan(target, await k.observe({ prefix: PREFIX }), PREFIX));
  // The runtime added another interface with the default route (a second network).
  k.mutate((s) => {
    const ns = s.namespaces.get(CT)!;
    ns.links.push({ name: 'eth9', kind: 'veth', mtu: 1500, mac: '02:00:00:00:00:09', up: true, addresses: ['192.0.2.2/24'] });
    ns.routes = [{ dst: 'default', gateway: '192.0.2.1', dev: 'eth9' }];
  });
  const again = plan(target, await k.observe({ prefix: PREFIX }), PREFIX);
  assert.deepEqual(again, [], 'nothing to do: eth9 and its default route are not ours');
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
  const k = new FakeKernel({ hostLinks: bareHost().contents.get('')!.links });
  await k.apply(plan(buildTarget(desired([attached()], []), facts()), await k.observe({ prefix: PREFIX }), PREFIX));
  const ops = plan(buildTarget(desired([], []), facts()), await k.observe({ prefix: PREFIX }), PREFIX);
  const del = ops.findIndex((o) => o.op === 'link-del' && o.ns === networkNs(PREFIX, 'blue') && o.name === vethName('ct1', 'blue'));
  const unbind = ops.findIndex((o) => o.op === 'netns-del' && o.ns === CT);
  assert.ok(del >= 0 && unbind > del, ops.map((o) => `${o.op}:${o.ns}`).join(' '));
});
