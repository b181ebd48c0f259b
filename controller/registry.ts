// The network registry: every network of the cluster in ONE KV document
// (Keys.networks), changed only by compare-and-set, so name, VNI and subnet
// uniqueness are checked in a single atomic write across all controllers.
// Owns: the read-modify-CAS loop with bounded, jittered retries. Mutations in
// one process are queued so that they conflict only with other controllers.
// Must never: decide policy (networks.ts does); the mutator is pure.
import { Code, VxnetError, ConflictError } from '../lib/errors.js';
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

  constructor(
    private readonly store: Store,
    private readonly maxAttempts = 40,
  ) {}

  async read(): Promise<RegistrySnapshot> {
    const e = await this.store.get(Keys.networks);
    if (!e) return { networks: [], revision: 0 };
    return { networks: codecs.networkRegistry.decode(e.value).networks ?? [], revision: e.revision };
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
        if (snap.revision === 0) await this.store.create(Keys.networks, bytes);
        else await this.store.update(Keys.networks, bytes, snap.revision);
        return result;
      } catch (err) {
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

export function findNetwork(networks: readonly Network[], nameOrId: string): Network | undefined {
  return networks.find((n) => n.name === nameOrId) ?? networks.find((n) => n.id === nameOrId);
}
