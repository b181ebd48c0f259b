// Benchmark 8, Docker on vxnet (issue 11): on the same lab-style daemons the
// e2e tests use (test/containers/docker-hosts.ts, unique names), (a) `docker run -d`
// latency on a vxnet network beside Docker's built-in bridge driver on the
// same daemon, interleaved; (b) from `docker run -d` returning on h3 to the
// first successful ping from a container on h1 (by address; polled with
// `docker exec`, so the figure includes one exec's latency).
// Docker's swarm overlay is not measured here (a swarm needs its own daemons).
// Must never: leave a daemon, container or namespace (everything is deferred).
import { DockerCluster, LAB_IMAGE } from '../test/containers/docker-hosts.js';
import { percentile, ratioOf, round, timed, type BenchContext, type BenchResult } from './util.js';

async function run(ctx: BenchContext, r: BenchResult): Promise<void> {
  const n = ctx.quick ? 3 : 15;
  ctx.log('starting a 3-host cluster with dockerd on h1 and h3');
  const d = await DockerCluster.start(3, ['h1', 'h3']);
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

  await d.dockerOk('h1', ['run', '-d', '--name', 'pinger', '--network', 'bnet-vx', LAB_IMAGE, 'sleep', '3600']);
  const firstPing: number[] = [];
  for (let i = 0; i < n; i++) {
    const ip = `10.98.0.${100 + i}`;
    await d.dockerOk('h3', ['run', '-d', '--name', `target-${i}`, '--network', 'bnet-vx', '--ip', ip, LAB_IMAGE, 'sleep', '600']);
    const t0 = performance.now();
    for (;;) {
      if ((await d.docker('h1', ['exec', 'pinger', 'ping', '-c1', '-W1', ip])).code === 0) break;
      if (performance.now() - t0 > 20_000) throw new Error(`pinger never reached ${ip}`);
    }
    firstPing.push(performance.now() - t0);
    await d.dockerOk('h3', ['rm', '-f', `target-${i}`]);
  }

  const p50 = (xs: number[]) => round(percentile(xs, 50));
  const vxP50 = p50(vx);
  const brP50 = p50(br);
  r.details = { n, runMsVxnet: vx.map((x) => round(x)), runMsBridge: br.map((x) => round(x)), firstPingMs: firstPing.map((x) => round(x)) };
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
  });
  r.rows.push({
    bench: 'docker',
    metric: 'docker run -d returned on h3 → first ping from a container on h1, p50',
    unit: 'ms',
    vxnet: p50(firstPing),
    baseline: null,
    baselineName: 'swarm overlay (--attachable): not measured',
    target: 'p50 ≤ 1/10 of swarm',
    met: null,
    note: 'includes one docker exec per probe',
  });
  r.notes.push("Swarm's overlay is not measured: it needs a swarm of separate daemons; vxnet's figure stands alone.");
}

export const bench = { name: 'docker', title: '8. Docker containers on vxnet networks', run };
