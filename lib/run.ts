// Running a short command to completion: vxnet's one runner for that
// (argument arrays, never a shell string, always a timeout). Node's own
// spawn, not execa: the agent starts a process per namespace it configures,
// and execa's layers cost ~0.7 ms of each ~2.5 ms start (measured). The agent reaches it
// only through agent/kernel/run.ts (its single place that starts processes);
// the lab, the benchmarks and the tests call it directly. Daemons and workers
// that keep running are spawned by their owners (cli/lab/procs.ts, bench/,
// test/helpers/), never through here.
// Must never throw for a non-zero exit or a failed start (the result says
// which), never interpret a failure: what it means is the caller's to decide.
import { spawn } from 'node:child_process';

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

/** Output beyond this is cut and the command killed (a runaway tool must not fill the agent's memory). */
const MAX_OUTPUT = 64 << 20;
/** After a timeout's signal, SIGKILL this much later if the process is still there. */
const FORCE_KILL_MS = 2_000;

export function run(argv: readonly string[], o: RunOptions = {}): Promise<RunResult> {
  const [file, ...args] = argv;
  const result = (r: Partial<RunResult>): RunResult => ({
    argv: [...argv],
    stdout: '',
    stderr: '',
    exitCode: undefined,
    signal: undefined,
    timedOut: false,
    startError: undefined,
    ...r,
  });
  if (!file) return Promise.resolve(result({ argv: [], startError: 'empty argv' }));
  const env = o.env ? ((o.extendEnv ?? true) ? { ...process.env, ...o.env } : o.env) : process.env;
  return new Promise((resolve) => {
    const child = spawn(file, args, { stdio: [o.stdin !== undefined ? 'pipe' : 'ignore', 'pipe', 'pipe'], env });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let size = 0;
    let timedOut = false;
    let startError: string | undefined;
    let forceKill: NodeJS.Timeout | undefined;
    const collect = (into: Buffer[]) => (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_OUTPUT) child.kill('SIGKILL');
      else into.push(chunk);
    };
    child.stdout?.on('data', collect(out));
    child.stderr?.on('data', collect(err));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill(o.killSignal ?? 'SIGTERM');
      forceKill = setTimeout(() => child.kill('SIGKILL'), FORCE_KILL_MS);
    }, o.timeoutMs ?? 30_000);
    child.on('error', (e) => {
      if (child.pid === undefined) startError = e.message;
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      clearTimeout(forceKill);
      resolve(
        result({
          stdout: Buffer.concat(out).toString(),
          stderr: Buffer.concat(err).toString(),
          exitCode: startError === undefined ? (code ?? undefined) : undefined,
          signal: signal ?? undefined,
          timedOut,
          startError,
        }),
      );
    });
    if (child.stdin) {
      child.stdin.on('error', () => undefined); // EPIPE: the command did not read all its input
      child.stdin.end(o.stdin);
    }
  });
}
