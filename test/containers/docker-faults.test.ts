// Docker on vxnet when things go away: the agent restarting under running
// containers, a container removed while the agent (and so the plugin) is
// down, the agent restarted between Docker's Join and the container's start
// (a PluginGate on h1 holds Docker's next call meanwhile), a daemon restart
// with live-restore. Real daemons, real traffic.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DockerCluster, LAB_IMAGE } from './docker-hosts.js';
import { handoverName } from '../../agent/model/naming.js';

let d: DockerCluster;
let ip3 = '';
before(async () => {
  d = await DockerCluster.start(3, ['h1', 'h3'], { gated: ['h1'] });
  for (const h of ['h1', 'h3'])
    await d.dockerOk(h, ['network', 'create', '-d', 'vxnet', '--ipam-driver', 'vxnet', '--subnet', '10.96.0.0/24', 'fnet']);
  await d.dockerOk('h1', ['run', '-d', '--name', 'f1', '--network', 'fnet', LAB_IMAGE, 'sleep', '600']);
  await d.dockerOk('h3', ['run', '-d', '--name', 'f3', '--network', 'fnet', '--ip', '10.96.0.33', LAB_IMAGE, 'sleep', '600']);
  ip3 = '10.96.0.33';
  await d.c.until(async () => (await d.docker('h1', ['exec', 'f1', 'ping', '-c1', '-W2', ip3])).code === 0, 15_000, 'f1 cannot reach f3');
});
after(async () => {
  await d?.stop();
});

/** 20 pings 0.2 s apart from f1 to f3 while `disturb` runs; resolves to the number received. */
async function pingThrough(disturb: () => Promise<void>): Promise<number> {
  const pinging = d.docker('h1', ['exec', 'f1', 'ping', '-c20', '-i0.2', '-W1', ip3]);
  await new Promise((r) => setTimeout(r, 600));
  await disturb();
  const r = await pinging;
  const m = /(\d+) packets received/.exec(r.stdout);
  return m ? Number(m[1]) : 0;
}

test('agent restart with running containers: no ping is lost', async () => {
  const received = await pingThrough(async () => {
    await d.stopAgent('h1');
    await d.startAgent('h1');
  });
  assert.equal(received, 20);
});

test("agent restarted between Docker's Join and the container's start: the container comes up wired, nothing leaks", async () => {
  const hostLinks = () => d.c.ipJson<{ ifname: string }[]>(d.c.hostNs('h1'), ['link', 'show']).map((l) => l.ifname);
  const src = handoverName('late', 'fnet');
  const joined = d.gate('h1').closeAfter('/NetworkDriver.Join');
  const run = d.docker('h1', ['run', '-d', '--name', 'late', '--network', 'fnet', '--ip', '10.96.0.88', LAB_IMAGE, 'sleep', '600']);
  await joined;
  // Join answered, Docker's next call held: the interface waits in the agent's namespace for the start.
  assert.ok(hostLinks().includes(src), `${src} not in h1's namespace after Join`);
  const log = join(d.c.dir, 'agent-h1.log');
  const before = readFileSync(log, 'utf8').length;
  await d.stopAgent('h1');
  await d.startAgent('h1');
  // The new agent either follows the container again (the fix) or its plugin reconcile
  // (every 2 s here) releases the endpoint, taking the interface with it (the fault).
  await d.c.until(
    () =>
      readFileSync(log, 'utf8').slice(before).includes('handed over before a restart: following its start') || !hostLinks().includes(src),
    20_000,
    'the restarted agent neither followed nor released the handed-over endpoint',
  );
  d.gate('h1').open();
  const r = await run;
  assert.equal(r.code, 0, `docker run after the agent restart: ${r.stderr}`);
  await d.c.until(
    async () => (await d.docker('h3', ['exec', 'f3', 'ping', '-c1', '-W2', '10.96.0.88'])).code === 0,
    15_000,
    'late not reachable from f3',
  );
  assert.match((await d.dockerOk('h1', ['exec', 'late', 'ip', 'addr', 'show', 'eth0'])).toString(), /10\.96\.0\.88\/24/);
  assert.ok(!hostLinks().includes(src), `${src} left in h1's namespace`);
  await d.dockerOk('h1', ['rm', '-f', 'late']);
});

test('daemon restart with live-restore: no ping is lost and the containers stay', async () => {
  const received = await pingThrough(() => d.restartDockerd('h3'));
  assert.equal(received, 20);
  assert.match(await d.dockerOk('h3', ['ps', '--format', '{{.Names}}']), /f3/);
});

test('a container removed while the agent is down: its address and interface are released when the agent is back', async () => {
  await d.dockerOk('h1', ['run', '-d', '--name', 'orphan', '--network', 'fnet', '--ip', '10.96.0.77', LAB_IMAGE, 'sleep', '600']);
  const netNs = `${d.c.agentPrefix('h1')}net-fnet`;
  const links = () => d.c.ipJson<{ ifname: string }[]>(netNs, ['link', 'show']).length;
  await d.c.until(
    async () => (await d.docker('h3', ['exec', 'f3', 'ping', '-c1', '-W2', '10.96.0.77'])).code === 0,
    15_000,
    'orphan not reachable',
  );
  const withOrphan = links();
  await d.stopAgent('h1');
  // Docker cannot tell the plugin (it retries, then gives up): the endpoint would leak.
  await d.docker('h1', ['rm', '-f', 'orphan']);
  await d.startAgent('h1');
  await d.c.until(
    async () => !(await d.c.cliOk(['network', 'inspect', 'fnet', '--format', 'json'])).includes('10.96.0.77'),
    20_000,
    'the removed container still holds 10.96.0.77',
  );
  await d.c.until(
    () => links() === withOrphan - 1,
    10_000,
    () => `the orphan's veth is still in ${netNs}`,
  );
  // Released for real: the address can be taken again, and the survivor still works.
  await d.dockerOk('h1', ['run', '-d', '--name', 'reuse', '--network', 'fnet', '--ip', '10.96.0.77', LAB_IMAGE, 'sleep', '600']);
  await d.c.until(
    async () => (await d.docker('h3', ['exec', 'f3', 'ping', '-c1', '-W2', '10.96.0.77'])).code === 0,
    15_000,
    'reuse not reachable',
  );
});

// Last: the shadow check (--verify-prediction) found no prediction that differed from the kernel.
test("the agents' predictions of the kernel held all along", () => d.c.assertPredictionsHeld());
