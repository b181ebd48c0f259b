// The Store over a NATS JetStream KV bucket (@nats-io/kv 3.4).
// Owns: opening/creating the bucket and mapping the server's "wrong last
// sequence" answers to ConflictError; other failures become Unavailable.
// Reads go to the stream's leader, never "direct" to any replica: a follower
// behind the leader (one catching up after a node died) answers a direct get
// with an old value or none, and the controller decides on what it reads (a
// commit whose answer was lost checks whether it landed; the orphan sweep
// frees claims whose workload it cannot find). A lost workload's claims freed
// that way were found by chaos-nats-cluster.
// Compare-and-set on a replicated bucket is confirmed: nats-server checks a
// write's expected revision on the stream leader BEFORE proposing it, against
// what it has applied, so racing writes with the same expected revision can
// all be accepted, the last applied overwriting the others
// (nats-server#4320; 2.9.10, Debian 12's, accepts 2 of 3 racing updates of
// a key in most rounds: test/nats/kv-cluster-cas.test.ts; later servers still
// lose that in-flight state at a leader change). So after an accepted create
// or update, a barrier (an unconditional write of one shared key: once it is
// stored, every write proposed before it has been applied) and a read from the leader
// tell whether this write is the one that stayed; if not, it lost
// (Superseded, a ConflictError). A single server checks under its store's lock:
// nothing to confirm.
// Must never: rely on per-key TTLs (nats-server 2.9.10 ignores them), read
// from a replica other than the leader, or retry a compare-and-set by itself.
import { JetStreamApiError } from '@nats-io/jetstream';
import { Kvm, type KV } from '@nats-io/kv';
import type { NatsConnection } from '@nats-io/transport-node';
import { ConflictError, FailedPrecondition, Superseded, Unavailable, VxnetError, errorMessage } from '../lib/errors.js';
import { BUCKET, Keys } from '../proto/index.js';
import type { Store, StoreEntry } from './store.js';

const WRONG_LAST_SEQUENCE = new Set([10071, 10164]);

const KEYS_DEADLINE_MS = 5_000;

class ListingStalled extends Error {
  override name = 'ListingStalled';
  constructor(filter: string) {
    super(`listing keys ${filter} did not finish within ${KEYS_DEADLINE_MS} ms`);
  }
}

export interface KvStoreOptions {
  bucket?: string;
  /** 1 on a single server, 3 in a cluster. */
  replicas?: number;
}

function mapError(key: string, err: unknown): Error {
  if (err instanceof VxnetError) return err;
  if ((err instanceof JetStreamApiError && WRONG_LAST_SEQUENCE.has(err.code)) || /wrong last sequence/i.test(errorMessage(err))) {
    return new ConflictError(key, { cause: err });
  }
  const why = errorMessage(err);
  // What a JetStream cluster answers for the seconds it takes to elect a new
  // leader after losing a node: say so, and that a retry will do.
  if (/jetstream is not enabled|no responders|timeout|no suitable peers|leader/i.test(why)) {
    return new Unavailable(`the state store is unavailable on ${key} (${why}): NATS may be electing a new leader; retry in a few seconds`, {
      cause: err,
    });
  }
  return new Unavailable(`the state store failed on ${key}: ${why}`, { cause: err });
}

export class KvStore implements Store {
  private nextBarrier: Promise<unknown> | undefined;

  private constructor(
    readonly kv: KV,
    /** The bucket's replica count as the server reports it. */
    readonly replicas: number,
  ) {}

  /**
   * Opens the bucket, creating it when missing. An existing bucket with fewer
   * replicas than asked for is refused: the operator asked for fault
   * tolerance and would silently not have it (a bucket made by a controller
   * started with the default 1 before the cluster grew, or a typo).
   */
  static async open(nc: NatsConnection, opts: KvStoreOptions = {}): Promise<KvStore> {
    const kvm = new Kvm(nc);
    const name = opts.bucket ?? BUCKET;
    const want = opts.replicas ?? 1;
    let kv: KV;
    try {
      kv = await kvm.create(name, { history: 1, replicas: want, allow_direct: false });
    } catch (err) {
      try {
        kv = await kvm.open(name, { allow_direct: false });
      } catch {
        throw new Unavailable(`cannot open KV bucket ${name}: ${errorMessage(err)}; is JetStream enabled on the server?`, { cause: err });
      }
    }
    const have = (await kv.status()).replicas;
    if (have < want) {
      throw new FailedPrecondition(
        `KV bucket ${name} has ${have} replica(s) but replicas is ${want}: raise it (nats stream edit KV_${name} --replicas ${want}) or set replicas to ${have}`,
      );
    }
    return new KvStore(kv, have);
  }

  async get(key: string): Promise<StoreEntry | null> {
    try {
      const e = await this.kv.get(key);
      if (e?.operation !== 'PUT') return null;
      return { value: e.value, revision: e.revision };
    } catch (err) {
      throw mapError(key, err);
    }
  }

  async create(key: string, value: Uint8Array): Promise<number> {
    let revision: number;
    try {
      revision = await this.kv.create(key, value);
    } catch (err) {
      throw mapError(key, err);
    }
    return this.confirm(key, revision);
  }

  async update(key: string, value: Uint8Array, revision: number): Promise<number> {
    let written: number;
    try {
      written = await this.kv.update(key, value, revision);
    } catch (err) {
      throw mapError(key, err);
    }
    return this.confirm(key, written);
  }

  /** An accepted CAS write that is still the key's value once racing writes are applied (see the top). */
  private async confirm(key: string, revision: number): Promise<number> {
    if (this.replicas <= 1) return revision;
    try {
      await this.barrier();
      const e = await this.kv.get(key);
      if (e?.revision === revision) return revision;
    } catch (err) {
      throw mapError(key, err);
    }
    throw new Superseded(key);
  }

  /**
   * A write proposed after this call: callers that ask before it starts share
   * it (one write for every confirmation waiting at that moment).
   */
  private barrier(): Promise<unknown> {
    this.nextBarrier ??= new Promise((r) => setImmediate(r)).then(() => {
      this.nextBarrier = undefined;
      return this.kv.put(Keys.barrier, new Uint8Array());
    });
    return this.nextBarrier;
  }

  async put(key: string, value: Uint8Array): Promise<number> {
    try {
      return await this.kv.put(key, value);
    } catch (err) {
      throw mapError(key, err);
    }
  }

  async delete(key: string, revision?: number): Promise<void> {
    try {
      await this.kv.delete(key, revision === undefined ? undefined : { previousSeq: revision });
    } catch (err) {
      throw mapError(key, err);
    }
  }

  /**
   * A key listing is an ordered consumer that ends when nothing is pending;
   * one that stalls (seen once in hundreds of runs under load) would hold a
   * request until the client gives up, so a listing gets a deadline and is
   * started again, at most twice. So is one whose consumer could not be made
   * in time (after a node died, a new consumer may be placed on it until the
   * cluster notices: the next one lands elsewhere).
   */
  async keys(filter: string): Promise<string[]> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.listKeys(filter);
      } catch (err) {
        if ((err instanceof ListingStalled || /timeout/i.test(errorMessage(err))) && attempt < 2) continue;
        throw mapError(filter, err);
      }
    }
  }

  private async listKeys(filter: string): Promise<string[]> {
    const iter = await this.kv.keys(filter);
    let stalled = false;
    const timer = setTimeout(() => {
      stalled = true;
      iter.stop();
    }, KEYS_DEADLINE_MS);
    try {
      const out: string[] = [];
      for await (const k of iter) out.push(k);
      if (stalled) throw new ListingStalled(filter);
      return out.sort();
    } finally {
      clearTimeout(timer);
    }
  }
}
