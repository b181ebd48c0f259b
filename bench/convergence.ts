// Benchmark 3, convergence on the shared 3-host cluster: from `vxnet run`
// (then `vxnet network connect`) returning on h3 to the first reply a
// workload on h1 gets from it. The probe (probe.ts: a TCP attempt every 5 ms) starts
// before the command, so no process start sits inside the measurement; the
// prober's namespace retries ARP every 10 ms (Linux's default is 1 s, which
// would measure the ARP timer, not vxnet). Then, when the names feature
// exists, the time until the new name resolves from h1.
// Must never: loop unbounded (every probe has a deadline) or keep workloads.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Cluster } from '../test/e2e/cluster.js';
import { inNs, percentile, round, sh, sleep, type BenchContext, type BenchResult } from './util.js';

const DEADLINE_S = 10;

const PROBE = join(dirname(fileURLToPath(import.meta.url)), 'probe.js');

/** Starts the probe (probe.ts) in ns; resolves with the wall-clock ms of the first answer from ip, or null. */
function firstReply(ns: string, ip: string): { started: Promise<void>; reply: Promise<number | null>; stop(): void } {
  const p = spawn('nsenter', [`--net=/run/netns/${ns}`, '--', process.execPath, PROBE, ip, String(DEADLINE_S * 1000)], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  let out = '';
  let onStart: () => void = () => {};
  let onReply: (v: number | null) => void = () => {};
  const started = new Promise<void>((r) => {
    onStart = r;
  });
  const reply = new Promise<number | null>((r) => {
    onReply = r;
  });
  p.stdout.on('data', (d: Buffer) => {
    out += d.toString();
    if (out.includes('ready')) onStart();
    const m = /reply (\d+(\.\d+)?)/.exec(out);
    if (m) onReply(Number(m[1]));
  });
  p.on('close', () => {
    onStart();
    onReply(null);
  });
  return {
    started,
    reply,
    stop: () => {
      try {
        p.kill('SIGKILL');
      } catch {
        /* gone */
      }
    },
  };
}

async function waitNs(c: Cluster, ns: string, timeoutMs = 15_000): Promise<void> {
  await c.until(() => c.namespaces().includes(ns), timeoutMs, `namespace ${ns} did not appear`);
}

function summary(samples: number[]): { p50: number | null; p99: number | null; max: number | null; n: number } {
  return {
    p50: round(percentile(samples, 50), 1),
    p99: round(percentile(samples, 99), 1),
    max: round(Math.max(...samples), 1),
    n: samples.length,
  };
}

async function resolves(ns: string, name: string): Promise<boolean> {
  const r = await sh(['ip', 'netns', 'exec', ns, 'getent', 'hosts', name], { timeoutMs: 2000 });
  return r.code === 0 && r.stdout.trim() !== '';
}

export const bench = {
  name: 'convergence',
  title: '3. Convergence: command returning on h3 → first packet from h1',
  async run(ctx: BenchContext, r: BenchResult): Promise<void> {
    const c = await ctx.cluster();
    const runs = ctx.quick ? 3 : 50;
    await c.cliOk(['network', 'create', '-d', 'overlay', '--subnet', '10.240.0.0/22', 'bcv']);
    await c.cliOk(['network', 'create', '-d', 'overlay', '--subnet', '10.239.0.0/22', 'bcs']);
    await c.cliOk(['run', '--host', 'h1', '--network', 'bcv', '--name', 'cvsrc', '--ip', '10.240.0.2']);
    // An anchor keeps bcv on h3 between runs: the steady case, not "first endpoint on this host".
    await c.cliOk(['run', '--host', 'h3', '--network', 'bcv', '--name', 'cvanc', '--ip', '10.240.0.3']);
    const src = `${c.agentPrefix('h1')}wl-cvsrc`;
    await waitNs(c, src);
    await c.until(
      async () => (await sh(inNs(src, ['ping', '-c1', '-W1', '10.240.0.3']))).code === 0,
      15_000,
      'cvsrc cannot reach the anchor',
    );
    await sh(['ip', 'netns', 'exec', src, 'sysctl', '-qw', 'net.ipv4.neigh.eth0.retrans_time_ms=10']);

    const measure = async (ip: string, command: string[]): Promise<number | null> => {
      const probe = firstReply(src, ip);
      try {
        await probe.started.catch(() => undefined);
        await sleep(20);
        await c.cliOk(command);
        const returned = performance.timeOrigin + performance.now();
        const at = await probe.reply;
        return at === null ? null : Math.max(0, at - returned);
      } finally {
        probe.stop();
      }
    };

    const runSamples: number[] = [];
    const connectSamples: number[] = [];
    let failures = 0;
    for (let k = 1; k <= runs; k++) {
      const name = `cvr${k}`;
      const ms = await measure(`10.240.1.${k}`, ['run', '--host', 'h3', '--network', 'bcv', '--name', name, '--ip', `10.240.1.${k}`]);
      if (ms === null) failures++;
      else runSamples.push(ms);
      await c.cliOk(['rm', '-f', name]);
    }
    ctx.log(`run: ${JSON.stringify(summary(runSamples))}`);
    for (let k = 1; k <= runs; k++) {
      const name = `cvc${k}`;
      await c.cliOk(['run', '--host', 'h3', '--network', 'bcs', '--name', name]);
      await waitNs(c, `${c.agentPrefix('h3')}wl-${name}`);
      const ms = await measure(`10.240.2.${k}`, ['network', 'connect', '--ip', `10.240.2.${k}`, 'bcv', name]);
      if (ms === null) failures++;
      else connectSamples.push(ms);
      await c.cliOk(['rm', '-f', name]);
    }
    ctx.log(`connect: ${JSON.stringify(summary(connectSamples))}`);

    // Names: only when the feature exists (another engineer is building it).
    let nameSamples: number[] | undefined;
    await c.cliOk(['run', '--host', 'h3', '--network', 'bcv', '--name', 'cvname0']);
    const end = Date.now() + 3000;
    let hasNames = false;
    while (Date.now() < end) {
      hasNames = await resolves(src, 'cvname0');
      if (hasNames) break;
      await sleep(50);
    }
    await c.cliOk(['rm', '-f', 'cvname0']);
    if (hasNames) {
      nameSamples = [];
      for (let k = 1; k <= runs; k++) {
        const name = `cvn${k}`;
        await c.cliOk(['run', '--host', 'h3', '--network', 'bcv', '--name', name]);
        const returned = Date.now();
        const deadline = returned + DEADLINE_S * 1000;
        while (Date.now() < deadline && !(await resolves(src, name))) await sleep(5);
        if (Date.now() < deadline) nameSamples.push(Date.now() - returned);
        else failures++;
        await c.cliOk(['rm', '-f', name]);
      }
    }

    const rs = summary(runSamples);
    const cs = summary(connectSamples);
    r.details = {
      runs,
      run: rs,
      connect: cs,
      names: nameSamples ? summary(nameSamples) : 'not measured',
      failures,
      samplesRun: runSamples.map((x) => round(x, 1)),
      samplesConnect: connectSamples.map((x) => round(x, 1)),
    };
    const met = (s: { p50: number | null; p99: number | null }) => (s.p50 === null ? null : s.p50 <= 100 && (s.p99 ?? Infinity) <= 300);
    r.rows.push({
      bench: 'convergence',
      metric: `vxnet run → first packet p50 (p99 ${rs.p99})`,
      unit: 'ms',
      vxnet: rs.p50,
      target: 'p50 <= 100 ms, p99 <= 300 ms',
      met: met(rs),
    });
    r.rows.push({
      bench: 'convergence',
      metric: `network connect → first packet p50 (p99 ${cs.p99})`,
      unit: 'ms',
      vxnet: cs.p50,
      target: 'p50 <= 100 ms, p99 <= 300 ms',
      met: met(cs),
    });
    if (nameSamples) {
      const ns = summary(nameSamples);
      r.rows.push({
        bench: 'convergence',
        metric: `name resolvable from h1 p50 (p99 ${ns.p99})`,
        unit: 'ms',
        vxnet: ns.p50,
        target: 'p50 <= 100 ms, p99 <= 300 ms',
        met: met(ns),
      });
      r.notes.push(
        'Name resolution probed with `getent hosts` every ~5 ms (a process start each, so the figure includes up to ~10 ms of probing).',
      );
    } else {
      r.rows.push({
        bench: 'convergence',
        metric: 'name becomes resolvable',
        unit: 'ms',
        vxnet: null,
        target: 'p50 <= 100 ms, p99 <= 300 ms',
        met: null,
        note: 'not measured: names feature not present',
      });
      r.notes.push(
        "Name resolution: not measured (a new workload's name did not resolve from another workload within 3 s: the names/DNS feature is not in this build).",
      );
    }
    r.notes.push(
      `${runs} runs each, ${failures} without a reply within ${DEADLINE_S} s. No peer baseline: no alternative multi-host system runs here; targets are absolute.`,
    );
    await c.cliOk(['rm', '-f', 'cvsrc', 'cvanc']);
    await c.cliOk(['network', 'rm', 'bcv', 'bcs']);
  },
};
