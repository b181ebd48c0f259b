// The output of every workload command on this host: one directory each under
// <state-dir>/logs (FIFOs + segment files), made before the command first
// starts (one `mkfifo` for every command starting at once), read while the
// workload exists, removed with it.
// Owns: the directories and the open WorkloadOutputs. Must never: start or stop
// commands (processes.ts) or answer requests (server.ts).
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Kernel, SpawnOptions } from '../../kernel/kernel.js';
import type { Logger } from '../../../lib/log.js';
import { errorMessage } from '../../../lib/errors.js';
import { fromKeyToken, keyToken } from '../../../lib/names.js';
import { fifoPaths, WorkloadOutput } from './output.js';
import { DEFAULT_LOG_LIMITS, type LogLimits } from './store.js';

export class WorkloadOutputs {
  private readonly open = new Map<string, WorkloadOutput>();
  /** FIFOs being made (names); to make at the end of this turn. */
  private readonly making = new Set<string>();
  private batch: string[] = [];
  /** Output not captured (FIFOs could not be made or opened): the command runs without. */
  private readonly failed = new Set<string>();
  /** FIFOs were made: commands waiting for them may start now. */
  onReady: () => void = () => undefined;

  constructor(
    private readonly kernel: Pick<Kernel, 'makeFifos'>,
    private readonly root: string,
    private readonly log: Logger,
    private readonly limits: LogLimits = DEFAULT_LOG_LIMITS,
  ) {
    mkdirSync(root, { recursive: true, mode: 0o700 });
  }

  dirOf(name: string): string {
    return join(this.root, keyToken(name));
  }

  /**
   * Where a command starting now writes (its reader open): the FIFOs; null = not
   * captured; undefined = not yet (they are being made; onReady follows).
   */
  forStart(name: string): SpawnOptions['output'] | null | undefined {
    if (this.failed.has(name)) return null;
    if (this.making.has(name)) return undefined;
    const paths = fifoPaths(this.dirOf(name));
    if (!existsSync(paths.stdout) || !existsSync(paths.stderr)) {
      this.making.add(name);
      if (this.batch.length === 0) queueMicrotask(() => this.makeBatch());
      this.batch.push(name);
      return undefined;
    }
    return this.attach(name) ? paths : null;
  }

  /** Opens the reader of a command adopted from an earlier agent run (when its FIFOs exist). */
  attach(name: string): boolean {
    if (this.open.has(name)) return true;
    try {
      const o = new WorkloadOutput(this.dirOf(name), this.limits, (err) =>
        this.log.warn({ workload: name, err: errorMessage(err) }, 'workload output'),
      );
      this.open.set(name, o);
      return true;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') this.fail(name, err);
      return false;
    }
  }

  /** Takes what the command wrote so far (before answering `logs`; `ended`: it exited). */
  drain(name: string, ended = false): void {
    this.open.get(name)?.drain(ended);
  }

  /** The workload is gone: its output too. */
  remove(name: string): void {
    this.open.get(name)?.close();
    this.open.delete(name);
    this.failed.delete(name);
    rmSync(this.dirOf(name), { recursive: true, force: true });
  }

  /** Removes the output of workloads that are not in `keep` (removed while no agent ran). */
  sweep(keep: ReadonlySet<string>): void {
    for (const entry of readdirSync(this.root)) {
      const name = fromKeyToken(entry);
      if (keep.has(name) || this.making.has(name)) continue;
      if (statSync(join(this.root, entry)).isDirectory()) this.remove(name);
    }
  }

  /** Closes every reader (the agent stops; the commands go on and their FIFOs keep what they write). */
  closeAll(): void {
    for (const o of this.open.values()) o.close();
    this.open.clear();
  }

  private makeBatch(): void {
    const names = this.batch;
    this.batch = [];
    const paths: string[] = [];
    for (const n of names) {
      mkdirSync(this.dirOf(n), { recursive: true, mode: 0o700 });
      const p = fifoPaths(this.dirOf(n));
      for (const path of [p.stdout, p.stderr]) if (!existsSync(path)) paths.push(path);
    }
    this.kernel.makeFifos(paths).then(
      () => {
        for (const n of names) {
          this.making.delete(n);
          const p = fifoPaths(this.dirOf(n));
          if (!existsSync(p.stdout) || !existsSync(p.stderr)) this.fail(n, new Error('no FIFOs were made'));
        }
        this.onReady();
      },
      (err: unknown) => {
        for (const n of names) {
          this.making.delete(n);
          this.fail(n, err);
        }
        this.onReady();
      },
    );
  }

  private fail(name: string, err: unknown): void {
    this.failed.add(name);
    this.log.warn({ workload: name, err: errorMessage(err) }, 'workload output cannot be kept: the command runs without it');
  }
}
