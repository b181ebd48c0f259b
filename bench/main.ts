#!/usr/bin/env node
// `npm run bench [-- --quick] [--only a,b] [--out DIR]`: runs the benchmarks
// one after the other, each beside its baseline in the same run, and writes
// <out>/<date>.json, <date>.md and <date>.svg (default out: bench/results).
// Owns the run: the unique prefix, the shared 3-host cluster, and cleanup of
// everything registered with defer(), on success, failure and Ctrl-C alike.
// Must never: fail the run because a target was missed (only when a benchmark
// itself breaks, so the smoke test catches rot).
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Cluster } from '../test/e2e/cluster.js';
import { deleteNamespaces, emptyResult, runPrefix, sh, type BenchContext, type BenchResult } from './util.js';
import { writeReports } from './report.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');

const CLUSTER_USERS = new Set(['dataplane', 'convergence', 'cni', 'names']);

type Bench = { name: string; title: string; run(ctx: BenchContext, r: BenchResult): Promise<void> };

async function benches(): Promise<Bench[]> {
  return [
    (await import('./dataplane.js')).bench,
    (await import('./convergence.js')).bench,
    (await import('./setup.js')).bench,
    (await import('./controller.js')).bench,
    (await import('./fanout.js')).bench,
    (await import('./footprint.js')).bench,
    (await import('./ports.js')).bench,
    (await import('./cni.js')).bench,
    (await import('./cli.js')).bench,
    (await import('./docker.js')).bench,
    (await import('./names.js')).bench,
  ];
}

function parseArgs(argv: string[]): { quick: boolean; only: string[] | undefined; out: string; agents: number | undefined } {
  let quick = false;
  let agents: number | undefined;
  let only: string[] | undefined;
  let out = join(ROOT, 'bench/results');
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--quick') quick = true;
    else if (a === '--only') only = (argv[++i] ?? '').split(',').filter(Boolean);
    else if (a === '--out') out = argv[++i] ?? out;
    else if (a === '--agents') agents = Number(argv[++i]);
    else if (a === '--help' || a === '-h') {
      process.stdout.write(
        'usage: npm run bench -- [--quick] [--only dataplane,setup,convergence,controller,fanout,footprint,ports,cli,cni,docker,names] [--out DIR] [--agents N (fan-out)]\n',
      );
      process.exit(0);
    } else {
      process.stderr.write(`bench: unknown argument ${a}\n`);
      process.exit(2);
    }
  }
  return { quick, only, out, agents };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (process.getuid?.() !== 0) {
    process.stderr.write('bench: must run as root (it builds network namespaces)\n');
    process.exit(1);
  }
  const prefix = runPrefix();
  const cleanups: (() => unknown)[] = [];
  const marks: string[] = [prefix];
  let cluster: Promise<Cluster> | undefined;
  const rootTables = (await sh(['nft', 'list', 'tables'])).stdout;
  const runCleanup = async () => {
    while (cleanups.length > 0) {
      const fn = cleanups.pop()!;
      try {
        await fn();
      } catch (err) {
        process.stderr.write(`bench: cleanup: ${(err as Error).message}\n`);
      }
    }
    if (cluster) {
      const c = await cluster.catch(() => undefined);
      await c?.stop();
      cluster = undefined;
    }
    await deleteNamespaces(prefix);
  };
  let interrupted = false;
  const onSignal = () => {
    if (interrupted) return;
    interrupted = true;
    process.stderr.write('bench: interrupted, cleaning up\n');
    void runCleanup().finally(() => process.exit(130));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  // A crash (an error no benchmark caught) still removes what the run made.
  const onCrash = (err: unknown) => {
    process.stderr.write(`bench: crashed, cleaning up: ${(err as Error)?.stack ?? String(err)}\n`);
    if (interrupted) return;
    interrupted = true;
    void runCleanup().finally(() => process.exit(1));
  };
  process.on('uncaughtException', onCrash);
  process.on('unhandledRejection', onCrash);

  const ctx: BenchContext = {
    quick: args.quick,
    ...(args.agents ? { agents: args.agents } : {}),
    prefix,
    log: (m) => process.stdout.write(`  ${m}\n`),
    defer: (fn) => {
      cleanups.push(fn);
    },
    mark: (m) => {
      marks.push(m);
    },
    cluster: () => {
      cluster ??= (async () => {
        const { Cluster } = await import('../test/e2e/cluster.js');
        // The agents as deployed: without the shadow check the e2e tests turn on.
        const c = await Cluster.start({ hosts: 3, verifyPrediction: false });
        marks.push(c.prefix, c.dir);
        return c;
      })();
      return cluster;
    },
  };

  const started = Date.now();
  const results: BenchResult[] = [];
  const selected = (await benches()).filter((b) => !args.only || args.only.includes(b.name));
  process.stdout.write(`vxnet bench (${args.quick ? 'quick' : 'full'}), prefix ${prefix}\n`);
  for (const b of selected) {
    if (interrupted) break;
    process.stdout.write(`\n== ${b.title}\n`);
    const r = emptyResult(b.name, b.title);
    const t0 = Date.now();
    try {
      await b.run(ctx, r);
    } catch (err) {
      r.error = (err as Error).stack ?? String(err);
      process.stdout.write(`  FAILED: ${(err as Error).message}\n`);
    }
    r.seconds = Math.round((Date.now() - t0) / 100) / 10;
    for (const row of r.rows) {
      const base = row.baseline === undefined ? '' : `  ${row.baselineName ?? 'baseline'} ${row.baseline ?? 'n/a'}`;
      const ratio = row.ratio === undefined || row.ratio === null ? '' : `  ratio ${row.ratio}`;
      const met = row.met === undefined || row.met === null ? '' : row.met ? '  [target met]' : `  [target MISSED: ${row.target}]`;
      process.stdout.write(`  ${row.metric}: vxnet ${row.vxnet ?? 'n/a'} ${row.unit}${base}${ratio}${met}\n`);
    }
    results.push(r);
    // Partial results survive an interrupted run.
    mkdirSync(args.out, { recursive: true });
    writeReports(args.out, {
      quick: args.quick,
      prefix,
      startedAt: new Date(started).toISOString(),
      seconds: Math.round((Date.now() - started) / 1000),
      machine: await machine(),
      results,
      leftovers: ['(partial: run still in progress)'],
    });
    await runCleanupKeepingCluster();
    // The shared cluster goes as soon as no later benchmark needs it.
    const rest = selected.slice(selected.indexOf(b) + 1);
    if (cluster && !rest.some((x) => CLUSTER_USERS.has(x.name))) {
      const c = await cluster.catch(() => undefined);
      cluster = undefined;
      await c?.stop();
    }
  }
  await runCleanup();

  async function runCleanupKeepingCluster(): Promise<void> {
    while (cleanups.length > 0) {
      const fn = cleanups.pop()!;
      try {
        await fn();
      } catch (err) {
        process.stderr.write(`bench: cleanup: ${(err as Error).message}\n`);
      }
    }
  }

  const leftovers = await checkClean(marks, rootTables);
  mkdirSync(args.out, { recursive: true });
  const files = writeReports(args.out, {
    quick: args.quick,
    prefix,
    startedAt: new Date(started).toISOString(),
    seconds: Math.round((Date.now() - started) / 1000),
    machine: await machine(),
    results,
    leftovers,
  });
  process.stdout.write(`\nwrote ${files.join(', ')}\n`);
  if (leftovers.length > 0) process.stdout.write(`LEFTOVERS: ${leftovers.join('; ')}\n`);
  const broken = results.filter((r) => r.error);
  if (broken.length > 0 || leftovers.length > 0) process.exit(1);
}

/** What the run could have left behind: namespaces, processes, root nft tables. */
async function checkClean(marks: string[], rootTablesBefore: string): Promise<string[]> {
  const out: string[] = [];
  const ns = (await sh(['ip', 'netns', 'list'])).stdout.split('\n').filter((l) => l && marks.some((m) => l.startsWith(m)));
  if (ns.length > 0) out.push(`namespaces: ${ns.join(', ')}`);
  const procs = (await sh(['pgrep', '-af', 'nats-server|vxnet|iperf3|netavark'])).stdout
    .split('\n')
    .filter(
      (l) => l && !l.includes('pgrep') && (marks.some((m) => l.includes(m)) || / iperf3 /.test(` ${l.split(' ').slice(1).join(' ')} `)),
    );
  if (procs.length > 0) out.push(`processes: ${procs.join(' | ')}`);
  const tables = (await sh(['nft', 'list', 'tables'])).stdout;
  if (tables !== rootTablesBefore) out.push(`root nft tables changed: ${tables.trim()}`);
  return out;
}

async function machine(): Promise<Record<string, string>> {
  const { cpus, release, totalmem } = await import('node:os');
  const cpu = cpus();
  return {
    cpus: String(cpu.length),
    cpu: cpu[0]?.model ?? '?',
    kernel: release(),
    memGb: (totalmem() / 2 ** 30).toFixed(1),
    node: process.version,
    iproute2: (await sh(['ip', '-V'])).stdout.trim(),
  };
}

main().catch((err) => {
  process.stderr.write(`bench: ${(err as Error).stack ?? err}\n`);
  process.exit(1);
});
