// The gateway path (Docker's docker_gwbridge): per host one bridge,
// vxnet_gwbridge, in the host namespace with its own subnet (the agent
// config's gatewayBridge.bip), made while at least one workload here has a
// gateway path. Each such workload (a NETWORKS workload with an overlay
// attachment; the controller allocated its address) gets one more veth, gw0,
// whose host end is an isolated port of the bridge, so workloads of unrelated
// overlays never reach each other through it. The path is open (default
// route, outbound NAT, published ports DNATed to it) when one of the
// workload's overlays is not --internal; otherwise it carries DNS to the
// bridge address and nothing else (the firewall's gw_dns_only map).
// Must never: route overlay traffic (overlay subnets stay on their vxlan).
import type { Attachment, Workload } from '../../proto/index.js';
import { Driver, Mode } from '../../proto/index.js';
import type { DesiredState, HostFacts } from '../model/desired.js';
import type { TargetLink, TargetNamespace } from '../model/target.js';
import { HOST_NS } from '../model/kernel-objects.js';
import { GATEWAY_BRIDGE, GATEWAY_IFNAME, gatewayVethName, macFromIp, workloadNs } from '../model/naming.js';
import { prefixLength, subnetOf } from './addressing.js';
import { publishedPorts } from './bridge.js';
import type { FirewallSpec } from './firewall.js';

/** The gateway bridge's own address on this host ("172.18.0.1"), where the host's resolver may answer; undefined = disabled. */
export function gatewayBridgeAddress(facts: HostFacts): string | undefined {
  return facts.gatewayBridge?.bip.split('/')[0];
}

/** A workload's gateway-path attachment, when it has one and this host has a gateway bridge. */
export function gatewayPathOf(w: Workload, facts: HostFacts): Attachment | undefined {
  const gp = w.gatewayPath;
  return facts.gatewayBridge && w.mode === Mode.NETWORKS && gp?.ip ? gp : undefined;
}

/** Open = a way out (default route, NAT, published ports); otherwise DNS to the bridge address only. */
export function gatewayPathOpen(w: Workload): boolean {
  return (w.attachments ?? []).some((a) => a.driver === Driver.OVERLAY && !a.internal);
}

export function gatewayMtu(facts: HostFacts): number {
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
      veth: { peerNs: workloadNs(facts.prefix, w.name!), peerName: GATEWAY_IFNAME, peerMac: gp.mac!, creator: true },
    });
    if (!gatewayPathOpen(w)) {
      (fw.dnsOnly ??= []).push(gp.ip!);
      continue;
    }
    // Published ports belong to the first network (as on bridges): through the gateway path when it is an open overlay.
    const first = w.attachments?.[0];
    if (first?.driver === Driver.OVERLAY && !first.internal) fw.ports.push(...publishedPorts(w, gp.ip!));
  }
  if (!any) return;
  const address = settings.bip.split('/')[0]!;
  host.links.push({ name: GATEWAY_BRIDGE, kind: 'bridge', mtu, mac: macFromIp(address), up: true, addresses: [settings.bip] });
  fw.bridges.push({ dev: GATEWAY_BRIDGE, subnet: subnetOf(settings.bip), internal: false });
  fw.gateway = { dev: GATEWAY_BRIDGE, address };
}
