// The drivers' entry point: DesiredState + host facts -> TargetState. Each
// driver (overlay, bridge, workload) adds the objects it owns to the namespaces
// it needs. Pure: reads nothing from the kernel, runs nothing.
import type { DesiredState, HostFacts } from '../model/desired.js';
import { HOST_NS, type NsName } from '../model/kernel-objects.js';
import { emptyNamespace, type TargetNamespace, type TargetState } from '../model/target.js';
import { bridgeTargets } from './bridge.js';
import { overlayTargets } from './overlay.js';
import { workloadTargets } from './workload.js';

export function buildTarget(desired: DesiredState, facts: HostFacts): TargetState {
  const namespaces = new Map<NsName, TargetNamespace>([[HOST_NS, emptyNamespace()]]);
  const nsOf = (name: NsName) => {
    const ns = namespaces.get(name) ?? emptyNamespace();
    namespaces.set(name, ns);
    return ns;
  };
  overlayTargets(desired, facts, nsOf);
  bridgeTargets(desired, facts, nsOf);
  workloadTargets(desired, facts, nsOf);
  return { namespaces };
}
