// Pure address management for both families (lib/ip.ts Blocks): which
// addresses of a subnet may be handed out, in which order, whether a static
// address is acceptable, and which default subnet comes next from a pool.
// IPv4 keeps the network and broadcast addresses out (below /31); IPv6 keeps
// the subnet-router anycast address (the subnet's first) out and has no
// broadcast. Must never: touch the store; claims (who actually gets an
// address) live in claims.ts.
import { Exhausted, InvalidArgument } from '../lib/errors.js';
import { contains6 as contains, lastAddress6 as lastAddress, overlaps6 as overlaps } from '../lib/ip6.js';
import { type Block, type Family, familyOf, formatAddr, formatBlock, parseAddr, parseBlock } from '../lib/ip.js';

export interface Pool {
  subnet: Block;
  /** Where dynamic addresses come from (the ip-range, or the subnet). */
  range: Block;
  gateway: bigint | undefined;
  /** --aux-address: addresses kept out of allocation, by the name they were given. */
  aux?: ReadonlyMap<bigint, string>;
}

/** The pool of a network's subnet of either family (the family comes from `subnet`); `aux` may hold both families. */
export function poolOf(
  subnet: string,
  ipRange: string | null | undefined,
  gateway: string | null | undefined,
  aux: Record<string, string> = {},
): Pool {
  const family: Family = familyOf(subnet) ?? 4;
  const s = parseBlock(subnet, family);
  const reserved = new Map<bigint, string>();
  for (const [name, ip] of Object.entries(aux)) if (familyOf(ip) === family) reserved.set(parseAddr(ip, family, 'aux-address'), name);
  return {
    subnet: s,
    range: ipRange ? parseBlock(ipRange, family, 'ip-range') : s,
    gateway: gateway ? parseAddr(gateway, family, 'gateway') : undefined,
    ...(reserved.size > 0 ? { aux: reserved } : {}),
  };
}

/** True when `ip` may be given to a workload (not network, broadcast, subnet-router anycast, gateway or an aux address). */
export function assignable(p: Pool, ip: bigint): boolean {
  const s = p.subnet;
  if (!contains(s, ip)) return false;
  if (s.family === 4 && s.prefix < 31 && (ip === s.base || ip === lastAddress(s))) return false;
  if (s.family === 6 && s.prefix < 127 && ip === s.base) return false;
  return ip !== p.gateway && !p.aux?.has(ip);
}

/** Dynamic candidates, lowest first, skipping `taken`; from `from` on when given (the caller knows all below are taken). */
export function* candidates(p: Pool, taken: { has(ip: string): boolean }, from = p.range.base): Generator<string> {
  const last = lastAddress(p.range);
  let ip = from;
  if (ip < p.range.base) ip = p.range.base; // BigInt: no Math.max
  for (; ip <= last; ip++) {
    if (!assignable(p, ip)) continue;
    const text = formatAddr(p.subnet.family, ip);
    if (!taken.has(text)) yield text;
  }
}

/** The flags a static address comes from, by family: named in errors. */
const FLAG = { 4: '--ip', 6: '--ip6' } as const;

/** Validates a user-chosen address; returns it in canonical form. */
export function checkStatic(p: Pool, text: string, network: string, rangeGiven: boolean): string {
  const family = p.subnet.family;
  const ip = parseAddr(text, family, family === 4 ? 'IP address' : 'IPv6 address', FLAG[family === 4 ? 6 : 4]);
  const shown = formatAddr(family, ip);
  const sub = family === 4 ? 'subnet' : 'IPv6 subnet';
  if (!contains(p.subnet, ip)) {
    throw new InvalidArgument(`address ${shown} is outside network ${network}'s ${sub} ${formatBlock(p.subnet)}: pick one inside it`);
  }
  if (rangeGiven && !contains(p.range, ip)) {
    throw new InvalidArgument(
      `address ${shown} is outside network ${network}'s ${family === 4 ? 'ip-range' : 'IPv6 ip-range'} ${formatBlock(p.range)}: pick one inside it`,
    );
  }
  const aux = p.aux?.get(ip);
  if (aux !== undefined) {
    throw new InvalidArgument(`address ${shown} is reserved as auxiliary address ${aux} of ${network}: pick another`);
  }
  if (!assignable(p, ip)) {
    const what = family === 4 ? 'network, broadcast or gateway' : 'subnet-router anycast or gateway';
    throw new InvalidArgument(`address ${shown} is the ${what} address of ${network}: pick another`);
  }
  return shown;
}

export function exhaustedError(network: string, p: Pool): Exhausted {
  return new Exhausted(
    `no free address left in ${formatBlock(p.range)} on network ${network}: remove workloads or create a network with a larger subnet`,
  );
}

/** The longest prefix a default subnet may have, by family. */
const MAX_DEFAULT_PREFIX = { 4: 30, 6: 120 } as const;

/** The first block of `prefix` inside `pool` that overlaps none of `used` (of the pool's family). */
export function firstFreeSubnet(pool: Block, prefix: number, used: readonly Block[], poolFlag = '--default-pool'): Block {
  const max = MAX_DEFAULT_PREFIX[pool.family];
  if (prefix < pool.prefix || prefix > max) {
    throw new InvalidArgument(
      `default prefix /${prefix} does not fit pool ${formatBlock(pool)}: use a prefix between /${pool.prefix} and /${max}`,
    );
  }
  const size = 1n << BigInt((pool.family === 4 ? 32 : 128) - prefix);
  const mine = used.filter((u) => u.family === pool.family);
  for (let base = pool.base; base + size - 1n <= lastAddress(pool); ) {
    const c: Block = { family: pool.family, base, prefix, size };
    const clash = mine.find((u) => overlaps(u, c));
    if (!clash) return c;
    // Skip past the clash (a large used block would otherwise be walked one small block at a time).
    const next = lastAddress(clash) + 1n;
    base = next % size === 0n ? next : next - (next % size) + size;
  }
  throw new Exhausted(
    `the default address pool ${formatBlock(pool)} has no free /${prefix} left: give --subnet explicitly or widen ${poolFlag}`,
  );
}
