// The data behind FakeKernel: namespaces and their contents, veth pairings,
// nft tables and sysctls, with the cascades Linux performs (a deleted
// namespace destroys its virtual links and their veth peers elsewhere; a
// deleted link takes its peer, its addresses, routes, FDB and neighbour
// entries with it; a deleted bridge releases its ports). Several names may
// stand for one namespace (a runtime's sandbox bound once per endpoint):
// they share one contents object, and unbinding one name leaves the others.
// Must never decide whether an op is allowed: fake.ts does.
import {
  HOST_NS,
  type NftTable,
  type NsName,
  type ObservedLink,
  type ObservedNamespace,
  type RouteEntry,
} from '../model/kernel-objects.js';
import { isV6 } from '../../lib/ifaddr.js';

/**
 * Deleting a namespace from this map (also by hand, through mutate()) does
 * what Linux does: its virtual links die and so do their veth peers elsewhere.
 */
class NamespaceMap extends Map<NsName, ObservedNamespace> {
  constructor(private readonly beforeDelete: (ns: NsName) => void) {
    super();
  }
  override delete(ns: NsName): boolean {
    if (!this.has(ns)) return false;
    this.beforeDelete(ns);
    return super.delete(ns);
  }
}

/** Identities of namespaces the model made: unique across models, as a prediction's ids feed the next model. */
let serial = 0;

export class FakeSpace {
  readonly namespaces: Map<NsName, ObservedNamespace> = new NamespaceMap((ns) => this.dropContents(ns));
  readonly nft = new Map<NsName, NftTable>();
  readonly sysctl = new Map<NsName, Map<string, string>>();
  /** The namespace behind each name (ObservedState.ids); names with one id share their contents. */
  readonly ids = new Map<NsName, string>();
  /** veth end → its peer, both directions, by the namespace object (so any of its names finds it). */
  private readonly peers = new WeakMap<ObservedNamespace, Map<string, { c: ObservedNamespace; name: string }>>();
  /** What each bound name is a binding of (netns-attach). */
  private readonly paths = new Map<NsName, string>();
  private macs = 0;

  constructor(hostLinks: readonly ObservedLink[]) {
    this.namespaces.set(HOST_NS, { links: hostLinks.map(cloneLink), routes: [], fdb: [], neigh: [] });
    // Linux's defaults in a namespace nobody configured.
    this.sysctl.set(
      HOST_NS,
      new Map([
        ['net.ipv4.ip_forward', '0'],
        ['net.ipv4.conf.all.route_localnet', '0'],
      ]),
    );
  }

  nextMac(): string {
    this.macs++;
    return `02:fa:00:00:${((this.macs >> 8) & 0xff).toString(16).padStart(2, '0')}:${(this.macs & 0xff).toString(16).padStart(2, '0')}`;
  }

  allLinks(): ObservedLink[] {
    return [...this.namespaces.values()].flatMap((c) => c.links);
  }

  addNamespace(ns: NsName): void {
    // A new namespace holds only lo, down and without addresses.
    this.namespaces.set(ns, {
      links: [{ name: 'lo', kind: 'loopback', mtu: 65536, mac: '00:00:00:00:00:00', up: false, addresses: [] }],
      routes: [],
      fdb: [],
      neigh: [],
    });
    this.ids.set(ns, `fake:${++serial}`);
  }

  /** Binds `path` under `ns`: the namespace another name already binds from `path`, else one the model does not know yet. */
  attachNamespace(ns: NsName, path: string): void {
    const other = [...this.paths].find(([n, p]) => p === path && this.namespaces.has(n))?.[0];
    if (other === undefined) this.addNamespace(ns);
    else this.alias(ns, other);
    this.paths.set(ns, path);
  }

  /** `ns` becomes one more name of `other`'s namespace. */
  alias(ns: NsName, other: NsName): void {
    this.namespaces.set(ns, this.namespaces.get(other)!);
    const id = this.ids.get(other);
    if (id !== undefined) this.ids.set(ns, id);
    const sysctls = this.sysctl.get(other);
    if (sysctls) this.sysctl.set(ns, sysctls);
  }

  deleteNamespace(ns: NsName): void {
    if (ns !== HOST_NS) this.namespaces.delete(ns);
  }

  private dropContents(ns: NsName): void {
    const c = this.namespaces.get(ns);
    this.ids.delete(ns);
    this.paths.delete(ns);
    this.nft.delete(ns);
    this.sysctl.delete(ns);
    // Another name still binds it: only this name goes.
    if ([...this.namespaces].some(([n, o]) => o === c && n !== ns)) return;
    for (const link of [...(c?.links ?? [])]) this.deleteIn(c!, link.name);
  }

  pair(ns: NsName, name: string, peerNs: NsName, peerName: string): void {
    const a = this.namespaces.get(ns)!;
    const b = this.namespaces.get(peerNs)!;
    this.peersOf(a).set(name, { c: b, name: peerName });
    this.peersOf(b).set(peerName, { c: a, name });
  }

  private peersOf(c: ObservedNamespace): Map<string, { c: ObservedNamespace; name: string }> {
    const m = this.peers.get(c) ?? new Map<string, { c: ObservedNamespace; name: string }>();
    this.peers.set(c, m);
    return m;
  }

  /** Deletes a link and everything hanging on it; missing links are ignored. */
  deleteLink(ns: NsName, name: string): void {
    const c = this.namespaces.get(ns);
    if (c) this.deleteIn(c, name);
  }

  private deleteIn(c: ObservedNamespace, name: string): void {
    const link = c.links.find((l) => l.name === name);
    if (!link) return;
    c.links = c.links.filter((l) => l !== link);
    c.routes = c.routes.filter((r) => r.dev !== name);
    c.fdb = c.fdb.filter((f) => f.dev !== name);
    c.neigh = c.neigh.filter((n) => n.dev !== name);
    if (link.kind === 'bridge')
      for (const l of c.links)
        if (l.master === name) {
          delete l.master;
          delete l.isolated;
        }
    const peer = this.peers.get(c)?.get(name);
    if (peer) {
      this.peers.get(c)!.delete(name);
      this.peers.get(peer.c)?.delete(peer.name);
      this.deleteIn(peer.c, peer.name);
    }
  }
}

function cloneLink(l: ObservedLink): ObservedLink {
  return { ...l, addresses: [...l.addresses], ...(l.vxlan ? { vxlan: { ...l.vxlan } } : {}) };
}

/** Linux flushes every IPv4 route through a device when its last IPv4 address goes (fib_disable_ip); IPv6 routes stay. */
export function dropRoutesIfUnaddressed(c: ObservedNamespace, dev: string): void {
  const link = c.links.find((l) => l.name === dev);
  if (link && !link.addresses.some((a) => !isV6(a))) c.routes = c.routes.filter((r) => r.dev !== dev || isV6Route(r));
}

/** What Linux does to a device whose MTU falls below IPv6's minimum: its IPv6 addresses and routes go. */
export function dropIpv6(c: ObservedNamespace, link: ObservedLink): void {
  link.addresses = link.addresses.filter((a) => !isV6(a));
  c.routes = c.routes.filter((r) => r.dev !== link.name || !isV6Route(r));
}

const isV6Route = (r: RouteEntry) => isV6(r.dst) || isV6(r.gateway ?? '');

export function cloneNs(c: ObservedNamespace): ObservedNamespace {
  return {
    links: c.links.map(cloneLink),
    routes: c.routes.map((r) => ({ ...r })),
    fdb: c.fdb.map((f) => ({ ...f })),
    neigh: c.neigh.map((n) => ({ ...n })),
  };
}
