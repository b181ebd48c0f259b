// A workload's own namespace: lo up, one veth end per attached network
// (eth0, eth1, … with the address and MAC the controller chose, and its IPv6
// address on a dual-stack network), gw0 on the gateway bridge for overlay
// workloads (modes/gateway.ts), and the default route via the first network
// that has a way out (an overlay's way out is the gateway path: its own
// gateway leads nowhere off the overlay). IPv6 likewise: via gw0 when the
// gateway path carries IPv6 (modes/gateway.ts), else via the first
// non-internal network with a gateway6.
// HOST and CONTAINER workloads build nothing here: they live in a namespace
// that already exists. An attached workload (a Docker or CNI container) is
// wired the same way in the runtime's namespace, bound under our name
// (naming.attachedNs).
import type { Attachment, Workload } from '../../proto/index.js';
import { Driver, GATEWAY_IFNAME, Mode } from '../../proto/index.js';
import type { DesiredState, HostFacts } from '../model/desired.js';
import type { TargetLink, TargetNamespace } from '../model/target.js';
import { HOST_NS } from '../model/kernel-objects.js';
import { isAttached, namespaceOf, networkNs, vethName } from '../model/naming.js';
import { prefixLength } from '../../lib/ipv4.js';
import { overlayMtu } from './overlay.js';
import { enableIpv6, ipv6Usable } from './ipv6.js';
import { withPrefix } from '../../lib/ifaddr.js';
import { bridgeMtu, isLocalBridgeAttachment } from './bridge.js';
import { gatewayPath6, gatewayPathOf, gatewayWorkloadLink, sharesSandbox } from './gateway.js';

export function hasOwnNamespace(w: Workload): boolean {
  return w.mode === Mode.NETWORKS || w.mode === Mode.NONE || w.mode === Mode.DEFAULT_BRIDGE;
}

/** The namespace a command of this workload runs in; undefined while it cannot be known. */
export function execNamespace(w: Workload, all: Map<string, Workload>, prefix: string): string | undefined {
  if (w.mode === Mode.HOST) return HOST_NS;
  if (w.mode === Mode.CONTAINER) {
    const target = all.get(w.container ?? '');
    return target && target !== w ? execNamespace(target, all, prefix) : undefined;
  }
  return namespaceOf(w, prefix);
}

function attachmentPeerNs(att: Attachment, prefix: string): string {
  return att.driver === Driver.OVERLAY ? networkNs(prefix, att.network!) : HOST_NS;
}

export function workloadTargets(
  desired: DesiredState,
  facts: HostFacts,
  nsOf: (name: string) => TargetNamespace,
  warn: (message: string) => void,
): void {
  for (const w of desired.workloads.values()) {
    if (!hasOwnNamespace(w)) continue;
    const ns = nsOf(namespaceOf(w, facts.prefix));
    // The runtime owns an attached namespace's lo (CNI: the runtime runs `loopback`).
    if (isAttached(w)) ns.attach = w.netnsPath!;
    else ns.links.push({ name: 'lo', kind: 'loopback', up: true, addresses: [] });
    if (w.mode === Mode.NONE) continue;
    // A second endpoint in a shared sandbox leaves the default route to the first one's gw0.
    let routed = sharesSandbox(w, desired);
    let routed6 = false;
    const gp = gatewayPathOf(w, facts, desired);
    if (gp) ns.links.push(gatewayWorkloadLink(w, gp, facts));
    if (gp && gatewayPath6(w, gp)) {
      enableIpv6(ns);
      ns.routes.push({ dst: '::/0', gateway: gp.gateway6!, dev: GATEWAY_IFNAME });
      routed6 = true;
    }
    for (const att of w.attachments ?? []) {
      if (w.mode === Mode.DEFAULT_BRIDGE && !facts.bridge) continue; // the host has no default bridge
      const link = attachmentLink(w, att, facts);
      ns.links.push(link);
      if (att.ip6 && ipv6Usable(att, link.mtu!, warn)) {
        link.addresses.push(withPrefix(att.ip6, att.subnet6!));
        enableIpv6(ns);
        if (!routed6 && !att.internal && att.gateway6) {
          ns.routes.push({ dst: '::/0', gateway: att.gateway6, dev: att.ifname! });
          routed6 = true;
        }
      }
      if (routed || att.internal) continue;
      if (att.driver === Driver.OVERLAY && gp) {
        ns.routes.push({ dst: 'default', gateway: gp.gateway!, dev: GATEWAY_IFNAME });
        routed = true;
        continue;
      }
      const gateway = w.mode === Mode.DEFAULT_BRIDGE ? (facts.bridge?.defaultGateway ?? att.gateway) : att.gateway;
      if (gateway) {
        ns.routes.push({ dst: 'default', gateway, dev: att.ifname! });
        routed = true;
      }
    }
  }
}

/** The MTU of a workload's interface on one network. */
export function attachmentMtu(w: Workload, att: Attachment, facts: HostFacts): number {
  // An overlay attachment's own MTU is a lower one a runtime asked for (CNI `mtu`).
  return isLocalBridgeAttachment(w, att) ? bridgeMtu(facts, att) : Math.min(att.mtu || Number.POSITIVE_INFINITY, overlayMtu(facts));
}

function attachmentLink(w: Workload, att: Attachment, facts: HostFacts): TargetLink {
  const peerNs = attachmentPeerNs(att, facts.prefix);
  return {
    name: att.ifname!,
    kind: 'veth',
    mtu: attachmentMtu(w, att, facts),
    mac: att.mac!,
    up: true,
    addresses: [`${att.ip}/${prefixLength(att.subnet!)}`],
    veth: { peerNs, peerName: vethName(w.name!, att.network!), peerMac: att.mac!, creator: false },
  };
}
