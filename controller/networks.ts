// Networks: create, list, inspect, remove, prune.
// Owns: the validation of a network request (names, driver, options) and the
// policy applied inside the registry's CAS (unique name, lowest free VNI, and
// per family the subnet rules of subnets.ts: non-overlapping, default from
// the pool; IPv6 only with --ipv6, its default pool the config's or the
// cluster's ULA /48 from ula.ts).
// Must never: write the registry except through Registry.mutate.
import { AlreadyExists, FailedPrecondition, InvalidArgument, NotFound } from '../lib/errors.js';
import { checkName, printable, randomId } from '../lib/names.js';
import { codecs, Driver, Keys, type Network, type NetworkCreateRequest, type NetworkView } from '../proto/index.js';
import { parseBlock, type Block } from '../lib/ip.js';
import type { DomainConfig } from './config.js';
import { requireHost } from './hosts.js';
import { findNetwork, type Registry } from './registry.js';
import { entries, type Store } from './store.js';
import { checkAuxAddresses, checkGatewayAndRange, placeSubnet, validateShape } from './subnets.js';
import { clusterUla } from './ula.js';
import { lowestFreeVni } from './vni.js';
import { byCodeUnit } from '../lib/order.js';

const RESERVED = new Set(['bridge', 'host', 'none', 'default']);

function checkNetworkName(name: string): string {
  if (RESERVED.has(name) || name.startsWith('container:')) {
    throw new InvalidArgument(`network name "${printable(name)}" is reserved: pick another name`);
  }
  return checkName('network', name);
}

/** Docker's driver option keys vxnet honours under another name. */
const DOCKER_MTU = 'com.docker.network.driver.mtu';

/** Docker's options vxnet cannot honour, each with what to do instead. */
const REFUSED_DOCKER_OPTIONS: Record<string, string> = {
  'com.docker.network.bridge.name': 'vxnet names its bridges itself (vxb + a hash of the network id)',
  'com.docker.network.bridge.enable_icc':
    'workloads on one vxnet network always reach each other; put them on separate networks to isolate them',
  'com.docker.network.bridge.enable_ip_masquerade': 'use --internal for a network without a way out',
};

/**
 * Driver options vxnet acts on: `mtu` (or Docker's com.docker.network.driver.mtu) on
 * bridge networks. Other com.docker.network.* options are refused rather than kept
 * and ignored; any other key is kept as labels are.
 */
function checkOptions(driver: Driver, options: Record<string, string>): void {
  for (const key of Object.keys(options)) {
    if (!key.startsWith('com.docker.network.') || key === DOCKER_MTU) continue;
    const why = REFUSED_DOCKER_OPTIONS[key] ?? 'vxnet does not implement it';
    throw new InvalidArgument(`-o ${key} is not supported: ${why}`);
  }
  const docker = options[DOCKER_MTU];
  if (docker !== undefined && options.mtu !== undefined && docker !== options.mtu) {
    throw new InvalidArgument(`-o mtu=${options.mtu} and -o ${DOCKER_MTU}=${docker} disagree: give one`);
  }
  const mtu = options.mtu ?? docker;
  if (mtu === undefined) return;
  if (driver !== Driver.BRIDGE)
    throw new InvalidArgument("-o mtu is for bridge networks: an overlay network's MTU follows the underlay (its MTU minus 50)");
  const n = Number(mtu);
  if (!/^\d+$/.test(mtu) || n < 576 || n > 65535)
    throw new InvalidArgument(`-o mtu=${mtu} is not an MTU: give an integer from 576 to 65535`);
}

/** The MTU a bridge network's interfaces get; 0 = the host's default. */
export function networkMtu(n: Network): number {
  const mtu = n.options?.mtu ?? n.options?.[DOCKER_MTU];
  return n.driver === Driver.BRIDGE && mtu ? Number(mtu) : 0;
}

export class Networks {
  /** The cluster's ULA /48 once read or written (it never changes). */
  private ula: string | undefined;

  constructor(
    private readonly store: Store,
    private readonly registry: Registry,
    private readonly config: DomainConfig,
  ) {}

  /**
   * Where IPv6 subnets come from without --subnet: the configured pool, else
   * the cluster's ULA /48 (read once). Before this controller writes a new
   * /48, `check` runs the request against it on a fresh registry, so a
   * request refused for another reason (a taken name) leaves the KV unchanged.
   */
  private async pool6(check: (pool: Block) => Promise<void>): Promise<Block> {
    if (this.config.defaultPool6) return parseBlock(this.config.defaultPool6, 6, 'default IPv6 pool');
    this.ula ??= await clusterUla(this.store, check);
    return parseBlock(this.ula, 6, 'cluster ULA pool');
  }

  async create(req: NetworkCreateRequest, now = Date.now()): Promise<Network> {
    const name = checkNetworkName(req.name ?? '');
    const driver = req.driver || Driver.OVERLAY;
    if (driver !== Driver.OVERLAY && driver !== Driver.BRIDGE) throw new InvalidArgument(`unknown driver ${driver}: use overlay or bridge`);
    if (driver === Driver.BRIDGE) {
      if (!req.host) throw new InvalidArgument('a bridge network is local to one host: give --host');
      await requireHost(this.store, req.host);
    } else if (req.host) {
      throw new InvalidArgument('--host is only for bridge networks: overlay networks span every host');
    }
    checkOptions(driver, req.options ?? {});
    const shape = validateShape(4, req);
    const gw4 = shape.subnet ? checkGatewayAndRange(shape.subnet, shape) : undefined;
    if (!req.ipv6 && (req.subnet6 || req.gateway6 || req.ipRange6)) {
      throw new InvalidArgument('an IPv6 --subnet, --gateway or --ip-range needs --ipv6: add --ipv6');
    }
    const shape6 = req.ipv6 ? validateShape(6, { subnet: req.subnet6, gateway: req.gateway6, ipRange: req.ipRange6 }) : undefined;
    const gw6 = shape6?.subnet ? checkGatewayAndRange(shape6.subnet, shape6) : undefined;
    const aux = checkAuxAddresses(req.auxAddresses ?? {}, { 4: shape, ...(shape6 ? { 6: shape6 } : {}) }, { 4: gw4, 6: gw6 });
    const pool = parseBlock(this.config.defaultPool, 4, 'default pool');
    const id = randomId();
    const build = (networks: readonly Network[], pool6: Block | undefined): Network => {
      if (networks.some((n) => n.name === name))
        throw new AlreadyExists(`network with name ${name} already exists: pick another name or remove it first`);
      const taken = networks.map((n) => ({ name: n.name!, subnet: n.subnet! }));
      const v4 = placeSubnet(shape, pool, this.config.defaultPrefix, taken, '--default-pool');
      const taken6 = networks.filter((n) => n.ipv6 && n.subnet6).map((n) => ({ name: n.name!, subnet: n.subnet6! }));
      const v6 = shape6 && placeSubnet(shape6, pool6, this.config.defaultPrefix6, taken6, "the controller's defaultPool6");
      const vni = driver === Driver.OVERLAY ? lowestFreeVni(networks.filter((n) => n.driver === Driver.OVERLAY).map((n) => n.vni!)) : 0;
      const network: Network = {
        name,
        id,
        driver,
        vni,
        subnet: v4.subnet,
        gateway: v4.gateway,
        ipRange: v4.ipRange,
        ...(v6 ? { ipv6: true, subnet6: v6.subnet, gateway6: v6.gateway, ipRange6: v6.ipRange } : {}),
        ...(Object.keys(aux).length > 0 ? { auxAddresses: aux } : {}),
        internal: !!req.internal,
        host: driver === Driver.BRIDGE ? req.host! : '',
        labels: req.labels ?? {},
        options: req.options ?? {},
        createdMs: now,
      };
      return network;
    };
    const pool6 =
      shape6 && !shape6.subnet ? await this.pool6(async (fresh) => void build((await this.registry.read()).networks, fresh)) : undefined;
    return this.registry.mutate((networks) => {
      const network = build(networks, pool6);
      return { networks: [...networks, network], result: network };
    });
  }

  /** Networks with their endpoints (`ls` counts them, `inspect` lists them). */
  async views(names: readonly string[]): Promise<NetworkView[]> {
    const { networks } = await this.registry.read();
    const wanted = names.filter(Boolean);
    const picked =
      wanted.length === 0
        ? [...networks].sort((a, b) => byCodeUnit(a.name!, b.name!))
        : wanted.map((n) => {
            const found = findNetwork(networks, n);
            if (!found) throw new NotFound(`network ${n} not found: see \`vxnet network ls\``);
            return found;
          });
    return Promise.all(
      picked.map(async (network) => {
        const eps = await entries(this.store, Keys.endpointsOf(network.name!), (b) => codecs.endpoint.decode(b));
        const endpoints = eps.map(({ value: e }) => ({
          workload: e.workload,
          host: e.host,
          ip: e.ip,
          ip6: e.ip6 ?? '',
          mac: e.mac,
          aliases: e.aliases ?? [],
          vtep: e.vtep,
          kind: e.kind ?? 0,
          containerId: e.containerId ?? '',
        }));
        return { network, endpoints };
      }),
    );
  }

  /** Removes each named network; returns the names removed, throws the first failure after trying all. */
  /** `force`: a network that does not exist is not an error (docker network rm -f). */
  async remove(names: readonly string[], force = false): Promise<{ removed: string[]; error?: Error }> {
    if (names.length === 0) throw new InvalidArgument('give at least one network name');
    const removed: string[] = [];
    let error: Error | undefined;
    for (const n of names) {
      try {
        removed.push(await this.removeOne(n));
      } catch (err) {
        if (force && err instanceof NotFound) continue;
        error ??= err as Error;
      }
    }
    return { removed, ...(error ? { error } : {}) };
  }

  async prune(): Promise<string[]> {
    const { networks } = await this.registry.read();
    const removed: string[] = [];
    for (const n of networks) {
      try {
        removed.push(await this.removeOne(n.id!));
      } catch (err) {
        if (!(err instanceof FailedPrecondition) && !(err instanceof NotFound)) throw err;
      }
    }
    return removed;
  }

  private async removeOne(nameOrId: string): Promise<string> {
    const network = await this.registry.find(nameOrId);
    if (!network) throw new NotFound(`network ${nameOrId} not found: see \`vxnet network ls\``);
    const eps = await this.store.keys(Keys.endpointsOf(network.name!));
    if (eps.length > 0) {
      const who = eps.map((k) => k.split('.').pop()!.replace(/=/g, '.'));
      throw new FailedPrecondition(`network ${network.name} has active endpoints (${who.join(', ')}): remove or disconnect them first`);
    }
    return this.registry.mutate((networks) => {
      const left = networks.filter((x) => x.id !== network.id);
      if (left.length === networks.length) throw new NotFound(`network ${nameOrId} not found: see \`vxnet network ls\``);
      return { networks: left, result: network.name! };
    });
  }
}
