// The plan of which host ports a run asks for: its `-p` specs (parsed by
// lib/ports.ts, shared with the CLI) and, with -P, every exposed port.
// IPv6 host addresses are checked against the first network (checkPorts6).
// Must never: claim anything (claims.ts) or touch the store.
import { FailedPrecondition, InvalidArgument } from '../lib/errors.js';
import { isHostIp6, parseExpose, parsePublish, type PortRequest } from '../lib/ports.js';
import { Driver, type Host, type Network } from '../proto/index.js';

/**
 * Everything a run publishes: the `-p` specs, then with `-P` every exposed
 * port not already published, to a random host port.
 */
export function planPorts(publish: readonly string[], publishAll: boolean, expose: readonly string[]): PortRequest[] {
  const out = publish.flatMap(parsePublish);
  const exposed = expose.flatMap(parseExpose);
  const seen = new Set<string>();
  for (const r of out) {
    const key = `${r.protocol}:${r.hostIp}:${r.hostFrom}:${r.hostTo}`;
    if (r.hostFrom !== 0 && r.hostFrom === r.hostTo) {
      if (seen.has(key)) throw new InvalidArgument(`host port ${r.hostFrom}/${r.protocol} is published twice: publish it once`);
      seen.add(key);
    }
  }
  if (publishAll) {
    for (const e of exposed) {
      if (!out.some((r) => r.protocol === e.protocol && r.containerPort === e.containerPort)) out.push(e);
    }
  }
  return out;
}

/**
 * A port published on an IPv6 host address ([::1], [::]) leads to the
 * workload's IPv6 on its first network: that network needs IPv6 and, for an
 * overlay (published through the gateway path), so does the host's gateway bridge.
 */
export function checkPorts6(plan: readonly PortRequest[], first: Network, host: Host): void {
  const r = plan.find((p) => isHostIp6(p.hostIp));
  if (!r) return;
  const what = `-p [${r.hostIp}]`;
  if (!first.ipv6 || !first.subnet6) {
    const fix = first.id === `br-${host.name}` ? `give host ${host.name}'s agent fixed-cidr-v6` : 'put a network created with --ipv6 first';
    throw new InvalidArgument(`${what}: network ${first.name} has no IPv6: publish on an IPv4 address (or none), or ${fix}`);
  }
  if (first.driver === Driver.OVERLAY && !host.gwbridgeSubnet6) {
    throw new FailedPrecondition(
      `${what}: host ${host.name}'s gateway bridge, through which overlay workloads publish, has no IPv6: set gatewayBridge.bip6 in its agent's config, or publish on IPv4`,
    );
  }
}
