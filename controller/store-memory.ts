// An in-memory Store for unit tests, faithful to JetStream KV semantics:
// one bucket-wide revision sequence, create() refusing live keys but reusing
// deleted ones, compare-and-set on revisions, soft deletes.
// Every operation yields to the event loop first, so concurrent callers
// interleave the way they would against a server and CAS races really happen.
// Must never: be used outside tests and single-process tools.
import { ConflictError } from '../lib/errors.js';
import { matchFilter, type Store, type StoreEntry } from './store.js';
import { byCodeUnit } from '../lib/order.js';

interface Slot {
  value: Uint8Array;
  revision: number;
  deleted: boolean;
}

export class MemoryStore implements Store {
  private seq = 0;
  private readonly data = new Map<string, Slot>();
  /** Counts of operations, for tests that want to see the races happen. */
  readonly stats = { conflicts: 0, writes: 0 };

  private tick(): Promise<void> {
    return new Promise((resolve) => setImmediate(resolve));
  }

  async get(key: string): Promise<StoreEntry | null> {
    await this.tick();
    const s = this.data.get(key);
    return s && !s.deleted ? { value: s.value.slice(), revision: s.revision } : null;
  }

  async create(key: string, value: Uint8Array): Promise<number> {
    await this.tick();
    const s = this.data.get(key);
    if (s && !s.deleted) return this.conflict(key);
    return this.write(key, value);
  }

  async update(key: string, value: Uint8Array, revision: number): Promise<number> {
    await this.tick();
    const s = this.data.get(key);
    if ((s?.revision ?? 0) !== revision) return this.conflict(key);
    return this.write(key, value);
  }

  async put(key: string, value: Uint8Array): Promise<number> {
    await this.tick();
    return this.write(key, value);
  }

  async delete(key: string, revision?: number): Promise<void> {
    await this.tick();
    const s = this.data.get(key);
    if (revision !== undefined && (s?.revision ?? 0) !== revision) {
      this.conflict(key);
    }
    if (!s || s.deleted) return;
    this.data.set(key, { value: new Uint8Array(), revision: ++this.seq, deleted: true });
  }

  async keys(filter: string): Promise<string[]> {
    await this.tick();
    return [...this.data.entries()]
      .filter(([k, s]) => !s.deleted && matchFilter(filter, k))
      .map(([k]) => k)
      .sort();
  }

  /** Every live entry, for before/after comparisons in tests. */
  snapshot(): Map<string, string> {
    const out = new Map<string, string>();
    for (const [k, s] of [...this.data.entries()].sort(([a], [b]) => byCodeUnit(a, b))) {
      if (!s.deleted) out.set(k, Buffer.from(s.value).toString('hex'));
    }
    return out;
  }

  private write(key: string, value: Uint8Array): number {
    this.stats.writes++;
    const revision = ++this.seq;
    this.data.set(key, { value: value.slice(), revision, deleted: false });
    return revision;
  }

  private conflict(key: string): never {
    this.stats.conflicts++;
    throw new ConflictError(key);
  }
}
