// Benchmark 6, footprint: resident memory of the real agent (dist/agent/main.js
// with LinuxKernel, prediction and the workload files manager, in a host
// namespace of a one-host e2e Cluster) and of the real controller, idle and
// then with `local` workloads on the agent's host (namespaces, veths, /etc
// files) and `remote` endpoints on its overlay network held by it, made
// through the admin API by footprint-load.ts. Sampled several times once
// converged: min / median / max.
// Must never: keep the processes, namespaces or files (Cluster.stop via defer()).
import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { Cluster } from '../test/e2e/cluster.js';
import { percentile, round, rssMb, sleep, type BenchContext, type BenchResult } from './util.js';

const HERE = dirname(fileURLToPath(import.meta.url));

/** Lines of a child's stdout, one at a time, each with a deadline. */
function lines(p: ChildProcess): (timeoutMs: number) => Promise<string> {
  const it = createInterface({ input: p.stdout! })[Symbol.asyncIterator]();
  return async (timeoutMs) => {
    let t: NodeJS.Timeout | undefined;
    const l = await Promise.race([
      it.next(),
      new Promise<never>((_, rej) => {
        t = setTimeout(() => rej(new Error(`footprint load: no answer within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]).finally(() => clearTimeout(t));
    if (l.done) throw new Error('footprint load child exited');
    return l.value as string;
  };
}

interface Samples {
  min: number | null;
  p50: number | null;
  max: number | null;
  /** Of the median sample: the file-backed part (node binary and libraries, shared). */
  fileMb: number | null;
}

async function samples(pid: number, n: number): Promise<Samples> {
  const s: { rss: number; file: number }[] = [];
  for (let i = 0; i < n; i++) {
    const v = await rssMb(pid);
    if (v !== undefined) s.push(v);
    await sleep(500);
  }
  const rss = s.map((x) => x.rss);
  const median = [...s].sort((a, b) => a.rss - b.rss)[Math.floor((s.length - 1) / 2)];
  return {
    min: round(Math.min(...rss), 1),
    p50: round(percentile(rss, 50), 1),
    max: round(Math.max(...rss), 1),
    fileMb: median ? round(median.file, 1) : null,
  };
}

export const bench = {
  name: 'footprint',
  title: '6. Footprint: agent and controller RSS',
  async run(ctx: BenchContext, r: BenchResult): Promise<void> {
    const local = ctx.quick ? 20 : 1000;
    const remote = ctx.quick ? 200 : 9000;
    // The floor every Node process pays: a bare `node` idling, sampled like the daemons.
    const bare = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'], { stdio: 'ignore' });
    ctx.defer(() => bare.kill('SIGKILL'));
    await sleep(500);
    const floor = await samples(bare.pid!, 3);
    bare.kill('SIGKILL');
    const c = await Cluster.start({ hosts: 1, agentArgs: ['--resync-seconds', '30'], verifyPrediction: false });
    ctx.mark(c.prefix);
    ctx.mark(c.dir);
    ctx.defer(() => c.stop());
    const agentPid = c.pidOf('agent-h1');
    const ctlPid = c.pidOf('controller');
    if (!agentPid || !ctlPid) throw new Error('cluster processes have no pid');
    const load = spawn(
      'nsenter',
      [`--net=/run/netns/${c.ulNs}`, '--', process.execPath, join(HERE, 'footprint-load.js'), c.natsUrl, String(local), String(remote)],
      {
        stdio: ['pipe', 'pipe', 'inherit'],
      },
    );
    ctx.defer(() => load.kill('SIGKILL'));
    const next = lines(load);
    if ((await next(30_000)) !== 'ready') throw new Error('footprint load child did not start');
    await sleep(2000);
    const idle = { agent: await samples(agentPid, 3), controller: await samples(ctlPid, 3) };
    ctx.log(`idle ${JSON.stringify(idle)}`);
    load.stdin!.write('load\n');
    const done = await next(900_000);
    if (!done.startsWith('loaded')) throw new Error(`footprint load: ${done}`);
    const loaded = { agent: await samples(agentPid, 5), controller: await samples(ctlPid, 5) };
    ctx.log(`with ${local} local workloads and ${remote + 1} endpoints on its network ${JSON.stringify(loaded)} (${done})`);
    const [, convergedS, readyCount, readyS] = done.split(' ');
    r.details = {
      floor,
      local,
      remote,
      idle,
      loaded,
      convergedSeconds: Number(convergedS),
      readyWorkloads: Number(readyCount),
      readySeconds: Number(readyS),
    };
    const mm = (s: Samples) => `(min ${s.min}, max ${s.max}; file-backed ${s.fileMb} MB)`;
    const bareNode = { baseline: floor.p50, baselineName: `bare \`node\` ${mm(floor)}`, lowerIsBetter: true };
    r.rows.push({ bench: 'footprint', metric: `agent RSS idle ${mm(idle.agent)}`, unit: 'MB', vxnet: idle.agent.p50, ...bareNode });
    r.rows.push({
      bench: 'footprint',
      metric: `agent RSS, ${local} local workloads + ${remote + 1} endpoints ${mm(loaded.agent)}`,
      unit: 'MB',
      vxnet: loaded.agent.p50,
      ...bareNode,
      target: '<= 100 MB',
      met: loaded.agent.p50 === null ? null : loaded.agent.p50 <= 100,
    });
    r.rows.push({
      bench: 'footprint',
      metric: `controller RSS idle ${mm(idle.controller)}`,
      unit: 'MB',
      vxnet: idle.controller.p50,
      ...bareNode,
    });
    r.rows.push({
      bench: 'footprint',
      metric: `controller RSS, ${local + remote + 1} workloads ${mm(loaded.controller)}`,
      unit: 'MB',
      vxnet: loaded.controller.p50,
      ...bareNode,
      target: '<= 200 MB',
      met: loaded.controller.p50 === null ? null : loaded.controller.p50 <= 200,
    });
    r.notes.push(
      `The real agent (dist/agent/main.js: LinuxKernel, predicted kernel, workload files manager, resync 30 s) in the host namespace of a one-host cluster, and the real controller. ` +
        `Load: ${local} workloads on the agent's host on the default bridge (a namespace, veth, addresses and /etc files each), one on the overlay network "big" and ${remote} runs on three agent-less hosts on "big", ` +
        `so the agent holds ${remote + 1} endpoints; measured once it reported its kernel converged with every local workload (${convergedS} s after the first request) and then every workload ready (files, hostname) or 120 s more: ${readyCount} of ${local + 1} ready after ${readyS} s. RSS (VmRSS) sampled 5 times, 0.5 s apart (3 when idle); "file-backed" is the median sample's RssFile: pages of the node binary and its libraries, shared with every Node process on the machine. The baseline is a bare \`node\` idling, sampled the same way: the floor of any Node daemon.`,
    );
  },
};
