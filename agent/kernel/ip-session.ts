// A standing `ip -force -batch -` for the agent's own namespace: batches that
// run there (netns add/del, veth creation, the host end's master and up) are
// written to one long-lived process instead of a new one each (starting a
// process costs ~2–3 ms; a request here ~0.2 ms). The end of a request is a
// sentinel line that always fails (`link show dev ..`: no device can be named
// ".."), so its "Command failed -:N" on stderr, unbuffered, says every line
// before it has run. Line numbers are the session's; results carry the
// batch's own, so run.ts parses them as a one-shot batch's.
// ip keeps open every namespace a line names (`link add ... netns NAME`
// opens /run/netns/NAME and never closes it), and an open namespace is never
// freed: after such a request the process is ended and a fresh one started
// at once, ready for the next request (its start is off the critical path).
// Owns the session process (started on first use, again after it died: ip
// exits on argument errors) and the order of requests (one at a time).
// Must never: decide what a failure means (linux.ts does), or keep the agent
// alive (the process and its pipes are unref'd while no request waits).
// Unlike a one-shot batch, lines after a failed one still run (-force): the
// caller observes the kernel again after any failure, as after a partial batch.
import { spawnSession, type RunResult, type SessionProcess } from './run.js';

const SENTINEL = 'link show dev ..';
const SENTINEL_ERROR = 'Device ".." does not exist.';
const MARKER = /^Command failed -:(\d+)$/;
/** A line that makes ip open a namespace by name (`netns add/del` do not keep one open; a PID is no file). */
const NAMES_NETNS = /^link\b.*\snetns\s+(?!\d+(\s|$))\S/;

export interface SessionResult extends RunResult {
  /** Processes this request started: the session's first, or the fresh one after a request that named a namespace. */
  processes: number;
}

export class IpSession {
  private proc: SessionProcess | undefined;
  /** Lines written to the current process so far. */
  private lines = 0;
  private queue: Promise<unknown> = Promise.resolve();
  /** Processes started (each request reports the ones it caused: the benchmarks count processes). */
  private started = 0;

  /**
   * `prefix`: the argv before `-force -batch -`: ['ip'], or ip behind a
   * wrapper that keeps the mount namespace (`nsenter --net=FILE ip`). Never
   * `ip -n NS`: that ip runs in a private mount namespace, blind to the
   * namespaces bound after it started.
   */
  constructor(
    private readonly prefix: readonly string[],
    private readonly timeoutMs = 30_000,
  ) {}

  get argv(): string[] {
    return [...this.prefix, '-force', '-batch', '-'];
  }

  /** Runs lines as one batch; the result reads like a one-shot `ip -force -batch -` of just these lines. */
  run(lines: readonly string[]): Promise<SessionResult> {
    const next = this.queue.then(() => this.request(lines));
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Ends the session process (the agent stops); a later run() starts a new one. */
  close(): void {
    this.proc?.end();
    this.proc = undefined;
  }

  /** Ends the current process (it lets go of the namespaces it opened) and starts the next one now. */
  private renew(): SessionProcess {
    this.proc?.end();
    this.proc = spawnSession(this.argv);
    this.lines = 0;
    this.started++;
    return this.proc;
  }

  private request(lines: readonly string[]): Promise<SessionResult> {
    const startedBefore = this.started;
    const proc = !this.proc || this.proc.gone ? this.renew() : this.proc;
    const holds = lines.some((l) => NAMES_NETNS.test(l));
    const base = this.lines;
    const end = base + lines.length + 1;
    this.lines = end;
    const argv = this.argv;
    return new Promise((resolve) => {
      let text = '';
      let done = false;
      const finish = (exitCode: number | undefined, extra = '') => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        proc.off();
        proc.idle();
        if (holds && this.proc === proc) this.renew();
        resolve({ argv, stdout: '', stderr: relative(text, base, end) + extra, exitCode, processes: this.started - startedBefore });
      };
      const timer = setTimeout(() => {
        if (this.proc === proc) this.proc = undefined;
        proc.kill();
        finish(undefined, `\nkilled by SIGKILL (timeout after ${this.timeoutMs} ms)`);
      }, this.timeoutMs);
      proc.busy();
      proc.on(
        (chunk) => {
          text += chunk;
          if (text.includes(`Command failed -:${end}\n`)) finish(failed(text, base, end) ? 1 : 0);
        },
        (code) => {
          if (this.proc === proc) this.proc = undefined;
          // ip exits by itself only on errors it does not survive (argument parsers call exit()).
          finish(code === 0 ? 1 : code);
        },
      );
      proc.write(`${lines.join('\n')}\n${SENTINEL}\n`);
    });
  }
}

/** Whether any line of this request (not the sentinel) failed. */
function failed(text: string, base: number, end: number): boolean {
  return text.split('\n').some((line) => {
    const n = Number(MARKER.exec(line)?.[1] ?? 0);
    return n > base && n < end;
  });
}

/** stderr of a request with its line numbers counted from the batch's first line, the sentinel's own output removed. */
function relative(text: string, base: number, end: number): string {
  const lines = text
    .split('\n')
    .filter((l) => l !== SENTINEL_ERROR && l !== `Command failed -:${end}` && l !== '')
    .map((l) => {
      const m = MARKER.exec(l);
      return m ? `Command failed -:${Number(m[1]) - base}` : l;
    });
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
