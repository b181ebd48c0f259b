// The gateway path (Docker's docker_gwbridge): per host one bridge,
// vxnet_gwbridge, in the host namespace with its own subnet (the agent
// config's gatewayBridge.bip), made while at least one workload here has a
// gateway path. Each such workload (a NETWORKS workload with an overlay that
// is not --internal; the controller allocated its address) gets one more
// veth, gw0, whose host end is an isolated port of the bridge, so workloads
// of unrelated overlays never reach each other through it: the default
// route, outbound NAT and published ports (DNATed to gw0) go through it.
// Must never: route overlay traffic (overlay subnets stay on their vxlan),
// nor give a workload whose overlays are all --internal a way out.
import type { Attachment, Workload } from '../../proto/index.js';
import { Driver, GATEWAY_IFNAME, Mode } from '../../proto/index.js';
import type { DesiredState, HostFacts } from '../model/desired.js';
import type { TargetLink, TargetNamespace } from '../model/target.js';
import { HOST_NS } from '../model/kernel-objects.js';
import { GATEWAY_BRIDGE, gatewayVethName, namespaceOf } from '../model/naming.js';
import { macOf, prefixLength, subnetOf } from '../../lib/ipv4.js';
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
export function gatewayPathOf(w: Workload, facts: HostFacts): Attachment | undefined {
  const gp = w.gatewayPath;
  const open = (w.attachments ?? []).some((a) => a.driver === Driver.OVERLAY && !a.internal);
  return facts.gatewayBridge && w.mode === Mode.NETWORKS && open && gp?.ip ? gp : undefined;
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
    addresses: [`${gp.ip}/${prefixLength(facts.gatewayBridge!.bip)}`],
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
    const gp = gatewayPathOf(w, facts);
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
    if (first?.driver === Driver.OVERLAY && !first.internal) fw.ports.push(...publishedPorts(w, gp.ip!));
  }
  if (!any) return;
  const address = settings.bip.split('/')[0]!;
  host.links.push({ name: GATEWAY_BRIDGE, kind: 'bridge', mtu, mac: macOf(address), up: true, addresses: [settings.bip] });
  fw.bridges.push({ dev: GATEWAY_BRIDGE, subnet: subnetOf(settings.bip), internal: false });
  fw.gateway = GATEWAY_BRIDGE;
}
