// Wires one host's agent together: KV watches feed the reconciler, which
// drives the kernel; the process supervisor, exec server and heartbeat read
// from both. Usable in-process (tests, benchmarks with a fake kernel) and
// from main.ts.
import type { NatsConnection } from '@nats-io/transport-node';
import { Kvm, type KV } from '@nats-io/kv';
import type { AgentStatus, Workload } from '../proto/index.js';
import { BUCKET } from '../proto/index.js';
import type { Logger } from '../lib/log.js';
import { errorMessage } from '../lib/errors.js';
import type { Kernel } from './kernel/kernel.js';
import type { AgentConfig } from './config/config.js';
import { catchUpOnClusterChange, DesiredWatcher } from './pipeline/watch.js';
import { Reconciler, type Predictor } from './pipeline/reconciler.js';
import { ProcessSupervisor } from './services/processes.js';
import { ExecServer } from './services/exec.js';
import { PortCheckServer } from './services/portcheck.js';
import { Loopback6Proxy } from './services/loopback6.js';
import { HOST_NS } from './model/kernel-objects.js';
import { loopback6Ports } from './modes/firewall.js';
import { LogsServer } from './services/logs/server.js';
import { Heartbeat } from './services/heartbeat.js';
import { execNamespace, hasOwnNamespace } from './modes/workload.js';
import { isAttached, namespaceOf as ownNamespaceOf, networkNs } from './model/naming.js';
import { WorkloadFiles } from './services/files.js';
import { AgentMetrics } from './services/metrics.js';
import { serveMetrics, type MetricsServer } from '../lib/metrics.js';
import { AttachService } from './services/attach.js';
import { resolverAddresses } from './services/attach-specs.js';
import { AgentSocket } from './services/agent-socket.js';
import { DockerPlugin } from './services/docker/plugin.js';
import { backoffMs, WAIT_BACKOFF } from '../lib/backoff.js';

/** The agent's settings without the NATS connection (already made by the caller). */
export type AgentOptions = Omit<AgentConfig, 'nats'> & {
  predict?: Predictor;
  /**
   * Where workload /etc files go (/etc/netns for the real agent): also turns on
   * hostnames and the host's resolver. Unset (in-process agents on a fake kernel): none.
   */
  etcNetnsDir?: string;
  /** Attach path settings: tests on a fake kernel trust any netns path; the liveness sweep period. */
  attach?: { trustNetnsPath?: boolean; livenessMs?: number; wireTimeoutMs?: number };
};

export class Agent {
  private constructor(
    readonly watcher: DesiredWatcher,
    readonly reconciler: Reconciler,
    readonly supervisor: ProcessSupervisor,
    private readonly exec: ExecServer,
    private readonly heartbeat: Heartbeat,
    readonly files: WorkloadFiles | undefined,
    /** The attach path for namespaces of other runtimes (services/attach.ts). */
    readonly attach: AttachService,
    /** The local socket front-ends use; undefined when the agent has none. */
    readonly socket: AgentSocket | undefined,
  ) {}

  /** Request/reply servers for the controller and CLI (host port checks, workload logs), and the [::1] proxy of IPv6 published ports. */
  private hostServers: { stop(): void }[] = [];
  /** Always kept (tests read them); served over HTTP only when `metrics` is set. */
  metrics: AgentMetrics | undefined;
  private metricsServer: MetricsServer | undefined;
  /** The Docker network + IPAM plugin (`--docker`), on the same attach path. */
  private dockerPlugin: DockerPlugin | undefined;

  static async start(nc: NatsConnection, kernel: Kernel, o: AgentOptions, log: Logger): Promise<Agent> {
    const kv = await openBucket(nc, log);
    let reconciler: Reconciler | undefined;
    let files: WorkloadFiles | undefined;
    let attach: AttachService | undefined;
    const watcher = new DesiredWatcher(
      kv,
      o.host,
      () => {
        reconciler?.trigger();
        files?.trigger();
      },
      log,
      { nc, bucket: BUCKET },
    );
    catchUpOnClusterChange(nc, watcher);
    reconciler = new Reconciler(kernel, watcher, {
      host: o.host,
      prefix: o.nsPrefix,
      underlayDev: o.underlayDev,
      vxlanPort: o.vxlanPort,
      resyncMs: o.resyncSeconds * 1000,
      handovers: (observed) => attach?.handovers(observed) ?? new Set(),
      log,
      ...(o.underlayIp ? { underlayIp: o.underlayIp } : {}),
      ...(o.predict ? { predict: o.predict } : {}),
      ...(o.verifyPrediction ? { verifyPrediction: true } : {}),
      ...(o.bridge ? { bridge: o.bridge } : {}),
      ...(o.gatewayBridge ? { gatewayBridge: o.gatewayBridge } : {}),
      ...(o.ipv6Nat ? { ipv6Nat: true } : {}),
    });
    const supervisor = new ProcessSupervisor(kernel, o.stateDir, log, o.logLimits);
    if (o.etcNetnsDir) {
      files = new WorkloadFiles(kernel, watcher, {
        prefix: o.nsPrefix,
        stateDir: o.stateDir,
        etcNetnsDir: o.etcNetnsDir,
        log,
        ...(o.bridge ? { bridge: o.bridge } : {}),
        ...(o.gatewayBridge ? { gatewayBridge: o.gatewayBridge } : {}),
        ...(o.hostResolvConf ? { hostResolvConf: o.hostResolvConf } : {}),
      });
    }
    const built = new Set<string>();
    const namespaceOf = (w: Workload): string | undefined => {
      const ns = execNamespace(w, watcher.state.workloads, o.nsPrefix);
      if (ns === undefined) return undefined;
      return ns === '' || (built.has(ns) && (isAttached(w) || (files?.ready(ns) ?? true))) ? ns : undefined;
    };
    const status = (): AgentStatus => ({
      host: o.host,
      converged: reconciler!.lastReport.converged,
      lastError: reconciler!.lastReport.error ?? '',
      reconciles: reconciler!.stats.reconciles,
      predictionChecks: reconciler!.stats.predictionChecks,
      predictionDivergences: reconciler!.stats.predictionDivergences,
      workloads: [...watcher.state.workloads.values()].map((w) => ({
        name: w.name!,
        ...(namespaceOf(w) === undefined
          ? { state: reconciler!.lastReport.error ? 'error' : 'pending', error: reconciler!.lastReport.error ?? '' }
          : supervisor.status(w)),
      })),
    });
    const heartbeat = new Heartbeat(nc, o.host, o.heartbeatSeconds * 1000, () => reconciler!.facts, status);
    const metrics = new AgentMetrics(o.host, () => watcher.state);
    watcher.onLagMs = (ms) => metrics.watchLagMs(ms);
    attach = new AttachService({
      nc,
      host: o.host,
      prefix: o.nsPrefix,
      kernel,
      workloads: () => watcher.state.workloads,
      facts: () => reconciler!.facts,
      lastError: () => reconciler!.lastReport.error,
      // The host's resolver answers on the gateways of user-defined networks (services/dns/):
      // that is the attached container's name server, as it is a workload's.
      ready: (w) => files?.dnsSettled(w) ?? true,
      dns: (w) => ({ nameservers: o.etcNetnsDir ? resolverAddresses(w) : [], search: [] }),
      log,
      ...(o.attach?.trustNetnsPath ? { trustNetnsPath: true } : {}),
      ...(o.attach?.wireTimeoutMs ? { wireTimeoutMs: o.attach.wireTimeoutMs } : {}),
      reconcile: () => reconciler!.trigger(),
    });
    supervisor.onChange = () => heartbeat.publishStatus();
    const loopback6 = new Loopback6Proxy(log);
    if (files) {
      // Another host's workload is answered once its neighbour entry is in place: a name that
      // resolves before it would cost the asker's first ARP, and Linux asks again only a second later.
      files.resolver.reachable = (network, ep) =>
        ep.host === o.host || reconciler!.hasNeighbour(networkNs(o.nsPrefix, network), ep.ip!) !== false;
    }
    reconciler.onReport = (r) => {
      if (r.ops > 0) files?.resolver.changed(); // what the kernel has may have changed what is answered
      if (!r.error && r.handedOver?.length) attach!.onHandedOver(r.handedOver);
      metrics.reconciled({ durationMs: r.durationMs ?? 0, ops: r.ops, error: r.error, converged: r.converged });
      metrics.divergencesTotal(reconciler!.stats.predictionDivergences);
      if (r.converged) {
        built.clear();
        for (const w of watcher.state.workloads.values()) if (hasOwnNamespace(w)) built.add(ownNamespaceOf(w, o.nsPrefix));
        files?.setBuilt(built);
        attach.onReport(true, built);
        supervisor.sync(watcher.state.workloads, namespaceOf);
        loopback6.sync(loopback6Ports(reconciler!.lastTarget?.namespaces.get(HOST_NS)?.nftElements ?? []));
        heartbeat.publishStatus();
      }
    };
    // Workload commands start once their files, hostname and resolver are in place.
    if (files) {
      files.onSynced = () => {
        supervisor.sync(watcher.state.workloads, namespaceOf);
        heartbeat.publishStatus();
      };
      // An attach answers once the resolver serves the endpoint's network: no polling delay.
      files.onDnsChange = () => attach.recheck();
    }
    const exec = new ExecServer(nc, o.host, kernel, { workloads: () => watcher.state.workloads, namespaceOf }, log);
    exec.start();
    const hostServers = [
      new PortCheckServer(nc, o.host, log, undefined, () => loopback6.held()),
      new LogsServer(nc, o.host, {
        workloads: () => watcher.state.workloads,
        logDir: (n) => supervisor.outputs.dirOf(n),
        drain: (n) => supervisor.outputs.drain(n),
        // 'created': the command is about to start (its namespace or output FIFOs are being made).
        running: (w) => ['running', 'restarting', 'created'].includes(supervisor.status(w).state ?? ''),
      }),
    ];
    for (const s of hostServers) s.start();
    await watcher.start();
    reconciler.start();
    heartbeat.start();
    let socket: AgentSocket | undefined;
    if (o.socket) {
      socket = new AgentSocket(attach, {
        path: o.socket,
        prefix: o.nsPrefix,
        converged: () => reconciler!.lastReport.converged,
        log,
        ...(o.attach?.livenessMs !== undefined ? { livenessMs: o.attach.livenessMs } : {}),
      });
      await socket.start();
    }
    const agent = new Agent(watcher, reconciler, supervisor, exec, heartbeat, files, attach, socket);
    agent.hostServers = [...hostServers, loopback6];
    agent.metrics = metrics;
    if (o.metrics) {
      const health = () => (reconciler!.lastReport.error ? `last reconcile failed: ${reconciler!.lastReport.error}` : undefined);
      agent.metricsServer = await serveMetrics(metrics.registry, o.metrics, health, log);
    }
    if (o.docker) {
      agent.dockerPlugin = await DockerPlugin.start(
        nc,
        attach,
        {
          host: o.host,
          pluginSocket: o.docker.pluginSocket,
          dockerSocket: o.docker.dockerSocket,
          reconcileMs: o.docker.reconcileSeconds * 1000,
          workloads: () => watcher.state.workloads.values(),
          holder: watcher,
        },
        log,
      );
    }
    return agent;
  }

  async stop(): Promise<void> {
    await this.metricsServer?.close();
    await this.dockerPlugin?.stop();
    await this.socket?.stop();
    this.heartbeat.stop();
    this.exec.stop();
    for (const s of this.hostServers) s.stop();
    this.watcher.stop();
    await this.reconciler.stop();
    await this.files?.stop();
    this.supervisor.outputs.closeAll();
  }
}

/** The controller creates the bucket; an agent that starts first waits for it. */
async function openBucket(nc: NatsConnection, log: Logger): Promise<KV> {
  const kvm = new Kvm(nc);
  for (let attempt = 0; ; attempt++) {
    try {
      const kv = await kvm.open(BUCKET);
      await kv.status();
      return kv;
    } catch (err) {
      if (attempt % 10 === 0) log.warn({ err: errorMessage(err) }, `waiting for KV bucket ${BUCKET} (is a controller running?)`);
      await new Promise((r) => setTimeout(r, backoffMs(attempt, WAIT_BACKOFF)));
    }
  }
}
