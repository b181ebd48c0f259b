// The Store: the only door from the controller to desired state.
// Owns: the small key/value contract (get, create-claim, compare-and-set,
// put, delete, keys) that allocation is built on, and NATS-style key filters.
// Must never: know about networks or workloads, or retry on its own; a lost
// compare-and-set is a ConflictError and the caller decides what to do.

export interface StoreEntry {
  value: Uint8Array;
  revision: number;
}

export interface Store {
  /** The live value of a key, or null when it is absent or deleted. */
  get(key: string): Promise<StoreEntry | null>;
  /** Claims a key: ConflictError when it exists and is not deleted. */
  create(key: string, value: Uint8Array): Promise<number>;
  /** Compare-and-set on the key's revision: ConflictError when it moved. */
  update(key: string, value: Uint8Array, revision: number): Promise<number>;
  /** Unconditional write. */
  put(key: string, value: Uint8Array): Promise<number>;
  /** Deletes a key (only at `revision` when given). Deleting an absent key is fine. */
  delete(key: string, revision?: number): Promise<void>;
  /** Live keys matching a NATS-style filter (`*` one token, `>` the rest). */
  keys(filter: string): Promise<string[]>;
}

/** True when `key` matches the NATS subject filter `filter`. */
export function matchFilter(filter: string, key: string): boolean {
  const f = filter.split('.');
  const k = key.split('.');
  for (let i = 0; i < f.length; i++) {
    if (f[i] === '>') return k.length > i;
    if (i >= k.length) return false;
    if (f[i] !== '*' && f[i] !== k[i]) return false;
  }
  return f.length === k.length;
}

/** Reads and decodes every live entry under a filter (missing ones skipped: they raced a delete). */
export async function entries<T>(
  store: Store,
  filter: string,
  decode: (b: Uint8Array) => T,
): Promise<Array<{ key: string; value: T; revision: number }>> {
  const keys = await store.keys(filter);
  const got = await Promise.all(keys.map(async (key) => ({ key, entry: await store.get(key) })));
  const out: Array<{ key: string; value: T; revision: number }> = [];
  for (const { key, entry } of got) {
    if (entry) out.push({ key, value: decode(entry.value), revision: entry.revision });
  }
  return out;
}
