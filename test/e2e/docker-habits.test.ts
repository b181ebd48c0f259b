// What a Docker user types out of habit, against a real 2-host cluster: -h as
// the hostname, -e/--env-file reaching the command, --rm removing the workload,
// --restart restarting a failing command (counted in ps), filters and
// templates selecting and printing, logs -f following output, exec forwarding
// stdin and Ctrl-C, exit codes that tell vxnet's failures from the command's,
// and --aux-address keeping an address out of allocation.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { Cluster } from './cluster.js';
import { waitRunning } from './local-helpers.js';
import { jsonLines } from '../helpers/json-lines.js';

let c: Cluster;
let dir: string;
before(async () => {
  c = await Cluster.start({ hosts: 2 });
  dir = mkdtempSync(join(tmpdir(), 'vxnet-habits-'));
});
after(async () => {
  await c?.stop();
  rmSync(dir, { recursive: true, force: true });
});

function finished(p: ChildProcess): Promise<{ code: number | null; out: string; err: string }> {
  let out = '';
  let err = '';
  p.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  p.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  return new Promise((resolve) => p.on('close', (code) => resolve({ code, out, err })));
}

test('run -h sets the hostname; -e and --env-file reach the command', async () => {
  const env = join(dir, 'env');
  writeFileSync(env, '# from a file\nB=two words\n');
  await c.cliOk([
    'run',
    '--host',
    'h1',
    '--name',
    'envy',
    '-h',
    'box1',
    '-e',
    'A=1',
    '--env-file',
    env,
    '--',
    'sh',
    '-c',
    'hostname; echo "$A|$B"; exec sleep 600',
  ]);
  await waitRunning(c, 'envy');
  await c.until(
    async () => (await c.cliOk(['logs', 'envy'])) === 'box1\n1|two words\n',
    15_000,
    () => 'env/hostname not in the logs',
  );
  // -h is the hostname, never help: nothing printed as help, and the name is taken.
  const again = await c.cli(['run', '--host', 'h1', '--name', 'envy', '-h', 'x']);
  assert.equal(again.code, 1);
  assert.match(again.stderr, /envy/);
});

test('--rm removes the workload when its command exits; without it the workload stays, exited', async () => {
  await c.cliOk(['run', '--host', 'h2', '--name', 'keepme', '--', 'true']);
  await c.cliOk(['run', '--host', 'h2', '--name', 'rmme', '--rm', '--', 'true']);
  await c.until(
    async () => (await c.cliOk(['ps', '-a', '-q', '-f', 'name=rmme'])) === '',
    20_000,
    () => 'rmme was not removed',
  );
  // Positive control through the same path: the one without --rm is still listed, exited.
  await c.until(
    async () => (await c.cliOk(['ps', '-a', '-f', 'name=keepme', '--format', '{{.Name}} {{.State}}'])) === 'keepme exited\n',
    20_000,
    () => 'keepme not shown as exited',
  );
  const bad = await c.cli(['run', '--host', 'h2', '--name', 'both', '--rm', '--restart', 'always', '--', 'true']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--rm and --restart conflict/);
});

test('--restart on-failure:2 restarts a failing command twice, and ps shows the restarts', async () => {
  await c.cliOk(['run', '--host', 'h1', '--name', 'flaky', '--restart', 'on-failure:2', '--', 'sh', '-c', 'echo run; exit 3']);
  await c.until(
    async () => (await c.cliOk(['ps', '-a', '-f', 'name=flaky', '--format', '{{.State}} {{.Restarts}}'])) === 'exited 2\n',
    30_000,
    () => `flaky did not end exited after 2 restarts; agent log: ${c.tail('agent-h1')}`,
  );
  assert.equal(await c.cliOk(['logs', 'flaky']), 'run\nrun\nrun\n');
  assert.match(await c.cliOk(['ps', '-a', '-f', 'name=flaky']), /exited \(3, 2 restarts\)/);
});

test('filters combine as Docker combines them; templates print fields and labels', async () => {
  await c.cliOk(['run', '--host', 'h1', '--name', 'fa', '--label', 'team=red', '--', 'sleep', '600']);
  await c.cliOk(['run', '--host', 'h2', '--name', 'fb', '--label', 'team=blue', '--', 'sleep', '600']);
  const q = async (...f: string[]) =>
    (await c.cliOk(['ps', '-q', ...f.flatMap((x) => ['-f', x]), '-f', 'name=f'])).trim().split('\n').filter(Boolean);
  assert.deepEqual(await q('host=h1'), ['fa']);
  assert.deepEqual(await q('label=team=blue'), ['fb']);
  assert.deepEqual(await q('label=team'), ['fa', 'fb']);
  assert.deepEqual(await q('host=h1', 'host=h2', 'label=team=blue'), ['fb']);
  assert.deepEqual(await q('host=h3'), []);
  assert.equal(
    await c.cliOk(['ps', '-f', 'name=fa', '--format', '{{.Name}}@{{.Host}} {{.Label "team"}} {{index .Labels "team"}}']),
    'fa@h1 red red\n',
  );
  const lines = jsonLines<{ workload: { name: string } }>(await c.cliOk(['ps', '-f', 'name=f', '--format', 'json']));
  assert.deepEqual(
    lines.map((l) => l.workload.name),
    ['fa', 'fb'],
  );
  assert.equal(await c.cliOk(['inspect', '-f', '{{.Workload.Host}}', 'fa', 'fb']), 'h1\nh2\n');
  const bad = await c.cli(['ps', '--format', '{{.Colour}}']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /unknown field \.Colour/);
});

test('logs -f follows a command that prints over time and ends when it exits; --tail, --timestamps', async () => {
  await c.cliOk(['run', '--host', 'h2', '--name', 'ticker', '--', 'sh', '-c', 'for i in 1 2 3 4; do echo tick$i; sleep 0.7; done']);
  const follow = finished(c.cliProcess(['logs', '-f', 'ticker']));
  const r = await follow;
  assert.equal(r.code, 0, r.err);
  assert.equal(r.out, 'tick1\ntick2\ntick3\ntick4\n');
  assert.equal(await c.cliOk(['logs', '--tail', '2', 'ticker']), 'tick3\ntick4\n');
  assert.match(await c.cliOk(['logs', '--timestamps', '--tail', '1', 'ticker']), /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z tick4\n$/);
});

test('exec: stdin is forwarded, Ctrl-C reaches the remote command, exit codes do not collide', async () => {
  await c.cliOk(['run', '--host', 'h1', '--name', 'ex', '--', 'sleep', '600']);
  await waitRunning(c, 'ex');
  const cat = c.cliProcess(['exec', 'ex', '--', 'cat']);
  const catDone = finished(cat);
  cat.stdin!.end('hello through stdin\n');
  const catR = await catDone;
  assert.equal(catR.out, 'hello through stdin\n');
  assert.equal(catR.code, 0);

  // The remote command traps SIGINT and exits 7 only when it receives it.
  const trap = c.cliProcess(['exec', 'ex', '--', 'sh', '-c', 'trap "echo got-int; exit 7" INT; echo ready; while :; do sleep 0.1; done']);
  const trapDone = finished(trap);
  await new Promise<void>((resolve) => trap.stdout!.on('data', (d: Buffer) => d.toString().includes('ready') && resolve()));
  trap.kill('SIGINT');
  const t = await trapDone;
  assert.equal(t.code, 7, t.err);
  assert.match(t.out, /got-int/);

  assert.equal((await c.cli(['exec', 'ex', '--', 'sh', '-c', 'exit 3'])).code, 3, "the command's own 3");
  const missing = await c.cli(['exec', 'nosuch', '--', 'true']);
  assert.equal(missing.code, 125, "vxnet's own failure is 125");
  assert.match(missing.stderr, /nosuch/);
  const notFound = await c.cli(['exec', 'ex', '--', 'no-such-binary']);
  assert.equal(notFound.code, 127, 'a command that does not exist: 127, as in Docker');
  assert.match(notFound.stderr, /executable file not found/);
});

// Last: the shadow check (--verify-prediction) found no prediction that differed from the kernel.
test('network create --aux-address keeps the address out of allocation; --ip on it is refused naming it', async () => {
  await c.cliOk(['network', 'create', '--subnet', '10.66.0.0/29', '--aux-address', 'router=10.66.0.2', 'auxnet']);
  const [n] = JSON.parse(await c.cliOk(['network', 'inspect', 'auxnet'])) as { network: { auxAddresses?: Record<string, string> } }[];
  assert.deepEqual(n!.network.auxAddresses, { router: '10.66.0.2' });
  await c.cliOk(['run', '--host', 'h1', '--name', 'aux1', '--network', 'auxnet']);
  // .1 is the gateway and .2 reserved: the first workload gets .3.
  const [w] = JSON.parse(await c.cliOk(['inspect', 'aux1'])) as { workload: { attachments: { ip: string }[] } }[];
  const ip = w!.workload.attachments[0]!.ip;
  assert.equal(ip, '10.66.0.3');
  const taken = await c.cli(['run', '--host', 'h1', '--name', 'aux2', '--network', 'auxnet', '--ip', '10.66.0.2']);
  assert.equal(taken.code, 1);
  assert.equal(taken.stderr, 'vxnet: address 10.66.0.2 is reserved as auxiliary address router of auxnet: pick another\n');
  // Positive control: another free address by --ip works.
  await c.cliOk(['run', '--host', 'h1', '--name', 'aux2', '--network', 'auxnet', '--ip', '10.66.0.4']);
});

test("the agents' predictions of the kernel held all along", () => c.assertPredictionsHeld());
