// Names of everything the agent creates in the kernel, derived from desired
// state alone, so that after a restart the agent recognises what it owns.
// Interface names must fit IFNAMSIZ (15 bytes); namespace names are file names
// under /run/netns and carry the agent's prefix.
import { shortHash } from '../../lib/names.js';
import { DEFAULT_BRIDGE_NETWORK, type Workload } from '../../proto/index.js';

export const BRIDGE_IN_NETNS = 'br0';
export const DEFAULT_BRIDGE = 'vxnet0';
/** The gateway bridge in the host namespace (Docker's docker_gwbridge). */
export const GATEWAY_BRIDGE = 'vxnet_gwbridge';

const PREFIX = /^[a-z0-9][a-z0-9-]{0,23}$/;

export function checkPrefix(prefix: string): string {
  if (!PREFIX.test(prefix)) throw new Error(`invalid namespace prefix "${prefix}": use 1-24 characters [a-z0-9-]`);
  return prefix;
}

export function networkNs(prefix: string, network: string): string {
  return `${prefix}net-${network}`;
}

export function workloadNs(prefix: string, workload: string): string {
  return `${prefix}wl-${workload}`;
}

export function vxlanName(vni: number): string {
  return `vxnet${vni}`;
}

/** Host-side end of a workload's veth on one network: stable per (workload, network). */
export function vethName(workload: string, network: string): string {
  return `vxv${shortHash(`${workload}\u0000${network}`)}`;
}

/**
 * Our name for a namespace a container runtime made (an attached endpoint):
 * a bind mount of the runtime's netns path, so every tool reaches it like our
 * own namespaces. Deleting it only unmounts ours; the runtime's stays.
 */
export function attachedNs(prefix: string, workload: string): string {
  return `${prefix}ct-${workload}`;
}

export function isAttachedNs(prefix: string, ns: string): boolean {
  return ns.startsWith(`${prefix}ct-`);
}

/** The endpoint an attached namespace of ours belongs to. */
export function attachedOfNs(prefix: string, ns: string): string | undefined {
  return isAttachedNs(prefix, ns) ? ns.slice(prefix.length + 3) : undefined;
}

/** A container of another runtime (Docker, CNI): vxnet wires its namespace but did not make it. */
export function isAttached(w: Workload): boolean {
  return !!w.netnsPath;
}

/** Our name for a workload's namespace (HOST and CONTAINER modes have none of their own). */
export function namespaceOf(w: Workload, prefix: string): string {
  return isAttached(w) ? attachedNs(prefix, w.name!) : workloadNs(prefix, w.name!);
}

/**
 * The container end of an attached endpoint's veth while it waits in the
 * agent's namespace for its runtime to move it into the container's (Docker
 * moves it at start and renames it; modes/handover.ts). Not an owned host
 * link: the pair goes with its host end (vethName).
 */
export function handoverName(workload: string, network: string): string {
  return `vxh${shortHash(`${workload}\u0000${network}`)}`;
}

/** Host-side end of a workload's veth on the gateway bridge. */
export function gatewayVethName(workload: string): string {
  return `vxg${shortHash(workload)}`;
}

/** The workload a namespace of ours belongs to, if it is a workload namespace. */
export function workloadOfNs(prefix: string, ns: string): string | undefined {
  return ns.startsWith(`${prefix}wl-`) ? ns.slice(prefix.length + 3) : undefined;
}

/**
 * Where the host-side ends of a workload's veths are, as far as names tell:
 * one per overlay network namespace, one on the default bridge and one on
 * the gateway bridge (the namespace '' is the agent's own). Used to know what leaves with a deleted
 * workload namespace without asking the kernel which ends are paired.
 */
export function hostEndsOf(prefix: string, workload: string, namespaces: readonly string[]): { ns: string; name: string }[] {
  const out = namespaces
    .filter((ns) => ns.startsWith(`${prefix}net-`))
    .map((ns) => ({ ns, name: vethName(workload, ns.slice(prefix.length + 4)) }));
  out.push({ ns: '', name: vethName(workload, DEFAULT_BRIDGE_NETWORK) }, { ns: '', name: gatewayVethName(workload) });
  return out;
}

/** Links the agent owns in its own namespace, so it can remove them when they are no longer wanted. */
export function isOwnedHostLink(name: string): boolean {
  return /^vxnet\d+$/.test(name) || /^vx[vbg][0-9a-f]{8}$/.test(name) || name === DEFAULT_BRIDGE || name === GATEWAY_BRIDGE;
}
