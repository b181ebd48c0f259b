// Names the contract fixes: what the controller writes into desired state and
// the agent builds from, so both read them from here.
// Must never: hold a name only one side uses (those stay with their module).

/** The network name of a default-bridge attachment. */
export const DEFAULT_BRIDGE_NETWORK = 'bridge';
/** The network name of a gateway path (an overlay workload's way out, Docker's docker_gwbridge). */
export const GATEWAY_NETWORK = 'gwbridge';
/** A workload's interface on the gateway bridge (not ethN: those follow attach order). */
export const GATEWAY_IFNAME = 'gw0';
