import { LinuxKernel } from '../agent/kernel/linux.js';
import { Protocol, type Workload } from '../proto/index.js';
import { must, percentile, ratioOf, round, timed, type BenchContext, type BenchResult } from './util.js';
import { bridgeWorkload, hostNs } from './setup-peers.js';
import { benchReconciler } from './reconciler.js';

const PORTS_PER_WORKLOAD = 32;

function withPorts(i: number): Workload {
  const w = bridgeWorkload(i);
  w.ports = Array.from({ length: PORTS_PER_WORKLOAD }, (_, k) => ({
    protocol: Protocol.TCP,
    hostIp: '',
    hostPort: 10_000 + i * PORTS_PER_WORKLOAD + k,
    containerPort: 80 + k,
  }));
  return w;
}

interface Stepper {
  /** Publishes workload i's ports; the time it took (ms). */
  step(i: number): Promise<number>;
  stop(): Promise<void>;
}

async function vxnet(ctx: BenchContext): Promise<Stepper> {
  const host = `${ctx.prefix}pv`;
  await hostNs(host);
  const { source, rec } = benchReconciler(new LinuxKernel({ hostNs: host }), `${ctx.prefix}p-`);
  // Converged = the pass that found nothing to do (reported at once, not polled).
  let waiter: (() => void) | undefined;
  rec.onReport = (rep) => {
    if (rep.converged && waiter) {
      const w = waiter;
      waiter = undefined;
      w();
    }
  };
  const converge = (change: () => void) =>
    new Promise<void>((resolve, reject) => {
      const t = setTimeout(() => reject(new Error('vxnet did not converge within 60 s')), 60_000);
      waiter = () => {
        clearTimeout(t);
        resolve();
      };
      change();
      rec.trigger();
    });
  rec.start();
  await rec.settled(60_000);
  return {
    step: (i) => timed(() => converge(() => source.state.workloads.set(`w${i}`, withPorts(i)))),
    stop: () => rec.stop(),
  };
}

/** The rebuild-everything baseline: the whole table with one rule per port, reloaded on each change. */
async function rebuild(ctx: BenchContext): Promise<Stepper> {
  const host = `${ctx.prefix}pr`;
  await hostNs(host);
  const rules: string[] = [];
  const step = async (i: number) => {
    const ip = `172.29.${Math.floor(i / 250)}.${(i % 250) + 2}`;
    for (let k = 0; k < PORTS_PER_WORKLOAD; k++)
      rules.push(`    fib daddr type local tcp dport ${10_000 + i * PORTS_PER_WORKLOAD + k} dnat ip to ${ip}:${80 + k}`);
    const script = [
      'table inet naive {}',
      'delete table inet naive',
      'table inet naive {',
      '  chain pre {',
      '    type nat hook prerouting priority dstnat; policy accept;',
      ...rules,
      '  }',
      '}',
      '',
    ].join('\n');
    return timed(() => must(['ip', 'netns', 'exec', host, 'nft', '-f', '-'], { stdin: script }));
  };
  return { step, stop: async () => undefined };
}

const p50 = (xs: number[]) => round(percentile(xs, 50));

export const bench = {
  name: 'ports',
  title: '7. Publishing 32 ports per workload as the table grows',
  async run(ctx: BenchContext, r: BenchResult): Promise<void> {
    const n = ctx.quick ? 6 : 100;
    const tenth = Math.max(2, Math.floor(n / 10));
    ctx.defer(() =>
      must(['ip', '-force', '-batch', '-'], { stdin: `netns del ${ctx.prefix}pv\nnetns del ${ctx.prefix}pr\n` }).catch(() => undefined),
    );
    // Interleaved: workload i through vxnet, then through the baseline, so machine noise weighs on both alike.
    const [vs, bs] = [await vxnet(ctx), await rebuild(ctx)];
    const v: number[] = [];
    const b: number[] = [];
    try {
      for (let i = 0; i < n; i++) {
        v.push(await vs.step(i));
        b.push(await bs.step(i));
      }
    } finally {
      await vs.stop();
    }
    const [vFirst, vLast, bFirst, bLast] = [p50(v.slice(0, tenth)), p50(v.slice(-tenth)), p50(b.slice(0, tenth)), p50(b.slice(-tenth))];
    ctx.log(`vxnet first ${vFirst} ms, last ${vLast} ms; rebuild first ${bFirst} ms, last ${bLast} ms`);
    r.details = { n, portsPerWorkload: PORTS_PER_WORKLOAD, vxnetMs: v.map((x) => round(x)), rebuildMs: b.map((x) => round(x)) };
    const growth = vFirst && vLast ? round(vLast / vFirst) : null;
    r.rows.push({
      bench: 'ports',
      metric: `publish ${PORTS_PER_WORKLOAD} ports, last ${tenth} of ${n} workloads (p50)`,
      unit: 'ms',
      vxnet: vLast,
      baseline: bLast,
      baselineName: 'whole table rebuilt per change',
      ratio: ratioOf(vLast, bLast, true),
      lowerIsBetter: true,
    });
    r.rows.push({
      bench: 'ports',
      metric: `growth: last ${tenth} / first ${tenth} workloads (p50 ratio)`,
      unit: 'x',
      vxnet: growth,
      baseline: bFirst && bLast ? round(bLast / bFirst) : null,
      baselineName: 'whole table rebuilt per change',
      target: 'does not grow (<= 1.5x)',
      met: growth === null ? null : growth <= 1.5,
    });
    r.notes.push(
      `vxnet's time per workload includes its namespace, veth, addresses and default route (the full run path), not only the ${PORTS_PER_WORKLOAD} map elements; the baseline times only its nft reload. With ${n * PORTS_PER_WORKLOAD} ports at the end.`,
    );
  },
};
