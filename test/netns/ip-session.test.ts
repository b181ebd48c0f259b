// The standing ip session (agent/kernel/ip-session.ts) on real namespaces:
// results read like a one-shot batch's, a request that names a namespace
// lets go of it (a deleted workload namespace is really freed: the host end
// of its veth goes), and a session whose ip died answers the next request.
// The session runs under `nsenter --net` in a namespace of the test's own,
// the way the agent runs in its host namespace; nothing touches the root one.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { IpSession } from '../../agent/kernel/ip-session.js';
import { runTool } from '../../agent/kernel/run.js';
import { TestNetns } from '../helpers/netns.js';
import { waitFor } from '../helpers/wait-for.js';

const lab = await TestNetns.create('ips');
const host = await lab.addNs('h');
const session = new IpSession(['nsenter', `--net=/run/netns/${host}`, 'ip']);
after(() => session.close());

const links = async () =>
  (JSON.parse(await runTool(['ip', '-j', 'link', 'show'], { netns: host })) as { ifname: string }[]).map((l) => l.ifname);

test('a request reads like a one-shot batch: exit 0, or its failing lines numbered from its own first line', async () => {
  const ok = await session.run(['link add vxa0 type veth peer name vxa1', 'link set vxa0 up']);
  assert.equal(ok.exitCode, 0);
  assert.equal(ok.stderr, '');
  assert.ok((await links()).includes('vxa0'));
  // The session has run lines before: the failure is still line 2 of this request.
  const bad = await session.run(['link set vxa0 down', 'link set nosuch0 up', 'link set vxa1 up']);
  assert.equal(bad.exitCode, 1);
  assert.match(bad.stderr, /Cannot find device "nosuch0"\nCommand failed -:2\n$/);
  assert.equal(bad.processes, 0);
  // Lines after a failed one still ran (-force).
  const up = JSON.parse(await runTool(['ip', '-j', 'link', 'show', 'dev', 'vxa1'], { netns: host })) as { flags: string[] }[];
  assert.ok(up[0]!.flags.includes('UP'));
});

test('a deleted namespace that a request named is freed: its veth host end goes', async () => {
  const ws = lab.name('w');
  const r = await session.run([`netns add ${ws}`, `link add vxw0 type veth peer name eth0 netns ${ws}`, 'link set vxw0 up']);
  assert.equal(r.exitCode, 0, r.stderr);
  // The request named the namespace: the process that opened it is replaced by a fresh one.
  assert.equal(r.processes, 1);
  assert.ok((await links()).includes('vxw0'));
  const del = await session.run([`netns del ${ws}`]);
  assert.equal(del.exitCode, 0, del.stderr);
  // Linux frees the namespace, and the veth with it, once nothing holds it open.
  await waitFor(async () => !(await links()).includes('vxw0'), 'the host end of a deleted namespace gone', {
    timeoutMs: 10_000,
    intervalMs: 50,
  });
});

test('an ip that exits on a line it cannot parse fails that request; the next one gets a new ip', async () => {
  const dead = await session.run(['link set vxa0 mtu notanumber']);
  assert.notEqual(dead.exitCode, 0);
  assert.match(dead.stderr, /mtu/i);
  const next = await session.run(['link set vxa0 mtu 1400']);
  assert.equal(next.exitCode, 0, next.stderr);
  assert.equal(next.processes, 1);
});
