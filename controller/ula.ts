// The cluster's default IPv6 pool when the controller config names none: one
// RFC 4193 unique local /48, fd00::/8 plus a 40-bit random global id, chosen
// by the first controller that needs it and kept in the KV (Keys.ula6) with
// create(), so every controller of the cluster uses the same /48 and two
// clusters pick the same one with probability 2^-40. `network create --ipv6`
// without an IPv6 subnet takes the first free /64 of it (networks.ts).
// Must never: change the stored /48 once written (networks already use it).
import { randomBytes } from 'node:crypto';
import { ConflictError } from '../lib/errors.js';
import type { Block } from '../lib/ip.js';
import { formatCidr6, parseCidr6 } from '../lib/ip6.js';
import { Keys } from '../proto/index.js';
import type { Store } from './store.js';

/** A fresh RFC 4193 /48: fd, then 40 random bits, then zeros. */
export function randomUla48(bytes: Uint8Array = randomBytes(5)): string {
  let id = 0n;
  for (const b of bytes.subarray(0, 5)) id = (id << 8n) | BigInt(b);
  return formatCidr6({ base: (0xfdn << 120n) | (id << 80n), prefix: 48, size: 1n << 80n });
}

/**
 * The cluster's /48, created on first use; a controller that loses the
 * create() race takes the winner's. `check` vets the request that needs it
 * against a new /48 before one is written (it throws to write nothing).
 */
export async function clusterUla(store: Store, check: (pool: Block) => Promise<void>, fresh: () => string = randomUla48): Promise<string> {
  const have = await store.get(Keys.ula6);
  if (have) return new TextDecoder().decode(have.value);
  const mine = fresh();
  await check({ family: 6, ...parseCidr6(mine, 'cluster ULA pool') });
  try {
    await store.create(Keys.ula6, new TextEncoder().encode(mine));
    return mine;
  } catch (err) {
    if (!(err instanceof ConflictError)) throw err;
    const won = await store.get(Keys.ula6);
    if (!won) throw err;
    return new TextDecoder().decode(won.value);
  }
}
