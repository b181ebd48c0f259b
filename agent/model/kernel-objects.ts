// The agent's kernel vocabulary: what the kernel holds (observed) and the
// operations that change it, with the order they are applied in. What the
// kernel should hold is model/target.ts; what the user asked for, model/desired.ts.
// Everything here is plain data: a plan can be printed, compared in tests and
// sent to a fake kernel. Nothing here runs a process.

/** '' is the agent's own namespace (the host's; in the lab, the lab host's). */
export type NsName = string;
export const HOST_NS: NsName = '';

// ------------------------------------------------------------------ observed

export interface VxlanInfo {
  vni: number;
  port: number;
  local: string;
  learning: boolean;
  proxy: boolean;
}

export interface ObservedLink {
  name: string;
  /** 'bridge' | 'vxlan' | 'veth' | 'loopback' | anything else the kernel reports. */
  kind: string;
  mtu: number;
  mac: string;
  up: boolean;
  master?: string;
  /** A bridge port with port isolation on. */
  isolated?: boolean;
  vxlan?: VxlanInfo;
  /** CIDRs, e.g. "10.77.0.1/24" (IPv4 and global IPv6 only; link-local is ignored). */
  addresses: string[];
}

export interface RouteEntry {
  /** "default" or a CIDR. */
  dst: string;
  gateway?: string;
  dev?: string;
}

export interface FdbEntry {
  dev: string;
  mac: string;
  /** Remote VTEP for entries on a vxlan device. */
  dst?: string;
  permanent: boolean;
}

export interface NeighEntry {
  dev: string;
  ip: string;
  mac: string;
  permanent: boolean;
}

export interface ObservedNamespace {
  links: ObservedLink[];
  routes: RouteEntry[];
  fdb: FdbEntry[];
  neigh: NeighEntry[];
  /** Values of the sysctls in OBSERVED_SYSCTLS that exist here; absent = not observed (namespaces other than the agent's own). */
  sysctls?: Record<string, string>;
}

/**
 * Sysctls read back in the agent's own namespace at every observation (a
 * file read, no process), so a value reset from outside is repaired at the
 * next resync. Keys missing on this kernel are left out of the observation.
 * Elsewhere sysctls are set once, when the namespace is made.
 */
export const OBSERVED_SYSCTLS: readonly string[] = [
  'net.ipv4.ip_forward',
  'net.ipv4.conf.all.route_localnet',
  'net.ipv6.conf.all.forwarding',
];

/**
 * vxnet's nftables table as observed: parsed from `nft list table` on the
 * kernel side, so the planner compares structure, never text.
 */
export interface NftTable {
  /** The content hash recorded in the table's comment ("vxnet:<hash>"); undefined when it has none. */
  hash?: string;
  /** Rules in its chains: an outside `nft flush table` keeps comment and elements but drops every rule. */
  rules: number;
  /** Names of its named maps (elements can only go into these). */
  maps: string[];
  /** Elements of its named maps (published ports). */
  elements: NftElement[];
}

export interface ObservedState {
  /** Every namespace whose name starts with the agent's prefix. */
  namespaces: NsName[];
  /** Contents per namespace, HOST_NS included. Absent = not observed. */
  contents: Map<NsName, ObservedNamespace>;
  /** The vxnet nftables table per namespace, as structure (absent = no table). */
  nft: Map<NsName, NftTable>;
  /**
   * Namespaces listed (also in `namespaces`) that cannot be entered: a file in
   * /run/netns left by an `ip netns add` killed before its bind mount (an agent
   * crash). The plan deletes them, and makes them again when wanted.
   */
  broken?: NsName[];
  /**
   * The kernel namespace behind a name, where known (Linux: device and inode
   * of its nsfs file). Names with one identity are one namespace: a runtime's
   * sandbox bound once per endpoint (Docker's `network connect` gives a
   * container one endpoint, so one name of ours, per network).
   */
  ids?: Map<NsName, string>;
}

// ------------------------------------------------------------------ operations

export type Op =
  | { op: 'netns-add'; ns: NsName }
  | { op: 'netns-del'; ns: NsName }
  /** Our name for a namespace someone else made: /run/netns/<ns> becomes a bind mount of `path`. */
  | { op: 'netns-attach'; ns: NsName; path: string }
  /** Created in HOST_NS (so its socket binds the underlay) and then moved to `ns`. */
  | { op: 'vxlan-add'; ns: NsName; name: string; vni: number; port: number; local: string; dev: string; mtu: number }
  | { op: 'bridge-add'; ns: NsName; name: string; mtu: number; mac?: string }
  /** A veth pair created in one step with each end placed in its namespace. */
  | { op: 'veth-add'; ns: NsName; name: string; peerNs: NsName; peerName: string; peerMac: string; mtu: number }
  | { op: 'link-del'; ns: NsName; name: string }
  | { op: 'link-set'; ns: NsName; name: string; master?: string; mtu?: number; up?: boolean; mac?: string; isolated?: boolean }
  | { op: 'addr-replace'; ns: NsName; dev: string; cidr: string }
  | { op: 'addr-del'; ns: NsName; dev: string; cidr: string }
  | { op: 'route-replace'; ns: NsName; dst: string; gateway?: string; dev?: string }
  | { op: 'route-del'; ns: NsName; dst: string }
  /** Unicast FDB entry on a vxlan device: MAC → remote VTEP, permanent. */
  | { op: 'fdb-replace'; ns: NsName; dev: string; mac: string; dst: string }
  /** All-zero flood entry towards one remote VTEP (several may coexist, so append). */
  | { op: 'fdb-append'; ns: NsName; dev: string; mac: string; dst: string }
  | { op: 'fdb-del'; ns: NsName; dev: string; mac: string; dst?: string }
  | { op: 'neigh-replace'; ns: NsName; dev: string; ip: string; mac: string }
  | { op: 'neigh-del'; ns: NsName; dev: string; ip: string }
  | { op: 'sysctl'; ns: NsName; key: string; value: string }
  /** Replace the whole vxnet nftables table of a namespace in one transaction ("" script = delete it). */
  | { op: 'nft-table'; ns: NsName; script: string }
  /** Add and delete elements of the table's named maps in one transaction (published ports): cost independent of the table's size. */
  | { op: 'nft-elements'; ns: NsName; add: NftElement[]; del: NftElement[] };

/** One element of a named nftables map, in nft's own notation, e.g. map "pub_any", key "tcp . 8080", value "172.19.0.2 . 80". */
export interface NftElement {
  map: string;
  key: string;
  value: string;
}

/** Identity of a map element: its map and key (its value may change). */
export const elementId = (e: NftElement) => `${e.map}\u0000${e.key}`;

export type OpName = Op['op'];

/**
 * The order in which kinds of operation are applied. The kernel layer batches
 * operations of one stage by (tool, namespace), so within a stage nothing may
 * depend on another namespace's batch; within a batch the plan's order holds.
 * Stages are as few as the dependencies allow, because each stage costs a
 * process per namespace it touches (DESIGN: a process start is 4-6 ms):
 * removals inside namespaces; namespace deletion; namespace creation; every
 * link creation (one batch in the agent's namespace, each link placed in its
 * namespace as it is made); then one configuration batch per namespace, in
 * the plan's order: links up and enslaved, addresses, FDB and neighbour
 * entries (flannel's order: before anything routes over them), routes.
 */
export const STAGE: Record<OpName, number> = {
  'fdb-del': 0,
  'neigh-del': 0,
  'route-del': 0,
  'addr-del': 0,
  'link-del': 0,
  'netns-del': 2,
  'netns-add': 3,
  'netns-attach': 3,
  'vxlan-add': 4,
  'bridge-add': 4,
  'veth-add': 4,
  sysctl: 5,
  'link-set': 6,
  'addr-replace': 6,
  'fdb-replace': 6,
  'fdb-append': 6,
  'neigh-replace': 6,
  'route-replace': 6,
  'nft-table': 10,
  'nft-elements': 11,
};

/** Stable sort by stage: the relative order of ops within a stage is kept. */
export function orderOps(ops: readonly Op[]): Op[] {
  return ops
    .map((op, i) => ({ op, i }))
    .sort((a, b) => STAGE[a.op.op] - STAGE[b.op.op] || a.i - b.i)
    .map((x) => x.op);
}

/**
 * Runtime namespaces bound by these ops: they hold what their runtime put
 * there, which no model predicts; they are observed after the pass (predict.ts).
 */
export function boundNamespaces(ops: readonly Op[]): NsName[] {
  return ops.flatMap((op) => (op.op === 'netns-attach' ? [op.ns] : []));
}

export function describeOp(op: Op): string {
  const { op: name, ns, ...rest } = op;
  return `${name}${ns ? ` [${ns}]` : ''} ${JSON.stringify(rest)}`;
}
