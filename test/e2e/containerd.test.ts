// containerd's `ctr run --cni --rm` on vxnet-cni: a private containerd (its
// own root, state and socket), the plugin and a conflist in the fixed
// directories ctr reads (removed afterwards), a container on h1 that pings a
// workload on h3; --rm sends DEL, so the endpoint is gone afterwards.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { Cluster } from './cluster.js';
import { Containerd, CTR_IMAGE } from './containerd.js';

let c: Cluster;
let ctrd: Containerd;
before(async () => {
  c = await Cluster.start({ hosts: 3 });
  ctrd = await Containerd.start(join(c.dir, 'ctrd'), `${c.prefix}ctr`);
  await c.cliOk(['network', 'create', '-d', 'overlay', '--subnet', '10.82.0.0/24', 'knet']);
  await c.cliOk(['run', '--host', 'h3', '--network', 'knet', '--name', 'far4', '--ip', '10.82.0.30']);
  await c.waitRunning('far4');
  ctrd.installCni('knet', { agentSocket: c.agentSocket('h1') });
});
after(async () => {
  await ctrd?.stop();
  await c?.stop();
});

test('ctr run --cni --rm: a containerd container on h1 pings a vxnet workload on h3, and its endpoint is released', async () => {
  const r = await ctrd.ctr(['run', '--cni', '--rm', '--snapshotter', 'native', CTR_IMAGE, 'ct1', 'ping', '-c1', '-W3', '10.82.0.30']);
  assert.equal(r.code, 0, `ctr run failed: ${r.stderr}${r.stdout}\n${c.tail('agent-h1')}`);
  assert.match(r.stdout, /1 packets received/);
  // The endpoint existed under ctr's container id, and --rm's DEL released it.
  // At once, not through the agent's later sweep of vanished namespaces.
  assert.doesNotMatch(await c.cliOk(['ps']), /\[cni ct1\]/, 'ct1 still listed after ctr run --rm');
  // Negative through the same path: an address nobody has does not answer.
  const none = await ctrd.ctr(['run', '--cni', '--rm', '--snapshotter', 'native', CTR_IMAGE, 'ct1', 'ping', '-c1', '-W1', '10.82.0.99']);
  assert.notEqual(none.code, 0);
});

test("the agents' predictions of the kernel held all along", () => c.assertPredictionsHeld());
