// The commit point of a run: creating the Workload key (the agent acts on it,
// and a retry of the same request returns it); of a `network connect`: the
// compare-and-set update that adds the attachment. Its answer can be lost while
// NATS fails over; the write may still have landed. So the write is asked
// again until the store answers: written, or found holding exactly this
// attempt's value (the earlier write landed). When the store stays silent the
// outcome is unknown and the run must NOT be undone: another attempt may
// already have returned this workload as done. Claims left by a workload that
// never landed are the orphan sweep's (sweep.ts), which keeps what a workload holds.
// A run commits only within its deadline (runDeadline): the orphan sweep
// removes claims seen without a workload for its grace period, so a run that
// committed later than that could hold addresses the sweep had already freed.
// Must never: delete or overwrite a Workload, or start a create after the deadline.
import { backoffMs, WAIT_BACKOFF } from '../lib/backoff.js';
import { ConflictError, errorMessage, Superseded, Unavailable } from '../lib/errors.js';
import { codecs, Keys, type Workload } from '../proto/index.js';
import type { Store } from './store.js';

/** About 7 s of asking, longer than a NATS leader election. */
const TRIES = 8;

/** The commit's outcome is unknown: the caller must not undo (see above). */
export class CommitUnknown extends Unavailable {
  override name = 'CommitUnknown';
}

/**
 * When a run started at `startedMs` must have committed: a third of the orphan
 * grace period (10 s by default), leaving two thirds for a create in flight to
 * land before the sweep could see its claims as orphans.
 */
export function runDeadline(startedMs: number, orphanGraceMs: number): number {
  return startedMs + (orphanGraceMs > 0 ? Math.floor(orphanGraceMs / 3) : 10_000);
}

/** The run is past its deadline before its commit: nothing is committed, so it fails and is undone. */
function tooLate(name: string): Unavailable {
  return new Unavailable(`creating workload ${name} took too long (the state store is slow or failing over): retry`);
}

/**
 * Creates the workload's key (or, given the revision it was read at, updates
 * it by compare-and-set); resolves once the store is known to hold this value.
 */
export async function commitWorkload(
  store: Store,
  w: Workload,
  deadline: number,
  now: () => number = Date.now,
  revision?: number,
): Promise<void> {
  const key = Keys.workload(w.host!, w.name!);
  const value = codecs.workload.encode(w);
  if (now() > deadline) throw tooLate(w.name!);
  let last: unknown;
  for (let attempt = 0; attempt < TRIES; attempt++) {
    if (attempt > 0) {
      await new Promise((r) => setTimeout(r, backoffMs(attempt - 1, WAIT_BACKOFF)));
      if (now() > deadline) break; // no new write after the deadline; what was sent may have landed
    }
    try {
      await (revision === undefined ? store.create(key, value) : store.update(key, value, revision));
      return;
    } catch (err) {
      if (!(err instanceof ConflictError)) {
        last = err;
        continue;
      }
      // Accepted, then overwritten: by a racing attempt or by a write built on ours (not ours to undo).
      if (err instanceof Superseded) throw new CommitUnknown(`workload ${w.name} was written and then changed by another request; retry`);
      const e = await store.get(key).catch(() => undefined);
      if (e === undefined) continue; // the store went silent again: ask again (a read, allowed after the deadline too)
      // Taken a moment ago, gone now: ours landed and was removed, or a read lagged; either way not ours to undo.
      if (e === null) throw new CommitUnknown(`workload ${w.name} was there and is gone: it may have been created and removed; retry`);
      if (Buffer.compare(e.value, value) === 0) return; // the earlier write landed
      // Another value (another workload of this name while we hold its claim, or a concurrent change): not ours.
      throw err;
    }
  }
  throw new CommitUnknown(
    `the state store did not confirm workload ${w.name} (${errorMessage(last)}): it may have been created; retry (a retry of the same request returns it if so)`,
  );
}
