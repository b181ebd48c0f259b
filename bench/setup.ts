// Benchmark 2, workload setup and teardown on one host: vxnet's reconciler as
// the agent runs it (a child process in its own host namespace, see
// setup-agent.ts) beside netavark, CNI bridge + host-local and naive `ip`
// (setup-peers.ts), every side doing the same work per workload (namespace,
// veth to a NAT'd bridge, address, default route) and timed the same way
// (teardown until the kernel has dropped the host end of the veth).
// Single workloads are interleaved across the sides (round i: every side sets
// up workload i, in rotating order) so that a noisy machine weighs on all of
// them alike; bulk is bulk: N workloads at once for vxnet (one change), N back
// to back for each peer, over the same N, several rounds.
// Must never: run a side in the root namespace.
import { spawn, type ChildProcess } from 'node:child_process';
import { AGENT_V8_FLAGS } from '../agent/v8-flags.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { cniSide, hostNs, naiveSide, netavarkSide, NETAVARK, CNI_DIR, WARM, type Side } from './setup-peers.js';
import { percentile, ratioOf, round, sh, type BenchContext, type BenchResult, type Row } from './util.js';

const HERE = dirname(fileURLToPath(import.meta.url));

/** min / median / max and p99 of samples (ms). */
interface Spread {
  p50: number | null;
  p99: number | null;
  min: number | null;
  max: number | null;
  n: number;
}

function spread(s: readonly number[]): Spread {
  return {
    p50: round(percentile(s, 50)),
    p99: round(percentile(s, 99)),
    min: round(Math.min(...s)),
    max: round(Math.max(...s)),
    n: s.length,
  };
}

/** vxnet's side: the child in the host namespace, one JSON line per command. */
async function vxnetSide(ctx: BenchContext): Promise<Side & { processes: number; ownMs: number }> {
  const host = `${ctx.prefix}sv`;
  await hostNs(host);
  const child: ChildProcess = spawn(
    'nsenter',
    [`--net=/run/netns/${host}`, '--', process.execPath, ...AGENT_V8_FLAGS, join(HERE, 'setup-agent.js'), `${ctx.prefix}v-`, host],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  ctx.defer(() => child.kill('SIGKILL'));
  const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
  const next = async () => {
    const l = await Promise.race([
      lines.next(),
      new Promise<never>((_, rej) => setTimeout(() => rej(new Error('vxnet setup child: no answer in 120 s')), 120_000)),
    ]);
    if (l.done) throw new Error('vxnet setup child exited');
    return l.value as string;
  };
  if ((await next()) !== 'ready') throw new Error('vxnet setup child did not start');
  const side = {
    name: 'vxnet',
    processes: 0,
    ownMs: 0,
    async call(op: string, ids: readonly number[]): Promise<number> {
      child.stdin!.write(`${JSON.stringify({ op, ids })}\n`);
      const r = JSON.parse(await next()) as { ms: number; ownMs: number; processes: number; retries: number; error?: string };
      if (r.error) throw new Error(`vxnet ${op}: ${r.error}`);
      side.processes = r.processes;
      side.ownMs = r.ownMs;
      return r.ms;
    },
    setup: (ids: readonly number[]) => side.call('setup', ids),
    teardown: (ids: readonly number[]) => side.call('teardown', ids),
    async stop() {
      child.stdin!.end();
      await new Promise((r) => child.once('exit', r));
    },
  };
  return side;
}

interface Figures {
  setup: Spread;
  teardown: Spread;
  bulkSetup: Spread;
  bulkTeardown: Spread;
}

export const bench = {
  name: 'setup',
  title: '2. Workload setup and teardown on one host',
  async run(ctx: BenchContext, r: BenchResult): Promise<void> {
    const n = ctx.quick ? 5 : 200;
    const singles = ctx.quick ? 2 : 30;
    const rounds = ctx.quick ? 1 : 3;
    const dir = mkdtempSync(join(tmpdir(), `${ctx.prefix}setup-`));
    ctx.defer(() => rmSync(dir, { recursive: true, force: true }));
    ctx.defer(async () => {
      const all = (await sh(['ip', 'netns', 'list'])).stdout
        .split('\n')
        .map((l) => l.split(' ')[0]!)
        .filter((l) => l.startsWith(ctx.prefix))
        .sort((a, b) => b.length - a.length);
      if (all.length) await sh(['ip', '-force', '-batch', '-'], { stdin: `${all.map((x) => `netns del ${x}`).join('\n')}\n` });
    });
    const ids = Array.from({ length: n }, (_, i) => i);
    const sides: Side[] = [];
    const failed: Record<string, string> = {};
    const v = await vxnetSide(ctx);
    sides.push(v);
    for (const [name, make] of [
      ['naive ip per command', () => naiveSide(ctx.prefix)],
      ['netavark', () => netavarkSide(ctx.prefix, dir, ids)],
      ['CNI bridge+host-local', () => cniSide(ctx.prefix, dir)],
    ] as const) {
      try {
        const s = await make();
        await s.setup([WARM]);
        sides.push(s);
      } catch (err) {
        failed[name] = `failed: ${(err as Error).message.slice(0, 300)}`;
        ctx.log(`${name} ${failed[name]}`);
      }
    }
    await v.setup([WARM]);
    const samples = new Map(
      sides.map((s) => [
        s.name,
        { setup: [] as number[], teardown: [] as number[], bulkSetup: [] as number[], bulkTeardown: [] as number[] },
      ]),
    );
    const rotate = (k: number) => sides.map((_, j) => sides[(j + k) % sides.length]!);
    // Singles, interleaved: one `vxnet run` against one runtime call.
    const vxProcs = { setup: 0, teardown: 0, bulkSetup: 0 };
    const ownTeardown: number[] = [];
    for (let i = 0; i < singles; i++)
      for (const s of rotate(i)) {
        samples.get(s.name)!.setup.push(await s.setup([i]));
        if (s === v) vxProcs.setup += v.processes;
      }
    for (let i = 0; i < singles; i++)
      for (const s of rotate(i)) {
        samples.get(s.name)!.teardown.push(await s.teardown([i]));
        if (s === v) vxProcs.teardown += v.processes;
        if (s === v) ownTeardown.push(v.ownMs);
      }
    // Bulk: the same n workloads per side, side after side, `rounds` times.
    for (let k = 0; k < rounds; k++)
      for (const s of rotate(k)) {
        const m = samples.get(s.name)!;
        m.bulkSetup.push((await s.setup(ids)) / n);
        if (s === v) vxProcs.bulkSetup = v.processes;
        m.bulkTeardown.push((await s.teardown(ids)) / n);
      }
    const fig: Record<string, Figures> = {};
    for (const s of sides) {
      const m = samples.get(s.name)!;
      fig[s.name] = {
        setup: spread(m.setup),
        teardown: spread(m.teardown),
        bulkSetup: spread(m.bulkSetup),
        bulkTeardown: spread(m.bulkTeardown),
      };
      ctx.log(`${s.name} ${JSON.stringify(fig[s.name])}`);
      await s.stop();
    }
    const processes = {
      single: round(vxProcs.setup / singles),
      teardown: round(vxProcs.teardown / singles),
      bulkPerWorkload: round(vxProcs.bulkSetup / n),
    };
    const own = spread(ownTeardown);
    r.details = { n, singles, rounds, figures: fig, failed, vxnetProcesses: processes, vxnetOwnTeardown: own };
    const vx = fig.vxnet!;
    const peers = Object.entries(fig).filter(([k]) => k !== 'vxnet');
    const fastest = (pick: (f: Figures) => number | null) =>
      peers.filter(([, f]) => pick(f) !== null).sort((a, b) => pick(a[1])! - pick(b[1])!)[0];
    const mm = (s: Spread) => `(min ${s.min}, max ${s.max}, n ${s.n})`;
    const rows = (metric: string, pick: (f: Figures) => Spread, target: string | undefined, met: (vx: number, peer: number) => boolean) => {
      const v50 = pick(vx).p50;
      const best = fastest((f) => pick(f).p50);
      for (const [name, f] of [...peers].sort((a, b) => (pick(a[1]).p50 ?? 0) - (pick(b[1]).p50 ?? 0))) {
        const row: Row = {
          bench: 'setup',
          metric: `${metric} ${mm(pick(vx))}`,
          unit: 'ms',
          vxnet: v50,
          baseline: pick(f).p50,
          baselineName: `${name} ${mm(pick(f))}`,
          ratio: ratioOf(v50, pick(f).p50, true),
          lowerIsBetter: true,
        };
        if (target && name === best?.[0]) {
          row.target = target;
          row.met = v50 === null || pick(f).p50 === null ? null : met(v50, pick(f).p50!);
        }
        r.rows.push(row);
      }
    };
    rows(
      'setup, single workload p50',
      (f) => f.setup,
      '<= 10 ms and >= 2x every peer',
      (x, p) => x <= 10 && p / x >= 2,
    );
    rows(
      'teardown, single workload p50',
      (f) => f.teardown,
      '<= 3 ms',
      (x) => x <= 3,
    );
    rows(
      `setup per workload, ${n} in bulk (median of ${rounds})`,
      (f) => f.bulkSetup,
      '<= 3 ms per workload',
      (x) => x <= 3,
    );
    rows(
      `teardown per workload, ${n} in bulk (median of ${rounds})`,
      (f) => f.bulkTeardown,
      undefined,
      () => true,
    );
    r.notes.push(
      `Every side: its own host namespace, a warm-up workload first (bridge and NAT exist from then on), then ${singles} single workloads interleaved across sides (rotating order), ` +
        `then ${rounds} rounds of ${n} workloads in bulk, side after side. Setup = namespace + veth to a NAT'd bridge + address + default route; ` +
        `teardown = removal until \`ip monitor\` in the host namespace saw the veth's host end deleted (the kernel dismantled the namespace). ` +
        `vxnet: Reconciler + LinuxKernel + plan + predicted kernel (agent/), in a child process whose network namespace is its host namespace, as the agent runs; ` +
        `it started ${processes.single} processes per single setup, ${processes.teardown} per teardown, ${processes.bulkPerWorkload} per workload in bulk ` +
        `(the host namespace's lines go to the agent's standing \`ip -batch\` session, which is replaced by a fresh one, started at once, after a request that named a namespace: that start is counted here but is on no critical path). ` +
        `Peers: \`ip netns add\` then one plugin process (netavark ${NETAVARK}, CNI ${CNI_DIR}/bridge + host-local with ipMasq) via nsenter; teardown = plugin DEL/teardown + \`ip netns del\`. ` +
        `Naive: one ip process per command (7 per setup), NAT by one masquerade rule made beforehand; teardown = \`ip netns del\`. ` +
        `Of a single teardown, vxnet's own part (until its commands returned) took p50 ${own.p50} ms (min ${own.min}, max ${own.max}); the rest is the kernel dismantling the namespace, which every side waits for.` +
        (Object.keys(failed).length ? ` Failed peers: ${JSON.stringify(failed)}.` : ''),
    );
  },
};
