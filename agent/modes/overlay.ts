// Overlay networks (Docker's overlay model): per network with an endpoint on
// this host, a namespace holding bridge br0 (the subnet's gateway address)
// and vxlan device vxnet<VNI> (no learning, ARP proxy), the host ends of the
// local workloads' veths, and for every remote endpoint a permanent FDB entry
// (MAC → remote VTEP) and neighbour entry (IP → MAC), plus one all-zero flood
// entry per remote host. Never touches the underlay itself.
import type { Attachment } from '../../proto/index.js';
import { Driver, Mode } from '../../proto/index.js';
import type { DesiredState, HostFacts } from '../model/desired.js';
import type { TargetNamespace } from '../model/target.js';
import { BRIDGE_IN_NETNS, namespaceOf, networkNs, vethName, vxlanName } from '../model/naming.js';
import { macOf, prefixLength } from '../../lib/ipv4.js';

const VXLAN_OVERHEAD = 50;
const FLOOD_MAC = '00:00:00:00:00:00';

export function overlayMtu(facts: HostFacts): number {
  return facts.underlayMtu - VXLAN_OVERHEAD;
}

export function overlayTargets(desired: DesiredState, facts: HostFacts, nsOf: (name: string) => TargetNamespace): void {
  const mtu = overlayMtu(facts);
  const networks = new Map<string, Attachment>();
  const local: { workload: string; peerNs: string; att: Attachment }[] = [];
  for (const w of desired.workloads.values()) {
    if (w.mode !== Mode.NETWORKS) continue;
    for (const att of w.attachments ?? []) {
      if (att.driver !== Driver.OVERLAY) continue;
      networks.set(att.network!, att);
      local.push({ workload: w.name!, peerNs: namespaceOf(w, facts.prefix), att });
    }
  }

  for (const [network, att] of networks) {
    const ns = nsOf(networkNs(facts.prefix, network));
    const vx = vxlanName(att.vni!);
    ns.links.push(
      {
        name: BRIDGE_IN_NETNS,
        kind: 'bridge',
        mtu,
        mac: macOf(att.gateway!),
        up: true,
        addresses: [`${att.gateway}/${prefixLength(att.subnet!)}`],
      },
      {
        name: vx,
        kind: 'vxlan',
        mtu,
        master: BRIDGE_IN_NETNS,
        up: true,
        addresses: [],
        vxlan: { vni: att.vni!, port: facts.vxlanPort, local: facts.underlayIp, dev: facts.underlayDev },
      },
    );
    const vteps = new Set<string>();
    for (const ep of desired.endpoints.get(network)?.values() ?? []) {
      if (ep.host === facts.host || !ep.vtep) continue;
      ns.fdb.push({ dev: vx, mac: ep.mac!, dst: ep.vtep, permanent: true });
      ns.neigh.push({ dev: vx, ip: ep.ip!, mac: ep.mac!, permanent: true });
      vteps.add(ep.vtep);
    }
    for (const vtep of [...vteps].sort()) ns.fdb.push({ dev: vx, mac: FLOOD_MAC, dst: vtep, permanent: true });
  }

  for (const { workload, peerNs, att } of local) {
    nsOf(networkNs(facts.prefix, att.network!)).links.push({
      name: vethName(workload, att.network!),
      kind: 'veth',
      mtu,
      master: BRIDGE_IN_NETNS,
      up: true,
      addresses: [],
      veth: { peerNs, peerName: att.ifname!, peerMac: att.mac!, creator: true },
    });
  }
}
