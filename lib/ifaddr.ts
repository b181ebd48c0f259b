// Interface addresses of either family as ip prints them ("10.77.0.2/24",
// "fd00:77::2/64": host bits allowed): their family, prefix length and which
// addresses they make on-link. What the agent and its kernel model need to
// handle IPv4 and IPv6 with one code path. IPv4 is delegated to ipv4.ts,
// IPv6 to ip6.ts. Must never: validate user input (the
// controller does, with its one-line errors), touch the store or networks.
import { ifAddrContains, prefixLength } from './ipv4.js';
import { tryParseIp6 } from './ip6.js';

/** IPv6 needs a link MTU of at least 1280 (RFC 8200 §5); below it Linux drops a device's IPv6. */
export const IPV6_MIN_MTU = 1280;

/** Whether an address or CIDR text is IPv6 (vxnet's data never holds IPv4-mapped forms). */
export const isV6 = (text: string): boolean => text.includes(':');

/** The prefix length of "addr/len" of either family. */
function prefixLen(ifAddr: string): number {
  if (!isV6(ifAddr)) return prefixLength(ifAddr);
  const m = /\/(\d{1,3})$/.exec(ifAddr);
  if (!m || Number(m[1]) > 128) throw new Error(`not an IPv6 interface address: ${ifAddr}`);
  return Number(m[1]);
}

/** "fd00:77::2" on a subnet "fd00:77::/64" → "fd00:77::2/64" (either family). */
export function withPrefix(ip: string, subnet: string): string {
  return `${ip}/${prefixLen(subnet)}`;
}

/** Whether `ip` is on-link for the interface address `ifAddr` (same family, same prefix). */
export function onLink(ifAddr: string, ip: string): boolean {
  if (isV6(ifAddr) !== isV6(ip)) return false;
  if (!isV6(ip)) return ifAddrContains(ifAddr, ip);
  const a = tryParseIp6(ifAddr.split('/')[0]!);
  const b = tryParseIp6(ip);
  if (a === undefined || b === undefined) return false;
  const host = BigInt(128 - prefixLen(ifAddr));
  return a >> host === b >> host;
}
