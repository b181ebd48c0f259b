// Running a short command to completion: vxnet's one runner for that (execa,
// argument arrays, never a shell string, always a timeout). The agent reaches it
// only through agent/kernel/run.ts (its single place that starts processes);
// the lab, the benchmarks and the tests call it directly. Daemons and workers
// that keep running are spawned by their owners (cli/lab/procs.ts, bench/,
// test/helpers/), never through here.
// Must never throw for a non-zero exit or a failed start (the result says
// which), never interpret a failure: what it means is the caller's to decide.
import { execa } from 'execa';

export interface RunOptions {
  /** Text fed on stdin; without it stdin is closed at once. */
  stdin?: string;
  /** Killed after this long (default 30 s). */
  timeoutMs?: number;
  /** The environment; with `extendEnv: false` the process gets only this. */
  env?: Record<string, string | undefined>;
  extendEnv?: boolean;
  killSignal?: NodeJS.Signals;
}

export interface RunResult {
  argv: string[];
  stdout: string;
  stderr: string;
  /** undefined when the process could not start or was killed by a signal. */
  exitCode: number | undefined;
  /** The signal that ended it (a timeout kills with `killSignal`). */
  signal: string | undefined;
  timedOut: boolean;
  /** Why it could not start (ENOENT…), when it did not. */
  startError: string | undefined;
}

export async function run(argv: readonly string[], o: RunOptions = {}): Promise<RunResult> {
  const [file, ...args] = argv;
  if (!file) return { argv: [], stdout: '', stderr: '', exitCode: undefined, signal: undefined, timedOut: false, startError: 'empty argv' };
  const r = await execa(file, args, {
    reject: false,
    stripFinalNewline: false,
    timeout: o.timeoutMs ?? 30_000,
    maxBuffer: 64 << 20,
    ...(o.stdin !== undefined ? { input: o.stdin } : { stdin: 'ignore' as const }),
    ...(o.env ? { env: o.env } : {}),
    extendEnv: o.extendEnv ?? true,
    ...(o.killSignal ? { killSignal: o.killSignal } : {}),
  });
  const startError = r.failed && r.exitCode === undefined && !r.isTerminated ? (r.message ?? 'spawn failed') : undefined;
  return {
    argv: [...argv],
    stdout: String(r.stdout ?? ''),
    stderr: String(r.stderr ?? ''),
    exitCode: r.exitCode,
    signal: r.signal ?? undefined,
    timedOut: r.timedOut,
    startError,
  };
}
