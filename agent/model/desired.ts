// DesiredState: what the cluster wants on this host, assembled from the KV
// entries the agent watches (its own workloads, and the endpoints of every
// network those workloads are on or the host holds), plus the networks held
// locally (`held`). Pure data and pure functions: the NATS side lives in
// pipeline/watch.ts.
import type { Attachment, Endpoint, Workload } from '../../proto/index.js';
import { Driver, Mode } from '../../proto/index.js';
import { formatIp6, parseCidr6, parseIp6 } from '../../lib/ip6.js';

export interface HostFacts {
  host: string;
  underlayDev: string;
  underlayIp: string;
  underlayMtu: number;
  vxlanPort: number;
  prefix: string;
  /** The default bridge (docker0's role); absent = disabled on this host. */
  bridge?: BridgeSettings;
  /** The gateway bridge (Docker's docker_gwbridge): overlay workloads' way out; absent = disabled. */
  gatewayBridge?: GatewayBridgeSettings;
  /** Outbound NAT66 for bridges' IPv6 subnets (agent config ipv6Nat). */
  ipv6Nat?: boolean;
}

/** The gateway bridge's settings from the agent's config. */
export interface GatewayBridgeSettings {
  /** Bridge address and prefix, e.g. "172.18.0.1/16"; workloads' gateway-path addresses come from its subnet. */
  bip: string;
  /** The bridge's IPv6 address and prefix ("fd00:18::1/64"); absent = the gateway path carries IPv4 only. */
  bip6?: string;
  mtu?: number;
}

/** daemon.json's bridge settings, as the agent's config gives them. */
export interface BridgeSettings {
  /** Bridge address and prefix, e.g. "172.31.0.1/16" (Docker's bip). */
  bip: string;
  /** Where workload addresses come from; default: the bip's subnet (Docker's fixed-cidr). */
  fixedCidr?: string;
  mtu?: number;
  /** The workloads' default gateway; default: the bip address (Docker's default-gateway). */
  defaultGateway?: string;
  /** Name servers written to the workloads' resolv.conf (Docker's dns). */
  dns?: string[];
  /** IPv6 on the default bridge (daemon.json's ipv6 + fixed-cidr-v6): its subnet; the bridge holds the subnet's ::1. */
  fixedCidrV6?: string;
}

/** The default bridge's IPv6 subnet and gateway, when the config turns IPv6 on there. */
export function defaultBridge6(b: BridgeSettings | undefined): { subnet6: string; gateway6: string } | undefined {
  if (!b?.fixedCidrV6) return undefined;
  const c = parseCidr6(b.fixedCidrV6, 'fixed-cidr-v6');
  return { subnet6: b.fixedCidrV6, gateway6: formatIp6(c.base + 1n) };
}

/** The gateway bridge's IPv6 subnet and own address, when the config gives it bip6. */
export function gatewayBridge6(g: GatewayBridgeSettings | undefined): { subnet6: string; gateway6: string } | undefined {
  if (!g?.bip6) return undefined;
  const [addr, len] = g.bip6.split('/') as [string, string];
  const ip = parseIp6(addr, 'gateway-bip6');
  const size = 1n << BigInt(128 - Number(len));
  return { subnet6: `${formatIp6(ip - (ip % size))}/${len}`, gateway6: addr };
}

export interface DesiredState {
  /** This host's workloads by name. */
  workloads: Map<string, Workload>;
  /** network name → workload name → endpoint, for the networks this host's workloads are on (or holds). */
  endpoints: Map<string, Map<string, Endpoint>>;
  /**
   * Overlay networks whose namespace this host keeps with no endpoint on it:
   * network name → the network's part of an attachment (proto networkPartOf).
   * Local, not from the KV: the Docker plugin holds a network while a Docker
   * network of this host's daemon uses it, as Docker's bridge driver keeps its
   * bridge from `network create` to `network rm`.
   */
  held: Map<string, Attachment>;
}

export function emptyDesired(): DesiredState {
  return { workloads: new Map(), endpoints: new Map(), held: new Map() };
}

/** Overlay networks that have at least one endpoint on this host, or that it holds: the ones whose membership to watch. */
export function localOverlayNetworks(workloads: Iterable<Workload>, held: Iterable<string> = []): Set<string> {
  const nets = new Set<string>(held);
  for (const w of workloads) {
    if (w.mode !== Mode.NETWORKS) continue;
    for (const a of w.attachments ?? []) {
      if (a.driver === Driver.OVERLAY && a.network) nets.add(a.network);
    }
  }
  return nets;
}
