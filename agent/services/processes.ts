// Supervises the command each workload runs (`vxnet run … -- CMD`): starts it
// in the workload's namespace once that namespace exists, with its output going
// to the workload's log directory (logs/outputs.ts), stops it when the workload
// is removed, and reports its state.
// A pid file lets a restarted agent adopt processes instead of starting
// duplicates (the agent may crash; workloads must not notice). A command that
// exits is started again as its --restart policy says (Docker's back-off:
// 100 ms doubling, back to 100 ms after 10 s of running), with its -e environment.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Workload, WorkloadStatus } from '../../proto/index.js';
import type { Kernel, SpawnedProcess } from '../kernel/kernel.js';
import type { Logger } from '../../lib/log.js';
import { fromKeyToken, keyToken } from '../../lib/names.js';
import { parseRestartPolicy, shouldRestart } from '../../lib/restart-policy.js';
import { backoffMs, RESTART_BACKOFF } from '../../lib/backoff.js';
import { WorkloadOutputs } from './logs/outputs.js';
import type { LogLimits } from './logs/store.js';

interface Tracked {
  pid: number;
  /** Process start time from /proc/<pid>/stat: tells a reused pid from ours. */
  startTime: string;
  proc?: SpawnedProcess;
  exitCode?: number;
  /** Times the command was started again after exiting (--restart). */
  restarts: number;
  /** A restart is scheduled. */
  restartTimer?: NodeJS.Timeout;
  startedAt: number;
  /** Exits in a row after short runs: the restart back-off's step. */
  quickExits: number;
}

/** A run this long resets the restart back-off (Docker's rule). */
const RESTART_RESET_AFTER_MS = 10_000;

/** The workload's -e list as an environment. */
function envOf(w: Workload): Record<string, string> {
  const env: Record<string, string> = {};
  for (const kv of w.env ?? []) {
    const eq = kv.indexOf('=');
    if (eq > 0) env[kv.slice(0, eq)] = kv.slice(eq + 1);
  }
  return env;
}

export class ProcessSupervisor {
  private readonly tracked = new Map<string, Tracked>();
  private readonly pidDir: string;
  /** The commands' output. */
  readonly outputs: WorkloadOutputs;
  /** Called when a command exits or is restarted (the agent then reports its status). */
  onChange: () => void = () => undefined;
  private last?: { workloads: Map<string, Workload>; nsOf: (w: Workload) => string | undefined };

  constructor(
    private readonly kernel: Kernel,
    stateDir: string,
    private readonly log: Logger,
    logLimits?: LogLimits,
  ) {
    this.pidDir = join(stateDir, 'pids');
    mkdirSync(this.pidDir, { recursive: true });
    this.outputs = new WorkloadOutputs(kernel, join(stateDir, 'logs'), log, logLimits);
    this.outputs.onReady = () => {
      if (this.last) this.sync(this.last.workloads, this.last.nsOf);
      this.onChange();
    };
  }

  /** Brings processes in line with the workloads; `nsOf` says where each may run (undefined = not yet). */
  sync(workloads: Map<string, Workload>, nsOf: (w: Workload) => string | undefined): void {
    if (!this.last) this.outputs.sweep(new Set(workloads.keys()));
    this.last = { workloads, nsOf };
    for (const [name, t] of this.tracked) {
      if (!workloads.has(name)) this.stop(name, t);
    }
    for (const [name, w] of workloads) {
      const t = this.tracked.get(name);
      // A command adopted from an earlier agent run is not our child: its exit is only seen
      // here, without an exit code, so only always/unless-stopped restart it (on-failure cannot tell).
      const policy = parseRestartPolicy(w.restart).name;
      if (t && !t.proc && !alive(t) && (policy === 'always' || policy === 'unless-stopped')) {
        const ns = nsOf(w);
        if (ns !== undefined) this.start(name, ns, w, t.restarts + 1);
        continue;
      }
      if (!w.command?.length || this.tracked.has(name)) continue;
      const adopted = this.adopt(name);
      if (adopted) {
        this.tracked.set(name, adopted);
        this.outputs.attach(name);
        continue;
      }
      const ns = nsOf(w);
      if (ns !== undefined) this.start(name, ns, w, 0);
    }
  }

  /** Stops every workload command this agent (or an earlier run of it) started. */
  stopAll(): void {
    for (const file of readdirSync(this.pidDir)) {
      if (!file.endsWith('.pid')) continue;
      const name = fromKeyToken(file.slice(0, -4));
      if (!this.tracked.has(name)) {
        const t = this.adopt(name);
        if (t) this.tracked.set(name, t);
      }
    }
    for (const [name, t] of this.tracked) this.stop(name, t);
  }

  status(w: Workload): Pick<WorkloadStatus, 'state' | 'pid' | 'exitCode' | 'restarts'> {
    const t = this.tracked.get(w.name!);
    if (!w.command?.length) return { state: 'running' };
    if (!t) return { state: 'created' };
    const restarts = t.restarts;
    if (t.restartTimer) return { state: 'restarting', exitCode: t.exitCode ?? 0, restarts };
    if (t.exitCode !== undefined || !alive(t)) return { state: 'exited', exitCode: t.exitCode ?? 0, pid: t.pid, restarts };
    return { state: 'running', pid: t.pid, restarts };
  }

  private start(name: string, ns: string, w: Workload, restarts: number, quickExits = 0): void {
    const output = this.outputs.forStart(name);
    if (output === undefined) return; // its FIFOs are being made: outputs.onReady syncs again
    const proc = this.kernel.spawnIn(ns, w.command ?? [], { ...(output ? { output } : {}), env: envOf(w), outlivesAgent: true });
    if (proc.pid === undefined) {
      this.log.warn({ workload: name }, 'workload command did not start');
      return;
    }
    const t: Tracked = { pid: proc.pid, startTime: startTimeOf(proc.pid) ?? '', proc, restarts, startedAt: Date.now(), quickExits };
    this.tracked.set(name, t);
    writeFileSync(this.pidFile(name), `${t.pid} ${t.startTime} ${restarts}\n`);
    void proc.exited.then((code) => {
      t.exitCode = code;
      if (this.tracked.get(name) === t) this.outputs.drain(name, true);
      this.log.info({ workload: name, code }, 'workload command exited');
      if (this.tracked.get(name) !== t) return; // removed meanwhile
      const policy = parseRestartPolicy(w.restart);
      if (shouldRestart(policy, code, t.restarts)) {
        // Docker's back-off: doubling from 100 ms, reset once a run lasted 10 s.
        const step = Date.now() - t.startedAt >= RESTART_RESET_AFTER_MS ? 0 : t.quickExits;
        const delay = backoffMs(step, RESTART_BACKOFF);
        t.restartTimer = setTimeout(() => {
          if (this.tracked.get(name) !== t) return;
          this.start(name, ns, w, t.restarts + 1, step + 1);
          this.onChange();
        }, delay);
        t.restartTimer.unref();
      }
      this.onChange();
    });
  }

  private stop(name: string, t: Tracked): void {
    if (t.restartTimer) clearTimeout(t.restartTimer);
    if (t.exitCode === undefined && alive(t)) {
      if (t.proc) t.proc.kill('SIGTERM');
      else
        try {
          process.kill(t.pid, 'SIGTERM');
        } catch {
          /* already gone */
        }
      const pid = t.pid;
      setTimeout(() => {
        if (alive(t))
          try {
            process.kill(pid, 'SIGKILL');
          } catch {
            /* gone */
          }
      }, 5000).unref();
    }
    this.tracked.delete(name);
    rmSync(this.pidFile(name), { force: true });
    this.outputs.remove(name);
  }

  private adopt(name: string): Tracked | undefined {
    let text: string;
    try {
      text = readFileSync(this.pidFile(name), 'utf8');
    } catch {
      return undefined;
    }
    const [pidText, startTime = '', restarts = '0'] = text.trim().split(' ');
    const t: Tracked = {
      pid: Number(pidText),
      startTime,
      restarts: Number(restarts) || 0,
      startedAt: Date.now(),
      quickExits: 0,
    };
    if (Number.isInteger(t.pid) && t.pid > 0 && alive(t)) return t;
    rmSync(this.pidFile(name), { force: true });
    return undefined;
  }

  private pidFile(name: string): string {
    return join(this.pidDir, `${keyToken(name)}.pid`);
  }
}

function startTimeOf(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start after the last ')'.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

function alive(t: Tracked): boolean {
  if (t.exitCode !== undefined) return false;
  const now = startTimeOf(t.pid);
  return now !== undefined && (t.startTime === '' || now === t.startTime);
}
