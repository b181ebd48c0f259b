// TargetState: the kernel objects this host should hold, per namespace (types
// only). Built from DesiredState by the drivers (modes/targets.ts), compared with
// ObservedState by pipeline/plan.ts. Only what is listed here is owned and enforced;
// everything else in an owned namespace that vxnet could have made is removed.
import type { FdbEntry, NeighEntry, NftElement, NsName, RouteEntry } from './kernel-objects.js';

interface TargetVxlan {
  vni: number;
  port: number;
  local: string;
  dev: string;
}

interface TargetVeth {
  peerNs: NsName;
  peerName: string;
  peerMac: string;
  /** The end whose op creates the pair (the host side); the other end only checks. */
  creator: boolean;
  /**
   * The peer is handed to a runtime that moves it into its own namespace
   * (Docker at Join, modes/handover.ts), or the namespace it goes to is being
   * bound in this pass: the pair is valid with only this end observed, and
   * is never made again for want of its peer.
   */
  handover?: boolean;
}

export interface TargetLink {
  name: string;
  kind: 'bridge' | 'vxlan' | 'veth' | 'loopback';
  mtu?: number;
  mac?: string;
  master?: string;
  /** Bridge port isolation (`bridge_slave isolated on`): isolated ports cannot reach each other, only the bridge itself. */
  isolated?: boolean;
  up: boolean;
  addresses: string[];
  vxlan?: TargetVxlan;
  veth?: TargetVeth;
}

export interface TargetNamespace {
  /**
   * A container runtime's namespace (its netns path), bound under our name
   * instead of made: only the links listed here are ours in it, and the
   * default route only when the runtime left none (naming.attachedNs).
   */
  attach?: string;
  links: TargetLink[];
  routes: RouteEntry[];
  fdb: FdbEntry[];
  neigh: NeighEntry[];
  sysctls: { key: string; value: string }[];
  /** The vxnet nftables table; undefined = vxnet keeps no table here. */
  nft?: TargetNft;
  /** Elements of the table's named maps (published ports), changed one by one. */
  nftElements?: NftElement[];
}

/** The table's skeleton as an `nft -f` script, with what observing it must show (its hash and rule count). */
export interface TargetNft {
  script: string;
  hash: string;
  rules: number;
}

export interface TargetState {
  /** Every namespace vxnet wants, HOST_NS included (it always exists). */
  namespaces: Map<NsName, TargetNamespace>;
  /** What the drivers had to leave out of what was asked, one line each for the operator (logged once). */
  warnings?: string[];
}

export function emptyNamespace(): TargetNamespace {
  return { links: [], routes: [], fdb: [], neigh: [], sysctls: [] };
}
