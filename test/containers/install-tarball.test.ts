// The release tarball installed on three bare Debian host containers by
// following deploy/README.md, "Install from the release tarball", literally:
// every ```sh block marked <!-- install-test: NAME --> is read from the README
// and run, in order, with bash -euo pipefail (VERSION, HOST and NODE set as
// the README says); `systemctl enable --now X` / `restart X` lines start what
// the unit installed in the container runs (units.ts reads ExecStart, User,
// EnvironmentFile... from /etc/systemd/system there: no systemd in these
// containers). Then a 3-node NATS cluster (one node per container), an agent
// on each, controllers on two; a workload on h1 pings one on h2 across the
// overlay; the controller on h1 is killed (SIGKILL, no restart) and a run on
// h3 still succeeds with nothing lost. The containers come from a private
// dockerd (engine.ts) and an image of this machine's binaries without vxnet
// (image.ts, bare); after() removes everything. The agents run with the
// shadow check (--verify-prediction, through a unit drop-in as an admin would
// add it); the last test asserts it found no wrong prediction. Must never
// pull an image.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jsonLines } from '../helpers/json-lines.js';
import { assertPredictionsHeld } from '../helpers/predictions.js';
import { Engine, ensureDocker, type Run } from './engine.js';
import { buildHostImage } from './image.js';
import { block } from './readme-blocks.js';
import { waitFor } from '../helpers/wait-for.js';
import { KILL, parseUnit, RUNNER, runnerArgs, SHADOW_CHECK_DROPIN, shadowCheckDropIn } from './units.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const HOSTS = ['h1', 'h2', 'h3'] as const;
const CREDS = '/root/vxnet-credentials';

const missing = process.getuid?.() !== 0 ? 'containers suite cannot run: it needs root (a private dockerd)' : ensureDocker();
let engine: Engine | undefined;
let prefix = '';
const started: string[] = [];

const ct = (h: string) => `${prefix}${h}`;

function exec(h: string, argv: string[], env: Record<string, string> = {}, input?: string): Run {
  const e = Object.entries(env).flatMap(([k, v]) => ['-e', `${k}=${v}`]);
  return engine!.docker(['exec', ...(input === undefined ? [] : ['-i']), '-w', '/root', ...e, ct(h), ...argv], input, 120_000);
}

function execOk(h: string, argv: string[], env: Record<string, string> = {}, input?: string): string {
  const r = exec(h, argv, env, input);
  if (r.code !== 0) throw new Error(`${h}: ${argv.join(' ').slice(0, 200)} failed (${r.code}): ${r.stderr.trim()}\n${r.stdout.trim()}`);
  return r.stdout;
}

/** Starts what a unit runs, as systemd would (units.ts), in the background. */
function startUnit(h: string, unit: string): void {
  const dir = `/etc/systemd/system/${unit}.service.d`;
  const files = [
    execOk(h, ['bash', '-c', `cat /etc/systemd/system/${unit}.service 2>/dev/null || cat /lib/systemd/system/${unit}.service`]),
    ...execOk(h, ['bash', '-c', `shopt -s nullglob; for f in ${dir}/*.conf; do echo "$f"; done`])
      .split('\n')
      .filter(Boolean)
      .map((f) => execOk(h, ['cat', f])),
  ];
  const args = runnerArgs(unit, parseUnit(unit, files));
  const r = engine!.docker(['exec', '-d', ct(h), 'bash', '-c', RUNNER, '_', ...args]);
  if (r.code !== 0) throw new Error(`${h}: starting ${unit} failed: ${r.stderr.trim()}`);
  started.push(`${h}:${unit}`);
}

/** ExecReload of the units here is `kill -s HUP $MAINPID`: HUP to the command the runner started. */
function reloadUnit(h: string, unit: string): void {
  execOk(h, ['bash', '-c', 'p=$(cat "/run/vxnet-unit-$1.pid"); c=($(cat /proc/$p/task/$p/children)); kill -s HUP "$c"', '_', unit]);
}

/** The tests' shadow check on the agent of `h` (units.ts shadowCheckDropIn). */
function shadowCheck(h: string): void {
  const unit = execOk(h, [
    'bash',
    '-c',
    'cat /etc/systemd/system/vxnet-agent.service 2>/dev/null || cat /lib/systemd/system/vxnet-agent.service',
  ]);
  execOk(h, ['bash', '-c', 'install -d "$(dirname "$1")" && cat >"$1"', '_', SHADOW_CHECK_DROPIN], {}, shadowCheckDropIn(unit));
}

/** Runs a README block on a host: shell lines with bash, `systemctl` lines as described at the top. */
function runBlock(h: string, name: string, env: Record<string, string>): string {
  let out = '';
  let chunk: string[] = [];
  const flush = () => {
    if (chunk.length) out += execOk(h, ['bash', '-euo', 'pipefail', '-c', chunk.join('\n')], env);
    chunk = [];
  };
  for (const line of block(name).split('\n')) {
    const sc = /^systemctl\s+(.*)$/.exec(line.trim());
    if (!sc) {
      chunk.push(line);
      continue;
    }
    flush();
    const words = sc[1]!.split(/\s+/);
    if (words[0] === 'enable' && words[1] === '--now') startUnit(h, words[2]!);
    else if (words[0] === 'reload') reloadUnit(h, words[1]!);
    else if (words[0] === 'restart' || words[0] === 'start') startUnit(h, words[1]!);
    else if (words[0] !== 'enable' && words[0] !== 'daemon-reload')
      throw new Error(`README block ${name}: cannot do "${line.trim()}" without systemd`);
  }
  flush();
  return out;
}

/** The CLI on h3 as the admin block sets it up (common.env + admin.env). */
function vxnet(args: string[]): Run {
  const setup = `set -a; . /etc/vxnet/common.env; . ${CREDS}/admin.env; set +a; exec vxnet "$@"`;
  return exec('h3', ['bash', '-c', setup, '_', ...args]);
}

function vxnetOk(args: string[]): string {
  const r = vxnet(args);
  assert.equal(r.code, 0, `vxnet ${args.join(' ')} failed (${r.code}): ${r.stderr}`);
  return r.stdout;
}

function unitLogs(): string {
  return started
    .map((s) => {
      const [h, unit] = s.split(':') as [string, string];
      const r = exec(h, ['cat', `/run/vxnet-unit-${unit}.log`]);
      return `--- ${s}\n${r.stdout.trim().split('\n').slice(-6).join('\n')}`;
    })
    .join('\n');
}

function until(what: string, check: () => boolean, timeoutMs = 60_000): Promise<void> {
  return waitFor(check, () => `${what}\n${unitLogs()}`, { timeoutMs, intervalMs: 500 });
}

before(async () => {
  if (missing) throw new Error(missing);
  // The artifact under test, made from this checkout's dist/ as `npm run release` does.
  execFileSync(process.execPath, [join(ROOT, 'scripts/release.mjs')], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const tarball = join(ROOT, `dist/release/vxnet-${VERSION}.tar.gz`);
  engine = await Engine.start();
  prefix = `vxnet-inst-${process.pid}-`;
  const image = await buildHostImage(engine, 'vxnet-bare-host-test', true);
  const net = engine.dockerOk(['network', 'create', `${prefix}net`]).trim();
  engine.track(net);
  HOSTS.forEach((h, i) => {
    // Each container is a machine: host hN, reachable as nats-N; /proc/sys writable as on a real host.
    engine!.dockerOk([
      'run',
      '-d',
      '--name',
      ct(h),
      '--hostname',
      h,
      '--network',
      `${prefix}net`,
      '--network-alias',
      `nats-${i + 1}`,
      '--cap-add',
      'NET_ADMIN',
      '--cap-add',
      'SYS_ADMIN',
      '--security-opt',
      'apparmor=unconfined',
      image.tag,
      'sh',
      '-c',
      'mount -o remount,rw /proc/sys && exec sleep infinity',
    ]);
    engine!.dockerOk(['cp', tarball, `${ct(h)}:/root/`]);
  });
});

after(async () => {
  if (engine) await engine.stop();
});

test('install: the release tarball on three Debian containers, by deploy/README.md; overlay traffic; a controller killed loses nothing', {
  timeout: 240_000,
}, async () => {
  const env = (h: string, i: number) => ({ VERSION, HOST: h, NODE: String(i + 1) });
  for (const [i, h] of HOSTS.entries()) runBlock(h, 'install', env(h, i));
  assert.match(execOk('h2', ['vxnet', 'version']), new RegExp(`vxnet ${VERSION.replace(/\./g, '\\.')}`), 'vxnet on PATH');
  // Every bundled program refuses Debian 12's Node 18 with one line (process.versions.node made to say so).
  const old = exec('h2', [
    'node',
    '--import',
    'data:text/javascript,Object.defineProperty(process.versions,"node",{value:"18.19.0"})',
    '/opt/vxnet/lib/vxnet-agent.js',
    '--help',
  ]);
  assert.equal(old.code, 1, `the agent ran on "Node 18": ${old.stdout}`);
  // The CNI plugin is where runtimes look, and answers as a runtime calls it.
  const cniVersion = execOk('h2', ['/opt/cni/bin/vxnet'], { CNI_COMMAND: 'VERSION' }, '{"cniVersion":"1.0.0"}');
  assert.match(cniVersion, /"supportedVersions":\[[^\]]*"1\.0\.0"/, `CNI VERSION through /opt/cni/bin/vxnet: ${cniVersion}`);
  assert.match(old.stderr.trim(), /^vxnet: Node 18\.19\.0 is too old: vxnet needs Node >= 20\.5 [^\n]*$/);

  runBlock('h1', 'credentials', env('h1', 0));
  // "Copy to each machine only what it needs" (scp in real life).
  const wants: Record<string, string[]> = {
    h2: ['auth.conf', 'cluster.conf', 'agent-h2.env', 'controller.env'],
    h3: ['auth.conf', 'cluster.conf', 'agent-h3.env', 'admin.env'],
  };
  for (const [h, files] of Object.entries(wants)) {
    execOk(h, ['install', '-d', '-m', '0700', CREDS]);
    for (const f of files) execOk(h, ['install', '-m', '0600', '/dev/stdin', `${CREDS}/${f}`], {}, execOk('h1', ['cat', `${CREDS}/${f}`]));
  }

  for (const [i, h] of HOSTS.entries()) runBlock(h, 'nats', env(h, i));
  for (const [i, h] of HOSTS.entries()) runBlock(h, 'common', env(h, i));
  // Not a README step: the tests' shadow check, turned on the way an admin would (a drop-in).
  for (const h of HOSTS) shadowCheck(h);
  for (const [i, h] of HOSTS.entries()) runBlock(h, 'agent', env(h, i));
  for (const [i, h] of ['h1', 'h2'].entries()) runBlock(h, 'controller', env(h, i));

  await until('the admin block never succeeded', () => {
    runBlock('h3', 'admin', env('h3', 2));
    return true;
  });
  await until('hosts never all ready', () => {
    const hosts = jsonLines<{ name: string; state: string }>(vxnetOk(['host', 'ls', '--format', 'json']));
    return hosts.length === 3 && hosts.every((x) => x.state === 'ready');
  });
  // nats-server runs as user nats (the package's User=), reading the group-nats files.
  const natsUid = () =>
    execOk('h1', [
      'bash',
      '-c',
      'p=$(cat /run/vxnet-unit-nats-server.pid); c=($(cat /proc/$p/task/$p/children)); while read -r k v _; do [[ $k == Uid: ]] && echo "$k $v"; done <"/proc/$c/status"; true',
    ]);
  assert.match(natsUid(), /^Uid: 102$/m, 'nats-server does not run as user nats');

  // "replicas": 3 took: every NATS node stores the KV bucket's stream.
  for (const h of HOSTS) {
    const kv = execOk(h, ['bash', '-c', 'for d in /var/lib/nats/jetstream/*/*/streams/KV_vxnet; do [[ -d $d ]] && echo "$d"; done; true']);
    assert.match(kv, /streams\/KV_vxnet/, `no KV_vxnet stream on ${h}'s NATS node`);
  }
  vxnetOk(['network', 'create', '--subnet', '10.78.0.0/24', 'blue']);
  vxnetOk(['run', '--host', 'h1', '--name', 'a', '--network', 'blue']);
  vxnetOk(['run', '--host', 'h2', '--name', 'b', '--network', 'blue']);
  const ipOf = (w: string) => {
    const [view] = JSON.parse(vxnetOk(['inspect', w, '--format', 'json'])) as { workload: { attachments: { ip: string }[] } }[];
    return view!.workload.attachments[0]!.ip;
  };
  const [ipA, ipB] = [ipOf('a'), ipOf('b')];
  await until(`a (${ipA}) never reached b (${ipB})`, () => vxnet(['exec', 'a', '--', 'ping', '-c1', '-W1', ipB]).code === 0);
  const ab = vxnet(['exec', 'a', '--', 'ping', '-c2', '-W2', ipB]);
  assert.equal(ab.code, 0, `ping a -> b: ${ab.stdout}${ab.stderr}`);
  // Names: a asks the agent's resolver (the bundled dns-packet code) for b.
  const resolve = (name: string) =>
    vxnet([
      'exec',
      'a',
      '--',
      'node',
      '-e',
      'require("node:dns").promises.resolve4(process.argv[1]).then((a) => console.log(a.join(" ")))',
      name,
    ]);
  await until(`a never resolved b to ${ipB}`, () => resolve('b').stdout.trim() === ipB);
  assert.notEqual(resolve('nosuchworkload').code, 0, 'an unknown name resolved');
  // Negative control through the same path: nobody has .250.
  assert.notEqual(vxnet(['exec', 'a', '--', 'ping', '-c1', '-W1', '10.78.0.250']).code, 0, 'ping to an unused address succeeded');

  // A host added later: nobody else's credentials change, NATS reloads the new users, everything keeps working.
  const files = ['agent-h1.env', 'agent-h2.env', 'agent-h3.env', 'controller.env', 'admin.env', 'cluster.conf'];
  const snapshot = () => files.map((f) => execOk('h1', ['cat', `${CREDS}/${f}`])).join('\n');
  const beforeAdd = snapshot();
  runBlock('h1', 'add-host', env('h1', 0));
  assert.equal(snapshot(), beforeAdd, 'adding h4 changed another credential file');
  const auth = execOk('h1', ['cat', `${CREDS}/auth.conf`]);
  for (const x of ['h1', 'h2', 'h3', 'h4']) assert.match(auth, new RegExp(`vxnet-host-${x}"`), `auth.conf lacks ${x}`);
  for (const [i, h] of HOSTS.entries()) {
    if (h !== 'h1') execOk(h, ['install', '-m', '0600', '/dev/stdin', `${CREDS}/auth.conf`], {}, auth);
    runBlock(h, 'reload-nats', env(h, i));
  }
  for (const h of HOSTS)
    await until(`nats-server on ${h} did not reload`, () =>
      /Reloaded server configuration/.test(execOk(h, ['cat', '/run/vxnet-unit-nats-server.log'])),
    );

  // The controller on h1 crashes for good; the one on h2 serves the next run, and nothing is lost.
  execOk('h1', ['bash', '-c', KILL, '_', 'vxnet-controller']);
  await until(
    'the controller on h1 still runs',
    () => exec('h1', ['bash', '-c', 'kill -0 $(cat /run/vxnet-unit-vxnet-controller.pid)']).code !== 0,
  );
  vxnetOk(['run', '--host', 'h3', '--name', 'c', '--network', 'blue']);
  const names = jsonLines<{ workload: { name: string } }>(vxnetOk(['ps', '--format', 'json']))
    .map((w) => w.workload.name)
    .sort();
  assert.deepEqual(names, ['a', 'b', 'c']);
  const ipC = ipOf('c');
  assert.equal(new Set([ipA, ipB, ipC]).size, 3, `addresses not unique: ${ipA} ${ipB} ${ipC}`);
  await until(`c (${ipC}) never reached a (${ipA})`, () => vxnet(['exec', 'c', '--', 'ping', '-c1', '-W1', ipA]).code === 0);
  const ab2 = vxnet(['exec', 'a', '--', 'ping', '-c1', '-W2', ipB]);
  assert.equal(ab2.code, 0, `a -> b after the controller died: ${ab2.stdout}${ab2.stderr}`);

  // Installing again (an upgrade) replaces the app and leaves the configuration as it was.
  const conf = () =>
    execOk('h2', ['cat', '/etc/vxnet/agent.json', '/etc/vxnet/agent.env', '/etc/vxnet/controller.json', '/etc/vxnet/common.env']);
  const confBefore = conf();
  runBlock('h2', 'install', env('h2', 1));
  assert.equal(conf(), confBefore, 'install.sh changed the configuration');
  assert.equal(
    exec('h2', ['bash', '-c', '[[ ! -e /opt/vxnet.old && ! -e /opt/vxnet.new ]]']).code,
    0,
    '/opt/vxnet.old or .new left behind',
  );
  vxnetOk(['host', 'ls']);
});

// Last: the shadow check (--verify-prediction) found no prediction that differed from the kernel.
test("the agents' predictions of the kernel held all along", () => {
  const logs = new Map(HOSTS.map((h) => [h, exec(h, ['cat', '/run/vxnet-unit-vxnet-agent.log']).stdout] as const));
  assertPredictionsHeld(vxnetOk(['host', 'ls', '--format', 'json']), logs);
});
