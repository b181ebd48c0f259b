// Hosts as containers: a private Docker engine (engine.ts), the host image
// imported from this machine's binaries (image.ts), then with testcontainers
// NATS, a controller and three vxnet hosts (each a container with NET_ADMIN +
// SYS_ADMIN running vxnet-agent in its own network namespace) on one
// testcontainers Network. The vxnet CLI runs inside the controller's
// container, so nothing is published on this machine. An overlay network,
// workloads on h1 and h3, and `vxnet exec` ping across the VXLAN underlay.
// after() removes everything and then checks that the root namespace shows
// nothing the engine left. Last, the agents' shadow check
// (--verify-prediction) must have found no wrong prediction. On a machine that cannot have an engine the suite
// FAILS with one line naming what is missing (never skips into green). Must
// never pull an image.
import { jsonLines } from '../helpers/json-lines.js';
import { assertPredictionsHeld } from '../helpers/predictions.js';
import { waitFor } from '../helpers/wait-for.js';
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { Engine, ensureDocker } from './engine.js';
import { buildHostImage } from './image.js';

// Ryuk (testcontainers' reaper) is an image that would be pulled; after() cleans instead.
process.env.TESTCONTAINERS_RYUK_DISABLED = 'true';
// In a container (/.dockerenv) testcontainers looks for the host through the
// `bridge` network (none here: --bridge=none) and then runs alpine to find a
// gateway, which would pull it. Nothing is published, so the host is loopback.
process.env.TESTCONTAINERS_HOST_OVERRIDE = '127.0.0.1';
type TC = typeof import('testcontainers');
type Started = import('testcontainers').StartedTestContainer;

const HOSTS = ['h1', 'h2', 'h3'];
const missing = process.getuid?.() !== 0 ? 'containers suite cannot run: it needs root (a private dockerd)' : ensureDocker();

const rootBefore = missing ? undefined : rootSnapshot();
let engine: Engine | undefined;
let tc: TC;
let network: import('testcontainers').StartedNetwork | undefined;
const containers = new Map<string, Started>();
let natsUrl = '';

function rootSnapshot(): { links: string[]; nft: string; forward: string } {
  const links = (JSON.parse(execFileSync('ip', ['-j', 'link', 'show'], { encoding: 'utf8' })) as { ifname: string }[]).map((l) => l.ifname);
  let nft = '';
  try {
    nft = execFileSync('nft', ['list', 'tables'], { encoding: 'utf8' });
  } catch {
    /* no nft */
  }
  return { links, nft, forward: readFileSync('/proc/sys/net/ipv4/ip_forward', 'utf8').trim() };
}

/** The vxnet CLI, inside the controller's container (it reaches NATS on the test network). */
async function vxnet(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const r = await containers.get('controller')!.exec(['vxnet', '--nats', natsUrl, ...args]);
  return { code: r.exitCode, out: r.stdout, err: r.stderr };
}

async function vxnetOk(args: string[]): Promise<string> {
  const r = await vxnet(args);
  assert.equal(r.code, 0, `vxnet ${args.join(' ')} failed (${r.code}): ${r.err}`);
  return r.out;
}

function until(what: string, check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  return waitFor(check, async () => `${what}: ${await logs()}`, { timeoutMs, intervalMs: 200 });
}

async function logs(): Promise<string> {
  const parts: string[] = [];
  for (const [name, c] of containers) {
    if (name === 'nats') continue;
    const r = await engineLogs(c.getId());
    parts.push(`--- ${name}\n${r}`);
  }
  return parts.join('\n');
}

async function engineLogs(id: string): Promise<string> {
  const r = engine!.docker(['logs', '--tail', '8', id]);
  return `${r.stdout}${r.stderr}`.trim();
}

async function startHostContainer(name: string, image: string, entrypoint: string[], command: string[], ready: RegExp): Promise<Started> {
  const c = await new tc.GenericContainer(image)
    .withName(`vxnet-ct-${process.pid}-${name}`)
    .withHostname(name)
    .withNetwork(network!)
    .withAddedCapabilities('NET_ADMIN', 'SYS_ADMIN')
    .withEntrypoint(entrypoint)
    .withCommand(command)
    .withPullPolicy({ shouldPull: () => false })
    .withWaitStrategy(tc.Wait.forLogMessage(ready))
    .withStartupTimeout(20_000)
    .start();
  containers.set(name, c);
  return c;
}

before(async () => {
  if (missing) throw new Error(missing);
  const t0 = Date.now();
  engine = await Engine.start();
  const tEngine = Date.now() - t0;
  // testcontainers reads DOCKER_HOST when it first connects: the private daemon only.
  process.env.DOCKER_HOST = engine.host;
  const image = await buildHostImage(engine);
  assert.equal(engine.docker(['image', 'inspect', image.tag]).code, 0, 'host image missing after import');
  console.log(`containers: engine up in ${tEngine} ms; image ${image.tag} ${image.imported ? 'imported' : 'cached'} in ${image.ms} ms`);
  tc = await import('testcontainers');
  network = await new tc.Network().start();
  engine.track(network.getId());

  const nats = await startHostContainer(
    'nats',
    image.tag,
    ['nats-server'],
    ['-js', '-sd', '/tmp/js', '-a', '0.0.0.0', '-p', '4222'],
    /Server is ready/,
  );
  natsUrl = `nats://${nats.getIpAddress(network.getName())}:4222`;
  await startHostContainer(
    'controller',
    image.tag,
    ['vxnet-controller'],
    ['--nats', natsUrl, '--host-down-after-ms', '4000'],
    /connected to NATS/,
  );
  await Promise.all(
    HOSTS.map((h) =>
      startHostContainer(
        h,
        image.tag,
        ['vxnet-host-entrypoint'],
        // The shadow check, asserted by the last test; the default resync (30 s), so a wrong prediction cannot hide.
        ['--nats', natsUrl, '--host', h, '--underlay-dev', 'eth0', '--heartbeat-seconds', '1', '--verify-prediction'],
        /agent running/,
      ),
    ),
  );
  await until('hosts not ready', async () => {
    const r = await vxnet(['host', 'ls', '--format', 'json']);
    const hosts = jsonLines<{ state: string }>(r.out);
    return r.code === 0 && hosts.length === HOSTS.length && hosts.every((h) => h.state === 'ready');
  });
});

after(async () => {
  if (!engine) return;
  const errors: string[] = [];
  for (const c of [...containers.values()].reverse()) await c.stop({ timeout: 2 }).catch((e: Error) => errors.push(e.message));
  if (network) await network.stop().catch((e: Error) => errors.push(e.message));
  await engine.stop().catch((e: Error) => errors.push(e.message));
  // What the engine could have left in the root namespace, checked rather than assumed.
  const now = rootSnapshot();
  const newLinks = now.links.filter((l) => !rootBefore!.links.includes(l) && /^(docker0|br-|veth[0-9a-f]{7}$)/.test(l));
  if (newLinks.length) errors.push(`links left in the root namespace: ${newLinks.join(' ')}`);
  if (/docker/i.test(now.nft) && !/docker/i.test(rootBefore!.nft)) errors.push(`nft tables left: ${now.nft.trim()}`);
  if (now.forward !== rootBefore!.forward) errors.push(`net.ipv4.ip_forward changed to ${now.forward}`);
  if (existsSync(engine.dir)) errors.push(`${engine.dir} still exists`);
  try {
    const pids = execFileSync('pgrep', ['-f', engine.dir], { encoding: 'utf8' }).trim();
    if (pids) errors.push(`engine processes still running: ${pids.split('\n').join(' ')}`);
  } catch {
    /* none */
  }
  if (errors.length) throw new Error(errors.join('; '));
});

test('containers: a workload on h1 pings one on h3 across the VXLAN overlay between host containers', {
  timeout: 120_000,
}, async () => {
  await vxnetOk(['network', 'create', '--subnet', '10.77.0.0/24', 'blue']);
  await vxnetOk(['run', '--host', 'h1', '--name', 'a', '--network', 'blue']);
  await vxnetOk(['run', '--host', 'h3', '--name', 'b', '--network', 'blue']);
  const ipOf = async (w: string) => {
    const [view] = JSON.parse(await vxnetOk(['inspect', w, '--format', 'json'])) as { workload: { attachments: { ip: string }[] } }[];
    return view!.workload.attachments[0]!.ip;
  };
  const [ipA, ipB] = [await ipOf('a'), await ipOf('b')];
  // The agents reconcile asynchronously: wait until the path is up, then assert on a fresh run.
  await until(`a (${ipA}) never reached b (${ipB})`, async () => (await vxnet(['exec', 'a', '--', 'ping', '-c1', '-W1', ipB])).code === 0);
  const ab = await vxnet(['exec', 'a', '--', 'ping', '-c2', '-W2', ipB]);
  assert.equal(ab.code, 0, `ping a -> b: ${ab.out}${ab.err}`);
  const ba = await vxnet(['exec', 'b', '--', 'ping', '-c2', '-W2', ipA]);
  assert.equal(ba.code, 0, `ping b -> a: ${ba.out}${ba.err}`);
  // An address nobody has on blue: the exit code is ping's, not always 0.
  const none = await vxnet(['exec', 'a', '--', 'ping', '-c1', '-W1', '10.77.0.250']);
  assert.notEqual(none.code, 0, 'ping to an unused address succeeded');

  // The path crosses containers: in h1, blue's vxlan device points at h3's container address; h2 (no endpoint) has nothing.
  const h3Ip = containers.get('h3')!.getIpAddress(network!.getName());
  const h1 = containers.get('h1')!;
  const nsList = (await h1.exec(['ip', 'netns', 'list'])).stdout
    .split('\n')
    .map((l) => l.split(' ')[0]!)
    .filter(Boolean);
  let fdb = '';
  for (const ns of nsList) fdb += (await h1.exec(['bridge', '-n', ns, 'fdb', 'show'])).stdout;
  assert.match(fdb, new RegExp(`dst ${h3Ip.replace(/\./g, '\\.')}\\b`), `no FDB entry towards h3 (${h3Ip}) in h1:\n${fdb}`);
  const h2 = await containers.get('h2')!.exec(['ip', 'netns', 'list']);
  assert.equal(h2.stdout.trim(), '', `h2 has namespaces without endpoints: ${h2.stdout}`);

  await vxnetOk(['rm', '-f', 'a', 'b']);
  await vxnetOk(['network', 'rm', 'blue']);
});

// Last: the shadow check (--verify-prediction) found no prediction that differed from the kernel.
test("the agents' predictions of the kernel held all along", async () => {
  const logs = new Map<string, string>();
  for (const h of HOSTS) {
    const r = engine!.docker(['logs', containers.get(h)!.getId()]);
    logs.set(h, `${r.stdout}${r.stderr}`);
  }
  assertPredictionsHeld(await vxnetOk(['host', 'ls', '--format', 'json']), logs);
});
