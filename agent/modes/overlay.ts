// Overlay networks (Docker's overlay model): per network with an endpoint on
// this host (or held by it: DesiredState.held), a namespace holding bridge br0 (the subnet's gateway address,
// and gateway6 on a dual-stack network) and vxlan device vxnet<VNI> (no
// learning, ARP/NDP proxy), the host ends of the local workloads' veths, and
// for every remote endpoint a permanent FDB entry (MAC → remote VTEP) and a
// neighbour entry (IP → MAC) per address family, plus one all-zero flood
// entry per remote host. IPv6 is left out, with a warning, when the overlay
// MTU is below IPv6's 1280. Never touches the underlay itself.
import type { Attachment } from '../../proto/index.js';
import { Driver, Mode } from '../../proto/index.js';
import type { DesiredState, HostFacts } from '../model/desired.js';
import type { TargetNamespace } from '../model/target.js';
import { BRIDGE_IN_NETNS, namespaceOf, networkNs, vethName, vxlanName } from '../model/naming.js';
import { macOf, prefixLength } from '../../lib/ipv4.js';
import { withPrefix } from '../../lib/ifaddr.js';
import { enableIpv6, ipv6Usable } from './ipv6.js';

const VXLAN_OVERHEAD = 50;
const FLOOD_MAC = '00:00:00:00:00:00';

export function overlayMtu(facts: HostFacts): number {
  return facts.underlayMtu - VXLAN_OVERHEAD;
}

export function overlayTargets(
  desired: DesiredState,
  facts: HostFacts,
  nsOf: (name: string) => TargetNamespace,
  warn: (message: string) => void,
): void {
  const mtu = overlayMtu(facts);
  // Held networks first: a workload's attachment to the same network (the same network fields) replaces it.
  const networks = new Map<string, Attachment>([...desired.held].filter(([, a]) => a.driver === Driver.OVERLAY));
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
    const v6 = ipv6Usable(att, mtu, warn);
    const addresses = [`${att.gateway}/${prefixLength(att.subnet!)}`];
    if (v6 && att.gateway6) addresses.push(withPrefix(att.gateway6, att.subnet6!));
    if (v6) {
      // A fresh namespace has IPv6 on unless the host says otherwise; forwarding makes the gateway answer "no route" at once for addresses off the overlay.
      enableIpv6(ns);
      ns.sysctls.push({ key: 'net.ipv6.conf.all.forwarding', value: '1' });
    }
    ns.links.push(
      {
        name: BRIDGE_IN_NETNS,
        kind: 'bridge',
        mtu,
        mac: macOf(att.gateway!),
        up: true,
        addresses,
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
      // One neighbour entry per family (ARP and NDP answered by the vxlan proxy), both to the endpoint's one MAC.
      for (const ip of [ep.ip, v6 ? ep.ip6 : undefined]) if (ip) ns.neigh.push({ dev: vx, ip, mac: ep.mac!, permanent: true });
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
