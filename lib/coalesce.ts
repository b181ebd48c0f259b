// The coalescing loop of a level-triggered worker: trigger() asks for a pass;
// triggers that arrive while a pass runs (or before its timer fires) coalesce
// into one more pass (with idleStart the delay applies only right after a
// pass: an idle loop starts at once); a failed pass is retried with back-off
// (lib/backoff.ts).
// Used by the agent's reconciler and its workload files manager.
// Must never run two passes at once, and never run after stop().
import { backoffMs, type Backoff } from './backoff.js';

export interface CoalescerOptions {
  /** Delay of a plain trigger(): a burst within it becomes one pass. */
  delayMs: number;
  /**
   * Apply delayMs only when a pass ended less than delayMs ago; an idle
   * worker starts at once (triggers of the same tick still make one pass),
   * so a single change does not wait for a burst that is not coming.
   */
  idleStart?: boolean;
  /** Back-off between failed passes. */
  backoff: Backoff;
  /** The first retry after a failure runs at once (then back-off). */
  immediateRetry?: boolean;
  /** A pass runs only while this holds (e.g. the desired state has loaded). */
  ready?: () => boolean;
}

export class Coalescer {
  private running = false;
  private dirty = false;
  private stopped = false;
  /** Cancels the pending start, while one is pending. */
  private timer: (() => void) | undefined;
  private failures = 0;
  private lastPassEnd = -Infinity;

  /** `pass` returns false when it failed (it is retried with back-off). */
  constructor(
    private readonly pass: () => Promise<boolean>,
    private readonly o: CoalescerOptions,
  ) {}

  trigger(delayMs?: number): void {
    if (this.stopped) return;
    if (this.running) {
      this.dirty = true;
      return;
    }
    if (this.timer) return;
    const idle = this.o.idleStart && performance.now() - this.lastPassEnd >= this.o.delayMs;
    const delay = delayMs ?? (idle ? 0 : this.o.delayMs);
    const start = () => {
      this.timer = undefined;
      void this.loop();
    };
    // No delay: the next turn of the event loop (a 0 ms setTimeout waits 1 ms); triggers of this one still coalesce.
    if (delay > 0) {
      const t = setTimeout(start, delay);
      this.timer = () => clearTimeout(t);
    } else {
      const t = setImmediate(start);
      this.timer = () => clearImmediate(t);
    }
  }

  /** From inside a pass: run another one right after it. */
  again(): void {
    this.dirty = true;
  }

  /** Something failed outside a pass: retry later, with the same back-off. */
  retryLater(): void {
    this.trigger(backoffMs(this.failures++, this.o.backoff));
  }

  /** No pass running, pending or asked for. */
  get idle(): boolean {
    return !this.running && !this.timer && !this.dirty;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.timer?.();
    this.timer = undefined;
    while (this.running) await new Promise((r) => setTimeout(r, 10));
  }

  private async loop(): Promise<void> {
    this.running = true;
    let ok = true;
    try {
      do {
        this.dirty = false;
        if (this.stopped || !(this.o.ready?.() ?? true)) break;
        ok = await this.pass();
      } while (this.dirty && !this.stopped);
    } finally {
      this.running = false;
      this.lastPassEnd = performance.now();
    }
    if (ok) this.failures = 0;
    else if (!this.stopped) {
      const retry = this.failures++ - (this.o.immediateRetry ? 1 : 0);
      this.trigger(retry < 0 ? 0 : backoffMs(retry, this.o.backoff));
    }
  }
}
