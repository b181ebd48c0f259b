// plan = diff(target, observed): the ordered operations that make the kernel
// equal to the target. Pure: no I/O, no clock, no randomness, so a plan can
// be printed, tested and applied twice without harm.
//
// Rules it keeps (DESIGN.md): links have no `replace`, so a link whose kind
// or creation-time config differs is deleted and created again; addresses,
// routes, FDB and neighbour entries use replace verbs; a veth pair is valid
// only when both ends exist, else what is left is removed and the pair made
// anew; nothing is removed from a namespace that is being deleted anyway
// (deleting the namespace takes its veths with it, 30× cheaper).
import type { NftTable, NsName, ObservedLink, ObservedNamespace, ObservedState, Op } from '../model/kernel-objects.js';
import { HOST_NS, orderOps } from '../model/kernel-objects.js';
import type { TargetLink, TargetNamespace, TargetState } from '../model/target.js';
import { attachedOfNs, hostEndsOf, isAttachedNs, isOwnedHostLink, workloadOfNs } from '../model/naming.js';
import { diffElements } from '../modes/firewall.js';

const EMPTY: ObservedNamespace = { links: [], routes: [], fdb: [], neigh: [] };
const FLOOD_MAC = '00:00:00:00:00:00';

export function plan(wanted: TargetState, observed: ObservedState, prefix: string): Op[] {
  linkIndex = new WeakMap(); // indexes live for one plan (see byName)
  let target = wanted;
  const ops: Op[] = [];
  // A broken namespace (file without a namespace behind it) is deleted, and made again if wanted.
  const broken = new Set(observed.broken ?? []);
  const existing = new Set(observed.namespaces.filter((ns) => !broken.has(ns)));
  const doomed = observed.namespaces.filter((ns) => ns.startsWith(prefix) && (!target.namespaces.has(ns) || broken.has(ns)));
  for (const ns of doomed) ops.push({ op: 'netns-del', ns });
  const binding = new Set<NsName>();
  for (const ns of target.namespaces.keys()) {
    if (ns === HOST_NS || existing.has(ns)) continue;
    const t = target.namespaces.get(ns)!;
    if (t.attach) binding.add(ns);
    ops.push(t.attach ? { op: 'netns-attach', ns, path: t.attach } : { op: 'netns-add', ns });
  }
  // A runtime's namespace is only bound in this pass: what it already holds
  // (its lo, another network's interface and default route) is unknown until
  // observed, so its wiring waits for the next pass (predict.ts observes
  // that namespace alone after the binding).
  const contentsOf = (ns: NsName): ObservedNamespace =>
    ns !== HOST_NS && !existing.has(ns) ? EMPTY : (observed.contents.get(ns) ?? EMPTY);
  const linkOf = (ns: NsName, name: string) => byName(contentsOf(ns).links).get(name);
  if (binding.size > 0) target = withoutWiringInto(target, binding, linkOf);
  const goneWithNamespace = vethsLeavingWithNamespaces(doomed, observed.namespaces, prefix);
  const recreated = linksToRecreate(target, linkOf);

  for (const [ns, t] of target.namespaces) {
    planNamespace(ops, ns, t, contentsOf(ns), recreated, goneWithNamespace, isAttachedNs(prefix, ns));
    planFirewall(ops, ns, t, existing.has(ns) || ns === HOST_NS ? observed.nft.get(ns) : undefined);
  }
  detachFromRuntimeNamespaces(ops, doomed, observed, prefix);
  return orderOps(ops);
}

const keyOf = (ns: NsName, name: string) => `${ns}\u0000${name}`;

/**
 * The target without the namespaces being bound and without veths into them,
 * except a veth whose host end already exists: its peer was handed to the
 * runtime (modes/handover.ts) and is in that namespace now; kept as is.
 */
function withoutWiringInto(
  target: TargetState,
  binding: ReadonlySet<NsName>,
  linkOf: (ns: NsName, name: string) => ObservedLink | undefined,
): TargetState {
  const namespaces = new Map<NsName, TargetNamespace>();
  for (const [ns, t] of target.namespaces) {
    if (binding.has(ns)) continue;
    const links = t.links.flatMap((l) => {
      if (!l.veth || !binding.has(l.veth.peerNs)) return [l];
      return l.veth.creator && linkOf(ns, l.name)?.kind === 'veth' ? [{ ...l, veth: { ...l.veth, handover: true } }] : [];
    });
    namespaces.set(ns, { ...t, links });
  }
  return { namespaces };
}

/** Links whose existing kernel object cannot be reused and must be made again. */
function linksToRecreate(target: TargetState, linkOf: (ns: NsName, name: string) => ObservedLink | undefined): Set<string> {
  const out = new Set<string>();
  for (const [ns, t] of target.namespaces) {
    for (const link of t.links) {
      const have = linkOf(ns, link.name);
      if (link.kind === 'veth' && link.veth?.creator) {
        const peer = linkOf(link.veth.peerNs, link.veth.peerName);
        const ok = have?.kind === 'veth' && (peer?.kind === 'veth' || !!link.veth.handover);
        if (!ok) {
          out.add(keyOf(ns, link.name));
          out.add(keyOf(link.veth.peerNs, link.veth.peerName));
        }
      } else if (have && link.kind !== 'loopback' && !sameCreationConfig(link, have)) {
        out.add(keyOf(ns, link.name));
      }
    }
  }
  return out;
}

function sameCreationConfig(want: TargetLink, have: ObservedLink): boolean {
  if (want.kind !== have.kind) return false;
  if (want.kind === 'vxlan') {
    const v = have.vxlan;
    const w = want.vxlan!;
    return !!v && v.vni === w.vni && v.port === w.port && v.local === w.local && !v.learning && v.proxy;
  }
  return true;
}

/**
 * Unbinding a runtime's namespace (netns-del of an attached one) leaves the
 * runtime's namespace alive with our interface in it: its veths are deleted
 * by their host ends first, synchronously, even where the host end's own
 * namespace is being deleted too (Linux would free that veth only later).
 */
function detachFromRuntimeNamespaces(ops: Op[], doomed: NsName[], observed: ObservedState, prefix: string): void {
  const already = new Set(ops.flatMap((o) => (o.op === 'link-del' ? [keyOf(o.ns, o.name)] : [])));
  for (const ns of doomed) {
    const endpoint = attachedOfNs(prefix, ns);
    if (endpoint === undefined) continue;
    for (const end of hostEndsOf(prefix, endpoint, observed.namespaces)) {
      const here = observed.contents.get(end.ns)?.links.some((l) => l.name === end.name);
      if (here && !already.has(keyOf(end.ns, end.name))) ops.push({ op: 'link-del', ns: end.ns, name: end.name });
    }
  }
}

/** Host ends of veths whose workload namespace is being deleted: the kernel removes them. */
function vethsLeavingWithNamespaces(doomed: NsName[], all: NsName[], prefix: string): Set<string> {
  const out = new Set<string>();
  for (const ns of doomed) {
    const w = workloadOfNs(prefix, ns);
    if (w !== undefined) for (const end of hostEndsOf(prefix, w, all)) out.add(keyOf(end.ns, end.name));
  }
  return out;
}

function planNamespace(
  ops: Op[],
  ns: NsName,
  t: TargetNamespace,
  have: ObservedNamespace,
  recreated: Set<string>,
  goneWithNamespace: Set<string>,
  attached: boolean,
): void {
  const fresh = new Set<string>();
  // Bridges first: each is configured (its MTU pinned) before ports are enslaved to it.
  const bridgesFirst = [...t.links.filter((l) => l.kind === 'bridge'), ...t.links.filter((l) => l.kind !== 'bridge')];
  for (const link of bridgesFirst) {
    const obs = byName(have.links).get(link.name);
    const remake = recreated.has(keyOf(ns, link.name));
    // A stale link, or what is left of a broken veth pair: removed, then made anew.
    if (obs && remake) ops.push({ op: 'link-del', ns, name: link.name });
    const create = !obs || remake;
    if (create) {
      fresh.add(link.name);
      pushCreate(ops, ns, link);
    }
    pushLinkConfig(ops, ns, link, create ? undefined : obs);
  }

  const wanted = new Set(t.links.map((l) => l.name));
  for (const obs of have.links) {
    if (wanted.has(obs.name) || obs.name === 'lo') continue;
    if (ns === HOST_NS && !isOwnedHostLink(obs.name)) continue;
    // In a runtime's namespace only the links the target lists are ours.
    if (attached) continue;
    if (goneWithNamespace.has(keyOf(ns, obs.name))) continue;
    ops.push({ op: 'link-del', ns, name: obs.name });
  }

  planEntries(ops, ns, t, have, fresh);
  planRoutes(ops, ns, t, have, fresh, new Set(losingAllAddresses(t, have, attached)), attached);
  planSysctls(ops, ns, t, have);
}

/**
 * The table's skeleton is compared by the content hash in its comment and by
 * its number of rules (an outside `nft flush table` keeps the comment): it is
 * rewritten whole, in one transaction, only when it differs. Map elements
 * (published ports) are then diffed one by one, so a change costs the same
 * however many ports are already published.
 */
function planFirewall(ops: Op[], ns: NsName, t: TargetNamespace, have: NftTable | undefined): void {
  if (t.nft !== undefined) {
    const rewrite = have === undefined || t.nft.hash !== have.hash || t.nft.rules !== have.rules;
    if (rewrite) ops.push({ op: 'nft-table', ns, script: t.nft.script });
    const { add, del } = diffElements(t.nftElements ?? [], rewrite ? [] : have.elements);
    if (add.length > 0 || del.length > 0) ops.push({ op: 'nft-elements', ns, add, del });
  } else if (have !== undefined) {
    ops.push({ op: 'nft-table', ns, script: '' });
  }
}

/**
 * A sysctl whose value was observed (the agent's own namespace: every key it
 * sets there must be in OBSERVED_SYSCTLS) is set when it differs; elsewhere
 * sysctls are not observed, so they are set once, when the namespace is made
 * (a fresh namespace has not even lo in `have`).
 */
function planSysctls(ops: Op[], ns: NsName, t: TargetNamespace, have: ObservedNamespace): void {
  for (const s of t.sysctls) {
    const value = have.sysctls?.[s.key];
    const fresh = ns !== HOST_NS && have.links.length === 0;
    if (value === undefined ? fresh : value !== s.value) ops.push({ op: 'sysctl', ns, ...s });
  }
}

function pushCreate(ops: Op[], ns: NsName, link: TargetLink): void {
  switch (link.kind) {
    case 'bridge':
      ops.push({ op: 'bridge-add', ns, name: link.name, mtu: pinnableMtu(link.mtu ?? 1500), ...(link.mac ? { mac: link.mac } : {}) });
      break;
    case 'vxlan': {
      const v = link.vxlan!;
      ops.push({ op: 'vxlan-add', ns, name: link.name, vni: v.vni, port: v.port, local: v.local, dev: v.dev, mtu: link.mtu ?? 1450 });
      break;
    }
    case 'veth':
      if (link.veth?.creator) {
        const v = link.veth;
        ops.push({
          op: 'veth-add',
          ns,
          name: link.name,
          peerNs: v.peerNs,
          peerName: v.peerName,
          peerMac: v.peerMac,
          mtu: link.mtu ?? 1500,
        });
      }
      break;
    case 'loopback':
      break;
  }
}

/**
 * Linux gives a bridge made with `mtu N` the minimum MTU of its ports (1500
 * with none) whenever ports come and go, until its MTU is *changed*
 * explicitly (setting the value it already has does not count). So a bridge
 * is made with a neighbouring MTU, and its configuration (before any port is
 * enslaved) sets the wanted one: from then on it stays put, as the target and
 * the model say.
 */
function pinnableMtu(mtu: number): number {
  return mtu >= 65535 ? mtu - 1 : mtu + 1;
}

/** Settings a link can change in place: master, MTU, MAC, up. `have` undefined = just created. */
function pushLinkConfig(ops: Op[], ns: NsName, link: TargetLink, have: ObservedLink | undefined): void {
  const set: Extract<Op, { op: 'link-set' }> = { op: 'link-set', ns, name: link.name };
  let changed = false;
  if (link.master && have?.master !== link.master) {
    set.master = link.master;
    changed = true;
  }
  // A fresh bridge is made with another MTU (pushCreate), so this sets it: pinned.
  if (link.mtu && (have ? have.mtu !== link.mtu : link.kind === 'bridge')) {
    set.mtu = link.mtu;
    changed = true;
  }
  if (have && link.mac && link.kind !== 'loopback' && have.mac.toLowerCase() !== link.mac.toLowerCase()) {
    set.mac = link.mac;
    changed = true;
  }
  if (link.master && (link.isolated ?? false) !== (have?.master === link.master && !!have?.isolated)) {
    set.isolated = !!link.isolated;
    changed = true;
  }
  if (link.up && !have?.up) {
    set.up = true;
    changed = true;
  }
  if (changed) ops.push(set);

  if (link.kind === 'loopback') return;
  const current = new Set(have?.addresses ?? []);
  for (const cidr of link.addresses) if (!current.has(cidr)) ops.push({ op: 'addr-replace', ns, dev: link.name, cidr });
  for (const cidr of current) if (!link.addresses.includes(cidr)) ops.push({ op: 'addr-del', ns, dev: link.name, cidr });
}

function planEntries(ops: Op[], ns: NsName, t: TargetNamespace, have: ObservedNamespace, fresh: Set<string>): void {
  const devs = new Set(t.links.filter((l) => l.kind === 'vxlan').map((l) => l.name));
  const live = (dev: string) => devs.has(dev) && !fresh.has(dev);
  const haveFdb = have.fdb.filter((e) => live(e.dev) && e.permanent && e.dst);
  const haveNeigh = have.neigh.filter((e) => live(e.dev) && e.permanent);
  // Keys, not scans: an overlay namespace holds an entry per remote endpoint
  // (thousands), and a scan per entry made every pass quadratic.
  const fdbKey = (dev: string, mac: string, dst?: string) => `${dev} ${mac.toLowerCase()}${dst === undefined ? '' : ` ${dst}`}`;
  const haveExact = new Set(haveFdb.map((h) => fdbKey(h.dev, h.mac, h.dst)));
  // A flood entry is wanted per destination; any other per MAC (a replace moves it to another destination).
  const wantedFdb = new Set(t.fdb.map((e) => (e.mac === FLOOD_MAC ? fdbKey(e.dev, e.mac, e.dst) : fdbKey(e.dev, e.mac))));

  for (const e of t.fdb) {
    if (haveExact.has(fdbKey(e.dev, e.mac, e.dst))) continue;
    ops.push({ op: e.mac === FLOOD_MAC ? 'fdb-append' : 'fdb-replace', ns, dev: e.dev, mac: e.mac, dst: e.dst! });
  }
  for (const h of haveFdb) {
    const flood = h.mac === FLOOD_MAC;
    if (!wantedFdb.has(flood ? fdbKey(h.dev, h.mac, h.dst) : fdbKey(h.dev, h.mac))) {
      ops.push({ op: 'fdb-del', ns, dev: h.dev, mac: h.mac, ...(flood ? { dst: h.dst! } : {}) });
    }
  }

  const neighKey = (dev: string, ip: string, mac?: string) => `${dev} ${ip}${mac === undefined ? '' : ` ${mac.toLowerCase()}`}`;
  const haveNeighExact = new Set(haveNeigh.map((h) => neighKey(h.dev, h.ip, h.mac)));
  const wantedNeigh = new Set(t.neigh.map((e) => neighKey(e.dev, e.ip)));
  for (const e of t.neigh) {
    if (!haveNeighExact.has(neighKey(e.dev, e.ip, e.mac))) ops.push({ op: 'neigh-replace', ns, dev: e.dev, ip: e.ip, mac: e.mac });
  }
  for (const h of haveNeigh) {
    if (!wantedNeigh.has(neighKey(h.dev, h.ip))) ops.push({ op: 'neigh-del', ns, dev: h.dev, ip: h.ip });
  }
}

/**
 * Links whose every IPv4 address this plan deletes: removals run before
 * additions, and Linux flushes a device's routes when its last IPv4 address
 * goes, so their routes must be made again (a re-addressed workload).
 */
function losingAllAddresses(t: TargetNamespace, have: ObservedNamespace, attached: boolean): string[] {
  return have.links
    .filter((l) => {
      const v4 = l.addresses.filter((a) => !a.includes(':'));
      const listed = byName(t.links).get(l.name);
      // In a runtime's namespace a link the target does not list is the runtime's: we delete none of its addresses.
      if (attached && !listed) return false;
      const want = listed?.addresses ?? [];
      return v4.length > 0 && v4.every((a) => !want.includes(a));
    })
    .map((l) => l.name);
}

/** The default routes vxnet manages in a workload's namespace: one per family. */
const DEFAULTS = ['default', '::/0'] as const;

/** `created`: links made by this plan; `unaddressed`: links losing their last IPv4 address (Linux flushes their IPv4 routes only). */
function planRoutes(
  ops: Op[],
  ns: NsName,
  t: TargetNamespace,
  have: ObservedNamespace,
  created: Set<string>,
  unaddressed: Set<string>,
  attached: boolean,
): void {
  if (ns === HOST_NS) return; // the host's routing table is the operator's, never ours
  for (const dst of DEFAULTS) {
    const gone = (dev: string | undefined) => !!dev && (created.has(dev) || (dst === 'default' && unaddressed.has(dev)));
    const current = have.routes.find((r) => r.dst === dst && !gone(r.dev));
    // A runtime's namespace may hold another network's default route: it is not ours to replace.
    if (attached && current && !t.links.some((l) => l.name === current.dev)) continue;
    const want = t.routes.find((r) => r.dst === dst);
    if (want && (!current || current.gateway !== want.gateway || (want.dev && current.dev !== want.dev))) {
      ops.push({
        op: 'route-replace',
        ns,
        dst,
        ...(want.gateway ? { gateway: want.gateway } : {}),
        ...(want.dev ? { dev: want.dev } : {}),
      });
    } else if (!want && current) {
      ops.push({ op: 'route-del', ns, dst });
    }
  }
}

/**
 * Links by name, built once per list and plan: the agent's own namespace holds
 * a veth end per local workload (thousands), looked up once per target link.
 * Valid for one plan only: plan() starts a fresh index, because the predicted
 * kernel changes its lists in place when it applies (never while a plan is
 * made: plan() is synchronous).
 */
let linkIndex = new WeakMap<readonly { name: string }[], Map<string, { name: string }>>();
function byName<L extends { name: string }>(links: readonly L[]): Map<string, L> {
  let m = linkIndex.get(links);
  if (!m) {
    m = new Map(links.map((l) => [l.name, l]));
    linkIndex.set(links, m);
  }
  return m as Map<string, L>;
}
