// Attaching a workload to one network: claim its address, derive its MAC,
// build the Attachment (for the workload's host) and the Endpoint (for every
// host on the network). Shared by `run` and `network connect`.
// The host's default bridge is a pseudo-network with id `br-<host>`: its
// addresses are claimed like any network's, but it has no Endpoint. So is the
// host's gateway bridge (`gw-<host>`), which gives overlay workloads their
// gateway path (Workload.gateway_path). On a network with IPv6 (and on a
// default bridge or gateway bridge whose host advertises bridge_subnet6 or
// gwbridge_subnet6) every attachment gets an IPv6 claim too; the MAC stays
// derived from the IPv4 address.
// Must never: leave a claim without pushing its undo.
import { InvalidArgument, FailedPrecondition } from '../lib/errors.js';
import { checkName } from '../lib/names.js';
import {
  codecs,
  DEFAULT_BRIDGE_NETWORK,
  Driver,
  GATEWAY_IFNAME,
  GATEWAY_NETWORK,
  Keys,
  networkPartOf,
  type Attachment,
  type Endpoint,
  type EndpointKind,
  type Host,
  type Network,
} from '../proto/index.js';
import { macOf, parseIp } from '../lib/ipv4.js';
import type { Ctx } from './context.js';
import { checkStatic, poolOf, type Pool } from './ipam.js';
import { networkMtu } from './networks.js';
import type { Undo } from './undo.js';
import { deleteClaim } from './claims.js';

const bridgeId = (host: string) => `br-${host}`;

/** The host's default bridge as a pseudo-network. */
export function bridgeNetwork(host: Host): Network {
  if (!host.bridgeSubnet || !host.bridgeGateway) {
    throw new FailedPrecondition(
      `host ${host.name} advertises no default bridge subnet: check the agent's bridge settings, or use a vxnet network`,
    );
  }
  return {
    name: DEFAULT_BRIDGE_NETWORK,
    id: bridgeId(host.name!),
    driver: Driver.DRIVER_UNSPECIFIED,
    vni: 0,
    subnet: host.bridgeSubnet,
    gateway: host.bridgeGateway,
    ipRange: host.bridgeIpRange ?? '',
    internal: false,
    ...(host.bridgeSubnet6 && host.bridgeGateway6 ? { ipv6: true, subnet6: host.bridgeSubnet6, gateway6: host.bridgeGateway6 } : {}),
  };
}

/** The host's gateway bridge as a pseudo-network; undefined when the host has none. */
function gatewayNetwork(host: Host): Network | undefined {
  if (!host.gwbridgeSubnet || !host.gwbridgeGateway) return undefined;
  return {
    name: GATEWAY_NETWORK,
    id: `gw-${host.name}`,
    driver: Driver.DRIVER_UNSPECIFIED,
    vni: 0,
    subnet: host.gwbridgeSubnet,
    gateway: host.gwbridgeGateway,
    ipRange: '',
    internal: false,
    ...(host.gwbridgeSubnet6 && host.gwbridgeGateway6
      ? { ipv6: true, subnet6: host.gwbridgeSubnet6, gateway6: host.gwbridgeGateway6 }
      : {}),
  };
}

/** A NETWORKS workload needs a gateway path while one of its overlays is not --internal (an --internal one has no way out). */
export function needsGatewayPath(attachments: readonly Attachment[]): boolean {
  return attachments.some((a) => a.driver === Driver.OVERLAY && !a.internal);
}

/** Claims the workload's address on its host's gateway bridge; undefined when the host has no gateway bridge. */
export async function attachGatewayPath(ctx: Ctx, undo: Undo, workload: string, host: Host): Promise<Attachment | undefined> {
  const n = gatewayNetwork(host);
  if (!n) return undefined;
  return attach(ctx, undo, { workload, host, network: n, ifname: GATEWAY_IFNAME, aliases: [] });
}

const isBridgeAttachment = (a: Attachment) => a.network === DEFAULT_BRIDGE_NETWORK && (a.networkId ?? '').startsWith('br-');

export function checkAliases(aliases: readonly string[]): string[] {
  return aliases.map((a) => checkName('alias', a));
}

export interface AttachSpec {
  workload: string;
  host: Host;
  network: Network;
  ifname: string;
  ip?: string | null;
  /** A static IPv6 address (the network must have IPv6). */
  ip6?: string | null;
  aliases: readonly string[];
  /** A MAC the runtime asked for (checked by the caller); default: derived from the address. */
  mac?: string;
  /** A lower MTU the runtime asked for; never above the network's own. */
  mtu?: number;
}

/** Who made the namespace an endpoint lives in (attached endpoints only), shown by `network inspect`. */
export interface EndpointOrigin {
  kind: EndpointKind;
  containerId: string;
}

export async function attach(ctx: Ctx, undo: Undo, spec: AttachSpec): Promise<Attachment> {
  const { network: n } = spec;
  if (n.driver === Driver.BRIDGE && n.host !== spec.host.name) {
    throw new InvalidArgument(
      `network ${n.name} is a bridge network on host ${n.host}: run the workload on ${n.host} or use an overlay network`,
    );
  }
  const pool: Pool = poolOf(n.subnet!, n.ipRange, n.gateway, n.auxAddresses ?? {});
  const pool6 = n.ipv6 && n.subnet6 ? poolOf(n.subnet6, n.ipRange6, n.gateway6, n.auxAddresses ?? {}) : undefined;
  if (spec.ip6 && !pool6) {
    throw new InvalidArgument(`network ${n.name} has no IPv6: leave --ip6 out, or use a network created with --ipv6`);
  }
  // Both static addresses are checked before anything is claimed.
  const wanted = spec.ip ? checkStatic(pool, spec.ip, n.name!, !!n.ipRange) : undefined;
  const wanted6 = spec.ip6 && pool6 ? checkStatic(pool6, spec.ip6, n.name!, !!n.ipRange6) : undefined;
  const ip = await claimOne(ctx, undo, n, pool, wanted, spec.workload);
  const ip6 = pool6 ? await claimOne(ctx, undo, n, pool6, wanted6, spec.workload) : undefined;
  return {
    // subnet6 and gateway6 when the network has IPv6, which is when pool6 (and so ip6) exists.
    ...networkPartOf(n),
    ip,
    mac: spec.mac || macOf(parseIp(ip)),
    ifname: spec.ifname,
    aliases: [...spec.aliases],
    mtu: spec.mtu ? Math.min(spec.mtu, networkMtu(n) || spec.mtu) : networkMtu(n),
    ...(ip6 ? { ip6 } : {}),
  };
}

/** Claims one address of `pool` (the static one when given) and pushes its release. */
async function claimOne(ctx: Ctx, undo: Undo, n: Network, pool: Pool, wanted: string | undefined, owner: string): Promise<string> {
  const { ip, revision } = wanted
    ? await ctx.addresses.claimStatic(n.id!, n.name!, wanted, owner)
    : await ctx.addresses.claim(n.id!, n.name!, pool, owner);
  undo.push(`release ${ip} on ${n.name}`, () => ctx.addresses.release(n.id!, ip, revision));
  return ip;
}

function endpointOf(a: Attachment, workload: string, host: Host, hostname = '', origin?: EndpointOrigin): Endpoint {
  return {
    ...(origin ? { kind: origin.kind, containerId: origin.containerId } : {}),
    network: a.network,
    networkId: a.networkId,
    workload,
    host: host.name,
    vtep: host.underlayIp,
    ip: a.ip,
    ip6: a.ip6 ?? '',
    mac: a.mac,
    aliases: a.aliases ?? [],
    hostname,
  };
}

/** Writes the Endpoint of a (non-bridge) attachment and pushes its undo. */
export async function writeEndpoint(
  ctx: Ctx,
  undo: Undo,
  a: Attachment,
  workload: string,
  host: Host,
  hostname = '',
  origin?: EndpointOrigin,
): Promise<void> {
  if (isBridgeAttachment(a)) return;
  const key = Keys.endpoint(a.network!, workload);
  const revision = await ctx.store.put(key, codecs.endpoint.encode(endpointOf(a, workload, host, hostname, origin)));
  // Only this attempt's endpoint: a later attempt of the same workload writes the same key.
  undo.push(`delete endpoint ${key}`, () => deleteClaim(ctx.store, key, revision));
}

const isGatewayPath = (a: Attachment) => a.network === GATEWAY_NETWORK && (a.networkId ?? '').startsWith('gw-');

/** Removes what an attachment holds: its endpoint, then its address claims. */
export async function detach(ctx: Ctx, a: Attachment, workload: string): Promise<void> {
  if (!isBridgeAttachment(a) && !isGatewayPath(a)) await ctx.store.delete(Keys.endpoint(a.network!, workload));
  if (a.ip) await ctx.addresses.release(a.networkId!, a.ip);
  if (a.ip6) await ctx.addresses.release(a.networkId!, a.ip6);
}

/** The lowest ethN not used by `attachments`. */
export function nextIfname(attachments: readonly Attachment[]): string {
  const used = new Set(attachments.map((a) => a.ifname));
  for (let i = 0; ; i++) if (!used.has(`eth${i}`)) return `eth${i}`;
}
