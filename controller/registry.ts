// The network registry: every network of the cluster in ONE KV document
// (Keys.networks), changed only by compare-and-set, so name, VNI and subnet
// uniqueness are checked in a single atomic write across all controllers.
// Owns: the read-modify-CAS loop with bounded, jittered retries. Mutations in
// one process are queued so that they conflict only with other controllers.
// Must never: decide policy (networks.ts does); the mutator is pure.
import { Code, VxnetError, ConflictError, Superseded } from '../lib/errors.js';
import { codecs, Keys, type Network } from '../proto/index.js';
import type { Store } from './store.js';

export interface RegistrySnapshot {
  networks: Network[];
  revision: number;
}

/** What a mutator returns: the new list (or null for "no write") and a result. */
export interface Mutation<T> {
  networks: Network[] | null;
  result: T;
}

export class Registry {
  private queue: Promise<unknown> = Promise.resolve();
  private last: { snap: RegistrySnapshot; at: number } | undefined;
  private nextRead: Promise<RegistrySnapshot> | undefined;

  constructor(
    private readonly store: Store,
    private readonly maxAttempts = 40,
    private readonly now: () => number = Date.now,
  ) {}

  async read(): Promise<RegistrySnapshot> {
    const at = this.now();
    const e = await this.store.get(Keys.networks);
    const snap = e
      ? { networks: codecs.networkRegistry.decode(e.value).networks ?? [], revision: e.revision }
      : { networks: [], revision: 0 };
    if (!this.last || this.last.snap.revision <= snap.revision) this.last = { snap, at };
    return snap;
  }

  /**
   * A read that starts after this call: callers that ask before it starts
   * share it (one round trip for every request re-checking at that moment).
   * As fresh as read() for each of them, which is what a check after a write
   * needs (see checkStillThere in run.ts).
   */
  fresh(): Promise<RegistrySnapshot> {
    this.nextRead ??= new Promise((r) => setImmediate(r)).then(() => {
      this.nextRead = undefined;
      return this.read();
    });
    return this.nextRead;
  }

  /**
   * The last snapshot read or written here when it is younger than maxAgeMs,
   * else a fresh read. Only for lookups that a fresh read() re-checks before
   * it matters (a network's fields never change after creation; whether it
   * still exists is what `run` checks at its end).
   */
  async recent(maxAgeMs: number): Promise<RegistrySnapshot> {
    if (this.last && this.now() - this.last.at < maxAgeMs) return this.last.snap;
    return this.read();
  }

  async find(nameOrId: string): Promise<Network | undefined> {
    const { networks } = await this.read();
    return findNetwork(networks, nameOrId);
  }

  /** Runs `fn` on fresh state and writes its result by CAS, retrying on conflicts. */
  mutate<T>(fn: (networks: readonly Network[]) => Mutation<T>): Promise<T> {
    const run = this.queue.then(() => this.loop(fn));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async loop<T>(fn: (networks: readonly Network[]) => Mutation<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const snap = await this.read();
      const { networks, result } = fn(snap.networks);
      if (networks === null) return result;
      const bytes = codecs.networkRegistry.encode({ networks });
      try {
        const at = this.now();
        const revision =
          snap.revision === 0
            ? await this.store.create(Keys.networks, bytes)
            : await this.store.update(Keys.networks, bytes, snap.revision);
        this.last = { snap: { networks, revision }, at };
        return result;
      } catch (err) {
        // Overwritten after it was accepted: by a racer (lost), or by a write built on it (kept).
        if (err instanceof Superseded && survived(snap.networks, networks, (await this.read()).networks)) return result;
        if (!(err instanceof ConflictError)) throw err;
        if (attempt >= this.maxAttempts) {
          throw new VxnetError(
            Code.CONFLICT,
            `the network registry kept changing under ${attempt} attempts (other controllers busy): retry the command`,
          );
        }
        await new Promise((r) => setTimeout(r, Math.random() * Math.min(50, 2 * attempt)));
      }
    }
  }
}

/** Whether what a write changed (networks added, changed, removed) is still so in `now`. */
function survived(before: readonly Network[], written: readonly Network[], now: readonly Network[]): boolean {
  const bytes = (n: Network | undefined) => (n ? Buffer.from(codecs.networkRegistry.encode({ networks: [n] })).toString('base64') : '');
  const byId = (l: readonly Network[]) => new Map(l.map((n) => [n.id!, bytes(n)]));
  const [b, w, n] = [byId(before), byId(written), byId(now)];
  for (const [id, v] of w) if (b.get(id) !== v && n.get(id) !== v) return false;
  for (const id of b.keys()) if (!w.has(id) && n.has(id)) return false;
  return true;
}

export function findNetwork(networks: readonly Network[], nameOrId: string): Network | undefined {
  return networks.find((n) => n.name === nameOrId) ?? networks.find((n) => n.id === nameOrId);
}
