// Benchmark 8, Docker on vxnet (issue 11), on the same lab-style daemons the
// e2e tests use (test/containers/docker-hosts.ts, unique names; agents as
// deployed, without the tests' shadow check):
// (a) `docker run -d` latency on a vxnet network beside Docker's built-in
//     bridge driver on the same daemon, interleaved;
// (b) from `docker run -d` returning on h3 to the first successful ping BY
//     NAME from a container on h1 (a ping loop started in that container
//     before the target is run, so no `docker exec` is inside the timing;
//     until 2026-11-26 each probe was a `docker exec`, whose ~60 ms start-up
//     was the whole figure on both sides), first with vxnet, then on the same
//     two daemons turned into a swarm (Docker's overlay, `--attachable`): the
//     same commands, image, hosts and polling on both sides. Swarm comes after
//     the vxnet runs (a legacy plugin cannot serve a daemon in swarm mode, and
//     swarm refuses live-restore, so the daemons restart without it) and uses
//     VXLAN port 4790 so as not to share vxnet's 4789. Twice on each side:
//     "cold", each target the only container of the network on h3, then
//     "warm", with another container of the network resident on h3. Since the
//     plugin hands the container's interface to Docker at Join (wired before
//     the container starts, the endpoint published before `docker run`
//     returns) the name is often answered before `docker run` returns.
// Must never: leave a daemon, container or namespace (everything is deferred).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOCKER_DNS } from '../cli/lab/dockerd.js';
import { DockerCluster, LAB_IMAGE } from '../test/containers/docker-hosts.js';
import { percentile, ratioOf, round, timed, type BenchContext, type BenchResult } from './util.js';

const PING_LIMIT_MS = 60_000;
/** Time given to `docker exec` to start the ping loop before the target is run (not timed). */
const LOOP_START_MS = 500;

async function run(ctx: BenchContext, r: BenchResult): Promise<void> {
  const n = ctx.quick ? 3 : 10;
  ctx.log('starting a 3-host cluster with dockerd on h1 and h3');
  const d = await DockerCluster.start(3, ['h1', 'h3'], { verifyPrediction: false });
  ctx.defer(() => d.stop());
  for (const h of ['h1', 'h3'])
    await d.dockerOk(h, ['network', 'create', '-d', 'vxnet', '--ipam-driver', 'vxnet', '--subnet', '10.98.0.0/24', 'bnet-vx']);
  await d.dockerOk('h3', ['network', 'create', '-d', 'bridge', '--subnet', '10.99.0.0/24', 'bnet-br']);

  const vx: number[] = [];
  const br: number[] = [];
  for (let i = 0; i < n; i++) {
    for (const [net, out] of [
      ['bnet-vx', vx],
      ['bnet-br', br],
    ] as const) {
      const name = `lat-${net}-${i}`;
      out.push(await timed(() => d.dockerOk('h3', ['run', '-d', '--name', name, '--network', net, LAB_IMAGE, 'sleep', '600'])));
      await d.dockerOk('h3', ['rm', '-f', name]);
    }
  }

  ctx.log(`vxnet: docker run on h3 → first ping by name from h1, ${n} runs`);
  const vxPing = await firstPings(d, 'bnet-vx', 'vx', n);
  await d.dockerOk('h1', ['rm', '-f', 'pinger-vx']);
  for (const h of ['h1', 'h3']) await d.dockerOk(h, ['network', 'rm', 'bnet-vx']);
  await d.dockerOk('h3', ['network', 'rm', 'bnet-br']);

  ctx.log('swarm: h1 manager, h3 worker, an attachable overlay');
  let swarmPing: Pings = { cold: [], warm: [] };
  let swarmError: string | undefined;
  try {
    swarmPing = await swarm(d, n);
  } catch (err) {
    swarmError = (err as Error).message.split('\n')[0];
    ctx.log(`swarm failed: ${swarmError}`);
  }

  const p50 = (xs: number[]) => (xs.length ? round(percentile(xs, 50)) : null);
  const spread = (xs: number[]) => (xs.length ? { min: round(Math.min(...xs)), median: p50(xs), max: round(Math.max(...xs)) } : null);
  const fmt = (x: ReturnType<typeof spread>) => (x ? `min ${x.min} / median ${x.median} / max ${x.max} ms` : 'n/a');
  const vxP50 = p50(vx);
  const brP50 = p50(br);
  const all = (xs: number[]) => xs.map((x) => round(x));
  r.details = {
    n,
    runMsVxnet: all(vx),
    runMsBridge: all(br),
    firstPingByNameMs: {
      vxnetCold: all(vxPing.cold),
      swarmCold: all(swarmPing.cold),
      vxnetWarm: all(vxPing.warm),
      swarmWarm: all(swarmPing.warm),
    },
    firstPing: {
      vxnetCold: spread(vxPing.cold),
      swarmCold: spread(swarmPing.cold),
      vxnetWarm: spread(vxPing.warm),
      swarmWarm: spread(swarmPing.warm),
    },
    ...(swarmError ? { swarmError } : {}),
  };
  r.rows.push({
    bench: 'docker',
    metric: 'docker run -d, p50',
    unit: 'ms',
    vxnet: vxP50,
    baseline: brP50,
    baselineName: "Docker's bridge driver, same daemon",
    ratio: ratioOf(vxP50, brP50, true),
    lowerIsBetter: true,
    target: '≤ 1.2× the bridge driver',
    met: vxP50 !== null && brP50 !== null ? vxP50 <= 1.2 * brP50 : null,
    note: `${n} runs each, interleaved on the same daemon; vxnet ${fmt(spread(vx))}; bridge ${fmt(spread(br))}`,
  });
  for (const [k, what] of [
    ['cold', 'the target the only container of the network on h3'],
    ['warm', 'another container of the network already on h3'],
  ] as const) {
    const [v, s] = [p50(vxPing[k]), p50(swarmPing[k])];
    r.rows.push({
      bench: 'docker',
      metric: `docker run -d returned on h3 → first ping by name from a container on h1 (${what}), p50`,
      unit: 'ms',
      vxnet: v,
      baseline: s,
      baselineName: 'swarm overlay (--attachable), same daemons after the vxnet runs',
      ratio: ratioOf(v, s, true),
      lowerIsBetter: true,
      target: 'p50 ≤ 1/10 of swarm',
      met: v !== null && s !== null ? s > 0 && v * 10 <= s : null,
      note: `${n} runs each; vxnet ${fmt(spread(vxPing[k]))}; swarm ${fmt(spread(swarmPing[k]))}; a ping loop in the h1 container started before the target (the name asked until known, then a ping every 20 ms until the first reply; 0 = reached before docker run returned)${swarmError ? `; swarm failed: ${swarmError}` : ''}`,
    });
  }
}

interface Pings {
  /** Each target the only container of the network on h3. */
  cold: number[];
  /** Another container of the network resident on h3. */
  warm: number[];
}

/** A pinger on h1, then per run a target started on h3 and the time until the pinger reaches it by name. */
async function firstPings(d: DockerCluster, net: string, tag: string, n: number): Promise<Pings> {
  const pinger = `pinger-${tag}`;
  await d.dockerOk('h1', ['run', '-d', '--name', pinger, '--network', net, LAB_IMAGE, 'sleep', '3600']);
  // Warm-up (not counted): the first container of a network on h3 pays for the network's setup there.
  await d.dockerOk('h3', ['run', '-d', '--name', `warm-${tag}`, '--network', net, LAB_IMAGE, 'sleep', '600']);
  await pingUntil(d, pinger, `warm-${tag}`);
  await d.dockerOk('h3', ['rm', '-f', `warm-${tag}`]);
  const cold = await targets(d, pinger, net, `t-${tag}`, n);
  // Then with another container of the network resident on h3 (the network is already set up there).
  await d.dockerOk('h3', ['run', '-d', '--name', `res-${tag}`, '--network', net, LAB_IMAGE, 'sleep', '3600']);
  await pingUntil(d, pinger, `res-${tag}`);
  const warm = await targets(d, pinger, net, `u-${tag}`, n);
  await d.dockerOk('h3', ['rm', '-f', `res-${tag}`]);
  return { cold, warm };
}

/**
 * Per target: a ping loop started in the pinger BEFORE the target exists (so
 * no `docker exec` start-up is inside the timing), then `docker run -d` on h3;
 * the figure is from that command's return to the loop's end (its first reply
 * by name), 0 when the loop ended first. In the loop a name not known yet
 * fails at once and is asked again; a known one is pinged every 20 ms until
 * the first reply (busybox ping's -W cannot wait less than a second: with
 * `ping -c1 -W1` a request sent before the target answered cost that second).
 */
async function targets(d: DockerCluster, pinger: string, net: string, prefix: string, n: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const target = `${prefix}-${i}`;
    const loop = `end=$(($(date +%s) + ${PING_LIMIT_MS / 1000})); until ping -i 0.02 -w ${PING_LIMIT_MS / 1000} ${target} 2>/dev/null | grep -q -m1 'bytes from'; do [ $(date +%s) -lt $end ] || exit 1; done`;
    const reached = d.docker('h1', ['exec', pinger, 'sh', '-c', loop]).then((r) => {
      if (r.code !== 0) throw new Error(`${pinger} never reached ${target} by name`);
      return performance.now();
    });
    await new Promise((r) => setTimeout(r, LOOP_START_MS));
    await d.dockerOk('h3', ['run', '-d', '--name', target, '--network', net, LAB_IMAGE, 'sleep', '600']);
    const returned = performance.now();
    out.push(Math.max(0, (await reached) - returned));
    await d.dockerOk('h3', ['rm', '-f', target]);
  }
  return out;
}

async function pingUntil(d: DockerCluster, pinger: string, target: string): Promise<number> {
  const t0 = performance.now();
  while ((await d.docker('h1', ['exec', pinger, 'ping', '-c1', '-W1', target])).code !== 0) {
    if (performance.now() - t0 > PING_LIMIT_MS) throw new Error(`${pinger} never reached ${target} by name`);
  }
  return performance.now() - t0;
}

async function swarm(d: DockerCluster, n: number): Promise<Pings> {
  // Swarm refuses live-restore: both daemons restart without it (the vxnet containers are gone already).
  for (const h of ['h1', 'h3']) {
    writeFileSync(join(d.daemon(h).dir, 'daemon.json'), `${JSON.stringify({ dns: [DOCKER_DNS] })}\n`);
    await d.restartDockerd(h);
  }
  const ip1 = d.c.hostIp(1);
  await d.dockerOk('h1', ['swarm', 'init', '--advertise-addr', ip1, '--listen-addr', `${ip1}:2377`, '--data-path-port', '4790']);
  const token = (await d.dockerOk('h1', ['swarm', 'join-token', '-q', 'worker'])).trim();
  const ip3 = d.c.hostIp(3);
  await d.dockerOk('h3', ['swarm', 'join', '--advertise-addr', ip3, '--listen-addr', `${ip3}:2377`, '--token', token, `${ip1}:2377`]);
  await d.dockerOk('h1', ['network', 'create', '-d', 'overlay', '--attachable', '--subnet', '10.97.0.0/24', 'bnet-swarm']);
  return firstPings(d, 'bnet-swarm', 'sw', n);
}

export const bench = { name: 'docker', title: '8. Docker containers on vxnet networks', run };
