// Renders the one nftables table vxnet owns on a host (`inet vxnet`): outbound
// masquerade for bridge subnets (the gateway bridge included), isolation
// between bridges and between the gateway bridge's ports, --internal networks
// cut off, and published ports (DNAT from other hosts, from the
// host itself through any of its addresses, 127.0.0.1 included, and hairpin),
// for both families: IPv6 ports have maps of their own, IPv6 bridges NAT66
// only when asked (the gateway bridge always: its subnet is the host's own).
// [::1] cannot be DNATed (Linux routes ::1 only on lo, strictly, so replies
// never come back): loopback6Ports() tells the agent's proxy what to serve.
// Pure text. The skeleton (sets, maps, chains, rules)
// depends only on the bridges and is loaded whole with one `nft -f -`
// transaction; a hash of it is kept as the table's comment, so observing the
// table tells at once whether it is current. Published ports are elements of
// four maps (two per family), added and deleted one by one (moby #53466: the cost of publishing
// a port must not grow with the number already published).
import { createHash } from 'node:crypto';
import { Protocol, type PortMapping } from '../../proto/index.js';
import type { NftElement } from '../model/kernel-objects.js';
import type { TargetNft } from '../model/target.js';
import { byCodeUnit } from '../../lib/order.js';

const TABLE = 'vxnet';

export interface FirewallBridge {
  dev: string;
  subnet: string;
  internal: boolean;
  /** The bridge's IPv6 subnet, when it carries IPv6. */
  subnet6?: string;
  /** Outbound NAT66 from subnet6 (the agent config's ipv6Nat; always on the gateway bridge). */
  nat6?: boolean;
}

export interface FirewallSpec {
  bridges: FirewallBridge[];
  /** Published ports as the map elements portElement() makes. */
  ports: NftElement[];
  /** The gateway bridge's name (one of `bridges`), when it exists. */
  gateway?: string;
}

/** What the table should be: a skeleton that changes only with the bridges, and the published ports as map elements. */
export interface RenderedFirewall {
  table: TargetNft;
  elements: NftElement[];
}

/** Published ports bound to every local address: (l4proto, port) → (workload ip, port). */
export const MAP_ANY = 'pub_any';
/** Published ports bound to one address: (address, l4proto, port) → (workload ip, port). */
export const MAP_IP = 'pub_ip';
/** The same two for IPv6: every local IPv6 address, and one IPv6 address. */
export const MAP_ANY6 = 'pub_any6';
export const MAP_IP6 = 'pub_ip6';

export function renderFirewall(spec: FirewallSpec): RenderedFirewall | undefined {
  if (spec.bridges.length === 0) return undefined;
  const bridges = [...spec.bridges].sort((a, b) => byCodeUnit(a.dev, b.dev));
  const open = bridges.filter((b) => !b.internal);
  const body: string[] = [];

  // Named set and maps: their contents change by element, never by rewriting rules.
  body.push('  set bridges {', '    type ifname', `    elements = { ${bridges.map((b) => `"${b.dev}"`).join(', ')} }`, '  }');
  body.push(`  map ${MAP_ANY} {`, '    type inet_proto . inet_service : ipv4_addr . inet_service', '  }');
  body.push(`  map ${MAP_IP} {`, '    type ipv4_addr . inet_proto . inet_service : ipv4_addr . inet_service', '  }');
  body.push(`  map ${MAP_ANY6} {`, '    type inet_proto . inet_service : ipv6_addr . inet_service', '  }');
  body.push(`  map ${MAP_IP6} {`, '    type ipv6_addr . inet_proto . inet_service : ipv6_addr . inet_service', '  }');

  let rules = 0;
  const chain = (name: string, header: string | undefined, lines: string[]) => {
    body.push(`  chain ${name} {`, ...(header ? [`    ${header}`] : []), ...lines.map((l) => `    ${l}`), '  }');
    rules += lines.length;
  };
  // route_localnet is on for the bridges (published ports from 127.0.0.1):
  // loopback destinations are only ever valid from lo, never from a workload or another host.
  chain('raw_prerouting', 'type filter hook prerouting priority raw; policy accept;', ['iifname != "lo" ip daddr 127.0.0.0/8 drop']);
  const forward = ['ct state established,related accept'];
  for (const b of bridges.filter((x) => x.internal)) {
    forward.push(`iifname "${b.dev}" oifname != "${b.dev}" drop`, `oifname "${b.dev}" iifname != "${b.dev}" drop`);
  }
  // A published port is open to every other host: workloads of other bridges may reach it too.
  forward.push('ct status dnat accept');
  // The gateway bridge joins workloads of unrelated overlays: they must not reach each other through it.
  if (spec.gateway) forward.push(`iifname "${spec.gateway}" oifname "${spec.gateway}" drop`);
  for (const b of open) {
    // Different bridge networks cannot reach each other (Docker's isolation).
    forward.push(`iifname "${b.dev}" oifname @bridges oifname != "${b.dev}" drop`);
  }
  chain('forward', 'type filter hook forward priority filter; policy accept;', forward);
  // A lookup that misses matches nothing, so unpublished traffic passes untouched.
  chain('published', undefined, [
    `meta nfproto ipv4 dnat ip to ip daddr . meta l4proto . th dport map @${MAP_IP}`,
    `meta nfproto ipv4 fib daddr type local dnat ip to meta l4proto . th dport map @${MAP_ANY}`,
    `meta nfproto ipv6 dnat ip6 to ip6 daddr . meta l4proto . th dport map @${MAP_IP6}`,
    `meta nfproto ipv6 fib daddr type local dnat ip6 to meta l4proto . th dport map @${MAP_ANY6}`,
  ]);
  chain('prerouting', 'type nat hook prerouting priority dstnat; policy accept;', ['jump published']);
  // Connections from the host itself to its own published ports, 127.0.0.1 included;
  // [::1] is left to the agent's proxy (a DNAT from it would never see a reply).
  chain('output', 'type nat hook output priority -100; policy accept;', ['ip6 daddr ::1 return', 'fib daddr type local jump published']);
  // From 127.0.0.1 to a published port: the workload must see (and answer) an address of the bridge.
  const post: string[] = ['ip saddr 127.0.0.0/8 ct status dnat masquerade'];
  for (const b of open) {
    post.push(`ip saddr ${b.subnet} oifname != "${b.dev}" masquerade`);
    // Hairpin: a workload reaching a published port of its own bridge must see replies come back through the host.
    post.push(`ip saddr ${b.subnet} oifname "${b.dev}" ct status dnat masquerade`);
    if (!b.subnet6) continue;
    if (b.nat6) post.push(`ip6 saddr ${b.subnet6} oifname != "${b.dev}" masquerade`);
    post.push(`ip6 saddr ${b.subnet6} oifname "${b.dev}" ct status dnat masquerade`);
  }
  chain('postrouting', 'type nat hook postrouting priority srcnat; policy accept;', post);

  const text = body.join('\n');
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 16);
  return {
    table: { script: `table inet ${TABLE} {\n  comment "vxnet:${hash}"\n${text}\n}\n`, hash, rules },
    elements: uniqueElements(spec.ports),
  };
}

/**
 * Sysctls the table relies on: forwarding, and route_localnet (published
 * ports from 127.0.0.1) when there is an open bridge. Set as `all` (the kernel
 * ORs it with each device's value) because only OBSERVED_SYSCTLS are read back
 * and repaired in the agent's namespace; the raw_prerouting drop keeps 127/8
 * from arriving on any interface but lo. IPv6 forwarding when a bridge
 * carries IPv6 (as Docker does; the host then ignores router advertisements
 * unless accept_ra=2).
 */
export function firewallSysctls(spec: FirewallSpec): { key: string; value: string }[] {
  const out = [{ key: 'net.ipv4.ip_forward', value: '1' }];
  if (spec.bridges.some((b) => !b.internal)) out.push({ key: 'net.ipv4.conf.all.route_localnet', value: '1' });
  if (spec.bridges.some((b) => b.subnet6)) out.push({ key: 'net.ipv6.conf.all.forwarding', value: '1' });
  return out;
}

/**
 * The map elements of a published port (the wire's PortMapping) leading to
 * the workload's `target4` and, when it has IPv6 there, `target6`. No host
 * address publishes on both families (Docker's -p 8080:80), 0.0.0.0 on every
 * IPv4 address only, :: on every IPv6 one only; an IPv6 host address without
 * a target6 (the controller refuses it) publishes nothing.
 */
export function portElements(p: PortMapping, target4: string, target6?: string): NftElement[] {
  const proto = p.protocol === Protocol.UDP ? 'udp' : 'tcp';
  const host = p.hostIp ?? '';
  const any4 = { map: MAP_ANY, key: `${proto} . ${p.hostPort}`, value: `${target4} . ${p.containerPort}` };
  const any6 = target6 && { map: MAP_ANY6, key: `${proto} . ${p.hostPort}`, value: `${target6} . ${p.containerPort}` };
  if (host === '') return any6 ? [any4, any6] : [any4];
  if (host === '0.0.0.0') return [any4];
  if (!host.includes(':')) return [{ map: MAP_IP, key: `${host} . ${proto} . ${p.hostPort}`, value: any4.value }];
  if (!any6) return [];
  return host === '::' ? [any6] : [{ map: MAP_IP6, key: `${host} . ${proto} . ${p.hostPort}`, value: any6.value }];
}

/** A port the agent serves on [::1] itself (the kernel cannot DNAT IPv6 loopback). */
export interface Loopback6Port {
  protocol: 'tcp' | 'udp';
  port: number;
  /** The workload's IPv6 address and port. */
  target: string;
  targetPort: number;
}

/** The [::1] side of the IPv6 published ports among `elements`: every-address ones and ::1-bound ones. */
export function loopback6Ports(elements: readonly NftElement[]): Loopback6Port[] {
  const out: Loopback6Port[] = [];
  for (const e of elements) {
    if (e.map !== MAP_ANY6 && !(e.map === MAP_IP6 && e.key.startsWith('::1 . '))) continue;
    const [proto, port] = e.key.split(' . ').slice(-2);
    const [target, targetPort] = e.value.split(' . ');
    out.push({ protocol: proto === 'udp' ? 'udp' : 'tcp', port: Number(port), target: target!, targetPort: Number(targetPort) });
  }
  return out;
}

/** A key given twice keeps its first mapping (claims make that impossible). */
function uniqueElements(elements: readonly NftElement[]): NftElement[] {
  const seen = new Map<string, Set<string>>();
  return elements.filter((e) => {
    const keys = ofMap(seen, e.map, () => new Set<string>());
    if (keys.has(e.key)) return false;
    keys.add(e.key);
    return true;
  });
}

/**
 * The element changes that turn `have` into `want`: a changed value is a
 * delete and an add of the same key (one transaction applies both).
 */
export function diffElements(want: readonly NftElement[], have: readonly NftElement[]): { add: NftElement[]; del: NftElement[] } {
  // Each list names a key once, so a common prefix (the usual case: ports
  // published in the same order as before, new ones at the end) holds nothing
  // to change, and only the tails are compared by key: a pass costs little
  // more than one string comparison per published port.
  let i = 0;
  while (i < want.length && i < have.length && sameElement(want[i]!, have[i]!)) i++;
  const haveByKey = new Map<string, Map<string, NftElement>>();
  for (let k = i; k < have.length; k++) {
    const h = have[k]!;
    ofMap(haveByKey, h.map, () => new Map<string, NftElement>()).set(h.key, h);
  }
  const add: NftElement[] = [];
  const del: NftElement[] = [];
  for (let k = i; k < want.length; k++) {
    const e = want[k]!;
    const keys = haveByKey.get(e.map);
    const h = keys?.get(e.key);
    if (h) keys!.delete(e.key);
    if (h && h.value === e.value) continue;
    if (h) del.push(h);
    add.push(e);
  }
  for (const keys of haveByKey.values()) del.push(...keys.values());
  return { add, del };
}

/** The per-map part of an index by map then key (made on first use): no string key built per element. */
function ofMap<T>(index: Map<string, T>, map: string, make: () => T): T {
  let part = index.get(map);
  if (part === undefined) {
    part = make();
    index.set(map, part);
  }
  return part;
}

const sameElement = (a: NftElement, b: NftElement) => a.key === b.key && a.value === b.value && a.map === b.map;
