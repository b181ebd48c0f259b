// Benchmark: the CNI plugin's ADD and DEL latency (issue 12), vxnet-cni
// against the reference chain doing comparable work: Debian's bridge +
// host-local + portmap (one published port each), both executed the way a
// runtime executes plugins (a process per call, env + stdin), namespaces made
// beforehand for both. vxnet-cni runs against the shared cluster's h1 agent on
// a bridge network of h1 (a local bridge, like the reference), so an ADD pays
// for: Node's start-up, the socket round trip, the controller's allocation
// over NATS and the agent's reconcile. Where Node's start-up goes is measured
// beside it: `node -e 0`, and the plugin's VERSION (start-up + its modules,
// no socket). The first ADD of each side (it makes the bridge) is timed apart,
// the others interleaved across the sides. Must never: assert on a figure, or leave a namespace, bridge or
// file outside the run's prefix.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installPlugin } from '../test/e2e/cni-helpers.js';
import { must, percentile, ratioOf, round, runPlugin, type BenchContext, type BenchResult } from './util.js';
import { hostNs } from './setup-peers.js';

const CNI_DIR = '/usr/lib/cni';

/** One plugin execution as a runtime does it (the timing includes the process start). */
const call = runPlugin;

async function namespaces(names: string[]): Promise<void> {
  await must(['ip', '-batch', '-'], { stdin: `${names.map((n) => `netns add ${n}\nnetns exec ${n} ip link set lo up`).join('\n')}\n` });
}

/** One side of the comparison: ADD and DEL of container i, each timed as a runtime pays it. */
interface Side {
  add(i: number): Promise<number>;
  del(i: number): Promise<number>;
}

/** The reference: bridge (+ host-local IPAM) then portmap with bridge's result, DEL in reverse. */
async function reference(ctx: BenchContext, n: number, dir: string): Promise<Side> {
  const host = `${ctx.prefix}cr`;
  await hostNs(host);
  const names = Array.from({ length: n }, (_, i) => `${ctx.prefix}cr-${i}`);
  await namespaces(names);
  const base = { cniVersion: '1.0.0', name: 'vxbenchcni' };
  const bridge = {
    ...base,
    type: 'bridge',
    bridge: 'vxbcnir0',
    isGateway: true,
    ipam: { type: 'host-local', subnet: '172.25.0.0/16', dataDir: join(dir, 'ipam') },
  };
  const portmap = (i: number, prev: unknown) => ({
    ...base,
    type: 'portmap',
    capabilities: { portMappings: true },
    runtimeConfig: { portMappings: [{ hostPort: 20_000 + i, containerPort: 80, protocol: 'tcp' }] },
    ...(prev ? { prevResult: prev } : {}),
  });
  const env = (cmd: string, i: number) => ({
    CNI_COMMAND: cmd,
    CNI_CONTAINERID: `vxbenchcr${i}`,
    CNI_NETNS: `/run/netns/${names[i]}`,
    CNI_IFNAME: 'eth0',
    CNI_PATH: CNI_DIR,
  });
  const inHost = (plugin: string) => ['nsenter', `--net=/run/netns/${host}`, '--', join(CNI_DIR, plugin)];
  const results: unknown[] = [];
  return {
    async add(i) {
      const a = await call(inHost('bridge'), env('ADD', i), JSON.stringify(bridge));
      if (a.code !== 0) throw new Error(`bridge ADD failed: ${a.out.trim()}`);
      const prev = JSON.parse(a.out);
      const p = await call(inHost('portmap'), env('ADD', i), JSON.stringify(portmap(i, prev)));
      if (p.code !== 0) throw new Error(`portmap ADD failed: ${p.out.trim()}`);
      results[i] = JSON.parse(p.out);
      return a.ms + p.ms;
    },
    async del(i) {
      const p = await call(inHost('portmap'), env('DEL', i), JSON.stringify(portmap(i, results[i])));
      const b = await call(inHost('bridge'), env('DEL', i), JSON.stringify({ ...bridge, prevResult: results[i] }));
      if (p.code !== 0 || b.code !== 0) throw new Error(`reference DEL failed: ${p.out.trim()} ${b.out.trim()}`);
      return p.ms + b.ms;
    },
  };
}

async function vxnet(ctx: BenchContext, n: number, plugin: string): Promise<Side> {
  const c = await ctx.cluster();
  await c.cliOk(['network', 'create', '-d', 'bridge', '--host', 'h1', '--subnet', '172.24.0.0/16', 'vxbenchcni']);
  ctx.defer(() => c.cli(['network', 'rm', 'vxbenchcni']));
  const names = Array.from({ length: n }, (_, i) => `${c.prefix}cv-${i}`);
  await namespaces(names);
  const conf = (i: number) =>
    JSON.stringify({
      cniVersion: '1.0.0',
      name: 'vxbenchcni',
      type: 'vxnet',
      agentSocket: c.agentSocket('h1'),
      capabilities: { portMappings: true },
      runtimeConfig: { portMappings: [{ hostPort: 21_000 + i, containerPort: 80, protocol: 'tcp' }] },
    });
  const env = (cmd: string, i: number) => ({
    CNI_COMMAND: cmd,
    CNI_CONTAINERID: `vxbenchcv${i}`,
    CNI_NETNS: `/run/netns/${names[i]}`,
    CNI_IFNAME: 'eth0',
    CNI_PATH: CNI_DIR,
  });
  return {
    async add(i) {
      const a = await call([plugin], env('ADD', i), conf(i));
      if (a.code !== 0) throw new Error(`vxnet-cni ADD failed: ${a.out.trim()}`);
      return a.ms;
    },
    async del(i) {
      const d = await call([plugin], env('DEL', i), conf(i));
      if (d.code !== 0) throw new Error(`vxnet-cni DEL failed: ${d.out.trim()}`);
      return d.ms;
    },
  };
}

type Series = { first: number; add: number[]; del: number[] };

/**
 * Container 0 of each side is the first on its network (it makes the bridge):
 * timed apart and kept until the end. Then containers 1..n-1, ADDs then DELs,
 * interleaved across the sides in alternating order, so a load change on this
 * shared machine hits both alike.
 */
async function measure(sides: readonly [Side, Side], n: number): Promise<[Series, Series]> {
  const out: [Series, Series] = [
    { first: await sides[0].add(0), add: [], del: [] },
    { first: await sides[1].add(0), add: [], del: [] },
  ];
  for (const what of ['add', 'del'] as const) {
    for (let i = 1; i < n; i++) {
      for (const k of i % 2 ? [0, 1] : [1, 0]) out[k]![what].push(await sides[k]![what](i));
    }
  }
  await sides[0].del(0);
  await sides[1].del(0);
  return out;
}

/** Where the plugin's own start-up goes: bare Node, then Node + the plugin's modules (VERSION: no socket). */
async function startup(n: number, plugin: string): Promise<{ node: number[]; version: number[]; bridgeVersion: number[] }> {
  const out = { node: [] as number[], version: [] as number[], bridgeVersion: [] as number[] };
  const v = JSON.stringify({ cniVersion: '1.0.0' });
  for (let i = 0; i < n; i++) {
    out.node.push((await call([process.execPath, '-e', '0'], {}, '')).ms);
    out.version.push((await call([plugin], { CNI_COMMAND: 'VERSION' }, v)).ms);
    out.bridgeVersion.push((await call([join(CNI_DIR, 'bridge')], { CNI_COMMAND: 'VERSION' }, v)).ms);
  }
  return out;
}

export const bench = {
  name: 'cni',
  title: 'CNI plugin: ADD and DEL latency, vxnet-cni vs bridge + host-local + portmap',
  async run(ctx: BenchContext, r: BenchResult): Promise<void> {
    const n = ctx.quick ? 9 : 41; // containers: the first on each network, then 8 / 40 timed
    const dir = mkdtempSync(join(tmpdir(), `${ctx.prefix}cni-`));
    ctx.defer(() => rmSync(dir, { recursive: true, force: true }));
    const plugin = installPlugin(join(dir, 'bin'));
    const [vx, ref] = await measure([await vxnet(ctx, n, plugin), await reference(ctx, n, dir)], n);
    const start = await startup(ctx.quick ? 5 : 20, plugin);
    const p = (xs: number[], q: number) => round(percentile(xs, q));
    for (const [what, a, b] of [
      ['ADD', vx.add, ref.add],
      ['DEL', vx.del, ref.del],
    ] as const) {
      for (const q of [50, 99]) {
        const vxq = p(a, q);
        const refq = p(b, q);
        const ratio = ratioOf(vxq, refq, true);
        r.rows.push({
          bench: 'cni',
          metric: `${what} p${q}`,
          unit: 'ms',
          vxnet: vxq,
          baseline: refq,
          baselineName: 'bridge+host-local+portmap',
          ratio,
          lowerIsBetter: true,
          target: '<= 2x the reference',
          met: vxq !== null && refq !== null ? vxq <= 2 * refq : null,
        });
      }
    }
    r.details = {
      n: n - 1,
      firstAddMs: { vxnet: round(vx.first), reference: round(ref.first) },
      startupMs: {
        nodeBareP50: p(start.node, 50),
        pluginVersionP50: p(start.version, 50),
        bridgeVersionP50: p(start.bridgeVersion, 50),
      },
    };
    r.notes.push(
      `Each figure includes the process start, as a runtime pays it. Start-up: bare \`node -e 0\` p50 ${p(start.node, 50)} ms, ` +
        `vxnet-cni VERSION (Node + the plugin's modules, no socket) ${p(start.version, 50)} ms, Go's bridge VERSION ${p(start.bridgeVersion, 50)} ms. ` +
        `ADD = start-up + socket round trip + the controller's allocation over NATS + the agent's reconcile (wired before the answer). ` +
        `The reference chain is two processes per ADD/DEL (bridge with host-local, then portmap), made in its own host namespace. ` +
        `The first ADD on each side's network (it makes the bridge) is timed apart: vxnet ${round(vx.first)} ms, reference ${round(ref.first)} ms; ` +
        `the ${n - 1} others are interleaved across the sides.`,
    );
  },
};
