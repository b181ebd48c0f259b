// The attach path end to end (DESIGN "Real containers"): a namespace the agent
// did not make (here one the test makes, as a runtime would) is attached
// through h1's agent socket, allocated by the controller, wired by the
// pipeline like a workload, reaches a workload on h2 over the overlay, shows
// in `vxnet ps` / `network inspect`, and is released by detach and, when its
// namespace disappears, by the agent's liveness sweep.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { Cluster } from './cluster.js';
import { callAgent } from '../../cni/agent-client.js';
import type { AttachResult } from '../../lib/agent-protocol.js';

let c: Cluster;
before(async () => {
  c = await Cluster.start({ hosts: 2 });
  await c.cliOk(['network', 'create', '-d', 'overlay', '--subnet', '10.78.0.0/24', 'att']);
  await c.cliOk(['run', '--host', 'h2', '--network', 'att', '--name', 'target', '--ip', '10.78.0.20']);
});
after(async () => {
  await c?.stop();
});

/** A runtime's namespace: named with the cluster's prefix so stop() removes it. */
function runtimeNs(name: string): string {
  const ns = `${c.prefix}rt-${name}`;
  execFileSync('ip', ['netns', 'add', ns]);
  execFileSync('ip', ['-n', ns, 'link', 'set', 'lo', 'up']);
  return ns;
}

const ping = (ns: string, ip: string) => c.exec(ns, ['ping', '-c1', '-W2', ip]);

test('an attached namespace is wired like a workload, reaches h2, shows in ps and inspect, and detaches', async () => {
  const ns = runtimeNs('c1');
  const sock = c.agentSocket('h1');
  const r = await callAgent(sock, {
    op: 'attach',
    attach: { kind: 'cni', name: 'c1', containerId: 'cid-1', netns: `/run/netns/${ns}`, network: 'att', aliases: ['one'] },
  });
  assert.ok(r.ok, JSON.stringify(r));
  const res = r.result as AttachResult;
  assert.equal(res.ifname, 'eth0');
  assert.match(res.ip, /^10\.78\.0\.\d+$/);
  assert.equal(res.gateway, '10.78.0.1');
  assert.equal(res.prefixLength, 24);
  // The default route the result reports is the one the container has (the network's gateway, or the gateway path's).
  const [dflt] = c.ipJson<{ gateway: string }[]>(ns, ['route', 'show', 'default']);
  assert.deepEqual(res.routes, [{ dst: '0.0.0.0/0', gw: dflt!.gateway }]);

  // The kernel holds what the result says, in the runtime's namespace.
  const [link] = c.ipJson<{ address: string }[]>(ns, ['link', 'show', 'eth0']);
  assert.equal(link!.address, res.mac);
  const [eth0] = c.ipJson<{ addr_info: { local: string }[] }[]>(ns, ['-4', 'addr', 'show', 'eth0']);
  assert.deepEqual(
    eth0!.addr_info.map((a) => a.local),
    [res.ip],
  );
  await c.until(() => ping(ns, '10.78.0.20') === 0, 10_000, 'the attached namespace cannot ping the workload on h2');
  assert.equal((await c.cli(['exec', 'target', '--', 'ping', '-c1', '-W2', res.ip])).code, 0, 'h2 reaches the attached one');

  const ps = await c.cliOk(['ps']);
  assert.match(ps, /^c1\s+h1\s+.*\[cni cid-1\]/m, ps);
  const [view] = JSON.parse(await c.cliOk(['network', 'inspect', 'att'])) as {
    endpoints: { workload: string; host: string; kind?: string; containerId?: string }[];
  }[];
  const ep = view!.endpoints.find((e) => e.workload === 'c1');
  assert.deepEqual([ep?.host, ep?.kind, ep?.containerId], ['h1', 'KIND_CNI', 'cid-1']);

  // The same container and interface again is refused, not a second address.
  const twice = await callAgent(sock, {
    op: 'attach',
    attach: { kind: 'cni', name: 'c1b', containerId: 'cid-1', netns: `/run/netns/${ns}`, network: 'att' },
  });
  assert.equal(twice.ok ? 'ok' : twice.error.code, 'ALREADY_EXISTS');

  const d = await callAgent(sock, { op: 'detach', detach: { containerId: 'cid-1', ifname: 'eth0' } });
  assert.deepEqual(d, { ok: true, released: ['c1'] });
  assert.deepEqual(
    c.ipJson<{ ifname: string }[]>(ns, ['link', 'show']).map((l) => l.ifname),
    ['lo'],
    'eth0 left the namespace',
  );
  assert.notEqual(ping(ns, '10.78.0.20'), 0, 'detached: no way to h2 any more');
  assert.doesNotMatch(await c.cliOk(['ps']), /^c1\s/m);
  assert.ok(!c.namespaces().includes(`${c.agentPrefix('h1')}ct-c1`), 'the bind mount is gone');
  // Detaching what is gone is success.
  assert.deepEqual(await callAgent(sock, { op: 'detach', detach: { containerId: 'cid-1', ifname: 'eth0' } }), {
    ok: true,
    released: [],
  });
});

test('an endpoint whose namespace disappears (a lost DEL) is released by the agent', async () => {
  const ns = runtimeNs('c2');
  const r = await callAgent(c.agentSocket('h1'), {
    op: 'attach',
    attach: { kind: 'cni', name: 'c2', containerId: 'cid-2', netns: `/run/netns/${ns}`, network: 'att' },
  });
  assert.ok(r.ok, JSON.stringify(r));
  assert.match(await c.cliOk(['ps']), /^c2\s/m);
  execFileSync('ip', ['netns', 'del', ns]);
  await c.until(async () => !/^c2\s/m.test(await c.cliOk(['ps'])), 15_000, 'c2 was not released after its namespace went');
  // The agent's next pass unbinds it (the controller's record goes first).
  await c.until(() => !c.namespaces().includes(`${c.agentPrefix('h1')}ct-c2`), 10_000, 'our bind mount of c2 is still there');
});

test('bad attach requests are refused with one line and change nothing', async () => {
  const sock = c.agentSocket('h1');
  const notNs = await callAgent(sock, {
    op: 'attach',
    attach: { kind: 'cni', name: 'c3', containerId: 'cid-3', netns: '/etc/hostname', network: 'att' },
  });
  assert.equal(notNs.ok ? 'ok' : notNs.error.code, 'INVALID_ARGUMENT');
  const ns = runtimeNs('c4');
  const unknown = await callAgent(sock, {
    op: 'attach',
    attach: { kind: 'cni', name: 'c4', containerId: 'cid-4', netns: `/run/netns/${ns}`, network: 'nope' },
  });
  assert.equal(unknown.ok ? 'ok' : unknown.error.code, 'NOT_FOUND');
  assert.match(unknown.ok ? '' : unknown.error.message, /network nope not found/);
  assert.doesNotMatch(await c.cliOk(['ps']), /^c[34]\s/m);
  const garbage = await callAgent(sock, { op: 'nonsense' } as never);
  assert.equal(garbage.ok ? 'ok' : garbage.error.code, 'BAD_REQUEST');
});

test("the agents' predictions of the kernel held all along", () => c.assertPredictionsHeld());
