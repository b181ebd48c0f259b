// Docker's NetworkDriver "vxnet" (Scope local: legacy plugins cannot be
// global without swarm). A container starting on one vxnet network is wired
// at Join, as Docker's remote drivers do: the endpoint is allocated and its
// veth made (services/attach.ts handOver) before Join answers with the
// interface for Docker to move into the sandbox; once Docker's start is over
// the agent wires the rest. `network connect` (a sandbox that exists) and a
// container created with several networks are attached after Join through
// the one attach path instead (Join then hands Docker no interface). Join
// always answers DisableGatewayService (no docker_gwbridge). The vxnet
// endpoint carries the Docker endpoint id as its container id; that is how
// Leave finds it again, also after an agent restart.
// Owns: the driver handlers, the endpoint's vxnet name and aliases, `-p`
// translation. Must never: touch the kernel (the attach path does).
import { errorMessage, FailedPrecondition, InvalidArgument } from '../../../lib/errors.js';
import { checkName, printable } from '../../../lib/names.js';
import type { Logger } from '../../../lib/log.js';
import type { Workload } from '../../../proto/index.js';
import type { AttachRequest, PortMappingSpec } from '../../../lib/agent-protocol.js';
import type { EngineApi, EngineContainer } from './engine-api.js';
import type { Json, PluginHandler } from './http.js';
import type { Ipam } from './ipam.js';
import { checkNetworkOptions, type DockerNetworks } from './pools.js';
import { ContainerNames } from './container-names.js';
import { isNetns } from '../attach.js';

/** The agent's attach path for namespaces it did not create (services/attach.ts; resolves once wired). */
export interface Attacher {
  attach(req: AttachRequest): Promise<unknown>;
  /** Makes the endpoint's interface for the runtime to move in; resolves with its name in the agent's namespace. */
  handOver(req: AttachRequest): Promise<{ name: string; srcName: string }>;
  /** The handed-over endpoint's namespace exists: wire the rest. */
  sandboxReady(name: string): Promise<unknown>;
  /** Handed-over endpoints whose sandbox does not exist yet. */
  handovers(): ReadonlySet<string>;
  /** Calls back once the agent has found the handovers a previous run left pending (maybe none). */
  whenRecovered(listener: (names: string[]) => void): void;
  release(names: string[]): Promise<void>;
}

interface PortBinding {
  Proto?: number;
  IP?: string;
  Port?: number;
  HostIP?: string;
  HostPort?: number;
  HostPortEnd?: number;
}

const PORTMAP = 'com.docker.network.portmap';
const SANDBOX_WAIT_MS = 30_000;
const GENERIC = 'com.docker.network.generic';

interface Pending {
  nid: string;
  ip: string;
  mac: string;
  options: Json;
}

export class Driver {
  /** CreateEndpoint → Join: what Docker told us before the sandbox exists. */
  private readonly created = new Map<string, Pending>();
  /** Joins whose attach still runs (waiting for the sandbox, or being wired). */
  private readonly attaching = new Map<string, Promise<void>>();
  /** Endpoints Docker is taking away (Leave) while their start is awaited. */
  private readonly leaving = new Set<string>();

  constructor(
    private readonly networks: DockerNetworks,
    private readonly ipam: Ipam,
    private readonly engine: EngineApi,
    private readonly attacher: Attacher,
    private readonly mine: () => Iterable<Workload>,
    private readonly log: Logger,
  ) {
    this.names = new ContainerNames(engine, log);
  }
  private readonly names: ContainerNames;

  routes(): Record<string, PluginHandler> {
    const ok = () => ({});
    return {
      'NetworkDriver.GetCapabilities': () => ({ Scope: 'local', ConnectivityScope: 'global' }),
      'NetworkDriver.CreateNetwork': (b) => this.createNetwork(b),
      'NetworkDriver.DeleteNetwork': (b) => {
        this.networks.forget(String(b.NetworkID ?? ''));
        return {};
      },
      'NetworkDriver.CreateEndpoint': (b) => this.createEndpoint(b),
      'NetworkDriver.EndpointOperInfo': () => ({ Value: {} }),
      'NetworkDriver.Join': (b) => this.join(b),
      'NetworkDriver.Leave': (b) => this.leave(String(b.EndpointID ?? '')),
      'NetworkDriver.DeleteEndpoint': (b) => {
        const eid = String(b.EndpointID ?? '');
        this.created.delete(eid);
        return this.leave(eid); // a Leave lost while the plugin was away
      },
      'NetworkDriver.ProgramExternalConnectivity': ok,
      'NetworkDriver.RevokeExternalConnectivity': ok,
      'NetworkDriver.DiscoverNew': ok,
      'NetworkDriver.DiscoverDelete': ok,
    };
  }

  private async createNetwork(b: Json): Promise<Json> {
    const o = (b.Options ?? {}) as Json;
    if (o['com.docker.network.enable_ipv6']) throw new InvalidArgument('vxnet networks are IPv4 only: leave out --ipv6');
    checkNetworkOptions((o[GENERIC] ?? {}) as Json);
    if (((b.IPv4Data ?? []) as unknown[]).length > 1) throw new InvalidArgument('a vxnet network has one subnet: give one --subnet');
    const nid = String(b.NetworkID ?? '');
    // Docker stores the network (and so its name) only after this returns: make the vxnet network right after.
    void this.ensureSoon(nid);
    return {};
  }

  private async ensureSoon(nid: string): Promise<void> {
    for (let i = 0; i < 50; i++) {
      await new Promise((r) => setTimeout(r, 100));
      try {
        await this.networks.byDockerId(nid);
        return;
      } catch (err) {
        if ((err as { status?: number }).status !== 404) {
          this.log.warn(
            { network: nid, err: (err as Error).message },
            'docker network has no vxnet network yet (its first container will try again)',
          );
          return;
        }
      }
    }
  }

  private createEndpoint(b: Json): Json {
    const iface = (b.Interface ?? {}) as Json;
    const addr = String(iface.Address ?? '');
    if (!addr) throw new InvalidArgument('vxnet endpoints need an address from vxnet: create the network with --ipam-driver vxnet');
    if (iface.AddressIPv6) throw new InvalidArgument('vxnet networks are IPv4 only');
    this.created.set(String(b.EndpointID ?? ''), {
      nid: String(b.NetworkID ?? ''),
      ip: addr.split('/')[0]!,
      mac: String(iface.MacAddress ?? ''),
      options: (b.Options ?? {}) as Json,
    });
    return {};
  }

  private async join(b: Json): Promise<Json> {
    const t0 = performance.now();
    const eid = String(b.EndpointID ?? '');
    const nid = String(b.NetworkID ?? '');
    const sandbox = String(b.SandboxKey ?? '');
    const ep = this.created.get(eid);
    if (!ep)
      throw new FailedPrecondition(
        `endpoint ${eid.slice(0, 12)} is unknown to vxnet (the agent restarted meanwhile): start the container again`,
      );
    const n = await this.networks.byDockerId(nid);
    const all = [...this.mine()];
    // `network connect` of a container already on a vxnet network: its sibling endpoint knows the name.
    const sibling = all.find((w) => w.netnsPath === sandbox);
    const found = await this.names.containerOf(nid, n.name!, eid, sibling?.containerId ?? undefined);
    const tList = performance.now();
    const container = sibling ? { ...found, name: sibling.name!.split('.')[0]! } : found;
    // Its first vxnet network gets the container's name; more networks (network connect) get NAME.NETWORK.
    const name = checkName('container', all.some((w) => w.name === container.name) ? `${container.name}.${n.name}` : container.name);
    const ports = new Map<string, PortMappingSpec>();
    for (const p of [...portsOf(ep.options[PORTMAP]), ...portsOf(((b.Options ?? {}) as Json)[PORTMAP])])
      ports.set(`${p.hostIp}:${p.hostPort}:${p.containerPort}/${p.protocol}`, p);
    const req: AttachRequest = {
      kind: 'docker',
      name,
      containerId: eid,
      netns: sandbox,
      network: n.name!,
      ifname: nextIfname(all.filter((w) => w.netnsPath === sandbox)),
      ip: ep.ip,
      ...(ep.mac ? { mac: ep.mac } : {}),
      ports: [...ports.values()],
      aliases: [],
    };
    // A container starting on this one network (a sandbox Docker has not made yet, so Docker will
    // name the moved interface eth0): its interface is made now and handed to Docker in the answer.
    if (!sibling && container.networks === 1 && req.ifname === 'eth0' && !(await isNetns(sandbox))) {
      const names = await this.names.atJoin(container.id, nid, n.name!, container.name);
      const tNames = performance.now();
      const h = await this.attacher.handOver({ ...req, aliases: this.names.aliasesOf(name, names) });
      this.log.debug(
        {
          endpoint: h.name,
          interface: h.srcName,
          ms: Math.round(performance.now() - t0),
          listMs: Math.round(tList - t0),
          namesMs: Math.round(tNames - tList),
          wiredMs: Math.round(performance.now() - tNames),
        },
        'docker join: interface handed to docker',
      );
      this.track(eid, ep.ip, this.whenStarted(h.name, sandbox, container.id, eid));
      return { InterfaceName: { SrcName: h.srcName, DstPrefix: 'eth' }, DisableGatewayService: true };
    }
    this.track(eid, ep.ip, this.attachWhenReady(req, this.names.afterStart(container.id, nid, n.name!)));
    return { DisableGatewayService: true };
  }

  /**
   * Handovers a previous run of the agent left pending (it stopped between
   * Join and the container's start; services/handovers.ts recover): their
   * container's start is followed again as Join would have. An endpoint
   * whose container Docker no longer lists is released; while the daemon
   * does not answer (bounded), it is asked again.
   */
  async resume(names: readonly string[]): Promise<void> {
    if (names.length === 0) return;
    const end = Date.now() + SANDBOX_WAIT_MS;
    let listed: EngineContainer[] | undefined;
    while (!listed) {
      listed = await this.engine.containers().catch((err) => {
        if (Date.now() > end) throw err;
        return undefined;
      });
      if (!listed) await new Promise((r) => setTimeout(r, 500));
    }
    for (const name of names) {
      const w = [...this.mine()].find((x) => x.name === name);
      if (!w?.containerId || !w.netnsPath) continue;
      // A handed-over endpoint carries its container's name (its first and only vxnet network at Join).
      const c = listed.find((x) => (x.Names ?? []).includes(`/${name}`));
      this.log.info({ endpoint: name, container: c?.Id.slice(0, 12) }, 'docker endpoint handed over before a restart: following its start');
      const work = c ? this.whenStarted(name, w.netnsPath, c.Id, w.containerId) : this.attacher.release([name]);
      this.track(w.containerId, w.attachments?.[0]?.ip ?? '', work);
    }
  }

  private track(eid: string, ip: string, work: Promise<void>): void {
    const job = work
      .catch((err) =>
        this.log.error(
          { endpoint: eid.slice(0, 12), err: errorMessage(err) },
          'docker endpoint not wired: the container has no vxnet interface',
        ),
      )
      .finally(() => {
        this.ipam.settled(ip);
        this.attaching.delete(eid);
      });
    this.attaching.set(eid, job);
  }

  /**
   * Docker moves the handed-over interface into the sandbox, renames and
   * addresses it in the start's prestart hook, after the sandbox is already
   * a namespace: the agent wires the rest (gw0, routes) only once the start
   * is over (the list no longer shows the container "created"), so it never
   * finds the interface half moved.
   */
  private async whenStarted(name: string, sandbox: string, id: string, eid: string): Promise<void> {
    const end = Date.now() + SANDBOX_WAIT_MS;
    // A failed start leaves the container "created": Docker's Leave (leaving) ends the wait.
    while (!this.leaving.has(eid)) {
      const c = await this.engine.listed(id).catch(() => ({ Id: id, State: 'created' }) as EngineContainer);
      if (c === undefined || c.State !== 'created') break;
      if (Date.now() > end) {
        await this.attacher.release([name]);
        throw new FailedPrecondition(`container ${id.slice(0, 12)} did not start within ${SANDBOX_WAIT_MS / 1000}s: endpoint released`);
      }
      await new Promise((r) => setTimeout(r, 15));
    }
    // A container that is gone or ended at once has no sandbox left to wire (Docker's Leave may never come).
    if (this.leaving.has(eid) || !(await isNetns(sandbox))) {
      await this.attacher.release([name]);
      return;
    }
    this.log.debug({ endpoint: name, sandbox }, 'docker container started');
    await this.attacher.sandboxReady(name);
    this.log.debug({ endpoint: name }, 'docker endpoint wired');
  }

  /**
   * Docker makes the sandbox only after Join returns (runc's prestart hook
   * binds the container's namespace to the key): wait for it, then attach.
   * The interface appears a moment after the container's process starts.
   */
  private async attachWhenReady(req: AttachRequest, names: Promise<string[]>): Promise<void> {
    const end = Date.now() + SANDBOX_WAIT_MS;
    while (!(await isNetns(req.netns))) {
      if (Date.now() > end) throw new FailedPrecondition(`sandbox ${req.netns} did not appear within ${SANDBOX_WAIT_MS / 1000}s`);
      await new Promise((r) => setTimeout(r, 10));
    }
    await this.attacher.attach({ ...req, aliases: this.names.aliasesOf(req.name, await names) });
  }

  private async leave(eid: string): Promise<Json> {
    this.leaving.add(eid);
    await this.attaching.get(eid);
    this.leaving.delete(eid);
    const names = [...this.mine()].filter((w) => w.containerId === eid).map((w) => w.name!);
    if (names.length > 0) await this.attacher.release(names);
    return {};
  }
}

/**
 * Docker's port bindings as vxnet port mappings: `-p H:C` one host port,
 * `-p FROM-TO:C` any one of the range, `-P` and `-p C` (HostPort 0) any port
 * of the host's range, as `vxnet run -p` takes them.
 */
export function portsOf(v: unknown): PortMappingSpec[] {
  if (!Array.isArray(v)) return [];
  return (v as PortBinding[]).map((p) => {
    const protocol = p.Proto === 17 ? 'udp' : p.Proto === 6 || p.Proto === undefined ? 'tcp' : undefined;
    if (!protocol || !p.Port)
      throw new InvalidArgument(`port binding ${printable(JSON.stringify(p))} is not supported: vxnet publishes tcp and udp`);
    const hostPort = p.HostPort ?? 0;
    const end = p.HostPortEnd && p.HostPortEnd > hostPort && hostPort > 0 ? { hostPortEnd: p.HostPortEnd } : {};
    return { hostPort, ...end, containerPort: p.Port, protocol, hostIp: p.HostIP ?? '' };
  });
}

function nextIfname(same: Workload[]): string {
  const used = new Set(same.map((w) => w.attachments?.[0]?.ifname));
  for (let i = 0; ; i++) if (!used.has(`eth${i}`)) return `eth${i}`;
}
