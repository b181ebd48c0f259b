// A real runtime on vxnet-cni: podman 4.3 with its CNI backend (private
// config and storage, local busybox image) runs a container on h1's vxnet
// network that reaches a vxnet workload on h3; `run --rm` releases the
// endpoint through podman's own DEL. Fails, never skips, when podman cannot run.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { Cluster } from './cluster.js';
import { IMAGE, Podman } from './podman.js';

let c: Cluster;
let podman: Podman;
before(async () => {
  c = await Cluster.start({ hosts: 3 });
  podman = await Podman.create(join(c.dir, 'podman'));
  await c.cliOk(['network', 'create', '-d', 'overlay', '--subnet', '10.81.0.0/24', 'pnet']);
  await c.cliOk(['run', '--host', 'h3', '--network', 'pnet', '--name', 'far3', '--ip', '10.81.0.30']);
  await c.waitRunning('far3');
  podman.addNetwork('pnet', { agentSocket: c.agentSocket('h1'), capabilities: { portMappings: true, aliases: true } });
});
after(async () => {
  await podman?.remove();
  await c?.stop();
});

test('podman (CNI backend) runs a container on h1 that pings a vxnet workload on h3; --rm releases its endpoint', async () => {
  // Positive control and negative check through podman itself: no network → no way to h3.
  const none = await podman.run(['run', '--rm', '--pull', 'never', '--network', 'none', IMAGE, 'ping', '-c1', '-W2', '10.81.0.30']);
  assert.notEqual(none.code, 0, 'without a vxnet network the workload is unreachable');

  const r = await podman.run([
    'run',
    '--rm',
    '--pull',
    'never',
    '--network',
    'pnet',
    '--name',
    'pod-a',
    IMAGE,
    'ping',
    '-c1',
    '-W3',
    '10.81.0.30',
  ]);
  // On failure both ends' agents speak: h3 must have pod-a's neighbour entry before far3 can answer.
  assert.equal(r.code, 0, `podman run failed: ${r.stderr}${r.stdout}\nagent h1:\n${c.tail('agent-h1')}\nagent h3:\n${c.tail('agent-h3')}`);
  assert.match(r.stdout, /1 packets received/);
  // podman's cleanup sent DEL before `run --rm` returned: the endpoint is gone from vxnet at once
  // (not later through the agent's sweep of vanished namespaces, which takes seconds).
  assert.doesNotMatch(await c.cliOk(['ps']), /^pod-a\s/m, 'pod-a still listed after run --rm');
});

test('podman shows its container in vxnet ps while it runs, with --ip and --mac-address honoured', async () => {
  const r = await podman.run([
    'run',
    '-d',
    '--pull',
    'never',
    '--network',
    'pnet',
    '--name',
    'pod-b',
    '--ip',
    '10.81.0.44',
    '--mac-address',
    '02:aa:bb:cc:dd:ee',
    IMAGE,
    'sleep',
    '60',
  ]);
  assert.equal(r.code, 0, r.stderr);
  const ps = await c.cliOk(['ps']);
  assert.match(ps, /^pod-b\s+h1\s.*10\.81\.0\.44.*\[cni [0-9a-f]{12}\]/m, ps);
  // The CNI ADD returns once h1 has wired the container; h3 learns of it through its watch
  // (a CI run pinged before h3 had converged): h3 must reach it within a bound.
  await c.until(
    async () => (await c.cli(['exec', 'far3', '--', 'ping', '-c1', '-W1', '10.81.0.44'])).code === 0,
    15_000,
    'h3 reaches the podman container',
  );
  const link = await podman.run(['exec', 'pod-b', 'cat', '/sys/class/net/eth0/address']);
  assert.equal(link.stdout.trim(), '02:aa:bb:cc:dd:ee');
  assert.equal((await podman.run(['rm', '-f', '-t', '0', 'pod-b'])).code, 0);
  await c.until(async () => !/^pod-b\s/m.test(await c.cliOk(['ps'])), 10_000, 'pod-b still listed after podman rm');
});

test('by name: a podman container resolves and pings a vxnet workload on h3 through the host resolver', async () => {
  const r = await podman.run([
    'run',
    '--rm',
    '--pull',
    'never',
    '--network',
    'pnet',
    '--name',
    'pod-n',
    IMAGE,
    'ping',
    '-c1',
    '-W3',
    'far3',
  ]);
  // On failure both ends' agents speak: h3 must have pod-a's neighbour entry before far3 can answer.
  assert.equal(r.code, 0, `podman run failed: ${r.stderr}${r.stdout}\nagent h1:\n${c.tail('agent-h1')}\nagent h3:\n${c.tail('agent-h3')}`);
  assert.match(r.stdout, /PING far3 \(10\.81\.0\.30\)/);
  // Negative through the same resolver: a name nobody has gives no address.
  const none = await podman.run([
    'run',
    '--rm',
    '--pull',
    'never',
    '--network',
    'pnet',
    '--name',
    'pod-m',
    IMAGE,
    'ping',
    '-c1',
    '-W1',
    'nobody-here',
  ]);
  assert.notEqual(none.code, 0);
  assert.match(none.stderr + none.stdout, /bad address|unknown host/i);
});

test("the agents' predictions of the kernel held all along", () => c.assertPredictionsHeld());
