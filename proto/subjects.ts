// NATS subject names and KV keys: the addresses of the contract.
// Per-host subjects all live under `vxnet.host.<host>.` so that a host's NATS
// credentials can be limited to its own prefix (deploy/ generates them).
import { keyToken, fromKeyToken } from '../lib/names.js';

export const BUCKET = 'vxnet';
export const CONTROLLER_QUEUE = 'vxnet-controllers';
export const API_PREFIX = 'vxnet.api';

export const Api = {
  networkCreate: `${API_PREFIX}.network.create`,
  networkList: `${API_PREFIX}.network.ls`,
  networkInspect: `${API_PREFIX}.network.inspect`,
  networkRemove: `${API_PREFIX}.network.rm`,
  networkPrune: `${API_PREFIX}.network.prune`,
  networkConnect: `${API_PREFIX}.network.connect`,
  networkDisconnect: `${API_PREFIX}.network.disconnect`,
  run: `${API_PREFIX}.workload.run`,
  ps: `${API_PREFIX}.workload.ps`,
  inspect: `${API_PREFIX}.workload.inspect`,
  rm: `${API_PREFIX}.workload.rm`,
  hostList: `${API_PREFIX}.host.ls`,
} as const;

/**
 * Answered by every controller (no queue group, body ignored) with a
 * VersionReply: `vxnet version` lists them all. Not in `Api`, whose subjects
 * are served by one controller and refuse malformed requests.
 */
export const VERSION_SUBJECT = `${API_PREFIX}.version`;

export const HostSubjects = {
  prefix: (host: string) => `vxnet.host.${host}`,
  heartbeat: (host: string) => `vxnet.host.${host}.heartbeat`,
  status: (host: string) => `vxnet.host.${host}.status`,
  exec: (host: string) => `vxnet.host.${host}.exec`,
  execOutput: (host: string, id: string) => `vxnet.host.${host}.out.${id}`,
  execInput: (host: string, id: string) => `vxnet.host.${host}.in.${id}`,
  /** Request/reply: which of these host ports does a process listen on (PortCheckRequest → PortCheckReply). */
  portcheck: (host: string) => `vxnet.host.${host}.portcheck`,
  /** Request/reply: the tail of a workload's output (LogsRequest → LogsReply). */
  logs: (host: string) => `vxnet.host.${host}.logs`,
  /** Request/reply, agent → controller: the vxnet network behind a Docker network, created if absent (NetworkCreateRequest → NetworkReply). */
  network: (host: string) => `vxnet.host.${host}.network`,
  /** Request/reply, agent → controller: every network, without endpoints (NameRequest → NetworkReply). */
  networks: (host: string) => `vxnet.host.${host}.networks`,
  /**
   * Request/reply, agent → controller: allocate an endpoint for a namespace a
   * local runtime made (RunRequest with kind/netns_path → WorkloadReply). Under
   * the host's prefix, so a host can only ask for endpoints on itself.
   */
  attach: (host: string) => `vxnet.host.${host}.attach`,
  /** Request/reply, agent → controller: release attached endpoints of this host (NameRequest → WorkloadReply). */
  detach: (host: string) => `vxnet.host.${host}.detach`,
  /** The agent's private reply inbox: its credentials may read only this one, not `_INBOX.>`. */
  inbox: (host: string) => `_INBOX_${host}`,
  /** Subscription wildcards used by the controller. */
  anyHeartbeat: 'vxnet.host.*.heartbeat',
  anyStatus: 'vxnet.host.*.status',
  anyNetwork: 'vxnet.host.*.network',
  anyNetworks: 'vxnet.host.*.networks',
  anyAttach: 'vxnet.host.*.attach',
  anyDetach: 'vxnet.host.*.detach',
} as const;

/**
 * Endpoint hints: after writing a network endpoint to a KV bucket, the
 * controller publishes the same value (with its KV revision in the
 * REVISION_HEADER header) on `vxnet.hint.<bucket>.<key>`. A JetStream watch
 * reaches a thousand agents in ~1 s (a consumer each); a plain publish in
 * ~20 ms. Agents take a hint only when it is newer than what their watch
 * delivered; the watch stays the source of truth (deletions, catch-up, order).
 */
export const EndpointHints = {
  /** The hint subject of a KV key. */
  of: (bucket: string, key: string) => `vxnet.hint.${bucket}.${key}`,
  /** The KV key of a hint subject of `bucket`, or undefined. */
  keyOf: (bucket: string, subject: string) => {
    const prefix = `vxnet.hint.${bucket}.`;
    return subject.startsWith(prefix) ? subject.slice(prefix.length) : undefined;
  },
  /** Every hint of `bucket`: what the controller may publish and hosts may subscribe to. */
  any: (bucket: string) => `vxnet.hint.${bucket}.nw.*.ep.>`,
  REVISION_HEADER: 'Vxnet-Revision',
} as const;

/** Host name from a `vxnet.host.<host>.<kind>` subject. */
export function hostOfSubject(subject: string): string | undefined {
  const parts = subject.split('.');
  return parts.length >= 4 && parts[0] === 'vxnet' && parts[1] === 'host' ? parts[2] : undefined;
}

// KV layout (one bucket). Keys are built here only.
export const Keys = {
  networks: 'registry.networks',
  /** The cluster's default IPv6 pool, an RFC 4193 /48 written once (controller/ula.ts). */
  ula6: 'registry.ula6',
  host: (host: string) => `host.${host}`,
  hostPrefix: 'host.>',
  /** Cluster-wide claim of a workload name; value = host. */
  workloadName: (name: string) => `name.${keyToken(name)}`,
  workloadNamePrefix: 'name.>',
  workload: (host: string, name: string) => `wl.${host}.${keyToken(name)}`,
  workloadsOfHost: (host: string) => `wl.${host}.>`,
  workloadsAll: 'wl.>',
  endpoint: (network: string, workload: string) => `nw.${keyToken(network)}.ep.${keyToken(workload)}`,
  endpointsOf: (network: string) => `nw.${keyToken(network)}.ep.>`,
  /**
   * Claims: created with create(), so exactly one writer wins. The address is
   * one key token: IPv4 dots become `_` (10_0_0_5), IPv6 colons `-`
   * (fd00-1--5, from the canonical RFC 5952 text); ipOfClaimKey reverses it.
   */
  ipClaim: (networkId: string, ip: string) => `ip.${networkId}.${ip.replace(/\./g, '_').replace(/:/g, '-')}`,
  ipClaimsOf: (networkId: string) => `ip.${networkId}.>`,
  portClaim: (host: string, proto: string, port: number) => `port.${host}.${proto}.${port}`,
  portClaimsOf: (host: string) => `port.${host}.>`,
  /** Written (unconditionally) to order compare-and-set confirmations (controller/store-kv.ts); one key for all, so nothing accumulates. */
  barrier: 'registry.barrier',
} as const;

/** The address of an ip claim key (Keys.ipClaim reversed): `ip.N.10_0_0_5` → 10.0.0.5, `ip.N.fd00-1--5` → fd00:1::5. */
export function ipOfClaimKey(key: string): { networkId: string; ip: string } {
  const dot = key.lastIndexOf('.');
  const token = key.slice(dot + 1);
  return { networkId: key.slice('ip.'.length, dot), ip: token.includes('-') ? token.replace(/-/g, ':') : token.replace(/_/g, '.') };
}

export function parseWorkloadKey(key: string): { host: string; name: string } | undefined {
  const m = /^wl\.([^.]+)\.([^.]+)$/.exec(key);
  return m ? { host: m[1]!, name: fromKeyToken(m[2]!) } : undefined;
}

export function parseEndpointKey(key: string): { network: string; workload: string } | undefined {
  const m = /^nw\.([^.]+)\.ep\.([^.]+)$/.exec(key);
  return m ? { network: fromKeyToken(m[1]!), workload: fromKeyToken(m[2]!) } : undefined;
}
