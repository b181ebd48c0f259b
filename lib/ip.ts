// Addresses of either family as one shape: a Block is a CIDR as BigInt
// numbers tagged with its family, so the controller's allocator (ipam.ts)
// and claims serve IPv4 and IPv6 with one implementation. Text is parsed
// only by lib/ipv4.ts and lib/ip6.ts; this module picks which and converts.
// Must never: parse address text itself, touch the store or know networks.
import { InvalidArgument } from './errors.js';
import { formatCidr6, formatIp6, parseCidr6, parseIp6, tryParseIp6, type Cidr6 } from './ip6.js';
import { formatIp, parseCidr, parseIp, tryParseIp } from './ipv4.js';
import { printable } from './names.js';

export type Family = 4 | 6;

export interface Block extends Cidr6 {
  family: Family;
}

const familyName = (f: Family) => (f === 4 ? 'IPv4' : 'IPv6');

/** The family of an address or CIDR text; undefined when it is neither. */
export function familyOf(text: string): Family | undefined {
  const addr = text.includes('/') ? text.slice(0, text.indexOf('/')) : text;
  if (tryParseIp(addr) !== undefined) return 4;
  if (tryParseIp6(addr) !== undefined) return 6;
  return undefined;
}

function wrongFamily(text: string, family: Family, what: string, other?: string): void {
  const got = familyOf(text);
  if (got !== undefined && got !== family) {
    throw new InvalidArgument(
      `invalid ${what} "${printable(text)}": that is ${got === 4 ? 'an IPv4' : 'an IPv6'} ${text.includes('/') ? 'CIDR' : 'address'}; give ${family === 4 ? 'an IPv4' : 'an IPv6'} one${other ? ` (${familyName(got)} goes in ${other})` : ''}`,
    );
  }
}

/** An address of `family` as a number; the other family's text is refused naming `other` (the flag it belongs in). */
export function parseAddr(text: string, family: Family, what = 'address', other?: string): bigint {
  wrongFamily(text, family, what, other);
  return family === 4 ? BigInt(parseIp(text, what)) : parseIp6(text, what);
}

export function formatAddr(family: Family, n: bigint): string {
  return family === 4 ? formatIp(Number(n)) : formatIp6(n);
}

/** A CIDR of `family`; host bits must be zero. */
export function parseBlock(text: string, family: Family, what = 'subnet', other?: string): Block {
  wrongFamily(text, family, what, other);
  if (family === 6) return { family, ...parseCidr6(text, what) };
  const c = parseCidr(text, what);
  return { family, base: BigInt(c.base), prefix: c.prefix, size: BigInt(c.size) };
}

export function formatBlock(b: Block): string {
  return b.family === 4 ? `${formatIp(Number(b.base))}/${b.prefix}` : formatCidr6(b);
}
