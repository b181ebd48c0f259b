// Supervises the command each workload runs (`vxnet run … -- CMD`): starts it
// in the workload's namespace once that namespace exists, keeps its output in
// a log file, stops it when the workload is removed, and reports its state.
// A pid file lets a restarted agent adopt processes instead of starting
// duplicates (the agent may crash; workloads must not notice).
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Workload, WorkloadStatus } from '../../proto/index.js';
import type { Kernel, SpawnedProcess } from '../kernel/kernel.js';
import type { Logger } from '../../lib/log.js';
import { fromKeyToken, keyToken } from '../../lib/names.js';

interface Tracked {
  pid: number;
  /** Process start time from /proc/<pid>/stat: tells a reused pid from ours. */
  startTime: string;
  proc?: SpawnedProcess;
  exitCode?: number;
}

export class ProcessSupervisor {
  private readonly tracked = new Map<string, Tracked>();
  private readonly pidDir: string;
  readonly logDir: string;

  constructor(
    private readonly kernel: Kernel,
    stateDir: string,
    private readonly log: Logger,
  ) {
    this.pidDir = join(stateDir, 'pids');
    this.logDir = join(stateDir, 'logs');
    mkdirSync(this.pidDir, { recursive: true });
    mkdirSync(this.logDir, { recursive: true });
  }

  logFile(name: string): string {
    return join(this.logDir, `${keyToken(name)}.log`);
  }

  /** Brings processes in line with the workloads; `nsOf` says where each may run (undefined = not yet). */
  sync(workloads: Map<string, Workload>, nsOf: (w: Workload) => string | undefined): void {
    for (const [name, t] of this.tracked) {
      if (!workloads.has(name)) this.stop(name, t);
    }
    for (const [name, w] of workloads) {
      if (!w.command?.length || this.tracked.has(name)) continue;
      const adopted = this.adopt(name);
      if (adopted) {
        this.tracked.set(name, adopted);
        continue;
      }
      const ns = nsOf(w);
      if (ns !== undefined) this.start(name, ns, w.command);
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

  status(w: Workload): Pick<WorkloadStatus, 'state' | 'pid' | 'exitCode'> {
    const t = this.tracked.get(w.name!);
    if (!w.command?.length) return { state: 'running' };
    if (!t) return { state: 'created' };
    if (t.exitCode !== undefined || !alive(t)) return { state: 'exited', exitCode: t.exitCode ?? 0, pid: t.pid };
    return { state: 'running', pid: t.pid };
  }

  private start(name: string, ns: string, argv: string[]): void {
    const proc = this.kernel.spawnIn(ns, argv, { logFile: this.logFile(name) });
    if (proc.pid === undefined) {
      this.log.warn({ workload: name }, 'workload command did not start');
      return;
    }
    const t: Tracked = { pid: proc.pid, startTime: startTimeOf(proc.pid) ?? '', proc };
    this.tracked.set(name, t);
    writeFileSync(this.pidFile(name), `${t.pid} ${t.startTime}\n`);
    void proc.exited.then((code) => {
      t.exitCode = code;
      this.log.info({ workload: name, code }, 'workload command exited');
    });
  }

  private stop(name: string, t: Tracked): void {
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
  }

  private adopt(name: string): Tracked | undefined {
    let text: string;
    try {
      text = readFileSync(this.pidFile(name), 'utf8');
    } catch {
      return undefined;
    }
    const [pidText, startTime = ''] = text.trim().split(' ');
    const t: Tracked = { pid: Number(pidText), startTime };
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
