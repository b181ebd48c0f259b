// IPv6 addresses and CIDR blocks, beside lib/ipv4.ts: parsing user text into
// validated BigInt numbers (via ip-address) with one-line errors, the one
// canonical text form (RFC 5952: lower case, no leading zeros, the longest
// zero run as "::"), containment and overlap. IPv4 text is never parsed here.
// Must never: touch the store or know about networks.
import { Address6 } from 'ip-address';
import { InvalidArgument } from './errors.js';
import { printable } from './names.js';

export interface Cidr6 {
  /** Network address as an unsigned 128-bit number. */
  base: bigint;
  prefix: number;
  /** Number of addresses in the block. */
  size: bigint;
}

/** RFC 5952 text: equal addresses always give equal strings (claim keys depend on it). */
export function formatIp6(n: bigint): string {
  const groups = Array.from({ length: 8 }, (_, i) => Number((n >> BigInt(112 - 16 * i)) & 0xffffn));
  let best = { at: -1, len: 1 };
  for (let i = 0; i < 8; ) {
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > best.len) best = { at: i, len: j - i };
    i = j === i ? i + 1 : j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (best.at < 0) return hex.join(':');
  return `${hex.slice(0, best.at).join(':')}::${hex.slice(best.at + best.len).join(':')}`;
}

export function formatCidr6(c: Cidr6): string {
  return `${formatIp6(c.base)}/${c.prefix}`;
}

export function tryParseIp6(text: string): bigint | undefined {
  if (text.includes('/') || text.includes('%') || !Address6.isValid(text)) return undefined;
  return new Address6(text).bigInt();
}

/** A plain IPv6 address (no prefix, no zone). */
export function parseIp6(text: string, what = 'address'): bigint {
  const n = tryParseIp6(text);
  if (n === undefined) throw new InvalidArgument(`invalid ${what} "${printable(text)}": give an IPv6 address such as fd00:1::5`);
  return n;
}

/** An IPv6 CIDR block; the host bits must be zero. */
export function parseCidr6(text: string, what = 'subnet'): Cidr6 {
  const m = /^([^/]+)\/(\d{1,3})$/.exec(text);
  const ip = m ? tryParseIp6(m[1]!) : undefined;
  const prefix = Number(m?.[2]);
  if (ip === undefined || prefix > 128) {
    throw new InvalidArgument(`invalid ${what} "${printable(text)}": give an IPv6 CIDR such as fd00:1::/64`);
  }
  const size = 1n << BigInt(128 - prefix);
  const base = ip - (ip % size);
  if (base !== ip) {
    throw new InvalidArgument(`invalid ${what} "${printable(text)}": host bits are set; use ${formatIp6(base)}/${prefix}`);
  }
  return { base, prefix, size };
}

export function lastAddress6(c: Cidr6): bigint {
  return c.base + c.size - 1n;
}

export function contains6(c: Cidr6, ip: bigint): boolean {
  return ip >= c.base && ip <= lastAddress6(c);
}

export function within6(inner: Cidr6, outer: Cidr6): boolean {
  return inner.base >= outer.base && lastAddress6(inner) <= lastAddress6(outer);
}

export function overlaps6(a: Cidr6, b: Cidr6): boolean {
  return a.base <= lastAddress6(b) && b.base <= lastAddress6(a);
}
