// Docker networks ↔ vxnet networks. Docker tells a driver neither the name
// of a network nor, in IPAM calls, which network a pool belongs to; so the
// pool id says how to find it again, statelessly (it survives agent
// restarts: Docker keeps pool ids in its own store):
//   vxnet:s:<subnet>   `--subnet` given: the Docker network with that subnet
//   vxnet:a:<nonce>    no `--subnet` (Docker shows 0.0.0.0/0): the Docker network
//                      whose gateway is the sentinel 0.<nonce>; vxnet picks the subnet
// and the name comes from the daemon's API once the network exists there.
// While a Docker network of this daemon uses a vxnet overlay, the host holds
// that overlay's namespace (NetworkHolder: the agent keeps it with no
// endpoint), as Docker's bridge driver keeps its bridge from `network create`
// to `network rm`: a container's start then only adds its own interface.
// Owns: pool ids, the vxnet network of a Docker network (ensured through the
// controller, remembered per Docker network id), which overlays are held,
// the gateway answer.
// Must never: allocate addresses (ipam.ts) or touch the kernel.
import { randomBytes } from 'node:crypto';
import { FailedPrecondition, InvalidArgument } from '../../../lib/errors.js';
import { contains, formatCidr, formatIp, overlaps, parseCidr, parseIp } from '../../../lib/ipv4.js';
import { printable } from '../../../lib/names.js';
import { Driver, networkPartOf, type Attachment, type Network } from '../../../proto/index.js';
import type { EngineApi, EngineNetwork } from './engine-api.js';
import type { VxnetRequests } from './vxnet-requests.js';

export const PLUGIN_NAME = 'vxnet';
/** `-o` options vxnet takes on `docker network create`. */
const NETWORK_OPTIONS = { driver: 'vxnet.driver', mtu: 'mtu' } as const;

export type PoolRef = { kind: 'subnet'; subnet: string } | { kind: 'auto'; nonce: string };

export function poolId(ref: PoolRef): string {
  return ref.kind === 'subnet' ? `vxnet:s:${ref.subnet}` : `vxnet:a:${ref.nonce}`;
}

export function parsePoolId(id: unknown): PoolRef {
  const m = /^vxnet:(s|a):(.+)$/.exec(String(id ?? ''));
  if (m?.[1] === 's') return { kind: 'subnet', subnet: formatCidr(parseCidr(m[2]!)) };
  if (m?.[1] === 'a' && /^\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(m[2]!)) return { kind: 'auto', nonce: m[2]! };
  throw new InvalidArgument(`pool ${printable(String(id))} is not a vxnet pool: create the network with --ipam-driver vxnet`);
}

export const sentinelGateway = (nonce: string) => `0.${nonce}`;
export const newNonce = () => [...randomBytes(3)].join('.');

/** Keeps an overlay network's namespace on this host with no endpoint on it (the agent's DesiredWatcher). */
export interface NetworkHolder {
  hold(network: Attachment): void;
  release(network: string): void;
}

export class DockerNetworks {
  /** Docker network id → its vxnet network. */
  private readonly known = new Map<string, Network>();
  /** Pool id → its vxnet network (saves two API reads per container). */
  private readonly pools = new Map<string, Network>();

  constructor(
    private readonly engine: EngineApi,
    private readonly vx: VxnetRequests,
    private readonly holder: NetworkHolder,
  ) {}

  /** RequestPool: a subnet that overlaps another vxnet network is refused here, before Docker commits to it. */
  async requestPool(pool: string): Promise<{ ref: PoolRef; pool: string }> {
    if (!pool) return { ref: { kind: 'auto', nonce: newNonce() }, pool: '0.0.0.0/0' };
    const s = parseCidr(pool);
    const subnet = formatCidr(s);
    for (const v of await this.vx.networks()) {
      const n = v.network!;
      if (n.subnet !== subnet && overlaps(parseCidr(n.subnet!), s))
        throw new InvalidArgument(
          `subnet ${subnet} overlaps vxnet network ${n.name} (${n.subnet}): pick another subnet, or --subnet ${n.subnet} to join ${n.name}`,
        );
    }
    return { ref: { kind: 'subnet', subnet }, pool: subnet };
  }

  /** The gateway Docker records for a pool: the vxnet network's (or the sentinel of an auto pool). */
  async gateway(ref: PoolRef, asked: string): Promise<string> {
    if (ref.kind === 'auto') {
      if (asked) throw new InvalidArgument('--gateway needs --subnet: give the subnet too');
      return `${sentinelGateway(ref.nonce)}/0`;
    }
    const s = parseCidr(ref.subnet);
    const existing = (await this.vx.networks()).map((v) => v.network!).find((n) => n.subnet === ref.subnet);
    if (existing && asked && asked !== existing.gateway)
      throw new InvalidArgument(
        `vxnet network ${existing.name} (${ref.subnet}) has gateway ${existing.gateway}: give --gateway ${existing.gateway} or none`,
      );
    const gw = existing?.gateway || asked || formatIp(s.base + 1);
    if (!contains(s, parseIp(gw, 'gateway')))
      throw new InvalidArgument(`gateway ${gw} is outside subnet ${ref.subnet}: pick an address inside it`);
    return `${gw}/${s.prefix}`;
  }

  /** The vxnet network of the Docker network using pool `ref` (found in the daemon's API). */
  async byPool(ref: PoolRef): Promise<Network> {
    const cached = this.pools.get(poolId(ref));
    if (cached) return cached;
    const all = await this.engine.networks();
    const d = all.find((n) => {
      const c = n.IPAM?.Config?.[0];
      return ref.kind === 'subnet' ? c?.Subnet === ref.subnet : c?.Gateway === sentinelGateway(ref.nonce);
    });
    if (!d) throw new FailedPrecondition(`no Docker network uses pool ${poolId(ref)} (yet): try again`);
    const n = await this.ensure(d);
    this.pools.set(poolId(ref), n);
    return n;
  }

  async byDockerId(id: string): Promise<Network> {
    const cached = this.known.get(id);
    if (cached) return cached;
    return this.ensure(await this.engine.network(id));
  }

  forget(id: string): void {
    const n = this.known.get(id);
    this.known.delete(id);
    this.pools.clear();
    if (n && ![...this.known.values()].some((k) => k.name === n.name)) this.holder.release(n.name!);
  }

  /**
   * The daemon's vxnet networks against the vxnet networks that exist (the
   * plugin's reconcile; after an agent restart the first one): each Docker
   * network whose vxnet network exists is known and held, every other is
   * forgotten (removed from Docker while the plugin was away, or its vxnet
   * network removed by an admin). Creates nothing: only a container's Join
   * makes a removed vxnet network again.
   */
  sync(docker: readonly EngineNetwork[], existing: readonly Network[]): void {
    const byName = new Map(existing.map((n) => [n.name, n]));
    const live = new Set<string>();
    for (const d of docker) {
      const n = d.Driver === PLUGIN_NAME ? byName.get(d.Name) : undefined;
      if (!n) continue;
      live.add(d.Id);
      if (this.known.get(d.Id)?.id !== n.id) this.remember(d.Id, n);
    }
    for (const id of [...this.known.keys()]) if (!live.has(id)) this.forget(id);
  }

  /** Create-if-absent through the controller; remembers the answer. */
  async ensure(d: EngineNetwork): Promise<Network> {
    const cached = this.known.get(d.Id);
    if (cached) return cached;
    const c = d.IPAM?.Config?.[0];
    const subnet = c?.Subnet && c.Subnet !== '0.0.0.0/0' ? c.Subnet : '';
    const opts = checkNetworkOptions(d.Options ?? {});
    const n = await this.vx.ensureNetwork({
      name: d.Name,
      driver: opts.driver,
      subnet,
      gateway: subnet ? (c?.Gateway ?? '') : '',
      internal: !!d.Internal,
      options: opts.mtu ? { mtu: opts.mtu } : {},
      labels: { 'docker.network': d.Name },
    });
    this.remember(d.Id, n);
    return n;
  }

  private remember(dockerId: string, n: Network): void {
    this.known.set(dockerId, n);
    if (n.driver === Driver.OVERLAY) this.holder.hold(networkPartOf(n));
  }
}

/** `-o` options of `docker network create`: the known ones, or a one-line refusal. */
export function checkNetworkOptions(options: Record<string, unknown>): { driver: Driver; mtu?: string } {
  let driver = Driver.OVERLAY;
  let mtu: string | undefined;
  for (const [k, v] of Object.entries(options)) {
    if (k === NETWORK_OPTIONS.driver) {
      if (v === 'overlay') driver = Driver.OVERLAY;
      else if (v === 'bridge') driver = Driver.BRIDGE;
      else throw new InvalidArgument(`-o ${k}=${printable(String(v))}: use overlay (default) or bridge`);
    } else if (k === NETWORK_OPTIONS.mtu) mtu = String(v);
    else
      throw new InvalidArgument(
        `unknown option -o ${printable(k)}: vxnet takes -o ${NETWORK_OPTIONS.driver}=overlay|bridge and -o mtu=N (bridge)`,
      );
  }
  return { driver, ...(mtu ? { mtu } : {}) };
}
