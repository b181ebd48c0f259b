// Local bridges in the host's namespace: the default bridge vxnet0 (docker0's
// role, set up from the agent's daemon.json-like settings) and one Linux
// bridge per user-defined bridge network with a workload here. Each workload
// attachment gets a veth whose host end sits on the bridge. A user-defined
// bridge network with IPv6 (and the default bridge with the config's
// fixed-cidr-v6) has its gateway6 on the bridge too (the workload's
// side is modes/workload.ts), published ports on both families, and NAT66
// only when the agent config asks (ipv6Nat). The bridges and published ports
// go into the firewall spec (modes/firewall.ts renders it, with the
// forwarding sysctls).
import type { Attachment, Workload } from '../../proto/index.js';
import { Driver, Mode } from '../../proto/index.js';
import { defaultBridge6, type DesiredState, type HostFacts } from '../model/desired.js';
import type { TargetNamespace } from '../model/target.js';
import { HOST_NS, type NftElement } from '../model/kernel-objects.js';
import { DEFAULT_BRIDGE, namespaceOf, vethName } from '../model/naming.js';
import { shortHash } from '../../lib/names.js';
import { portElements, type FirewallBridge, type FirewallSpec } from './firewall.js';
import { macOf, prefixLength, subnetOf } from '../../lib/ipv4.js';
import { withPrefix } from '../../lib/ifaddr.js';
import { ipv6Usable } from './ipv6.js';

export function isLocalBridgeAttachment(w: Workload, att: Attachment): boolean {
  return w.mode === Mode.DEFAULT_BRIDGE || att.driver === Driver.BRIDGE;
}

/** The host bridge an attachment plugs into. */
function bridgeDevFor(w: Workload, att: Attachment): string {
  return w.mode === Mode.DEFAULT_BRIDGE ? DEFAULT_BRIDGE : `vxb${shortHash(att.networkId ?? att.network ?? '')}`;
}

/** The default bridge's MTU (daemon.json's mtu), or a user-defined bridge network's `-o mtu`. */
export function bridgeMtu(facts: HostFacts, att?: Attachment): number {
  return att?.mtu || facts.bridge?.mtu || facts.underlayMtu;
}

export function bridgeTargets(
  desired: DesiredState,
  facts: HostFacts,
  nsOf: (name: string) => TargetNamespace,
  fw: FirewallSpec,
  warn: (message: string) => void,
): void {
  const host = nsOf(HOST_NS);
  const bridges = new Map<string, FirewallBridge & { gateway: string; gateway6?: string; mtu: number }>();
  if (facts.bridge) {
    const bip = facts.bridge.bip;
    const mtu = bridgeMtu(facts);
    const b6 = defaultBridge6(facts.bridge);
    const v6 = b6 && ipv6Usable({ network: 'bridge', ...b6 }, mtu, warn) ? ipv6Of(b6) : {};
    bridges.set(DEFAULT_BRIDGE, { dev: DEFAULT_BRIDGE, subnet: subnetOf(bip), internal: false, gateway: bip, mtu, ...v6 });
  }
  const ports = fw.ports;
  for (const w of desired.workloads.values()) {
    for (const att of w.attachments ?? []) {
      if (!isLocalBridgeAttachment(w, att)) continue;
      const dev = bridgeDevFor(w, att);
      if (w.mode === Mode.DEFAULT_BRIDGE && !facts.bridge) continue;
      if (!bridges.has(dev)) {
        const mtu = bridgeMtu(facts, att);
        const v6 = att.gateway6 && ipv6Usable(att, mtu, warn) ? ipv6Of({ subnet6: att.subnet6!, gateway6: att.gateway6 }) : {};
        bridges.set(dev, {
          dev,
          subnet: att.subnet!,
          internal: !!att.internal,
          gateway: `${att.gateway}/${prefixLength(att.subnet!)}`,
          mtu,
          ...v6,
        });
      }
      host.links.push({
        name: vethName(w.name!, att.network!),
        kind: 'veth',
        mtu: bridges.get(dev)!.mtu,
        master: dev,
        up: true,
        addresses: [],
        veth: { peerNs: namespaceOf(w, facts.prefix), peerName: att.ifname!, peerMac: att.mac!, creator: true },
      });
      if (att.internal || att !== w.attachments![0]) continue;
      ports.push(...publishedPorts(w, att.ip!, bridges.get(dev)!.subnet6 ? (att.ip6 ?? undefined) : undefined));
    }
  }
  for (const b of bridges.values()) {
    const ip = b.gateway.split('/')[0]!;
    const addresses = b.gateway6 ? [b.gateway, b.gateway6] : [b.gateway];
    host.links.push({ name: b.dev, kind: 'bridge', mtu: b.mtu, mac: macOf(ip), up: true, addresses });
  }
  for (const b of bridges.values()) {
    const v6 = b.subnet6 ? { subnet6: b.subnet6, nat6: !!facts.ipv6Nat } : {};
    fw.bridges.push({ dev: b.dev, subnet: b.subnet, internal: b.internal, ...v6 });
  }
}

/** A bridge's IPv6: its gateway6 on the bridge, its subnet for the firewall. */
function ipv6Of(v6: { subnet6: string; gateway6: string }): { gateway6: string; subnet6: string } {
  return { gateway6: withPrefix(v6.gateway6, v6.subnet6), subnet6: v6.subnet6 };
}

/**
 * A workload's published ports as map elements, DNATed to `targetIp` (its
 * first network's address, or its gateway-path address) and, for IPv6, to
 * `targetIp6` when it has one there.
 */
export function publishedPorts(w: Workload, targetIp: string, targetIp6?: string): NftElement[] {
  // Every pass asks for every workload's ports: a workload record is replaced, never edited, when it changes.
  const v6 = targetIp6 || undefined;
  const hit = portsCache.get(w);
  if (hit && hit.ip === targetIp && hit.ip6 === v6) return hit.elements;
  const elements = (w.ports ?? []).flatMap((p) => portElements(p, targetIp, v6));
  portsCache.set(w, { ip: targetIp, ip6: v6, elements });
  return elements;
}

const portsCache = new WeakMap<Workload, { ip: string; ip6: string | undefined; elements: NftElement[] }>();
