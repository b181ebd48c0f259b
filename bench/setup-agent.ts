// Child process of the setup benchmark: vxnet's reconciler exactly as the
// agent runs it (Reconciler + LinuxKernel without hostNs + plan + predicted
// kernel), started by the parent with `nsenter --net=<host namespace>` so the
// namespace it runs in is its host namespace, as the agent's is. Answers one
// JSON line per command on stdin: {op: 'setup'|'teardown', ids} → {ms,
// ownMs, processes, retries}; a teardown is timed until `ip monitor` saw the
// host ends of the workloads' veths deleted (the kernel has dismantled them),
// ownMs until the reconciler had converged (its commands returned).
// Must never: run in the machine's root namespace (main refuses without the
// expected host namespace name in argv matching its own).
import { createInterface } from 'node:readline';
import { LinuxKernel } from '../agent/kernel/linux.js';
import type { ReconcileReport } from '../agent/pipeline/reconciler.js';
import { added, LinkWatch } from './link-watch.js';
import { bridgeWorkload } from './setup-peers.js';
import { nowMs } from './util.js';
import { benchReconciler } from './reconciler.js';

const [prefix, hostName] = process.argv.slice(2);
if (!prefix || !hostName || !(await inNamedNs(hostName))) {
  process.stderr.write('setup-agent: usage: nsenter --net=/run/netns/HOST -- node setup-agent.js PREFIX HOST\n');
  process.exit(2);
}

/** True when this process's network namespace is the one bind-mounted at /run/netns/name. */
async function inNamedNs(name: string): Promise<boolean> {
  const { stat } = await import('node:fs/promises');
  const [a, b] = await Promise.all([stat('/proc/self/ns/net'), stat(`/run/netns/${name}`).catch(() => undefined)]);
  return !!b && a.ino === b.ino && a.dev === b.dev;
}

const { source, rec } = benchReconciler(new LinuxKernel(), prefix);
// A failed apply is retried by the reconciler: the time includes it, and retries are counted.
let waiter: ((r: ReconcileReport) => void) | undefined;
let retries = 0;
let lastError = '';
rec.onReport = (r) => {
  if (r.error) {
    retries++;
    lastError = r.error;
  }
  if (r.converged && waiter) {
    const w = waiter;
    waiter = undefined;
    w(r);
  }
};
const converge = () =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`vxnet did not converge within 60 s: ${lastError}`)), 60_000);
    waiter = () => {
      clearTimeout(timer);
      resolve();
    };
    rec.trigger();
  });
const watch = await LinkWatch.start('');
rec.start();
await converge(); // the empty host
const hostEnds = new Map<string, Set<number>>();

async function handle(cmd: { op: string; ids: number[] }): Promise<object> {
  const before = rec.stats.processes;
  const retriesBefore = retries;
  const key = cmd.ids.join(',');
  let ms: number;
  let ownMs: number;
  if (cmd.op === 'setup') {
    const veths = await watch.veths('');
    const t = nowMs();
    for (const i of cmd.ids) source.state.workloads.set(`w${i}`, bridgeWorkload(i));
    await converge();
    ms = nowMs() - t;
    ownMs = ms;
    hostEnds.set(key, added(veths, await watch.veths('')));
  } else if (cmd.op === 'teardown') {
    const ends = hostEnds.get(key) ?? new Set();
    if (ends.size !== cmd.ids.length) throw new Error(`teardown of ${key}: ${ends.size} host veths known, expected ${cmd.ids.length}`);
    const t = nowMs();
    for (const i of cmd.ids) source.state.workloads.delete(`w${i}`);
    await converge();
    ownMs = nowMs() - t;
    await watch.until(ends);
    ms = nowMs() - t;
    hostEnds.delete(key);
  } else {
    throw new Error(`unknown op ${cmd.op}`);
  }
  return { ms, ownMs, processes: rec.stats.processes - before, retries: retries - retriesBefore };
}

let queue = Promise.resolve();
createInterface({ input: process.stdin })
  .on('line', (line) => {
    queue = queue.then(async () => {
      let reply: object;
      try {
        reply = await handle(JSON.parse(line) as { op: string; ids: number[] });
      } catch (err) {
        reply = { error: (err as Error).message };
      }
      process.stdout.write(`${JSON.stringify(reply)}\n`);
    });
  })
  .on('close', () => {
    void queue.then(async () => {
      source.state.workloads.clear();
      await converge().catch(() => undefined);
      await rec.stop();
      watch.stop();
      process.exit(0);
    });
  });
process.stdout.write('ready\n');
