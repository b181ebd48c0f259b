// The names the host's resolver answers from, indexed for lookups: per
// user-defined network (overlay or -d bridge) every workload on it with its
// addresses (IPv4, and IPv6 on a dual-stack network), its names (workload name, that network's --alias'es, --hostname),
// and per local workload the networks it sees (its view). Remote workloads
// come from the network's endpoints, local ones from their attachments.
// Pure data, rebuilt from the desired state after a change (lazily, on the
// next query): a rebuild is linear in the workloads and endpoints. Another
// host's workload is left out until this host can reach it (see build()).
// Askers are also known on the gateway bridge's own address (GATEWAY_PATH):
// by their gw0 address, or their address on a local -d bridge network (whose
// traffic to the host arrives from it). That is where Docker's embedded DNS
// forwards what its daemon does not know (the daemon's `dns` setting).
// Must never let a workload see a name of a network it is not attached to,
// never identify an asker by anything but (network or gateway path, source address).
import { isIP } from 'node:net';
import type { Attachment, Endpoint, Workload } from '../../../proto/index.js';
import { Driver, Mode } from '../../../proto/index.js';
import type { DesiredState } from '../../model/desired.js';
import { openGatewayPath } from '../../modes/gateway.js';
import { byCodeUnit } from '../../../lib/order.js';

/** The index key of the resolver's listener on the gateway bridge address (not a network: no names of its own). */
export const GATEWAY_PATH = '@gateway-path';

/** Names that may be answered: DNS labels, dots between them. */
const DNS_NAME = /^[a-zA-Z0-9_]([a-zA-Z0-9_.-]{0,252})$/;

interface NetworkNames {
  /** lower-case name → addresses of both families (an alias can be shared). */
  byName: Map<string, string[]>;
  /** address (either family) → the workload name (PTR). */
  byIp: Map<string, string>;
}

/** What a workload sees: the networks it is attached to. */
export interface View {
  workload: string;
  networks: readonly string[];
  /** Its own upstream servers (--dns), when it gave any. */
  dns: readonly string[];
}

export function isUserDefined(a: Attachment): boolean {
  return a.driver === Driver.OVERLAY || a.driver === Driver.BRIDGE;
}

/** Workloads on a user-defined network (overlay or -d bridge) ask the host's resolver; others the upstreams directly. */
export function hasEmbeddedDns(w: Workload): boolean {
  return w.mode === Mode.NETWORKS && (w.attachments ?? []).some(isUserDefined);
}

/** The key of a network in the index: its id when known (names can be reused), else its name. */
export function networkKey(a: { network?: string | null; networkId?: string | null }): string {
  return a.networkId || a.network || '';
}

function normalize(name: string): string {
  return name.replace(/\.$/, '').toLowerCase();
}

export class NameIndex {
  private readonly networks = new Map<string, NetworkNames>();
  /** network key → source address → the asking local workload's view. */
  private readonly askers = new Map<string, Map<string, View>>();

  /**
   * `reachable` says whether a network's endpoint may be answered yet: the
   * agent answers another host's workload only once this host's kernel has
   * its neighbour entry (else a client's first ARP goes unanswered and Linux
   * asks again a second later).
   */
  static build(state: DesiredState, reachable: (network: string, ep: Endpoint) => boolean = () => true): NameIndex {
    const ix = new NameIndex();
    const idOf = new Map<string, string>();
    for (const w of state.workloads.values()) {
      if (!hasEmbeddedDns(w)) continue;
      const networks = (w.attachments ?? []).filter(isUserDefined);
      const view: View = {
        workload: w.name!,
        networks: networks.map(networkKey),
        dns: (w.dns ?? []).filter((d) => isIP(d) === 4),
      };
      for (const a of networks) {
        idOf.set(a.network!, networkKey(a));
        if (a.ip) ix.asker(networkKey(a), a.ip, view);
        if (a.ip && a.driver === Driver.BRIDGE) ix.asker(GATEWAY_PATH, a.ip, view);
      }
      const gp = openGatewayPath(w)?.ip;
      if (gp) ix.asker(GATEWAY_PATH, gp, view);
    }
    // Remote first, local last: the local attachment is the newest truth about a local workload.
    for (const [network, eps] of state.endpoints) {
      const key = idOf.get(network);
      if (!key) continue;
      for (const ep of eps.values()) {
        if (ep.networkId && ep.networkId !== key) continue;
        if (ep.workload && ep.ip && reachable(network, ep))
          ix.add(key, [ep.ip, ep.ip6 ?? ''], [ep.workload, ...(ep.aliases ?? []), ep.hostname ?? '']);
      }
    }
    for (const w of state.workloads.values()) {
      if (w.mode !== Mode.NETWORKS) continue;
      for (const a of w.attachments ?? []) {
        if (isUserDefined(a) && a.ip) ix.add(networkKey(a), [a.ip, a.ip6 ?? ''], [w.name!, ...(a.aliases ?? []), w.hostname ?? '']);
      }
    }
    return ix;
  }

  private asker(network: string, ip: string, view: View): void {
    const m = this.askers.get(network) ?? new Map<string, View>();
    this.askers.set(network, m);
    m.set(ip, view);
  }

  /** One workload on a network: its IPv4 address first, then its IPv6 one ("" = none). */
  private add(network: string, [ip, ip6]: [string, string], names: string[]): void {
    if (isIP(ip) !== 4) return;
    const n = this.networks.get(network) ?? { byName: new Map<string, string[]>(), byIp: new Map<string, string>() };
    this.networks.set(network, n);
    const valid = [...new Set(names.filter((x) => x && DNS_NAME.test(x)).map(normalize))];
    if (valid.length === 0) return;
    for (const addr of isIP(ip6) === 6 ? [ip, ip6] : [ip]) {
      if (n.byIp.has(addr)) this.drop(n, addr);
      n.byIp.set(addr, names[0]!);
      for (const name of valid) {
        const ips = n.byName.get(name);
        if (!ips) n.byName.set(name, [addr]);
        else if (!ips.includes(addr)) ips.push(addr);
      }
    }
  }

  /** Removes every name pointing at ip (an endpoint replaced by the local attachment). */
  private drop(n: NetworkNames, ip: string): void {
    n.byIp.delete(ip);
    for (const [name, ips] of n.byName) {
      const rest = ips.filter((x) => x !== ip);
      if (rest.length === 0) n.byName.delete(name);
      else if (rest.length !== ips.length) n.byName.set(name, rest);
    }
  }

  /** The view of the local workload that sends from `ip` on network `network`; undefined = not one of ours. */
  viewOf(network: string, ip: string): View | undefined {
    return this.askers.get(network)?.get(ip);
  }

  /** Addresses of `name` in the view, both families (sorted, IPv4 first); undefined when no network of the view knows it. */
  lookup(view: View, name: string): string[] | undefined {
    const key = normalize(name);
    const out = new Set<string>();
    for (const net of view.networks) for (const ip of this.networks.get(net)?.byName.get(key) ?? []) out.add(ip);
    return out.size ? [...out].sort(compareIp) : undefined;
  }

  /** The workload name of an address in the view. */
  reverse(view: View, ip: string): string | undefined {
    for (const net of view.networks) {
      const name = this.networks.get(net)?.byIp.get(ip);
      if (name) return name;
    }
    return undefined;
  }

  /** Entries held (for the memory benchmark and logs). */
  get size(): number {
    let n = 0;
    for (const net of this.networks.values()) n += net.byIp.size;
    return n;
  }
}

function compareIp(a: string, b: string): number {
  const v6 = Number(a.includes(':')) - Number(b.includes(':'));
  if (v6 !== 0 || a.includes(':')) return v6 || byCodeUnit(a, b);
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < 4; i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return 0;
}
