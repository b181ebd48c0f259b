// `vxnet run --rm`: a workload whose command has exited is removed by the
// controller, since only the controller writes desired state (the agent that
// saw the exit reports it in its status). Every controller sees every status,
// so several may try at once: a removal that finds nothing is not an error.
// Must never: remove a workload that was not marked auto_remove.
import { errorMessage, NotFound } from '../lib/errors.js';
import { codecs, Keys, type AgentStatus } from '../proto/index.js';
import type { Ctx } from './context.js';
import { remove } from './workloads.js';

export class AutoRemover {
  private readonly inFlight = new Set<string>();

  constructor(private readonly ctx: Ctx) {}

  /** Removes the exited workloads of this status whose record says auto_remove. */
  async onStatus(st: AgentStatus): Promise<void> {
    const host = st.host ?? '';
    for (const w of st.workloads ?? []) {
      if (w.state !== 'exited' || !w.name || this.inFlight.has(w.name)) continue;
      this.inFlight.add(w.name);
      try {
        const e = await this.ctx.store.get(Keys.workload(host, w.name));
        if (!e || !codecs.workload.decode(e.value).autoRemove) continue;
        const { error } = await remove(this.ctx, [w.name], true);
        if (error && !(error instanceof NotFound)) throw error;
        this.ctx.log.info({ workload: w.name, host }, 'removed after its command exited (--rm)');
      } catch (err) {
        this.ctx.log.warn({ workload: w.name, err: errorMessage(err) }, 'cannot auto-remove workload');
      } finally {
        this.inFlight.delete(w.name);
      }
    }
  }
}
