// Where the agent starts processes: every process of the agent starts here
// (argument arrays, never a shell string). Short tool runs (ip, bridge, nft)
// go through lib/run.ts, vxnet's one runner for commands that run to
// completion; long-lived ones (workload commands, `ip monitor`) stream through
// spawnStreaming; the standing `ip -batch` of ip-session.ts starts with
// spawnSession. Owns namespace placement of a command, the agent's minimal
// environment, and turning a failed tool run into a KernelCommandError that
// names the failing batch line.
// Must never interpret what a failure means (linux.ts decides whether
// "already gone" is success) and never retry.
import { spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { constants as osConstants } from 'node:os';
import { execa, type Options, type ResultPromise } from 'execa';
import { KernelCommandError } from '../../lib/errors.js';
import { run } from '../../lib/run.js';
import type { SpawnOptions, SpawnedProcess } from './kernel.js';

export interface RunOptions {
  /** Text fed on stdin (for `-batch -` and `nft -f -`). */
  stdin?: string;
  /** Named namespace to run in; undefined or '' = the current one. */
  netns?: string;
  timeoutMs?: number;
}

export interface RunResult {
  argv: string[];
  stdout: string;
  stderr: string;
  /** undefined when the process could not start or was killed by a signal. */
  exitCode: number | undefined;
}

const DEFAULT_TIMEOUT_MS = 30_000;
export const MINIMAL_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/**
 * ip and bridge switch namespace themselves (`-n NS`: one exec instead of
 * two); anything else goes through `ip netns exec NS`.
 */
export function placeInNetns(argv: readonly string[], netns: string | undefined): string[] {
  if (!netns) return [...argv];
  const [tool, ...rest] = argv;
  if (tool === 'ip' || tool === 'bridge') return [tool, '-n', netns, ...rest];
  return ['ip', 'netns', 'exec', netns, ...argv];
}

/** Runs argv and returns its output whatever the exit code; throws only if it cannot start. */
export async function runToolResult(argv: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  const full = placeInNetns(argv, options.netns);
  const r = await run(full, {
    stdin: options.stdin ?? '',
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    env: { PATH: MINIMAL_PATH, LC_ALL: 'C' },
    extendEnv: false,
  });
  // Spawn failure (ENOENT etc.): there is no stderr from the tool itself.
  if (r.startError !== undefined) throw new KernelCommandError(full, options.netns, undefined, r.startError, undefined);
  const stderr = r.signal ? `${r.stderr}\nkilled by ${r.signal}${r.timedOut ? ' (timeout)' : ''}` : r.stderr;
  return { argv: full, stdout: r.stdout, stderr, exitCode: r.exitCode };
}

/** Runs argv; returns stdout on exit 0, throws KernelCommandError otherwise. */
export async function runTool(argv: readonly string[], options: RunOptions = {}): Promise<string> {
  const r = await runToolResult(argv, options);
  if (r.exitCode !== 0) throw commandError(r, options);
  return r.stdout;
}

export function commandError(r: RunResult, options: RunOptions, failingLine?: string): KernelCommandError {
  const line = failingLine ?? (options.stdin !== undefined ? failingLineOf(r.stderr, options.stdin) : undefined);
  return new KernelCommandError(r.argv, options.netns || undefined, r.exitCode, r.stderr, line);
}

export interface BatchFailure {
  /** 1-based line number in the batch input. */
  lineNo: number;
  /** The error text printed for that line. */
  message: string;
}

// iproute2: "Command failed -:N"; nft: "/dev/stdin:N:C-C: Error: ..."
const IP_MARKER = /^Command failed -:(\d+)\s*$/;
const NFT_MARKER = /^\/dev\/stdin:(\d+):[\d-]+: (.*)$/;

/**
 * Splits batch stderr into per-line failures. Text after the last marker is
 * a failure with lineNo 0: the tool exited without saying where (iproute2's
 * argument parsers and `neigh` call exit() directly).
 */
export function parseBatchErrors(stderr: string): BatchFailure[] {
  const out: BatchFailure[] = [];
  let pending: string[] = [];
  for (const raw of stderr.split('\n')) {
    const line = raw.trimEnd();
    const ip = IP_MARKER.exec(line);
    const nft = ip ? null : NFT_MARKER.exec(line);
    if (ip) {
      out.push({ lineNo: Number(ip[1]), message: pending.join('\n') });
      pending = [];
    } else if (nft) {
      out.push({ lineNo: Number(nft[1]), message: nft[2] ?? '' });
    } else if (line !== '' && !/^\s|^\^|^Usage:|^Where:/.test(line)) {
      pending.push(line);
    }
  }
  if (pending.length > 0) out.push({ lineNo: 0, message: pending.join('\n') });
  return out;
}

/** The input line a batch failed at, or undefined when the tool did not say. */
export function failingLineOf(stderr: string, stdin: string): string | undefined {
  const lines = stdin.split('\n');
  const first = parseBatchErrors(stderr)[0];
  if (!first) return undefined;
  if (first.lineNo > 0) return lines[first.lineNo - 1];
  // No marker: guess from the quoted argument the parser complained about.
  const nonEmpty = lines.filter((l) => l.trim() !== '');
  if (nonEmpty.length === 1) return nonEmpty[0];
  for (const m of first.message.matchAll(/"([^"\s]+)"/g)) {
    const token = m[1]!;
    const hit = nonEmpty.find((l) => l.split(/\s+/).includes(token));
    if (hit) return hit;
  }
  return undefined;
}

// ------------------------------------------------------------------ streaming

/** An open fd as a stdout/stderr option (execa takes one at run time; its types list only 3-9); else a pipe. */
function fdOption(fd: number | undefined): Options['stdout'] {
  return fd === undefined ? 'pipe' : (fd as unknown as Options['stdout']);
}

/**
 * Starts argv (in netns when given) with streamed output; see Kernel.spawnIn.
 * `wrap` goes in front of everything (e.g. `nsenter --uts=FILE --`: the UTS
 * namespace must be entered before `ip netns exec`, which keeps it).
 */
export function spawnStreaming(
  argv: readonly string[],
  netns: string | undefined,
  options: SpawnOptions = {},
  wrap: readonly string[] = [],
): SpawnedProcess {
  const full = [...wrap, ...(netns ? ['ip', 'netns', 'exec', netns] : []), ...argv];
  const [file, ...args] = full;
  if (!file) return { pid: undefined, onStdout() {}, onStderr() {}, exited: Promise.resolve(127), kill() {}, write() {}, end() {} };
  // Workload output: the FIFOs opened read-write (see SpawnOptions.output); the
  // child gets its own copies, ours are closed once it started.
  const fds = options.output ? [openSync(options.output.stdout, 'r+'), openSync(options.output.stderr, 'r+')] : [];
  let child: ResultPromise;
  try {
    const opts: Options = {
      reject: false,
      stdin: options.stdin ? 'pipe' : 'ignore',
      stdout: fdOption(fds[0]),
      stderr: fdOption(fds[1]),
      buffer: false,
      timeout: options.timeoutMs,
      forceKillAfterDelay: 2_000,
      env: { PATH: MINIMAL_PATH, ...options.env },
      extendEnv: false,
      // execa kills its children when this process exits: never a workload's command,
      // which must survive `systemctl restart vxnet-agent` (a SIGTERM, then exit).
      ...(options.outlivesAgent ? { cleanup: false } : {}),
    };
    child = execa(file, args, opts);
  } finally {
    for (const fd of fds) closeSync(fd);
  }
  child.stdin?.on('error', () => undefined); // EPIPE: the command stopped reading
  // Always drain the pipes, listener or not, so a chatty child never blocks.
  const outCbs: ((c: Uint8Array) => void)[] = [];
  const errCbs: ((c: Uint8Array) => void)[] = [];
  child.stdout?.on('data', (c: Uint8Array) => {
    for (const cb of outCbs) cb(c);
  });
  child.stderr?.on('data', (c: Uint8Array) => {
    for (const cb of errCbs) cb(c);
  });
  const exited: Promise<number> = child.then(
    (r) => r.exitCode ?? (r.signal ? 128 + (osConstants.signals[r.signal] ?? 0) : 127),
    () => 127,
  );
  return {
    pid: child.pid,
    onStdout: (cb) => {
      outCbs.push(cb);
    },
    onStderr: (cb) => {
      errCbs.push(cb);
    },
    exited,
    kill: (signal: NodeJS.Signals = 'SIGTERM') => {
      child.kill(signal);
    },
    write: (data) => {
      child.stdin?.write(data);
    },
    end: () => {
      child.stdin?.end();
    },
  };
}

// ------------------------------------------------------------------ sessions

/** A long-lived tool fed batches on stdin, read back on stderr (ip-session.ts). */
export interface SessionProcess {
  /** It exited (or never started). */
  readonly gone: boolean;
  write(text: string): void;
  /** One listener pair at a time: stderr text, and the exit (code, 128+signal, or 127 when it could not start). */
  on(stderr: (text: string) => void, exit: (code: number) => void): void;
  off(): void;
  /** While a request waits, the process keeps the agent's event loop alive; idle, it does not. */
  busy(): void;
  idle(): void;
  kill(): void;
  /** Closes stdin: the tool ends when it has read everything. */
  end(): void;
}

/**
 * Starts argv with stdin and stderr piped (stdout discarded), the agent's
 * minimal environment, unref'd until busy(). Exit is reported once stderr is
 * drained. Killed with the agent: its stdin closes when the agent exits.
 */
export function spawnSession(argv: readonly string[]): SessionProcess {
  const [file, ...args] = argv;
  const child = spawn(file ?? '', args, { stdio: ['pipe', 'ignore', 'pipe'], env: { PATH: MINIMAL_PATH, LC_ALL: 'C' } });
  child.stderr.setEncoding('utf8');
  let onText: ((t: string) => void) | undefined;
  let onExit: ((code: number) => void) | undefined;
  let exitCode: number | undefined;
  let backlog = '';
  const exited = (code: number) => {
    if (exitCode !== undefined) return;
    exitCode = code;
    onExit?.(code);
  };
  child.stderr.on('data', (t: string) => {
    if (onText) onText(t);
    else backlog += t;
  });
  child.on('error', (err) => {
    if (onText) onText(`${err.message}\n`);
    else backlog += `${err.message}\n`;
    exited(127);
  });
  child.on('close', (code, signal) => exited(code ?? 128 + (signal ? (osConstants.signals[signal] ?? 0) : 0)));
  child.stdin.on('error', () => undefined); // EPIPE: it died; 'close' says so
  const handles = [child, child.stdin, child.stderr] as { ref(): void; unref(): void }[];
  for (const h of handles) h.unref();
  return {
    get gone() {
      return exitCode !== undefined;
    },
    write: (text) => {
      if (exitCode === undefined) child.stdin.write(text);
    },
    on: (stderr, exit) => {
      onText = stderr;
      onExit = exit;
      if (backlog) {
        stderr(backlog);
        backlog = '';
      }
      if (exitCode !== undefined) exit(exitCode);
    },
    off: () => {
      onText = undefined;
      onExit = undefined;
    },
    busy: () => {
      for (const h of handles) h.ref();
    },
    idle: () => {
      for (const h of handles) h.unref();
    },
    kill: () => {
      child.kill('SIGKILL');
    },
    end: () => {
      child.stdin.end();
    },
  };
}
