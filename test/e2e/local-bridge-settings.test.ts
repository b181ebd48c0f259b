// The default bridge's daemon.json-style settings taking effect, on a cluster
// whose agents get them as flags: h1 with --bip, --fixed-cidr and --mtu; h2
// with --bip and --default-gateway. Also `vxnet logs` and a run whose host's
// agent does not answer the port check (UNAVAILABLE, nothing changed).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { Cluster } from './cluster.js';
import { hostLinks, probeFromWorkload, serverArgv, waitRunning } from './local-helpers.js';

let c: Cluster;
before(async () => {
  c = await Cluster.start({
    hosts: 2,
    agentArgsFor: {
      h1: ['--bip', '10.123.0.1/24', '--fixed-cidr', '10.123.0.128/25', '--mtu', '1400'],
      h2: ['--bip', '10.124.0.1/24', '--default-gateway', '10.124.0.254'],
    },
  });
});
after(async () => {
  await c?.stop();
});

const lastOctet = (ip: string) => Number(ip.split('.')[3]);

test('--bip, --fixed-cidr and --mtu: bridge address and MTU, workload address from the fixed range, route via the bip', async () => {
  await c.cliOk(['run', '--host', 'h2', '--name', 'srv', '--network', 'host', '--', ...serverArgv('srv', 'tcp:7001')]);
  await c.cliOk(['run', '--host', 'h1', '--name', 'w1', '--', 'sleep', 'infinity']);
  await waitRunning(c, 'w1');
  const ip = await c.ipOf('w1');
  assert.match(ip, /^10\.123\.0\.\d+$/);
  assert.ok(lastOctet(ip) >= 128, `${ip} inside fixed-cidr 10.123.0.128/25`);

  const br = hostLinks(c, 'h1').find((l) => l.ifname === 'vxnet0')!;
  assert.equal(br.mtu, 1400);
  const addrs = c.ipJson<{ addr_info: { local: string; prefixlen: number }[] }[]>(c.hostNs('h1'), ['-4', 'addr', 'show', 'dev', 'vxnet0']);
  assert.deepEqual(
    addrs[0]!.addr_info.map((a) => `${a.local}/${a.prefixlen}`),
    ['10.123.0.1/24'],
  );

  const eth0 = JSON.parse((await c.cli(['exec', 'w1', '--', 'ip', '-j', '-4', 'addr', 'show', 'dev', 'eth0'])).stdout) as {
    mtu: number;
    addr_info: { local: string; prefixlen: number }[];
  }[];
  assert.equal(eth0[0]!.mtu, 1400);
  assert.deepEqual(
    eth0[0]!.addr_info.map((a) => `${a.local}/${a.prefixlen}`),
    [`${ip}/24`],
    "the prefix is the bip's, not the fixed range's",
  );
  const route = JSON.parse((await c.cli(['exec', 'w1', '--', 'ip', '-j', 'route', 'show', 'default'])).stdout) as { gateway: string }[];
  assert.equal(route[0]?.gateway, '10.123.0.1');
  // Masquerade works with the custom subnet too (towards h2's underlay only).
  let r = await probeFromWorkload(c, 'w1', 'tcp', c.hostIp(2), 7001);
  for (let i = 0; i < 30 && r.code !== 0; i++) r = await probeFromWorkload(c, 'w1', 'tcp', c.hostIp(2), 7001);
  assert.equal(r.out, `srv:7001 ${c.hostIp(1)}`);
});

test("--default-gateway: the workloads' route; the bridge address is never handed out", async () => {
  await c.cliOk(['run', '--host', 'h2', '--name', 'w2', '--', 'sleep', 'infinity']);
  await waitRunning(c, 'w2');
  const ip = await c.ipOf('w2');
  assert.match(ip, /^10\.124\.0\.\d+$/);
  assert.notEqual(ip, '10.124.0.1');
  const route = JSON.parse((await c.cli(['exec', 'w2', '--', 'ip', '-j', 'route', 'show', 'default'])).stdout) as { gateway: string }[];
  assert.equal(route[0]?.gateway, '10.124.0.254');
});

test("vxnet logs shows the workload's output, stdout and stderr", async () => {
  await c.cliOk(['run', '--host', 'h1', '--name', 'talk', '--', 'sh', '-c', 'echo hello out; echo hello err >&2; sleep infinity']);
  await waitRunning(c, 'talk');
  let out = { code: -1, stdout: '', stderr: '' };
  await c.until(
    async () => {
      out = await c.cli(['logs', 'talk']);
      return /hello err/.test(out.stderr);
    },
    10_000,
    () => `logs: ${JSON.stringify(out)}`,
  );
  // As docker logs prints them: the command's stdout on stdout, its stderr on stderr.
  assert.equal(out.stdout, 'hello out\n');
  assert.equal(out.stderr, 'hello err\n');
  const none = await c.cli(['logs', 'ghost']);
  assert.equal(none.code, 1);
  assert.match(none.stderr, /no such workload: ghost/);
  // A workload without a command has empty logs.
  assert.equal(await c.cliOk(['logs', 'w1']), '');
});

test('publishing on a host whose agent does not answer is UNAVAILABLE and changes nothing', async () => {
  const before = await c.cliOk(['ps', '-a', '-q']);
  c.killAgent('h2');
  const r = await c.cli(['run', '--host', 'h2', '--name', 'pub', '-p', '8080:80']);
  assert.notEqual(r.code, 0);
  assert.match(r.stderr, /host h2 did not answer whether its ports are free/);
  assert.equal(await c.cliOk(['ps', '-a', '-q']), before);
  c.startAgent('h2', ['--bip', '10.124.0.1/24', '--default-gateway', '10.124.0.254']);
  await c.until(
    async () => (await c.cli(['run', '--host', 'h2', '--name', 'pub', '-p', '8080:80'])).code === 0,
    15_000,
    'the port is accepted once the agent is back',
  );
  assert.equal((await c.cliOk(['port', 'pub'])).trim(), '80/tcp -> 0.0.0.0:8080');
});

// Last: the shadow check (--verify-prediction) found no prediction that differed from the kernel.
test("the agents' predictions of the kernel held all along", () => c.assertPredictionsHeld());
