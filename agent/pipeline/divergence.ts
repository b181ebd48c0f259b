// Compares a predicted kernel (pipeline/predict.ts) with a fresh observation,
// normalized the same way on both sides: what the shadow check
// (--verify-prediction) and the differential test (test/netns/model-diff)
// report. Only what vxnet owns or relies on is compared: its namespaces, its
// links in the agent's namespace (plus the underlay device), addresses,
// routes, FDB and neighbour entries, sysctls that were observed, and the nft
// table as structure. MAC addresses the kernel picks at random are compared
// only where the target pins them. Pure: never observes anything itself.
import type { NsName, ObservedLink, ObservedState } from '../model/kernel-objects.js';
import { HOST_NS } from '../model/kernel-objects.js';
import type { TargetState } from '../model/target.js';
import { isOwnedHostLink } from '../model/naming.js';

/** Differences between predicted and observed, one line each ("" list = equal). */
export function divergences(predicted: ObservedState, observed: ObservedState, target: TargetState, underlayDev: string): string[] {
  const out: string[] = [];
  const a = normalize(predicted, target, underlayDev);
  const b = normalize(observed, target, underlayDev);
  const keys = [...new Set([...a.keys(), ...b.keys()])].sort();
  for (const k of keys) {
    const pa = a.get(k);
    const pb = b.get(k);
    if (pa !== pb) out.push(`${k}: predicted ${pa ?? '(absent)'}, observed ${pb ?? '(absent)'}`);
  }
  return out;
}

/** A flat map "where → value" of everything compared; two states are equal when their maps are. */
function normalize(s: ObservedState, target: TargetState, underlayDev: string): Map<string, string> {
  const out = new Map<string, string>();
  const nsLabel = (ns: NsName) => (ns === HOST_NS ? '(host)' : ns);
  for (const ns of s.namespaces) out.set(`netns ${ns}`, (s.broken ?? []).includes(ns) ? 'broken' : 'present');
  for (const [ns, c] of s.contents) {
    const pinned = pinnedMacs(target, ns);
    const where = nsLabel(ns);
    for (const l of c.links) {
      if (ns === HOST_NS && !isOwnedHostLink(l.name) && l.name !== underlayDev) continue;
      out.set(`${where} link ${l.name}`, linkText(l, pinned.has(l.name)));
    }
    if (ns !== HOST_NS) for (const r of c.routes) out.set(`${where} route ${r.dst}`, `via ${r.gateway ?? '-'} dev ${r.dev ?? '-'}`);
    for (const f of c.fdb) out.set(`${where} fdb ${f.dev} ${f.mac.toLowerCase()} ${f.dst ?? '-'}`, f.permanent ? 'permanent' : 'dynamic');
    for (const n of c.neigh) out.set(`${where} neigh ${n.dev} ${n.ip}`, `${n.mac.toLowerCase()}${n.permanent ? ' permanent' : ''}`);
    for (const [k, v] of Object.entries(c.sysctls ?? {})) out.set(`${where} sysctl ${k}`, v);
  }
  for (const [ns, t] of s.nft) {
    const where = nsLabel(ns);
    out.set(`${where} nft table`, `hash ${t.hash ?? '-'}, ${t.rules} rules`);
    for (const e of t.elements) out.set(`${where} nft ${e.map} ${e.key}`, e.value);
  }
  return out;
}

function pinnedMacs(target: TargetState, ns: NsName): Set<string> {
  return new Set((target.namespaces.get(ns)?.links ?? []).filter((l) => l.mac !== undefined).map((l) => l.name));
}

function linkText(l: ObservedLink, macPinned: boolean): string {
  const parts = [l.kind, `mtu ${l.mtu}`, l.up ? 'up' : 'down'];
  if (l.master) parts.push(`master ${l.master}`);
  if (macPinned) parts.push(`mac ${l.mac.toLowerCase()}`);
  if (l.vxlan)
    parts.push(
      `vxlan ${l.vxlan.vni} ${l.vxlan.local}:${l.vxlan.port}${l.vxlan.learning ? ' learning' : ''}${l.vxlan.proxy ? ' proxy' : ''}`,
    );
  parts.push(`addr [${[...l.addresses].sort().join(' ')}]`);
  return parts.join(' ');
}
