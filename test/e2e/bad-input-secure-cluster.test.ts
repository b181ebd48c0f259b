// The secure path end to end: a Cluster started with `auth: true` (every
// agent under its own host's NATS user, the controller and the CLI under
// theirs, cli/lab/nats-config.ts permissions). Real agents (LinuxKernel,
// portcheck, exec) must work with nothing more than their permissions, and
// overlay traffic must flow; a host's credentials must not reach the API.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Cluster, run } from './cluster.js';
import { natsEnv } from '../../cli/lab/credentials.js';
import { serverArgv, waitServing } from './local-helpers.js';

const CLI = join(dirname(fileURLToPath(import.meta.url)), '../../cli/main.js');
let c: Cluster;

before(async () => {
  c = await Cluster.start({ hosts: 2, auth: true });
});

after(async () => {
  await c?.stop();
});

test('with per-role credentials: overlay workloads on two hosts ping each other, exec and published ports work', async () => {
  await c.cliOk(['network', 'create', 'sec', '--subnet', '10.88.0.0/24']);
  await c.cliOk(['run', '--host', 'h1', '--name', 's1', '--network', 'sec']);
  // Published ports of overlay workloads wait for the gateway path (issue 10): the default bridge publishes today.
  await c.cliOk(['run', '--host', 'h1', '--name', 'pub', '-p', '18080:80', '--', ...serverArgv('pub', 'tcp:80')]);
  await c.cliOk(['run', '--host', 'h2', '--name', 's2', '--network', 'sec']);
  const ip2 = await c.ipOf('s2');
  await c.until(
    async () => (await c.cli(['exec', 's1', '--', 'ping', '-c1', '-W1', ip2])).code === 0,
    30_000,
    () => `s1 cannot ping s2 (${ip2}) under per-host credentials: ${c.tail('agent-h1')}`,
  );
  assert.match(await c.cliOk(['port', 'pub']), /80\/tcp -> 0\.0\.0\.0:18080/);
  // The published port carries traffic (the port check went through h1's own credentials): from the
  // other host to h1's address, answered by the workload's server.
  const reply = await waitServing(c.hostNs('h2'), 'tcp', c.hostIp(1), 18080, c);
  assert.match(reply.out, /^pub:80 /);
});

test("the CLI with a host's credentials is refused by NATS; without any it cannot connect", async () => {
  const asHost = await run(
    'ip',
    ['netns', 'exec', c.ulNs, process.execPath, CLI, '--nats', c.natsUrl, 'network', 'ls'],
    30_000,
    natsEnv(c.creds!.hosts.h1!),
  );
  assert.notEqual(asHost.code, 0);
  assert.match(asHost.stderr, /^vxnet: .*[Pp]ermission/);
  const anon = await run('ip', ['netns', 'exec', c.ulNs, process.execPath, CLI, '--nats', c.natsUrl, 'network', 'ls'], 30_000, {
    VXNET_NATS_USER: '',
    VXNET_NATS_PASSWORD: '',
  });
  assert.equal(anon.code, 3, anon.stderr);
  assert.equal(anon.stderr.trim().split('\n').length, 1);
});

// Last: the shadow check (--verify-prediction) found no prediction that differed from the kernel.
test("the agents' predictions of the kernel held all along", () => c.assertPredictionsHeld());
