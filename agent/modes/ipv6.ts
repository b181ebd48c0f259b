// IPv6 rules every driver shares (dual stack, issue 15): whether an
// attachment's IPv6 fits the MTU of the link that would carry it (IPv6 needs
// 1280; below, Linux drops a device's IPv6), and IPv6 switched on in a
// namespace the agent makes for it. Pure: decides, never touches the kernel.
import type { Attachment } from '../../proto/index.js';
import type { TargetNamespace } from '../model/target.js';
import { IPV6_MIN_MTU } from '../../lib/ifaddr.js';

/**
 * Whether an attachment's IPv6 can be set up on a link of this MTU; a
 * dual-stack attachment that cannot gets a warning (IPv4 still works).
 */
export function ipv6Usable(att: Attachment, mtu: number, warn: (message: string) => void): boolean {
  if (!att.subnet6) return false;
  if (mtu >= IPV6_MIN_MTU) return true;
  warn(
    `network ${att.network}: IPv6 left out on this host: its MTU ${mtu} is below IPv6's minimum ${IPV6_MIN_MTU}; raise the MTU (underlay, or the network's -o mtu)`,
  );
  return false;
}

/**
 * IPv6 on in a namespace that carries it (set once, when the namespace is
 * made: a host may give new namespaces disable_ipv6=1, e.g. with
 * devconf_inherit_init_net=1); `default` covers links made there later.
 */
export function enableIpv6(ns: TargetNamespace): void {
  for (const key of ['net.ipv6.conf.all.disable_ipv6', 'net.ipv6.conf.default.disable_ipv6']) {
    if (!ns.sysctls.some((s) => s.key === key)) ns.sysctls.push({ key, value: '0' });
  }
}
