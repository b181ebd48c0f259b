// The JSON protocol on the agent's local unix socket (root-only), spoken by
// front-ends of other container runtimes: the `vxnet-cni` plugin, and anything
// else that attaches namespaces it made. One request per connection: the client
// writes one JSON object and a newline, the agent answers one JSON line and
// closes. Types and constants only: importing this costs nothing at run time
// (the CNI plugin must start fast), so it must never import anything.

export const AGENT_PROTOCOL_VERSION = 1;
/** Where the agent listens unless configured otherwise (`--socket`). */
export const DEFAULT_AGENT_SOCKET = '/run/vxnet/agent.sock';
/** Largest request the agent reads. */
export const MAX_AGENT_REQUEST_BYTES = 64 * 1024;

export type EndpointKindName = 'docker' | 'cni';

export interface PortMappingSpec {
  /** 0 = any free port of the host's range (Docker's `-P` and `-p PORT`). */
  hostPort: number;
  /** Above hostPort: any one free port of hostPort-hostPortEnd (Docker's `-p 8000-8010:80`). */
  hostPortEnd?: number;
  containerPort: number;
  protocol: 'tcp' | 'udp';
  /** '' = every address of the host. */
  hostIp?: string;
}

export interface AttachRequest {
  kind: EndpointKindName;
  /** The endpoint's name in vxnet (`vxnet ps`); cluster-wide unique. */
  name: string;
  containerId: string;
  /** The runtime's network namespace: /run/netns/X, /proc/PID/ns/net, … */
  netns: string;
  network: string;
  /** Interface name inside the namespace (default eth0). */
  ifname?: string;
  /** A static address on the network. */
  ip?: string;
  /** A MAC for the container's interface (default: derived from the address). */
  mac?: string;
  ports?: PortMappingSpec[];
  aliases?: string[];
  /** A lower MTU than the network's for this interface (576 up to the network's). */
  mtu?: number;
}

interface RouteSpec {
  /** CIDR, e.g. 0.0.0.0/0. */
  dst: string;
  gw?: string;
}

/** What the agent wired for one endpoint. */
export interface AttachResult {
  name: string;
  kind: EndpointKindName;
  network: string;
  containerId: string;
  netns: string;
  ifname: string;
  /** The other end of the veth (in the agent's namespace or the network's). */
  hostIfname: string;
  mac: string;
  ip: string;
  prefixLength: number;
  /** Absent on internal networks. */
  gateway?: string;
  mtu: number;
  routes: RouteSpec[];
  dns: { nameservers: string[]; search: string[] };
  ports: PortMappingSpec[];
}

export interface EndpointRef {
  containerId: string;
  ifname: string;
  /** Restricts the match to one network (the CNI config's). */
  network?: string;
}

/** A container's interface as the kernel holds it now (CHECK). */
interface LiveInterface {
  name: string;
  mac: string;
  mtu: number;
  up: boolean;
  addresses: string[];
}

export interface CheckReply {
  want: AttachResult;
  /** undefined: the namespace or the interface is gone. */
  live?: { iface?: LiveInterface; routes: { dst: string; gateway?: string; dev?: string }[] };
}

export type AgentRequest =
  | { v: number; op: 'attach'; attach: AttachRequest }
  | { v: number; op: 'detach'; detach: EndpointRef }
  | { v: number; op: 'check'; check: EndpointRef }
  | { v: number; op: 'status' }
  /** Release this kind's endpoints on `network` except those kept (CNI GC). */
  | { v: number; op: 'gc'; gc: { network: string; kind: EndpointKindName; keep: EndpointRef[] } };

/** Error codes: vxnet's wire codes by name, plus the socket's own. */
export type AgentErrorCode =
  | 'INVALID_ARGUMENT'
  | 'NOT_FOUND'
  | 'ALREADY_EXISTS'
  | 'EXHAUSTED'
  | 'FAILED_PRECONDITION'
  | 'CONFLICT'
  | 'UNAVAILABLE'
  | 'INTERNAL'
  | 'PERMISSION_DENIED'
  | 'BAD_REQUEST';

export type AgentReply =
  | { ok: true; result?: AttachResult; check?: CheckReply; released?: string[]; converged?: boolean }
  | { ok: false; error: { code: AgentErrorCode; message: string } };
