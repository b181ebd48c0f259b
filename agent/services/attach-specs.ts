// What the attach path translates for the runtimes: a runtime's port mapping
// as a `-p` spec for the controller, and the name servers of an attached
// container. Pure.
import { InvalidArgument } from '../../lib/errors.js';
import { printable } from '../../lib/names.js';
import type { PortMappingSpec } from '../../lib/agent-protocol.js';
import type { Workload } from '../../proto/index.js';

/** Where a container asks names: the gateways of its user-defined networks (as a workload's resolv.conf). */
export function resolverAddresses(w: Workload): string[] {
  const out: string[] = [];
  for (const a of w.attachments ?? []) if (a.gateway && a.driver !== undefined && !out.includes(a.gateway)) out.push(a.gateway);
  return out.slice(0, 3);
}

/** A runtime's port mapping as a `-p` spec (CPORT, HPORT:CPORT, FROM-TO:CPORT, IP::CPORT…), parsed by the controller like any. */
export function publishSpec(p: PortMappingSpec): string {
  const proto = p.protocol === 'udp' ? 'udp' : p.protocol === 'tcp' || p.protocol === undefined ? 'tcp' : undefined;
  if (!proto) throw new InvalidArgument(`port mapping protocol "${printable(String(p.protocol))}" is not supported: use tcp or udp`);
  const end = p.hostPortEnd ?? p.hostPort;
  const valid = (n: number, min: number) => Number.isInteger(n) && n >= min && n <= 65535;
  for (const [n, min] of [
    [p.containerPort, 1],
    [p.hostPort, 0],
  ] as const) {
    if (!valid(n, min)) throw new InvalidArgument(`port ${printable(String(n))} is not in ${min}-65535`);
  }
  if (p.hostPort > 0 ? !valid(end, p.hostPort) : end !== 0)
    throw new InvalidArgument(`host port range ${p.hostPort}-${printable(String(end))} is not a range: give FROM-TO with FROM <= TO`);
  const host = p.hostPort === 0 ? '' : end > p.hostPort ? `${p.hostPort}-${end}` : `${p.hostPort}`;
  // An IPv6 host address ("::" from Docker, "::1"…) goes in brackets, as `-p` writes it.
  if (p.hostIp) return `${p.hostIp.includes(':') ? `[${p.hostIp}]` : p.hostIp}:${host}:${p.containerPort}/${proto}`;
  return host ? `${host}:${p.containerPort}/${proto}` : `${p.containerPort}/${proto}`;
}
