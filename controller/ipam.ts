// Pure address management: which addresses of a subnet may be handed out, in
// which order, whether a static address is acceptable, and which default
// subnet comes next from the pool.
// Must never: touch the store; claims (who actually gets an address) live in claims.ts.
import { Exhausted, InvalidArgument } from '../lib/errors.js';
import { contains, formatCidr, formatIp, lastAddress, overlaps, parseCidr, parseIp, type Cidr } from '../lib/ipv4.js';

export interface Pool {
  subnet: Cidr;
  /** Where dynamic addresses come from (the ip-range, or the subnet). */
  range: Cidr;
  gateway: number | undefined;
}

export function poolOf(subnet: string, ipRange: string | null | undefined, gateway: string | null | undefined): Pool {
  const s = parseCidr(subnet);
  return {
    subnet: s,
    range: ipRange ? parseCidr(ipRange, 'ip-range') : s,
    gateway: gateway ? parseIp(gateway, 'gateway') : undefined,
  };
}

/** True when `ip` may be given to a workload (not network, broadcast or gateway). */
export function assignable(p: Pool, ip: number): boolean {
  if (!contains(p.subnet, ip)) return false;
  if (p.subnet.prefix < 31 && (ip === p.subnet.base || ip === lastAddress(p.subnet))) return false;
  return ip !== p.gateway;
}

/** Dynamic candidates, lowest first, skipping `taken`; from `from` on when given (the caller knows all below are taken). */
export function* candidates(p: Pool, taken: { has(ip: string): boolean }, from = p.range.base): Generator<string> {
  for (let ip = Math.max(from, p.range.base); ip <= lastAddress(p.range); ip++) {
    if (!assignable(p, ip)) continue;
    const text = formatIp(ip);
    if (!taken.has(text)) yield text;
  }
}

/** Validates a user-chosen address; returns it in canonical form. */
export function checkStatic(p: Pool, text: string, network: string, rangeGiven: boolean): string {
  const ip = parseIp(text, 'IP address');
  if (!contains(p.subnet, ip)) {
    throw new InvalidArgument(`address ${formatIp(ip)} is outside network ${network}'s subnet ${formatCidr(p.subnet)}: pick one inside it`);
  }
  if (rangeGiven && !contains(p.range, ip)) {
    throw new InvalidArgument(
      `address ${formatIp(ip)} is outside network ${network}'s ip-range ${formatCidr(p.range)}: pick one inside it`,
    );
  }
  if (!assignable(p, ip)) {
    throw new InvalidArgument(`address ${formatIp(ip)} is the network, broadcast or gateway address of ${network}: pick another`);
  }
  return formatIp(ip);
}

export function exhaustedError(network: string, p: Pool): Exhausted {
  return new Exhausted(
    `no free address left in ${formatCidr(p.range)} on network ${network}: remove workloads or create a network with a larger subnet`,
  );
}

/** The first block of `prefix` inside `pool` that overlaps none of `used`. */
export function firstFreeSubnet(pool: Cidr, prefix: number, used: readonly Cidr[]): Cidr {
  if (prefix < pool.prefix || prefix > 30) {
    throw new InvalidArgument(
      `default prefix /${prefix} does not fit pool ${formatCidr(pool)}: use a prefix between /${pool.prefix} and /30`,
    );
  }
  const size = 2 ** (32 - prefix);
  for (let base = pool.base; base + size - 1 <= lastAddress(pool); base += size) {
    const c: Cidr = { base, prefix, size };
    if (!used.some((u) => overlaps(u, c))) return c;
  }
  throw new Exhausted(
    `the default address pool ${formatCidr(pool)} has no free /${prefix} left: give --subnet explicitly or widen --default-pool`,
  );
}
