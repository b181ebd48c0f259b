// Claims: exactly-one-winner ownership of addresses, host ports and workload
// names, each a KV key written with create(). Owns: the per-controller cache of
// taken addresses (so concurrent requests pick different candidates instead of
// colliding), refreshed from the store when stale or when the range looks full.
// Must never: hand out an address without a successful create(); the cache only
// picks candidates, the store decides.
import { AlreadyExists, ConflictError, Exhausted, Unavailable } from '../lib/errors.js';
import { familyOf, parseAddr, type Family } from '../lib/ip.js';
import { codecs, ipOfClaimKey, Keys, type Workload } from '../proto/index.js';
import type { PortRange } from './config.js';
import { candidates, exhaustedError, type Pool } from './ipam.js';
import type { Store } from './store.js';

const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);

interface Cache {
  taken: Set<string>;
  pending: Set<string>;
  /** Every address (of the cache's family) below this one is taken or pending: the next search starts here, not at the subnet's base. */
  floor: bigint;
  /** When a create last lost to another controller. */
  conflictAt: number;
  /** Where contended claims continue from (see claim()). */
  lane?: bigint | undefined;
  loadedAt: number;
  loading?: Promise<void>;
}

/** One cache per network and family: each family has its own floor and lane (the taken set holds both, harmlessly). */
const cacheKey = (networkId: string, family: Family) => `${networkId}/${family}`;

/** A random offset below `size` (precision beyond 2^53 does not matter for a starting point). */
const randomBelow = (size: bigint) => {
  const r = BigInt(Math.floor(Math.random() * Number(size)));
  return r < size ? r : size - 1n;
};

/** An address this attempt claimed, and the revision its create wrote (an undo deletes only that revision). */
export interface Claimed {
  ip: string;
  revision: number;
}

export class AddressClaims {
  private readonly caches = new Map<string, Cache>();

  constructor(
    private readonly store: Store,
    private readonly staleMs = 5000,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Claims the lowest free address of the pool for `owner`. While other
   * controllers claim on the same network (a create lost in the last second),
   * this one claims upwards from a random point of the range instead (its
   * lane, kept until it runs into someone else's claims): from the lowest
   * address they would all try the same candidates, which this controller's
   * cache cannot know are taken, and pay a failed create for each.
   */
  async claim(networkId: string, network: string, pool: Pool, owner: string): Promise<Claimed> {
    const family = pool.subnet.family;
    for (let pass = 0; pass < 2; pass++) {
      const cache = await this.cache(networkId, family, pass === 1);
      for (;;) {
        const busy = { has: (a: string) => cache.taken.has(a) || cache.pending.has(a) };
        const contended = this.now() - cache.conflictAt < 1000;
        if (!contended) cache.lane = undefined;
        else cache.lane ??= pool.range.base + randomBelow(pool.range.size);
        let next = cache.lane === undefined ? undefined : candidates(pool, busy, cache.lane).next().value;
        if (next === undefined) {
          const low = candidates(pool, busy, cache.floor).next();
          if (low.done) break;
          cache.floor = parseAddr(low.value, family);
          next = low.value;
        }
        if (cache.lane !== undefined) cache.lane = parseAddr(next, family);
        const revision = await this.tryClaim(cache, networkId, next, owner);
        if (revision !== undefined) return { ip: next, revision };
        cache.lane = undefined;
        cache.conflictAt = this.now();
      }
    }
    throw exhaustedError(network, pool);
  }

  /** Claims one chosen address; ALREADY_EXISTS names the workload holding it. */
  async claimStatic(networkId: string, network: string, ip: string, owner: string): Promise<Claimed> {
    const cache = await this.cache(networkId, familyOf(ip) ?? 4, false);
    const revision = await this.tryClaim(cache, networkId, ip, owner);
    if (revision !== undefined) return { ip, revision };
    const holder = await this.store.get(Keys.ipClaim(networkId, ip));
    throw new AlreadyExists(
      `address ${ip} on network ${network} is already in use${holder ? ` by ${dec(holder.value)}` : ''}: pick another or leave ${familyOf(ip) === 6 ? '--ip6' : '--ip'} out`,
    );
  }

  /**
   * Frees an address. Given the revision its claim was created at (an undo),
   * only that claim: a delete asked again after its answer was lost must not
   * remove the claim another attempt made since.
   */
  async release(networkId: string, ip: string, revision?: number): Promise<void> {
    if (!(await deleteClaim(this.store, Keys.ipClaim(networkId, ip), revision))) return;
    const family = familyOf(ip) ?? 4;
    for (const f of [4, 6] as const) this.caches.get(cacheKey(networkId, f))?.taken.delete(ip);
    this.lower(this.caches.get(cacheKey(networkId, family)), ip, family);
  }

  /** The floor goes back down to an address known free again. */
  private lower(cache: Cache | undefined, ip: string, family: Family): void {
    if (!cache) return;
    const n = parseAddr(ip, family);
    if (n < cache.floor) cache.floor = n;
  }

  /** The revision of the claim made, or undefined when someone holds the address. */
  private async tryClaim(cache: Cache, networkId: string, ip: string, owner: string): Promise<number | undefined> {
    cache.pending.add(ip);
    try {
      const revision = await this.store.create(Keys.ipClaim(networkId, ip), enc(owner));
      cache.taken.add(ip);
      return revision;
    } catch (err) {
      if (!(err instanceof ConflictError)) {
        this.lower(cache, ip, familyOf(ip) ?? 4); // still free as far as we know
        throw err;
      }
      cache.taken.add(ip);
      return undefined;
    } finally {
      cache.pending.delete(ip);
    }
  }

  private async cache(networkId: string, family: Family, force: boolean): Promise<Cache> {
    let c = this.caches.get(cacheKey(networkId, family));
    if (!c) {
      c = { taken: new Set(), pending: new Set(), floor: 0n, conflictAt: -Infinity, loadedAt: -Infinity };
      this.caches.set(cacheKey(networkId, family), c);
    }
    if (force || this.now() - c.loadedAt > this.staleMs) {
      const cache = c;
      cache.loading ??= (async () => {
        try {
          const keys = await this.store.keys(Keys.ipClaimsOf(networkId));
          cache.taken = new Set(keys.map((k) => ipOfClaimKey(k).ip));
          cache.floor = 0n;
          cache.loadedAt = this.now();
        } finally {
          cache.loading = undefined;
        }
      })();
      await cache.loading;
    }
    return c;
  }
}

export class PortClaims {
  constructor(private readonly store: Store) {}

  /** Claims one host port; returns the revision of the claim. */
  async claim(host: string, protocol: string, port: number, owner: string): Promise<number> {
    try {
      return await this.store.create(Keys.portClaim(host, protocol, port), enc(owner));
    } catch (err) {
      if (!(err instanceof ConflictError)) throw err;
      const holder = await this.store.get(Keys.portClaim(host, protocol, port));
      throw new AlreadyExists(
        `host port ${port}/${protocol} on ${host} is already published by ${holder ? dec(holder.value) : 'another workload'}: pick another host port`,
      );
    }
  }

  /** Claims a free port in [from, to], chosen at random among those not taken. */
  async claimAny(host: string, protocol: string, range: PortRange, owner: string): Promise<{ port: number; revision: number }> {
    const prefix = `port.${host}.${protocol}.`;
    const taken = new Set(
      (await this.store.keys(Keys.portClaimsOf(host))).filter((k) => k.startsWith(prefix)).map((k) => Number(k.slice(prefix.length))),
    );
    for (let attempt = 0; attempt < 64; attempt++) {
      const size = range.to - range.from + 1;
      if (taken.size >= size && [...Array(size).keys()].every((i) => taken.has(range.from + i))) break;
      let port = range.from + Math.floor(Math.random() * size);
      while (taken.has(port)) port = port === range.to ? range.from : port + 1;
      try {
        return { port, revision: await this.store.create(Keys.portClaim(host, protocol, port), enc(owner)) };
      } catch (err) {
        if (!(err instanceof ConflictError)) throw err;
        taken.add(port);
      }
    }
    throw new Exhausted(
      `no free host port left in ${range.from}-${range.to}/${protocol} on ${host}: unpublish ports or widen --port-range`,
    );
  }

  /** Frees a host port; given a revision (an undo), only the claim made at it (see AddressClaims.release). */
  async release(host: string, protocol: string, port: number, revision?: number): Promise<void> {
    await deleteClaim(this.store, Keys.portClaim(host, protocol, port), revision);
  }
}

/**
 * Deletes `key`, or with `revision` only while it still holds what was
 * written at that revision: false when it holds something newer (another
 * attempt's claim, or this delete's own earlier landing).
 */
export async function deleteClaim(store: Store, key: string, revision?: number): Promise<boolean> {
  try {
    await store.delete(key, revision);
    return true;
  } catch (err) {
    if (revision !== undefined && err instanceof ConflictError) return false;
    throw err;
  }
}

/**
 * A name claim's value: the host, the client's request id ("-" when it gave
 * none) and this attempt's own id, space separated. The request id tells a
 * client's retry from someone else's run; the attempt id lets an undo remove
 * the claim only if this attempt made it.
 */
export interface NameClaim {
  host: string;
  request: string;
  attempt: string;
}

export function parseNameClaim(value: Uint8Array): NameClaim {
  const [host = '', request = '-', attempt = ''] = dec(value).split(' ');
  return { host, request, attempt };
}

/** A retry of a run that had succeeded: its workload is the answer. */
export class AlreadyDone extends Error {
  constructor(readonly workload: Workload) {
    super(`request already done: ${workload.name}`);
  }
}

/**
 * Claims a workload name for one attempt. Taken by a workload: ALREADY_EXISTS,
 * or AlreadyDone when that workload came from the same client request (its
 * retry). Claimed with no workload behind it: the same request's earlier
 * attempt is UNAVAILABLE (retry: it is finishing or being undone), anyone
 * else's is in use by a run in flight.
 */
export async function claimName(store: Store, name: string, claim: NameClaim): Promise<void> {
  try {
    await store.create(Keys.workloadName(name), enc(`${claim.host} ${claim.request || '-'} ${claim.attempt}`));
    return;
  } catch (err) {
    if (!(err instanceof ConflictError)) throw err;
  }
  const e = await store.get(Keys.workloadName(name));
  if (!e) throw new Unavailable(`the name ${name} was being released as this run claimed it: retry`);
  const holder = parseNameClaim(e.value);
  const w = await store.get(Keys.workload(holder.host, name));
  const same = claim.request !== '-' && claim.request !== '' && holder.request === claim.request;
  if (w && same) throw new AlreadyDone(codecs.workload.decode(w.value));
  if (same) {
    throw new Unavailable(
      `an earlier attempt of this run still holds the name ${name} (it is finishing or being undone): retry in a few seconds`,
    );
  }
  throw new AlreadyExists(
    `the name ${name} is already in use by a workload${w ? '' : ' being created'}: remove it (\`vxnet rm ${name}\`) or pick another name`,
  );
}

/** Undo of claimName: deletes the claim only if this attempt made it (safe when the create's answer was lost). */
export async function releaseName(store: Store, name: string, attempt: string): Promise<void> {
  const e = await store.get(Keys.workloadName(name));
  if (e && parseNameClaim(e.value).attempt === attempt) await store.delete(Keys.workloadName(name), e.revision);
}

/** The host a workload name is claimed on, or undefined. */
export async function hostOfName(store: Store, name: string): Promise<string | undefined> {
  const e = await store.get(Keys.workloadName(name));
  return e ? parseNameClaim(e.value).host : undefined;
}
