// A workload's /etc/hosts, /etc/resolv.conf and /etc/hostname, its hostname
// (UTS namespace, through the kernel layer), and the host's one resolver
// (services/dns/: answers in the agent's process on the gateways of the
// user-defined networks that have workloads here; no process per workload).
// The files live in /etc/netns/<workload namespace>/, which `ip netns exec`
// (and so `vxnet exec` and workload commands) bind-mounts over /etc/*. Every
// write is a temporary file plus rename in the same directory tree, so a
// reader sees the old or the new file, never half of one; temporary names sit
// outside the directories that are bind-mounted or watched.
// Level-triggered like the reconciler: each pass renders everything from the
// desired state, writes what changed, and removes what belongs to workloads
// that are gone (found by name prefix under /etc/netns, so leftovers from a
// previous run go too). It runs on every desired-state change, not after the
// kernel converges; the resolver's names follow the desired state at once
// (the index is rebuilt on the next query after a change).
// Must never remove anything that does not carry this agent's prefix, never
// read the machine's resolv.conf as anything but the host's settings.
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Workload } from '../../proto/index.js';
import type { Kernel } from '../kernel/kernel.js';
import type { BridgeSettings, DesiredState, GatewayBridgeSettings } from '../model/desired.js';
import type { Logger } from '../../lib/log.js';
import { errorMessage } from '../../lib/errors.js';
import { hasOwnNamespace } from '../modes/workload.js';
import { isAttached, workloadNs } from '../model/naming.js';
import {
  defaultUpstreams,
  hostnameOf,
  parseResolvConf,
  renderHostname,
  renderHosts,
  renderResolvConf,
  type EtcContext,
} from './etc-files.js';
import { hasEmbeddedDns, isUserDefined, networkKey } from './dns/names.js';
import { Resolver } from './dns/resolver.js';
import { DnsListeners } from './dns/listeners.js';
import { REPAIR_BACKOFF } from '../../lib/backoff.js';
import { Coalescer } from '../../lib/coalesce.js';
import { mapLimit } from '../../lib/map-limit.js';

export const DEFAULT_ETC_NETNS = '/etc/netns';
/** Workloads whose files and hostname are written at once (the hostname is a process; 2 vCPUs). */
const FILES_CONCURRENCY = 8;

export interface WorkloadFilesOptions {
  prefix: string;
  stateDir: string;
  bridge?: BridgeSettings;
  /** Default /etc/netns (what `ip netns exec` reads). */
  etcNetnsDir?: string;
  /** The host's resolver settings; default /etc/resolv.conf. */
  hostResolvConf?: string;
  /** Where the resolver listens on each gateway (default 53; tests and benchmarks may change it). */
  dnsPort?: number;
  /** The gateway bridge: the resolver also answers on its address (Docker daemons forward there). */
  gatewayBridge?: GatewayBridgeSettings;
  log: Logger;
}

export interface FilesSource {
  readonly state: DesiredState;
  readonly ready: boolean;
}

export class WorkloadFiles {
  private readonly etcDir: string;
  readonly resolver: Resolver;
  private readonly listeners: DnsListeners;
  /** Namespaces the reconciler has built (the resolver listens once their networks exist). */
  private built = new Set<string>();
  /** Content last written per path: unchanged files are not rewritten. */
  private readonly written = new Map<string, string>();
  private readonly hostnames = new Map<string, string>();
  private readonly done = new Set<string>();
  private readonly loop: Coalescer;
  /** Called after every pass that changed which workloads are ready. */
  onSynced: () => void = () => {};
  /** Called when the resolver starts (or fails) serving a network: dnsSettled() may have changed. */
  onDnsChange: () => void = () => {};

  constructor(
    private readonly kernel: Kernel,
    private readonly source: FilesSource,
    private readonly o: WorkloadFilesOptions,
  ) {
    this.etcDir = o.etcNetnsDir ?? DEFAULT_ETC_NETNS;
    this.resolver = new Resolver(source, o.log);
    this.listeners = new DnsListeners(kernel, this.resolver, o.prefix, o.log, o.dnsPort, o.gatewayBridge);
    this.listeners.onChange = () => {
      this.trigger();
      this.onDnsChange();
    };
    this.loop = new Coalescer(() => this.pass(), { delayMs: 2, backoff: REPAIR_BACKOFF, ready: () => source.ready });
  }

  /** True once `ns` has its files and hostname (and its resolver was started, where it gets one): processes may start. */
  ready(ns: string): boolean {
    return this.done.has(ns);
  }

  /** The resolver serves every user-defined network of `w` on this host (or failed to): names work for it. */
  dnsSettled(w: Workload): boolean {
    return !hasEmbeddedDns(w) || (w.attachments ?? []).every((a) => !isUserDefined(a) || this.listeners.settled(networkKey(a)));
  }

  setBuilt(built: ReadonlySet<string>): void {
    this.built = new Set(built);
    this.trigger();
  }

  trigger(delayMs?: number): void {
    // The resolver's names follow the desired state at once, not after the pass.
    this.resolver.changed();
    this.loop.trigger(delayMs);
  }

  async stop(): Promise<void> {
    await this.loop.stop();
    this.listeners.stop();
    this.resolver.stop();
  }

  /** No pass running, pending or asked for (tests wait for it). */
  get idle(): boolean {
    return this.loop.idle;
  }

  private async pass(): Promise<boolean> {
    const before = [...this.done].join();
    const ok = await this.once();
    if ([...this.done].join() !== before) this.onSynced();
    return ok;
  }

  /** One pass; false when something failed (it is retried with back-off). */
  private async once(): Promise<boolean> {
    let ok = true;
    const ctx = await this.context();
    const wanted = new Map<string, Workload>();
    // An attached container's /etc is its runtime's (the CNI result / Docker carry our DNS instead).
    for (const w of this.source.state.workloads.values()) {
      if (hasOwnNamespace(w) && !isAttached(w)) wanted.set(workloadNs(this.o.prefix, w.name!), w);
    }
    this.resolver.setDefaultUpstreams(defaultUpstreams(ctx));
    this.listeners.sync(this.source.state.workloads.values(), this.built);
    // Workloads are independent (own files, own UTS namespace): several at once,
    // so a burst of new workloads waits on their hostname processes in parallel.
    await mapLimit([...wanted], FILES_CONCURRENCY, async ([ns, w]) => {
      try {
        await this.syncWorkload(ns, w, ctx);
      } catch (err) {
        ok = false;
        this.o.log.warn({ ns, err: errorMessage(err) }, 'cannot write workload files');
      }
    });
    for (const ns of await this.leftovers(wanted)) {
      try {
        await this.removeWorkload(ns);
      } catch (err) {
        ok = false;
        this.o.log.warn({ ns, err: errorMessage(err) }, 'cannot remove workload files');
      }
    }
    return ok;
  }

  private async syncWorkload(ns: string, w: Workload, ctx: EtcContext): Promise<void> {
    const dir = join(this.etcDir, ns);
    await this.write(dir, 'hosts', renderHosts(w, ctx), this.etcDir);
    await this.write(dir, 'resolv.conf', renderResolvConf(w, ctx), this.etcDir);
    await this.write(dir, 'hostname', renderHostname(w), this.etcDir);
    const hostname = hostnameOf(w);
    if (this.hostnames.get(ns) !== hostname && this.kernel.setHostname) {
      // Best effort: a workload without its own hostname still runs (and says why in the log).
      await this.kernel
        .setHostname(ns, hostname)
        .catch((err: unknown) =>
          this.o.log.warn({ ns, err: errorMessage(err) }, 'cannot set the workload hostname; its processes see the host name'),
        );
      this.hostnames.set(ns, hostname);
    }
    // Ready once built and the resolver listens on its networks (or failed to: that must not hold the command back).
    const settled = !hasEmbeddedDns(w) || (w.attachments ?? []).every((a) => !isUserDefined(a) || this.listeners.settled(networkKey(a)));
    if (this.built.has(ns) && settled) this.done.add(ns);
    else this.done.delete(ns);
  }

  private async removeWorkload(ns: string): Promise<void> {
    this.done.delete(ns);
    await this.kernel.dropHostname?.(ns);
    this.hostnames.delete(ns);
    await rm(join(this.o.stateDir, 'dns', ns), { recursive: true, force: true });
    // Last: the directory under /etc/netns is what marks the workload as ours to clean up.
    const dir = join(this.etcDir, ns);
    await rm(dir, { recursive: true, force: true });
    this.forget(dir);
  }

  /** Namespaces with files of ours (this run or an earlier one) that no workload wants any more. */
  private async leftovers(wanted: Map<string, Workload>): Promise<string[]> {
    const mine = `${this.o.prefix}wl-`;
    const found = new Set<string>([...this.hostnames.keys(), ...this.done]);
    // The state dir's dns/ held per-workload dnsmasq files before the host's resolver: cleaned up too.
    for (const dir of [this.etcDir, join(this.o.stateDir, 'dns')]) {
      try {
        for (const e of await readdir(dir)) if (e.startsWith(mine)) found.add(e);
      } catch {
        /* not there yet */
      }
    }
    return [...found].filter((ns) => !wanted.has(ns));
  }

  /** Writes dir/name atomically if its content changed; the temporary file goes in tmpDir (same file system). */
  private async write(dir: string, name: string, text: string, tmpDir: string): Promise<void> {
    const path = join(dir, name);
    if (this.written.get(path) === text) return;
    await mkdir(dir, { recursive: true });
    const tmp = join(tmpDir, `.${dir.slice(tmpDir.length + 1).replace(/\//g, '_')}.${name}.tmp`);
    await writeFile(tmp, text, { mode: 0o644 });
    await rename(tmp, path);
    this.written.set(path, text);
  }

  private forget(dir: string): void {
    for (const p of this.written.keys()) if (p.startsWith(`${dir}/`)) this.written.delete(p);
  }

  private async context(): Promise<EtcContext> {
    let text = '';
    try {
      text = await readFile(this.o.hostResolvConf ?? '/etc/resolv.conf', 'utf8');
    } catch {
      /* no host resolver */
    }
    const b = this.o.bridge;
    return {
      host: parseResolvConf(text),
      ...(b?.dns?.length ? { defaultDns: b.dns } : {}),
      ...(b ? { hostGateway: b.bip.split('/')[0]! } : {}),
    };
  }
}
