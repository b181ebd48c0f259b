// The one attach path for namespaces the agent did not create (a CNI
// runtime's netns, a Docker sandbox). attach(): the controller allocates the
// endpoint like any workload (vxnet.host.<h>.attach, so only on this host);
// the Workload then arrives through the normal watch and the pipeline wires it
// exactly like a workload's interface (modes/, naming.attachedNs); attach()
// resolves once a converged pass holds it. detach() releases it the same way
// back. check() reads the live interface for CNI CHECK. handOver(): for a
// namespace the runtime has not made yet (Docker at Join), the same
// allocation, the veth made with its container end in the agent's namespace
// for the runtime to move (modes/handover.ts); sandboxReady() then turns it
// into an ordinary attached endpoint (the bookkeeping, also across a
// restart of the agent: services/handovers.ts).
// Must never touch the kernel itself (the pipeline does; it only reads through
// Kernel.inspectNamespace) nor allocate anything locally (the controller does).
import { statfs } from 'node:fs/promises';
import type { NatsConnection } from '@nats-io/transport-node';
import { AlreadyExists, Code, InvalidArgument, NotFound, Unavailable, VxnetError, errorMessage } from '../../lib/errors.js';
import { checkIfName, checkName, printable } from '../../lib/names.js';
import type { Logger } from '../../lib/log.js';
import type { AttachRequest, AttachResult, CheckReply, EndpointKindName, EndpointRef } from '../../lib/agent-protocol.js';
import { codecs, EndpointKind, HostSubjects, Protocol, type Codec, type Workload, type WorkloadReply } from '../../proto/index.js';
import type { Kernel } from '../kernel/kernel.js';
import type { HostFacts } from '../model/desired.js';
import type { ObservedState } from '../model/kernel-objects.js';
import { Handovers } from './handovers.js';
import { attachedNs, handoverName, namespaceOf, vethName } from '../model/naming.js';
import { prefixLength } from '../../lib/ipv4.js';
import { attachmentMtu } from '../modes/workload.js';
import { publishSpec } from './attach-specs.js';

/** nsfs's magic number (linux/magic.h): what a network namespace file is. */
const NSFS_MAGIC = 0x6e736673;

/** Whether `path` is a network namespace (a runtime's netns path once its namespace is bound there). */
export async function isNetns(path: string): Promise<boolean> {
  try {
    return (await statfs(path)).type === NSFS_MAGIC;
  } catch {
    return false;
  }
}

export interface AttachDeps {
  nc: NatsConnection;
  host: string;
  prefix: string;
  kernel: Pick<Kernel, 'inspectNamespace'>;
  /** This host's workloads, as the watcher holds them. */
  workloads: () => ReadonlyMap<string, Workload>;
  facts: () => HostFacts | undefined;
  /** The reconciler's last error, for a message when wiring takes too long. */
  lastError: () => string | undefined;
  /** Whether what the endpoint needs beside its wiring (e.g. its networks' resolver) is in place; default: yes. */
  ready?: (w: Workload) => boolean;
  /** The name servers and search domains a container on this host should use. */
  dns: (w: Workload) => { nameservers: string[]; search: string[] };
  log: Logger;
  /** How long attach waits for the pipeline to wire the endpoint (default 20 s). */
  wireTimeoutMs?: number;
  /** Skip the nsfs check of the netns path (in-process agents on a fake kernel). */
  trustNetnsPath?: boolean;
  /** Asks for a reconcile pass (a handed-over endpoint's namespace now exists). */
  reconcile?: () => void;
}

/** What a runtime moves into the container's namespace itself (Docker: the Join answer's InterfaceName). */
export interface HandedOver {
  /** The endpoint's vxnet name. */
  name: string;
  /** The container end of the veth, in the agent's namespace until the runtime moves it. */
  srcName: string;
  ip: string;
  mac: string;
}

const KIND: Record<EndpointKindName, EndpointKind> = { docker: EndpointKind.KIND_DOCKER, cni: EndpointKind.KIND_CNI };

function kindName(k: EndpointKind | null | undefined): EndpointKindName | undefined {
  return k === EndpointKind.KIND_DOCKER ? 'docker' : k === EndpointKind.KIND_CNI ? 'cni' : undefined;
}

interface Waiter {
  done: () => boolean;
  resolve: () => void;
}

export class AttachService {
  private built: ReadonlySet<string> = new Set();
  private readonly waiters = new Set<Waiter>();
  /** Endpoints whose interface waits in the agent's namespace for its runtime to move it (modes/handover.ts). */
  private readonly pending: Handovers;

  constructor(private readonly d: AttachDeps) {
    this.pending = new Handovers(d.prefix, d.workloads, d.log);
  }

  /** The reconciler's view of the handed-over endpoints whose namespace is not made yet (its first pass gives its observation). */
  handovers(observed?: ObservedState): ReadonlySet<string> {
    return this.pending.current(observed);
  }

  /** Calls back once the first pass has found the handovers a previous run left (maybe none): see Handovers. */
  whenRecovered(listener: (names: string[]) => void): void {
    this.pending.whenRecovered(listener);
  }

  /** Called after every pass that did not fail with the handed-over endpoints it left made. */
  onHandedOver(names: readonly string[]): void {
    if (this.pending.madeBy(names).length > 0) this.recheck();
  }

  /** Called after every reconcile pass with the namespaces a converged pass holds. */
  onReport(converged: boolean, built: ReadonlySet<string>): void {
    if (!converged) return;
    this.built = built;
    this.recheck();
  }

  /** Looks at the waiting attaches again: something they wait for beside the reconciler changed (a resolver started serving). */
  recheck(): void {
    for (const w of [...this.waiters]) {
      if (w.done()) {
        this.waiters.delete(w);
        w.resolve();
      }
    }
  }

  async attach(req: AttachRequest): Promise<AttachResult> {
    await this.checkNetns(req.netns);
    return this.resultOf(await this.allocate(req, false));
  }

  /**
   * For a namespace the runtime has not made yet (Docker's sandbox at Join):
   * allocates the endpoint and makes its veth with the container end in the
   * agent's namespace, for the runtime to move in (modes/handover.ts).
   * Resolves once that end exists; sandboxReady() then hands the endpoint
   * to the ordinary attached wiring.
   */
  async handOver(req: AttachRequest): Promise<HandedOver> {
    const name = checkName('endpoint', req.name);
    this.pending.add(name);
    try {
      const w = await this.allocate(req, true);
      const att = w.attachments![0]!;
      return { name, srcName: handoverName(name, att.network!), ip: att.ip!, mac: att.mac! };
    } catch (err) {
      this.pending.forget(name);
      throw err;
    }
  }

  /** The handed-over endpoint's namespace exists now: resolves once it is wired like any attached one. */
  async sandboxReady(name: string): Promise<AttachResult> {
    if (!this.pending.current().has(name)) throw new NotFound(`endpoint ${name} is not waiting for its namespace`);
    this.pending.forget(name);
    this.built = new Set([...this.built].filter((ns) => ns !== attachedNs(this.d.prefix, name)));
    this.d.reconcile?.();
    await this.wired(name, attachedNs(this.d.prefix, name));
    return this.resultOf(this.d.workloads().get(name)!);
  }

  private async allocate(req: AttachRequest, handover: boolean): Promise<Workload> {
    const t0 = performance.now();
    const kind = KIND[req.kind];
    if (kind === undefined) throw new InvalidArgument(`unknown endpoint kind "${printable(String(req.kind))}": use docker or cni`);
    const name = checkName('endpoint', req.name);
    const ifname = checkIfName(req.ifname || 'eth0');
    if (!req.netns?.startsWith('/')) throw new InvalidArgument('give the network namespace as an absolute path');
    const twin = this.find({ containerId: req.containerId, ifname });
    if (twin) {
      throw new AlreadyExists(
        `container ${printable(req.containerId)} already has ${ifname} on network ${twin.attachments?.[0]?.network} (endpoint ${twin.name}): delete it first`,
      );
    }
    const reply = await this.ask(HostSubjects.attach(this.d.host), codecs.runRequest, {
      name,
      host: this.d.host,
      networks: [req.network],
      ip: req.ip ?? '',
      aliases: req.aliases ?? [],
      publish: (req.ports ?? []).map(publishSpec),
      kind,
      containerId: req.containerId,
      netnsPath: req.netns,
      ifname,
      mac: req.mac ?? '',
      mtu: req.mtu ?? 0,
    });
    const allocated = reply.workloads?.[0]?.workload;
    if (!allocated?.name) throw new VxnetError(Code.INTERNAL, 'the controller answered the attach without an endpoint');
    const ns = namespaceOf(allocated, this.d.prefix);
    this.d.log.debug({ endpoint: name, ms: Math.round(performance.now() - t0) }, 'endpoint allocated');
    if (handover) await this.handedOver(name);
    else await this.wired(name, ns);
    return this.d.workloads().get(name) ?? allocated;
  }

  /** Waits (bounded) until a converged pass holds the endpoint's namespace; releases it when not. */
  private async wired(name: string, ns: string): Promise<void> {
    try {
      const ready = () => {
        const w = this.d.workloads().get(name);
        return !!w && this.built.has(ns) && (this.d.ready?.(w) ?? true);
      };
      await this.waitFor(ready, this.d.wireTimeoutMs ?? 20_000);
    } catch {
      await this.release([name]).catch(() => undefined);
      const why = this.d.lastError();
      throw new Unavailable(`endpoint ${name} was allocated but not wired in time${why ? `: ${why}` : ''}; it was released, retry`);
    }
  }

  /** Waits (bounded) until a pass has made the handed-over interface (onHandedOver); releases the endpoint when none does. */
  private async handedOver(name: string): Promise<void> {
    try {
      await this.waitFor(() => this.pending.isMade(name), this.d.wireTimeoutMs ?? 20_000);
    } catch {
      await this.release([name]).catch(() => undefined);
      const why = this.d.lastError();
      throw new Unavailable(`endpoint ${name} was allocated but its interface not made in time${why ? `: ${why}` : ''}; released, retry`);
    }
  }

  /** Releases the endpoint of (container, ifname[, network]); nothing there is success. */
  async detach(ref: EndpointRef): Promise<string[]> {
    const w = this.find(ref);
    if (!w) return [];
    await this.release([w.name!]);
    return [w.name!];
  }

  /** What vxnet wired for (container, ifname) and what the kernel holds now. */
  async check(ref: EndpointRef): Promise<CheckReply> {
    const w = this.find(ref);
    if (!w) throw new NotFound(`no vxnet endpoint for container ${printable(ref.containerId)} interface ${printable(ref.ifname)}`);
    const want = this.resultOf(w);
    const live = await this.d.kernel.inspectNamespace(namespaceOf(w, this.d.prefix));
    if (!live) return { want };
    const link = live.links.find((l) => l.name === want.ifname);
    return {
      want,
      live: {
        ...(link ? { iface: { name: link.name, mac: link.mac, mtu: link.mtu, up: link.up, addresses: link.addresses } } : {}),
        routes: live.routes,
      },
    };
  }

  /** Releases endpoints of `kind` on `network` (this host) that are not in `keep`. */
  async gc(network: string, kind: EndpointKindName, keep: readonly EndpointRef[]): Promise<string[]> {
    const stale = [...this.d.workloads().values()].filter(
      (w) =>
        w.kind === KIND[kind] &&
        w.attachments?.[0]?.network === network &&
        !keep.some((k) => k.containerId === w.containerId && k.ifname === w.attachments?.[0]?.ifname),
    );
    if (stale.length > 0) await this.release(stale.map((w) => w.name!));
    return stale.map((w) => w.name!);
  }

  /** Attached endpoints of this host (liveness checks), without handed-over ones whose namespace is not made yet. */
  attached(): Workload[] {
    return [...this.d.workloads().values()].filter((w) => !!w.netnsPath && !this.pending.current().has(w.name!));
  }

  /** Asks the controller to release endpoints, then waits (bounded) until the kernel no longer holds them. */
  async release(names: string[]): Promise<void> {
    for (const n of names) this.pending.forget(n);
    const reply = await this.ask(HostSubjects.detach(this.d.host), codecs.nameRequest, { names });
    if (reply.error) throw new VxnetError(reply.error.code ?? Code.INTERNAL, reply.error.message ?? 'detach failed');
    const gone = () => names.every((n) => !this.d.workloads().has(n) && !this.built.has(attachedNs(this.d.prefix, n)));
    await this.waitFor(gone, 10_000).catch(() => this.d.log.warn({ names }, 'released endpoints still wired after 10 s'));
  }

  private find(ref: EndpointRef): Workload | undefined {
    for (const w of this.d.workloads().values()) {
      const att = w.attachments?.[0];
      if (!w.netnsPath || w.containerId !== ref.containerId || att?.ifname !== ref.ifname) continue;
      if (ref.network && att.network !== ref.network) continue;
      return w;
    }
    return undefined;
  }

  private async checkNetns(path: string): Promise<void> {
    if (typeof path !== 'string' || !path.startsWith('/')) throw new InvalidArgument('give the network namespace as an absolute path');
    if (this.d.trustNetnsPath) return;
    let type: number;
    try {
      type = (await statfs(path)).type;
    } catch (err) {
      throw new NotFound(`network namespace ${printable(path)} cannot be opened (${errorMessage(err)}): is the container running?`);
    }
    if (type !== NSFS_MAGIC) throw new InvalidArgument(`${printable(path)} is not a network namespace (nsfs) file`);
  }

  private async ask<T>(subject: string, codec: Codec<T>, body: T): Promise<WorkloadReply> {
    let data: Uint8Array;
    try {
      data = (await this.d.nc.request(subject, codec.encode(body), { timeout: 15_000 })).data;
    } catch (err) {
      throw new Unavailable(`no vxnet controller answered (${errorMessage(err)}): check that one runs and reaches NATS`, { cause: err });
    }
    const reply = codecs.workloadReply.decode(data);
    if (reply.error && subject.endsWith('.attach')) {
      throw new VxnetError(reply.error.code ?? Code.INTERNAL, reply.error.message ?? 'attach failed');
    }
    return reply;
  }

  private waitFor(done: () => boolean, timeoutMs: number): Promise<void> {
    if (done()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const w: Waiter = {
        done,
        resolve: () => {
          clearTimeout(timer);
          clearInterval(poll);
          resolve();
        },
      };
      const timer = setTimeout(() => {
        this.waiters.delete(w);
        clearInterval(poll);
        reject(new Error('timeout'));
      }, timeoutMs);
      // Readiness beside the reconciler (ready()) comes with recheck(); look again now and then anyway.
      const poll = setInterval(() => {
        if (this.waiters.has(w) && done()) {
          this.waiters.delete(w);
          w.resolve();
        }
      }, 100);
      this.waiters.add(w);
    });
  }

  private resultOf(w: Workload): AttachResult {
    const att = w.attachments?.[0];
    if (!att) throw new VxnetError(Code.INTERNAL, `endpoint ${w.name} has no attachment`);
    const facts = this.d.facts();
    const gateway = att.internal ? undefined : att.gateway || undefined;
    return {
      name: w.name!,
      kind: kindName(w.kind) ?? 'cni',
      network: att.network!,
      containerId: w.containerId ?? '',
      netns: w.netnsPath ?? '',
      ifname: att.ifname!,
      hostIfname: vethName(w.name!, att.network!),
      mac: att.mac!,
      ip: att.ip!,
      prefixLength: prefixLength(att.subnet!),
      ...(gateway ? { gateway } : {}),
      mtu: facts ? attachmentMtu(w, att, facts) : 0,
      // An overlay's way out is the gateway path (gw0, modes/gateway.ts): the default route goes there.
      routes: gateway ? [{ dst: '0.0.0.0/0', gw: w.gatewayPath?.gateway || gateway }] : [],
      dns: this.d.dns(w),
      ports: (w.ports ?? []).map((p) => ({
        hostPort: p.hostPort!,
        containerPort: p.containerPort!,
        protocol: p.protocol === Protocol.UDP ? 'udp' : 'tcp',
        hostIp: p.hostIp ?? '',
      })),
    };
  }
}
