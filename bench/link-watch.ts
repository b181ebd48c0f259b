// Knowing when the kernel has really let go of a workload: `ip monitor link`
// in a namespace reports every link deletion (with its ifindex), so a
// teardown is timed until the host ends of its veths are gone, which happens
// only once the kernel has dismantled the workload's namespace, not when
// `ip netns del` returns. Also lists the veths a namespace holds (before and
// after a setup, outside the timing) to know which deletions to wait for.
// Must never: poll with a process per check (that would add its own cost to
// every side), or wait without a deadline.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { must } from './util.js';

const DELETED = /^Deleted (\d+):/;

export class LinkWatch {
  private readonly gone = new Set<number>();
  private waiters: { want: number[]; resolve(): void }[] = [];
  private constructor(private readonly child: ChildProcess) {}

  /** Starts watching `ns` ('' = this process's namespace); resolves once the monitor listens. */
  static async start(ns: string): Promise<LinkWatch> {
    const argv = ns ? ['-n', ns, 'monitor', 'link'] : ['monitor', 'link'];
    const child = spawn('ip', argv, { stdio: ['ignore', 'pipe', 'ignore'] });
    const w = new LinkWatch(child);
    createInterface({ input: child.stdout! }).on('line', (l) => w.onLine(l));
    // The monitor subscribes right after it starts; a probe link proves it is listening.
    const probe = `vxlw${process.pid % 100000}`;
    const ip = (...a: string[]) => must(ns ? ['ip', '-n', ns, ...a] : ['ip', ...a]);
    const seen = (async () => {
      for (let i = 0; i < 50; i++) {
        await ip('link', 'add', probe, 'type', 'veth', 'peer', 'name', `${probe}p`);
        const idx = (JSON.parse(await ip('-j', 'link', 'show', 'dev', probe)) as { ifindex: number }[])[0]!.ifindex;
        await ip('link', 'del', probe);
        if (
          await w.until([idx], 250).then(
            () => true,
            () => false,
          )
        )
          return;
      }
      throw new Error('ip monitor link never reported a deletion');
    })();
    await seen;
    return w;
  }

  private onLine(line: string): void {
    const m = DELETED.exec(line);
    if (!m) return;
    this.gone.add(Number(m[1]));
    this.waiters = this.waiters.filter((w) => {
      if (!w.want.every((i) => this.gone.has(i))) return true;
      w.resolve();
      return false;
    });
  }

  /** Resolves once every ifindex in `want` was reported deleted (at any time since the watch began). */
  until(want: Iterable<number>, timeoutMs = 60_000): Promise<void> {
    const list = [...want];
    if (list.every((i) => this.gone.has(i))) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const t = setTimeout(
        () => reject(new Error(`links ${list.filter((i) => !this.gone.has(i)).join(',')} not gone in ${timeoutMs} ms`)),
        timeoutMs,
      );
      this.waiters.push({
        want: list,
        resolve: () => {
          clearTimeout(t);
          resolve();
        },
      });
    });
  }

  /** ifindexes of the links of a kind (default veth) in ns. */
  async veths(ns: string, kind = 'veth'): Promise<Set<number>> {
    const out = await must(ns ? ['ip', '-n', ns, '-j', 'link', 'show', 'type', kind] : ['ip', '-j', 'link', 'show', 'type', kind]);
    return new Set((JSON.parse(out || '[]') as { ifindex: number }[]).map((l) => l.ifindex));
  }

  stop(): void {
    this.child.kill('SIGKILL');
  }
}

/** Elements of `after` not in `before`. */
export function added(before: ReadonlySet<number>, after: ReadonlySet<number>): Set<number> {
  return new Set([...after].filter((i) => !before.has(i)));
}
