// Shared pieces of the benchmark suite: the result record every benchmark
// returns, percentiles, process helpers (argument arrays only, always with a
// timeout), and the run-wide cleanup registry. Owns nothing on the machine by
// itself; every benchmark registers what it makes with `ctx.defer()` so the
// runner removes it even when the benchmark throws.
// Must never: assert on a figure (targets are reported met/missed) or touch
// anything outside the run's prefix.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { run } from '../lib/run.js';

/** One line of the report: vxnet's figure beside the baseline's, from the same run. */
export interface Row {
  bench: string;
  metric: string;
  unit: string;
  vxnet: number | null;
  baseline?: number | null;
  baselineName?: string;
  /** vxnet / baseline, or baseline / vxnet when lower is better (so > 1 means vxnet leads). */
  ratio?: number | null;
  lowerIsBetter?: boolean;
  target?: string;
  met?: boolean | null;
  note?: string;
}

export interface BenchResult {
  name: string;
  title: string;
  rows: Row[];
  /** Free-form figures (per-variant numbers, N, raw samples summary). */
  details: Record<string, unknown>;
  notes: string[];
  seconds: number;
  error?: string;
}

export interface BenchContext {
  quick: boolean;
  /** Simulated agents for the fan-out benchmark (--agents), when not the default. */
  agents?: number;
  /** Unique per run: every namespace, bridge and file the run makes starts with it. */
  prefix: string;
  log(msg: string): void;
  /** Registers a cleanup step (run last-in first-out, errors collected, never thrown). */
  defer(fn: () => unknown): void;
  /** Strings that identify processes of this run (for the leftover check). */
  mark(s: string): void;
  /** A shared 3-host cluster, started on first use and stopped by the runner. */
  cluster(): Promise<import('../test/e2e/cluster.js').Cluster>;
}

export function runPrefix(): string {
  return `vxb${randomBytes(2).toString('hex')}-`;
}

export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return NaN;
  const s = [...samples].sort((a, b) => a - b);
  const i = Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1));
  return s[i]!;
}

export function round(n: number | null | undefined, digits = 2): number | null {
  if (n === null || n === undefined || !Number.isFinite(n)) return null;
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/** ratio with vxnet leading when > 1. */
export function ratioOf(vxnet: number | null, baseline: number | null | undefined, lowerIsBetter = false): number | null {
  if (vxnet === null || baseline === null || baseline === undefined || !vxnet || !baseline) return null;
  return round(lowerIsBetter ? baseline / vxnet : vxnet / baseline, 3);
}

export interface ExecResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs argv (lib/run.ts); never throws for a non-zero exit; always bounded by timeoutMs. */
export async function sh(
  argv: readonly string[],
  o: { stdin?: string; timeoutMs?: number; env?: NodeJS.ProcessEnv } = {},
): Promise<ExecResult> {
  const r = await run(argv, { timeoutMs: o.timeoutMs ?? 60_000, stdin: o.stdin ?? '', ...(o.env ? { env: o.env, extendEnv: false } : {}) });
  return { code: r.exitCode ?? 1, stdout: r.stdout, stderr: r.stderr || (r.startError ?? '') };
}

/** Like sh() but throws with the command and stderr on failure. */
export async function must(
  argv: readonly string[],
  o: { stdin?: string; timeoutMs?: number; env?: NodeJS.ProcessEnv } = {},
): Promise<string> {
  const r = await sh(argv, o);
  if (r.code !== 0) throw new Error(`${argv.join(' ')} failed (${r.code}): ${r.stderr.trim() || r.stdout.trim()}`);
  return r.stdout;
}

/** `ip -batch -` in a namespace ('' = current). */
export function ipBatch(ns: string, lines: string[]): Promise<string> {
  return must(ns ? ['ip', '-n', ns, '-batch', '-'] : ['ip', '-batch', '-'], { stdin: `${lines.join('\n')}\n` });
}

/** argv run inside a namespace: nsenter switches only the network namespace. */
export function inNs(ns: string, argv: readonly string[]): string[] {
  return ['nsenter', `--net=/run/netns/${ns}`, '--', ...argv];
}

/** A long-running child in its own process group, killed by the returned stop(). */
export function daemon(argv: readonly string[]): { child: ChildProcess; stop(): void } {
  const child = spawn(argv[0]!, argv.slice(1), { stdio: 'ignore', detached: true });
  child.on('error', () => undefined);
  return {
    child,
    stop() {
      if (child.pid && child.exitCode === null)
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          /* gone */
        }
    },
  };
}

async function listNetns(): Promise<string[]> {
  const out = (await sh(['ip', '-j', 'netns', 'list'])).stdout.trim();
  if (!out) return [];
  return (JSON.parse(out) as { name: string }[]).map((n) => n.name);
}

/** Deletes every namespace whose name starts with prefix (longest names first: children before parents). */
export async function deleteNamespaces(prefix: string): Promise<void> {
  const names = (await listNetns()).filter((n) => n.startsWith(prefix)).sort((a, b) => b.length - a.length);
  if (names.length > 0) await sh(['ip', '-force', '-batch', '-'], { stdin: `${names.map((n) => `netns del ${n}`).join('\n')}\n` });
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function nowMs(): number {
  return performance.timeOrigin + performance.now();
}

export async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t = nowMs();
  await fn();
  return nowMs() - t;
}

/**
 * Resident memory of a process in MB, from /proc (undefined when it is gone):
 * all of it (VmRSS), and the part that is file-backed (RssFile: the node
 * binary and its libraries, shared with every other Node process and
 * reclaimable under pressure).
 */
export async function rssMb(pid: number): Promise<{ rss: number; file: number } | undefined> {
  const { readFile } = await import('node:fs/promises');
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? Number.NaN);
    const rss = kb('VmRSS');
    return Number.isNaN(rss) ? undefined : { rss: rss / 1024, file: kb('RssFile') / 1024 };
  } catch {
    return undefined;
  }
}

export function emptyResult(name: string, title: string): BenchResult {
  return { name, title, rows: [], details: {}, notes: [], seconds: 0 };
}

export interface PluginCall {
  code: number;
  /** stdout and stderr together. */
  out: string;
  /** Wall time from spawn to exit, the process start included. */
  ms: number;
}

/**
 * One plugin execution as a runtime does it (CNI, netavark): argv with a minimal
 * PATH plus `env`, `stdin` as its input, raw spawn so the timing carries no
 * runner overhead. Killed after `timeoutMs`.
 */
export function runPlugin(argv: string[], env: Record<string, string>, stdin: string, timeoutMs = 60_000): Promise<PluginCall> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const p = spawn(argv[0]!, argv.slice(1), { env: { PATH: '/usr/sbin:/usr/bin:/sbin:/bin', ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    p.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    p.stderr.on('data', (d: Buffer) => {
      out += d.toString();
    });
    const timer = setTimeout(() => p.kill('SIGKILL'), timeoutMs);
    p.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? 1, out, ms: performance.now() - t0 });
    });
    p.stdin.end(stdin);
  });
}
