// The drivers' entry point: DesiredState + host facts -> TargetState. Each
// driver (overlay, bridge, gateway path, workload) adds the objects it owns to
// the namespaces it needs; bridges and published ports are gathered into one
// firewall spec, rendered last into the host namespace's nftables table and
// the sysctls it relies on. What a driver had to leave out (IPv6 on a link
// below 1280) comes back as warnings. Pure: reads nothing from the kernel, runs nothing.
import type { DesiredState, HostFacts } from '../model/desired.js';
import { HOST_NS, type NsName } from '../model/kernel-objects.js';
import { emptyNamespace, type TargetNamespace, type TargetState } from '../model/target.js';
import { bridgeTargets } from './bridge.js';
import { firewallSysctls, renderFirewall, type FirewallSpec } from './firewall.js';
import { gatewayTargets } from './gateway.js';
import { handOver } from './handover.js';
import { overlayTargets } from './overlay.js';
import { workloadTargets } from './workload.js';

/** `handovers`: attached endpoints whose runtime namespace is not made yet (modes/handover.ts). */
export function buildTarget(desired: DesiredState, facts: HostFacts, handovers: ReadonlySet<string> = new Set()): TargetState {
  const namespaces = new Map<NsName, TargetNamespace>([[HOST_NS, emptyNamespace()]]);
  const nsOf = (name: NsName) => {
    const ns = namespaces.get(name) ?? emptyNamespace();
    namespaces.set(name, ns);
    return ns;
  };
  const fw: FirewallSpec = { bridges: [], ports: [] };
  const warnings = new Set<string>();
  const warn = (message: string) => warnings.add(message);
  overlayTargets(desired, facts, nsOf, warn);
  bridgeTargets(desired, facts, nsOf, fw, warn);
  gatewayTargets(desired, facts, nsOf, fw);
  workloadTargets(desired, facts, nsOf, warn);
  const rendered = renderFirewall(fw);
  if (rendered) {
    const host = nsOf(HOST_NS);
    host.nft = rendered.table;
    host.nftElements = rendered.elements;
    host.sysctls.push(...firewallSysctls(fw));
  }
  const target: TargetState = warnings.size > 0 ? { namespaces, warnings: [...warnings] } : { namespaces };
  if (handovers.size > 0) handOver(target, desired, facts, handovers);
  return target;
}
