// The gateway path (Docker's docker_gwbridge): per host one bridge,
// vxnet_gwbridge, in the host namespace with its own subnet (the agent
// config's gatewayBridge.bip), made while at least one workload here has a
// gateway path or the host holds an open overlay (DesiredState.held). Each such workload (a NETWORKS workload with an overlay that
// is not --internal; the controller allocated its address) gets one more
// veth, gw0, whose host end is an isolated port of the bridge, so workloads
// of unrelated overlays never reach each other through it: the default
// route, outbound NAT and published ports (DNATed to gw0) go through it.
// With the config's bip6 the bridge carries IPv6 too, for workloads with an
// open IPv6 overlay: gw0's IPv6 address, the IPv6 default route, NAT66
// (always: the subnet is this host's own, nothing routes back to it) and
// IPv6 published ports.
// Must never: route overlay traffic (overlay subnets stay on their vxlan),
// nor give a workload whose overlays are all --internal a way out.
import type { Attachment, Workload } from '../../proto/index.js';
import { Driver, GATEWAY_IFNAME, Mode } from '../../proto/index.js';
import type { DesiredState, HostFacts } from '../model/desired.js';
import type { TargetLink, TargetNamespace } from '../model/target.js';
import { HOST_NS } from '../model/kernel-objects.js';
import { GATEWAY_BRIDGE, gatewayVethName, namespaceOf } from '../model/naming.js';
import { macOf, prefixLength, subnetOf } from '../../lib/ipv4.js';
import { withPrefix } from '../../lib/ifaddr.js';
import { gatewayBridge6 } from '../model/desired.js';
import { publishedPorts } from './bridge.js';
import type { FirewallSpec } from './firewall.js';

/** The gateway bridge's own address on this host ("172.18.0.1"), where the host's resolver may answer; undefined = disabled. */
export function gatewayBridgeAddress(facts: HostFacts): string | undefined {
  return facts.gatewayBridge?.bip.split('/')[0];
}

/**
 * A workload's gateway-path attachment, when it has one, one of its overlays
 * is not --internal (checked here too: the agent never opens a way out the
 * desired state does not justify) and this host has a gateway bridge.
 */
export function gatewayPathOf(w: Workload, facts: HostFacts, desired: DesiredState): Attachment | undefined {
  return facts.gatewayBridge && !sharesSandbox(w, desired) ? openGatewayPath(w) : undefined;
}

/**
 * A second endpoint in one runtime's namespace (Docker's `network connect`
 * makes one workload per network, all in the container's sandbox): only the
 * first by name with a gateway path gets gw0 and the default route there (two
 * gw0 in one namespace would fight).
 */
export function sharesSandbox(w: Workload, desired: DesiredState): boolean {
  if (!w.netnsPath) return false;
  for (const o of desired.workloads.values()) if (o.netnsPath === w.netnsPath && o.name! < w.name! && openGatewayPath(o)) return true;
  return false;
}

/** The workload's gateway-path attachment when the desired state justifies one (an overlay that is not --internal). */
export function openGatewayPath(w: Workload): Attachment | undefined {
  const gp = w.gatewayPath;
  const open = (w.attachments ?? []).some((a) => a.driver === Driver.OVERLAY && !a.internal);
  return w.mode === Mode.NETWORKS && open && gp?.ip ? gp : undefined;
}

/** Whether the gateway path carries IPv6: it has an IPv6 address and one of the workload's open overlays has IPv6. */
export function gatewayPath6(w: Workload, gp: Attachment): boolean {
  return !!gp.ip6 && !!gp.gateway6 && (w.attachments ?? []).some((a) => a.driver === Driver.OVERLAY && !a.internal && !!a.ip6);
}

function gatewayMtu(facts: HostFacts): number {
  return facts.gatewayBridge?.mtu || facts.underlayMtu;
}

/** The workload's gw0 (its end of the pair; the host end creates it). */
export function gatewayWorkloadLink(w: Workload, gp: Attachment, facts: HostFacts): TargetLink {
  return {
    name: GATEWAY_IFNAME,
    kind: 'veth',
    mtu: gatewayMtu(facts),
    mac: gp.mac!,
    up: true,
    addresses: [`${gp.ip}/${prefixLength(facts.gatewayBridge!.bip)}`, ...(gatewayPath6(w, gp) ? [withPrefix(gp.ip6!, gp.subnet6!)] : [])],
    veth: { peerNs: HOST_NS, peerName: gatewayVethName(w.name!), peerMac: gp.mac!, creator: false },
  };
}

export function gatewayTargets(desired: DesiredState, facts: HostFacts, nsOf: (name: string) => TargetNamespace, fw: FirewallSpec): void {
  const settings = facts.gatewayBridge;
  if (!settings) return;
  const host = nsOf(HOST_NS);
  const mtu = gatewayMtu(facts);
  let any = false;
  for (const w of desired.workloads.values()) {
    const gp = gatewayPathOf(w, facts, desired);
    if (!gp) continue;
    any = true;
    host.links.push({
      name: gatewayVethName(w.name!),
      kind: 'veth',
      mtu,
      master: GATEWAY_BRIDGE,
      isolated: true,
      up: true,
      addresses: [],
      veth: { peerNs: namespaceOf(w, facts.prefix), peerName: GATEWAY_IFNAME, peerMac: gp.mac!, creator: true },
    });
    // Published ports belong to the first network (as on bridges): through the gateway path when it is an open overlay.
    const first = w.attachments?.[0];
    const target6 = first?.ip6 && gatewayPath6(w, gp) ? gp.ip6! : undefined;
    if (first?.driver === Driver.OVERLAY && !first.internal) fw.ports.push(...publishedPorts(w, gp.ip!, target6));
  }
  // A held open overlay (a Docker network of this host uses it) keeps the bridge too, as Docker keeps
  // docker_gwbridge: its containers' starts then add only their own veth, no bridge and no ruleset.
  if (!any && ![...desired.held.values()].some((a) => a.driver === Driver.OVERLAY && !a.internal)) return;
  const address = settings.bip.split('/')[0]!;
  const v6 = gatewayBridge6(settings);
  const addresses = v6 ? [settings.bip, withPrefix(v6.gateway6, v6.subnet6)] : [settings.bip];
  host.links.push({ name: GATEWAY_BRIDGE, kind: 'bridge', mtu, mac: macOf(address), up: true, addresses });
  fw.bridges.push({
    dev: GATEWAY_BRIDGE,
    subnet: subnetOf(settings.bip),
    internal: false,
    ...(v6 ? { subnet6: v6.subnet6, nat6: true } : {}),
  });
  fw.gateway = GATEWAY_BRIDGE;
}
