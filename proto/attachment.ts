// What an attachment to a network copies from the network itself, so the
// controller (building a workload's attachments) and the agent (keeping a
// network's namespace with no endpoint on the host) read it one way.
// Must never: pick addresses, MACs or interface names (the endpoint's own).
import type { Attachment, Network } from './codec.js';

/** The network's own fields of an attachment to `n`; the endpoint's address, MAC and interface come on top. */
export function networkPartOf(n: Network): Attachment {
  return {
    network: n.name,
    networkId: n.id,
    driver: n.driver,
    vni: n.vni,
    subnet: n.subnet,
    gateway: n.gateway,
    internal: !!n.internal,
    ...(n.ipv6 && n.subnet6 ? { subnet6: n.subnet6, gateway6: n.gateway6 } : {}),
  };
}
