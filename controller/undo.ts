// A stack of compensating actions: every claim a request makes pushes its
// undo, and a failed request runs them in reverse so the state is unchanged.
// A step that fails (NATS electing a leader, a reconnect) is tried again for a
// few seconds; what still fails is left to the orphan sweep (sweep.ts).
// Must never: throw from run(); undo is best effort and logs what it could not do.
import { backoffMs, WAIT_BACKOFF } from '../lib/backoff.js';
import { errorMessage } from '../lib/errors.js';
import type { Logger } from '../lib/log.js';

/** Tries per step: with WAIT_BACKOFF about 7 s of waiting in all, longer than a NATS leader election. */
const TRIES = 8;

export class Undo {
  private readonly steps: Array<{ what: string; fn: () => Promise<unknown> }> = [];

  /** `fn` must be safe to repeat (a delete, a release). */
  push(what: string, fn: () => Promise<unknown>): void {
    this.steps.push({ what, fn });
  }

  async run(log: Logger): Promise<void> {
    while (this.steps.length > 0) {
      const step = this.steps.pop()!;
      for (let attempt = 0; ; attempt++) {
        try {
          await step.fn();
          break;
        } catch (err) {
          if (attempt + 1 >= TRIES) {
            log.warn({ step: step.what, err: errorMessage(err) }, 'undo step failed; the orphan sweep will remove the entry');
            break;
          }
          await new Promise((r) => setTimeout(r, backoffMs(attempt, WAIT_BACKOFF)));
        }
      }
    }
  }
}
