// A network's address plan, one family at a time: the subnet, gateway and
// ip-range a create request gives (checked alone), then, inside the
// registry's CAS, the default subnet from the family's pool and the overlap
// check against the networks of the same family (an IPv4 and an IPv6 subnet
// never conflict). Size rules: IPv4 /30 or shorter; IPv6 /48 to /120 (the
// MAC comes from the IPv4 address, so IPv6 needs no EUI-64 room; /120 leaves
// 254 workloads, /48 is the widest a site is given).
// Must never: read or write the store (networks.ts does, through the registry).
import { AlreadyExists, InvalidArgument } from '../lib/errors.js';
import { contains6 as contains, lastAddress6 as lastAddress, overlaps6 as overlaps, within6 as within } from '../lib/ip6.js';
import { type Block, type Family, familyOf, formatAddr, formatBlock, parseAddr, parseBlock } from '../lib/ip.js';
import { printable } from '../lib/names.js';
import { firstFreeSubnet } from './ipam.js';

export interface FamilyRequest {
  subnet?: string | null;
  gateway?: string | null;
  ipRange?: string | null;
}

export interface Shape {
  family: Family;
  subnet?: Block;
  gateway?: bigint;
  ipRange?: Block;
}

/** How a family's values are named in errors. */
const NAMES = {
  4: { subnet: 'subnet', gateway: 'gateway', ipRange: 'ip-range' },
  6: { subnet: 'IPv6 subnet', gateway: 'IPv6 gateway', ipRange: 'IPv6 ip-range' },
} as const;

/** Checks the CIDRs of one family of a request that do not depend on other networks. */
export function validateShape(family: Family, req: FamilyRequest): Shape {
  const name = NAMES[family];
  const out: Shape = { family };
  if (req.subnet) {
    const s = parseBlock(req.subnet, family, name.subnet);
    if (family === 4 && s.prefix > 30) throw new InvalidArgument(`subnet ${formatBlock(s)} is too small: use a prefix of /30 or shorter`);
    if (family === 6 && (s.prefix < 48 || s.prefix > 120)) {
      throw new InvalidArgument(`IPv6 subnet ${formatBlock(s)} is too ${s.prefix < 48 ? 'large' : 'small'}: use a prefix from /48 to /120`);
    }
    out.subnet = s;
  } else if (req.gateway || req.ipRange) {
    throw new InvalidArgument(
      family === 4
        ? '--gateway and --ip-range need --subnet: give the subnet too'
        : 'an IPv6 --gateway or --ip-range needs an IPv6 --subnet: give it too',
    );
  }
  if (req.gateway) out.gateway = parseAddr(req.gateway, family, name.gateway);
  if (req.ipRange) out.ipRange = parseBlock(req.ipRange, family, name.ipRange);
  return out;
}

/** The gateway (given, or the subnet's first host address) after checking it and the ip-range against the subnet. */
export function checkGatewayAndRange(s: Block, shape: Shape): bigint {
  const name = NAMES[s.family];
  const gw = shape.gateway ?? s.base + 1n;
  const gwText = formatAddr(s.family, gw);
  if (!contains(s, gw)) {
    throw new InvalidArgument(`${name.gateway} ${gwText} is outside ${name.subnet} ${formatBlock(s)}: pick an address inside it`);
  }
  if (s.family === 4 && (gw === s.base || gw === lastAddress(s))) {
    throw new InvalidArgument(`gateway ${gwText} is the network or broadcast address of ${formatBlock(s)}: pick a host address`);
  }
  if (s.family === 6 && gw === s.base) {
    throw new InvalidArgument(`IPv6 gateway ${gwText} is the subnet-router anycast address of ${formatBlock(s)}: pick a host address`);
  }
  if (shape.ipRange && !within(shape.ipRange, s)) {
    throw new InvalidArgument(
      `${name.ipRange} ${formatBlock(shape.ipRange)} is not inside ${name.subnet} ${formatBlock(s)}: pick a range within the subnet`,
    );
  }
  return gw;
}

export interface Placed {
  subnet: string;
  gateway: string;
  ipRange: string;
}

/**
 * The family's subnet for a new network (given, or the first free block of
 * `prefix` in `pool`), refused when it overlaps one of `taken` (the subnets
 * of that family, by network name).
 */
export function placeSubnet(
  shape: Shape,
  pool: Block | undefined,
  prefix: number,
  taken: readonly { name: string; subnet: string }[],
  poolFlag: string,
): Placed {
  const used = taken.map((t) => ({ ...t, block: parseBlock(t.subnet, shape.family) }));
  const subnet =
    shape.subnet ??
    firstFreeSubnet(
      pool!,
      prefix,
      used.map((u) => u.block),
      poolFlag,
    );
  const clash = used.find((u) => overlaps(u.block, subnet));
  if (clash) {
    throw new AlreadyExists(
      `${NAMES[shape.family].subnet} ${formatBlock(subnet)} overlaps network ${clash.name} (${clash.subnet}): pick another subnet`,
    );
  }
  const gateway = checkGatewayAndRange(subnet, shape);
  return {
    subnet: formatBlock(subnet),
    gateway: formatAddr(shape.family, gateway),
    ipRange: shape.ipRange ? formatBlock(shape.ipRange) : '',
  };
}

const AUX_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$/;

/**
 * Checks --aux-address NAME=IP entries (Docker's: addresses a network keeps
 * out of allocation, e.g. for a router already on the wire). Each must sit in
 * the explicitly given subnet of its family, be a host address and not the
 * gateway; names and addresses are unique. `gateways` holds each family's
 * gateway. Returns the entries with addresses in canonical form.
 */
export function checkAuxAddresses(
  aux: Record<string, string>,
  shapes: Partial<Record<Family, Shape>>,
  gateways: Partial<Record<Family, bigint>>,
): Record<string, string> {
  const seen = new Map<string, string>();
  const out: Record<string, string> = {};
  for (const [name, text] of Object.entries(aux)) {
    if (!AUX_NAME.test(name)) {
      throw new InvalidArgument(`invalid --aux-address name "${printable(name)}": use up to 63 characters [A-Za-z0-9_.-]`);
    }
    const family = familyOf(text);
    if (family === undefined || text.includes('/')) {
      throw new InvalidArgument(`invalid --aux-address ${name}="${printable(text)}": give NAME=IP with an IPv4 or IPv6 address`);
    }
    const s = shapes[family]?.subnet;
    if (!s) {
      throw new InvalidArgument(
        `--aux-address ${name}=${text} needs the ${family === 4 ? '--subnet' : 'IPv6 --subnet (and --ipv6)'} it belongs to: give the subnet`,
      );
    }
    const ip = parseAddr(text, family, 'aux-address');
    const shown = formatAddr(family, ip);
    if (!contains(s, ip))
      throw new InvalidArgument(`--aux-address ${name}=${shown} is outside subnet ${formatBlock(s)}: pick one inside it`);
    if (ip === s.base || (family === 4 && s.prefix < 31 && ip === lastAddress(s))) {
      throw new InvalidArgument(`--aux-address ${name}=${shown} is not a host address of ${formatBlock(s)}: pick another`);
    }
    if (ip === gateways[family]) throw new InvalidArgument(`--aux-address ${name}=${shown} is the gateway: pick another address`);
    const dup = seen.get(shown);
    if (dup) throw new InvalidArgument(`--aux-address ${name} and ${dup} are both ${shown}: give each address once`);
    seen.set(shown, name);
    out[name] = shown;
  }
  return out;
}
