// The Docker plugin inside the agent: the legacy plugin protocol server
// (NetworkDriver + IpamDriver "vxnet") and its reconciliation against the
// daemon's own view. Docker drops the calls it could not deliver while the
// plugin was away (never replayed): at start and every `reconcileMs` the
// plugin releases vxnet endpoints of this host whose Docker endpoint is gone
// (its sandbox unbound too), so addresses and interfaces do not leak; the
// ones that exist stay, and the agent's reconciler keeps them wired. The
// same pass matches the daemon's networks with the vxnet ones: the overlays
// they use are held on this host (pools.ts). It
// starts only once the agent has found the interfaces a previous run handed
// to Docker for containers not started yet (services/handovers.ts recover):
// those are followed again (driver.resume), never released as leaks.
// Owns: starting/stopping the server and the loop. Must never: run before
// the attach path is ready (the agent starts it last) or touch the kernel.
import type { NatsConnection } from '@nats-io/transport-node';
import type { Logger } from '../../../lib/log.js';
import { errorMessage } from '../../../lib/errors.js';
import { EndpointKind, type Workload } from '../../../proto/index.js';
import { Driver, type Attacher } from './driver.js';
import { isNetns } from '../attach.js';
import { EngineApi } from './engine-api.js';
import { PluginServer } from './http.js';
import { Ipam } from './ipam.js';
import { DockerNetworks, type NetworkHolder } from './pools.js';
import { VxnetRequests } from './vxnet-requests.js';

export interface DockerPluginOptions {
  host: string;
  pluginSocket: string;
  dockerSocket: string;
  reconcileMs: number;
  /** This host's workloads (the agent's desired state). */
  workloads: () => Iterable<Workload>;
  /** Keeps the overlays this daemon's networks use (the agent's desired state). */
  holder: NetworkHolder;
}

export class DockerPlugin {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  /** Set once the agent has found the handovers a previous run left: before, one would look leaked. */
  private recovered = false;

  private constructor(
    private readonly server: PluginServer,
    private readonly engine: EngineApi,
    private readonly vx: VxnetRequests,
    private readonly networks: DockerNetworks,
    private readonly attacher: Attacher,
    private readonly o: DockerPluginOptions,
    private readonly log: Logger,
  ) {}

  static async start(nc: NatsConnection, attacher: Attacher, o: DockerPluginOptions, log: Logger): Promise<DockerPlugin> {
    const engine = new EngineApi(o.dockerSocket);
    const vx = new VxnetRequests(nc, o.host);
    const networks = new DockerNetworks(engine, vx, o.holder);
    const ipam = new Ipam(networks, vx);
    const mine = () => [...o.workloads()].filter((w) => w.kind === EndpointKind.KIND_DOCKER);
    const driver = new Driver(networks, ipam, engine, attacher, mine, log);
    const server = new PluginServer(
      o.pluginSocket,
      {
        'Plugin.Activate': () => ({ Implements: ['NetworkDriver', 'IpamDriver'] }),
        ...driver.routes(),
        ...ipam.routes(),
      },
      log,
    );
    await server.start();
    const p = new DockerPlugin(server, engine, vx, networks, attacher, o, log);
    log.info({ socket: o.pluginSocket, docker: o.dockerSocket }, 'docker plugin serving');
    p.timer = setInterval(() => p.reconcileNow(), o.reconcileMs);
    p.timer.unref();
    attacher.whenRecovered((names) => {
      p.recovered = true;
      void driver.resume(names).catch((err) => log.warn({ err: errorMessage(err) }, 'docker: cannot follow handed-over endpoints'));
      void p.reconcileNow();
    });
    return p;
  }

  /** One pass unless one is running; errors are logged (the next pass tries again). */
  reconcileNow(): Promise<void> {
    this.running ??= this.reconcile()
      .catch((err) => this.log.warn({ err: errorMessage(err) }, 'docker reconcile failed'))
      .finally(() => {
        this.running = undefined;
      });
    return this.running;
  }

  private async reconcile(): Promise<void> {
    // The overlays to hold: the daemon's networks against the vxnet ones (either unreachable: nothing changes).
    const [docker, vxnets] = await Promise.all([this.engine.networks(), this.vx.networks()]);
    this.networks.sync(
      docker,
      vxnets.flatMap((v) => (v.network ? [v.network] : [])),
    );
    const mine = [...this.o.workloads()].filter((w) => w.kind === EndpointKind.KIND_DOCKER);
    if (mine.length === 0 || !this.recovered) return;
    // The daemon unreachable means nothing is known: release nothing.
    const live = new Set<string>();
    for (const c of await this.engine.containers()) {
      for (const n of Object.values(c.NetworkSettings?.Networks ?? {})) if (n.EndpointID) live.add(n.EndpointID);
    }
    // A container still starting has no endpoint id in the list yet, but its sandbox is bound;
    // a removed one's sandbox file is gone or left unbound (Docker unmounts it even when the plugin was away).
    // One whose interface is handed to Docker at Join waits for its sandbox (the container's start).
    const gone: Workload[] = [];
    const starting = this.attacher.handovers();
    for (const w of mine) if (!live.has(w.containerId ?? '') && !starting.has(w.name!) && !(await isNetns(w.netnsPath ?? ''))) gone.push(w);
    if (gone.length === 0) return;
    this.log.info({ endpoints: gone.map((w) => w.name) }, 'releasing endpoints whose docker containers are gone');
    await this.attacher.release(gone.map((w) => w.name!));
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
    await this.server.stop();
  }
}
