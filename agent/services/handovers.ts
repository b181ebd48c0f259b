// Bookkeeping of handed-over interfaces (modes/handover.ts) for the attach
// path: which endpoints wait for their runtime to make its namespace and
// move the interface in (Docker: between Join and the container's start),
// and which of them a pass has made. At the agent's first pass it finds the
// ones a previous run left (recover). Plain state: never touches the kernel
// nor asks the controller (services/attach.ts does).
import type { Logger } from '../../lib/log.js';
import type { Workload } from '../../proto/index.js';
import { HOST_NS, type ObservedState } from '../model/kernel-objects.js';
import { attachedNs, handoverName } from '../model/naming.js';

export class Handovers {
  /** Endpoints whose interface waits in the agent's namespace for its runtime to move it. */
  private readonly pending = new Set<string>();
  /** Pending endpoints whose interface a pass has made. */
  private readonly made = new Set<string>();
  /** What the first pass found (recover); undefined before it. */
  private recovered: string[] | undefined;
  private onRecovered: ((names: string[]) => void) | undefined;

  constructor(
    private readonly prefix: string,
    private readonly workloads: () => ReadonlyMap<string, Workload>,
    private readonly log: Logger,
  ) {}

  /** The pending endpoints, for the reconciler; its first pass gives the kernel it observed (recover). */
  current(observed?: ObservedState): ReadonlySet<string> {
    if (observed && !this.recovered) this.recover(observed);
    return this.pending;
  }

  add(name: string): void {
    this.pending.add(name);
  }

  forget(name: string): void {
    this.pending.delete(name);
    this.made.delete(name);
  }

  isMade(name: string): boolean {
    return this.made.has(name);
  }

  /** Records the pending endpoints a pass left made; returns the ones made by it. */
  madeBy(names: readonly string[]): string[] {
    const fresh = names.filter((n) => this.pending.has(n) && !this.made.has(n));
    for (const n of fresh) this.made.add(n);
    return fresh;
  }

  /**
   * Handovers a previous run of the agent left pending: it stopped after
   * handing an interface to the runtime (Docker's Join answered) and before
   * the runtime took it (the container's start). Their handover end still
   * waits in the agent's namespace and their runtime namespace is not bound:
   * pending again, so no pass binds a namespace that does not exist yet and
   * the front-end's reconcile does not take them for leaks. Runs once, at the
   * first pass (its kernel is observed, never predicted: a prediction does
   * not see the runtime take the end away).
   */
  private recover(observed: ObservedState): void {
    const host = new Set((observed.contents.get(HOST_NS)?.links ?? []).map((l) => l.name));
    const found: string[] = [];
    for (const w of this.workloads().values()) {
      const att = w.attachments?.[0];
      if (!w.netnsPath || !att?.network || this.pending.has(w.name!)) continue;
      if (!host.has(handoverName(w.name!, att.network)) || observed.namespaces.includes(attachedNs(this.prefix, w.name!))) continue;
      this.pending.add(w.name!);
      this.made.add(w.name!);
      found.push(w.name!);
    }
    if (found.length > 0) this.log.info({ endpoints: found }, 'interfaces handed over before a restart still wait for their runtime');
    this.recovered = found;
    this.onRecovered?.(found);
  }

  /**
   * Calls `listener` once the first pass has looked for handovers a previous
   * run left (recover), with their names (maybe none): the front-end that
   * handed them over follows their runtime again.
   */
  whenRecovered(listener: (names: string[]) => void): void {
    this.onRecovered = listener;
    if (this.recovered) listener(this.recovered);
  }
}
