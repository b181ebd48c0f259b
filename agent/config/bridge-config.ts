// Validates the default bridge's settings (Docker's daemon.json bip,
// fixed-cidr, mtu, default-gateway, dns, fixed-cidr-v6) and the gateway bridge's (overlay
// workloads' way out) from flags or the config file.
import { InvalidArgument } from '../../lib/errors.js';
import type { BridgeSettings, GatewayBridgeSettings } from '../model/desired.js';
import { inSubnet, isIpv4 as isIPv4, subnetOf } from '../../lib/ipv4.js';
import { formatCidr6, formatIp6, overlaps6, parseCidr6, tryParseIp6 } from '../../lib/ip6.js';
import { printable } from '../../lib/names.js';

const DEFAULT_BIP = '172.19.0.1/16';
/** Docker's docker_gwbridge usually gets 172.18.0.0/16; beside the default bridge's 172.19.0.0/16, not inside it. */
export const DEFAULT_GATEWAY_BIP = '172.18.0.1/16';

interface RawBridge {
  bip?: string | undefined;
  fixedCidr?: string | undefined;
  mtu?: string | number | undefined;
  defaultGateway?: string | undefined;
  dns?: string[] | undefined;
  fixedCidrV6?: string | undefined;
}

function cidr(what: string, value: string): string {
  const [ip, len] = value.split('/');
  const n = Number(len);
  if (!ip || !isIPv4(ip) || len === undefined || !Number.isInteger(n) || n < 8 || n > 30) {
    throw new InvalidArgument(`${what} must be an IPv4 address with a prefix length 8-30 (e.g. ${DEFAULT_BIP}), got "${value}"`);
  }
  return value;
}

/** Flags win over the file; `bip: "none"` disables the default bridge. */
export function parseBridgeSettings(flags: RawBridge, fromFile: unknown): BridgeSettings | undefined {
  const file = (typeof fromFile === 'object' && fromFile ? fromFile : {}) as RawBridge;
  const bipText = flags.bip ?? file.bip ?? DEFAULT_BIP;
  if (bipText === 'none') return undefined;
  const bip = cidr('bip', bipText);
  const out: BridgeSettings = { bip };
  const fixed = flags.fixedCidr ?? file.fixedCidr;
  if (fixed) {
    cidr('fixed-cidr', fixed);
    if (!inSubnet(fixed.split('/')[0]!, bip) || Number(fixed.split('/')[1]) < Number(bip.split('/')[1])) {
      throw new InvalidArgument(`fixed-cidr ${fixed} must lie inside the bridge subnet ${subnetOf(bip)}`);
    }
    out.fixedCidr = subnetOf(fixed);
  }
  const mtuRaw = flags.mtu ?? file.mtu;
  if (mtuRaw !== undefined) {
    const mtu = Number(mtuRaw);
    if (!Number.isInteger(mtu) || mtu < 576 || mtu > 65535) throw new InvalidArgument(`mtu must be an integer 576-65535, got "${mtuRaw}"`);
    out.mtu = mtu;
  }
  const gw = flags.defaultGateway ?? file.defaultGateway;
  if (gw) {
    if (!isIPv4(gw) || !inSubnet(gw, bip))
      throw new InvalidArgument(`default-gateway must be an IPv4 address inside ${subnetOf(bip)}, got "${gw}"`);
    out.defaultGateway = gw;
  }
  const dns = flags.dns ?? file.dns;
  if (dns?.length) {
    for (const d of dns) if (!isIPv4(d)) throw new InvalidArgument(`dns must be IPv4 addresses, got "${d}"`);
    out.dns = [...dns];
  }
  const v6 = flags.fixedCidrV6 ?? file.fixedCidrV6;
  if (v6) {
    const c = parseCidr6(v6, 'fixed-cidr-v6');
    if (c.prefix < 48 || c.prefix > 120)
      throw new InvalidArgument(`fixed-cidr-v6 must have a prefix length 48-120 (e.g. fd00:19::/64), got "${v6}"`);
    out.fixedCidrV6 = formatCidr6(c);
  }
  return out;
}

/**
 * Flags win over the file (`gatewayBridge: { bip, bip6, mtu }`); `bip: "none"`
 * disables overlay workloads' way out; bip6 (the bridge's IPv6 address and
 * prefix, e.g. fd00:18::1/64) gives it IPv6 for workloads on IPv6 overlays.
 */
export function parseGatewayBridge(
  flags: { bip?: string | undefined; bip6?: string | undefined },
  fromFile: unknown,
  bridge: BridgeSettings | undefined,
): GatewayBridgeSettings | undefined {
  const file = (typeof fromFile === 'object' && fromFile ? fromFile : {}) as { bip?: string; bip6?: string; mtu?: string | number };
  const bipText = flags.bip ?? file.bip ?? DEFAULT_GATEWAY_BIP;
  if (bipText === 'none') return undefined;
  const bip = cidr('gateway-bip', bipText);
  if (bridge) {
    const [a, b] = [subnetOf(bip), subnetOf(bridge.bip)];
    const shorter = Number(a.split('/')[1]) < Number(b.split('/')[1]) ? a : b;
    if (inSubnet(a.split('/')[0]!, shorter) && inSubnet(b.split('/')[0]!, shorter)) {
      throw new InvalidArgument(`gateway-bip ${bip} overlaps the default bridge subnet ${b}: give the gateway bridge a subnet of its own`);
    }
  }
  const out: GatewayBridgeSettings = { bip };
  const bip6 = flags.bip6 ?? file.bip6;
  if (bip6) out.bip6 = gatewayBip6(bip6, bridge);
  if (file.mtu !== undefined) {
    const mtu = Number(file.mtu);
    if (!Number.isInteger(mtu) || mtu < 576 || mtu > 65535)
      throw new InvalidArgument(`gatewayBridge.mtu must be an integer 576-65535, got "${file.mtu}"`);
    out.mtu = mtu;
  }
  return out;
}

/** The gateway bridge's IPv6 address/prefix: prefix 64-120, not its subnet's first address, apart from fixed-cidr-v6. */
function gatewayBip6(text: string, bridge: BridgeSettings | undefined): string {
  const [addr = '', len = ''] = text.split('/');
  const ip = tryParseIp6(addr);
  const prefix = Number(len);
  if (ip === undefined || !/^\d{1,3}$/.test(len) || prefix < 64 || prefix > 120) {
    throw new InvalidArgument(
      `gateway-bip6 must be an IPv6 address with a prefix length 64-120 (e.g. fd00:18::1/64), got "${printable(text)}"`,
    );
  }
  const size = 1n << BigInt(128 - prefix);
  const subnet = { base: ip - (ip % size), prefix, size };
  if (ip === subnet.base)
    throw new InvalidArgument(`gateway-bip6 ${printable(text)} is its subnet's own address: use ${formatIp6(ip + 1n)}/${prefix}`);
  if (bridge?.fixedCidrV6 && overlaps6(subnet, parseCidr6(bridge.fixedCidrV6))) {
    throw new InvalidArgument(
      `gateway-bip6 ${printable(text)} overlaps fixed-cidr-v6 ${bridge.fixedCidrV6}: give the gateway bridge a subnet of its own`,
    );
  }
  return `${formatIp6(ip)}/${prefix}`;
}
