// Handed-over interfaces in the pipeline (modes/handover.ts, Docker's Join):
// the veth is made with its container end in the agent's namespace, the
// runtime takes that end away, and neither that nor the binding of the
// runtime's namespace afterwards makes the agent remake or delete the pair.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EndpointKind } from '../../proto/index.js';
import { buildTarget } from '../../agent/modes/targets.js';
import { plan } from '../../agent/pipeline/plan.js';
import { FakeKernel } from '../../agent/kernel/fake.js';
import { attachedNs, gatewayVethName, handoverName, networkNs, vethName } from '../../agent/model/naming.js';
import { bareHost, desired, facts, overlayWorkload, PREFIX } from './agent-fixtures.js';

const docker = () => ({
  ...overlayWorkload('ct1', 'h1', '10.77.0.9'),
  kind: EndpointKind.KIND_DOCKER,
  containerId: 'abc',
  netnsPath: '/run/docker/netns/sandbox-x',
});
const CT = attachedNs(PREFIX, 'ct1');
const NET = networkNs(PREFIX, 'blue');
const HOST_END = vethName('ct1', 'blue');
const SRC = handoverName('ct1', 'blue');
const gatewayFacts = () => ({ ...facts(), gatewayBridge: { bip: '172.18.0.1/16' } });

async function converge(k: FakeKernel, target: ReturnType<typeof buildTarget>): Promise<void> {
  for (let i = 0; i < 4; i++) {
    const ops = plan(target, await k.observe({ prefix: PREFIX }), PREFIX);
    if (ops.length === 0) return;
    await k.apply(ops);
  }
  throw new Error('no convergence');
}

const host = () => new FakeKernel({ hostLinks: bareHost().contents.get('')!.links });
const links = async (k: FakeKernel, ns: string) => ((await k.observe({ prefix: PREFIX })).contents.get(ns)?.links ?? []).map((l) => l.name);

test('a handed-over endpoint: its veth made with the container end in the agent namespace, nothing in or into the runtime namespace', async () => {
  const k = host();
  const target = buildTarget(desired([docker()], []), gatewayFacts(), new Set(['ct1']));
  assert.ok(!target.namespaces.has(CT), 'the runtime namespace is not made yet: nothing of ours in it');
  await converge(k, target);
  assert.ok((await links(k, NET)).includes(HOST_END));
  const hostLinks = await links(k, '');
  assert.ok(hostLinks.includes(SRC), 'the container end waits in the agent namespace');
  assert.ok(!hostLinks.includes(gatewayVethName('ct1')), 'gw0 waits for the runtime namespace');
  // Positive control: without the handover the same workload gets its namespace bound.
  const normal = plan(buildTarget(desired([docker()], []), gatewayFacts()), await k.observe({ prefix: PREFIX }), PREFIX);
  assert.ok(normal.some((o) => o.op === 'netns-attach' && o.ns === CT));
});

test('the runtime taking the container end away is no reason to remake the pair; losing the host end is', async () => {
  const k = host();
  const target = buildTarget(desired([docker()], []), gatewayFacts(), new Set(['ct1']));
  await converge(k, target);
  k.mutate((s) => {
    const h = s.namespaces.get('')!;
    h.links = h.links.filter((l) => l.name !== SRC);
  });
  assert.deepEqual(plan(target, await k.observe({ prefix: PREFIX }), PREFIX), []);
  // Positive control through the same plan: the host end gone, the pair is made again.
  k.mutate((s) => {
    const n = s.namespaces.get(NET)!;
    n.links = n.links.filter((l) => l.name !== HOST_END);
  });
  const again = plan(target, await k.observe({ prefix: PREFIX }), PREFIX);
  assert.ok(again.some((o) => o.op === 'veth-add' && o.name === HOST_END && o.peerName === SRC && o.peerNs === ''));
});

test('once the runtime namespace exists: bound without deleting the moved pair, then wired around it (its route)', async () => {
  const k = host();
  await converge(k, buildTarget(desired([docker()], []), gatewayFacts(), new Set(['ct1'])));
  const w = docker();
  const att = w.attachments![0]!;
  k.mutate((s) => {
    const h = s.namespaces.get('')!;
    h.links = h.links.filter((l) => l.name !== SRC);
  });
  const target = buildTarget(desired([w], []), gatewayFacts());
  const binding = plan(target, await k.observe({ prefix: PREFIX }), PREFIX);
  assert.ok(binding.some((o) => o.op === 'netns-attach' && o.ns === CT));
  assert.ok(!binding.some((o) => o.op === 'link-del'), `nothing deleted while binding: ${JSON.stringify(binding)}`);
  await k.apply(binding);
  // What Docker left in its sandbox: the moved end, renamed, addressed and up.
  k.mutate((s) => {
    s.namespaces.get(CT)!.links.push({ name: 'eth0', kind: 'veth', mtu: 1450, mac: att.mac!, up: true, addresses: [`${att.ip}/24`] });
  });
  const wiring = plan(target, await k.observe({ prefix: PREFIX }), PREFIX);
  assert.ok(!wiring.some((o) => o.op === 'link-del' || (o.op === 'veth-add' && o.name === HOST_END)), JSON.stringify(wiring));
  assert.ok(
    wiring.some((o) => o.op === 'route-replace' && o.ns === CT && o.dev === 'eth0'),
    JSON.stringify(wiring),
  );
});
