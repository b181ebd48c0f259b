// A stack of compensating actions: every claim a request makes pushes its
// undo, and a failed request runs them in reverse so the state is unchanged.
// Must never: throw from run(); undo is best effort and logs what it could not do.
import { errorMessage } from '../lib/errors.js';
import type { Logger } from '../lib/log.js';

export class Undo {
  private readonly steps: Array<{ what: string; fn: () => Promise<unknown> }> = [];

  push(what: string, fn: () => Promise<unknown>): void {
    this.steps.push({ what, fn });
  }

  async run(log: Logger): Promise<void> {
    while (this.steps.length > 0) {
      const step = this.steps.pop()!;
      try {
        await step.fn();
      } catch (err) {
        log.warn({ step: step.what, err: errorMessage(err) }, 'undo step failed; the entry may be left behind');
      }
    }
  }
}
