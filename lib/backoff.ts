// Exponential back-off: vxnet's one definition of "wait longer after each
// failure, up to a cap". Three schedules: waiting for a service that is coming
// (the KV bucket, a watch), repairing (a reconcile or files pass that failed),
// and restarting a workload command (--restart). Must never sleep by itself: callers own their timers.

export interface Backoff {
  /** The first delay. */
  baseMs: number;
  /** No delay is longer. */
  maxMs: number;
}

/** Waiting for something that is starting (a controller, NATS): short, so it is noticed soon. */
export const WAIT_BACKOFF: Backoff = { baseMs: 100, maxMs: 2_000 };
/** Retrying a failed repair pass: long enough not to spin on a persistent failure. */
export const REPAIR_BACKOFF: Backoff = { baseMs: 200, maxMs: 30_000 };

/** Docker's restart policy delay: doubling from 100 ms, at most a minute. */
export const RESTART_BACKOFF: Backoff = { baseMs: 100, maxMs: 60_000 };

/** The delay before retry number `retry` (0 for the first retry): base × 2^retry, capped. */
export function backoffMs(retry: number, b: Backoff): number {
  return Math.min(b.maxMs, b.baseMs * 2 ** Math.min(Math.max(0, retry), 30));
}
