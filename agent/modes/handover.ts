// Handed-over interfaces: an attached endpoint whose runtime namespace does
// not exist yet (Docker's sandbox at Join: Docker makes it only when the
// container starts) gets its veth made in the agent's namespace instead, the
// container end under naming.handoverName, and the runtime moves that end
// into the container's namespace itself (Docker: the Join answer's
// InterfaceName; it renames it, addresses it and brings it up). Until the
// agent is told the namespace exists (services/attach.ts), the target holds
// the host end only, marked `handover` (valid whether or not the peer is
// still here), and nothing inside the runtime's namespace; from then on the
// endpoint is an ordinary attached one (its namespace bound, the moved end
// found there under its ifname, gw0 and the routes added).
// Pure: rewrites the target; reads and runs nothing. Must never move a link
// itself: the runtime does.
import type { DesiredState, HostFacts } from '../model/desired.js';
import { HOST_NS } from '../model/kernel-objects.js';
import { handoverName, isAttached, namespaceOf, vethName } from '../model/naming.js';
import type { TargetState } from '../model/target.js';

/** Rewrites `target` for the endpoints in `pending` (names of attached workloads whose runtime namespace is not made yet). */
export function handOver(target: TargetState, desired: DesiredState, facts: HostFacts, pending: ReadonlySet<string>): void {
  for (const name of pending) {
    const w = desired.workloads.get(name);
    if (!w || !isAttached(w)) continue;
    const ns = namespaceOf(w, facts.prefix);
    target.namespaces.delete(ns);
    const hostEnds = new Set((w.attachments ?? []).map((a) => vethName(w.name!, a.network!)));
    for (const t of target.namespaces.values()) {
      t.links = t.links.flatMap((l) => {
        if (l.veth?.peerNs !== ns) return [l];
        // Other veths into the namespace (gw0's host end) wait until it exists.
        if (!hostEnds.has(l.name)) return [];
        const network = (w.attachments ?? []).find((a) => vethName(w.name!, a.network!) === l.name)!.network!;
        return [{ ...l, veth: { ...l.veth, peerNs: HOST_NS, peerName: handoverName(w.name!, network), handover: true } }];
      });
    }
  }
}
