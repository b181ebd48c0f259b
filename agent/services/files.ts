// A workload's /etc/hosts, /etc/resolv.conf and /etc/hostname, its hostname
// (UTS namespace, through the kernel layer) and its embedded resolver
// (services/dns/dnsmasq.ts with the hosts files it answers from).
// The files live in /etc/netns/<workload namespace>/, which `ip netns exec`
// (and so `vxnet exec` and workload commands) bind-mounts over /etc/*. Every
// write is a temporary file plus rename in the same directory tree, so a
// reader sees the old or the new file, never half of one; temporary names sit
// outside the directories that are bind-mounted or watched.
// Level-triggered like the reconciler: each pass renders everything from the
// desired state, writes what changed, and removes what belongs to workloads
// that are gone (found by name prefix under /etc/netns, so leftovers from a
// previous run go too). It runs on every desired-state change, not after the
// kernel converges, so a new peer's name reaches resolvers in milliseconds.
// Must never remove anything that does not carry this agent's prefix, never
// read the machine's resolv.conf as anything but the host's settings.
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Workload } from '../../proto/index.js';
import type { Kernel } from '../kernel/kernel.js';
import type { BridgeSettings, DesiredState } from '../model/desired.js';
import type { Logger } from '../../lib/log.js';
import { errorMessage } from '../../lib/errors.js';
import { hasOwnNamespace } from '../modes/workload.js';
import { isAttached, workloadNs } from '../model/naming.js';
import {
  dnsRecords,
  dnsUpstreams,
  hasEmbeddedDns,
  hostnameOf,
  parseResolvConf,
  renderHostname,
  renderHosts,
  renderResolvConf,
  type EtcContext,
} from './etc-files.js';
import { DnsServers, dnsmasqPaths } from './dns/dnsmasq.js';
import { REPAIR_BACKOFF } from '../../lib/backoff.js';
import { Coalescer } from '../../lib/coalesce.js';

export const DEFAULT_ETC_NETNS = '/etc/netns';

export interface WorkloadFilesOptions {
  prefix: string;
  stateDir: string;
  bridge?: BridgeSettings;
  /** Default /etc/netns (what `ip netns exec` reads). */
  etcNetnsDir?: string;
  /** The host's resolver settings; default /etc/resolv.conf. */
  hostResolvConf?: string;
  log: Logger;
}

export interface FilesSource {
  readonly state: DesiredState;
  readonly ready: boolean;
}

export class WorkloadFiles {
  private readonly etcDir: string;
  private readonly dns: DnsServers;
  /** Namespaces the reconciler has built (dnsmasq needs the network namespace). */
  private built = new Set<string>();
  /** Content last written per path: unchanged files are not rewritten. */
  private readonly written = new Map<string, string>();
  private readonly hostnames = new Map<string, string>();
  private readonly done = new Set<string>();
  private readonly loop: Coalescer;
  /** Called after every pass that changed which workloads are ready. */
  onSynced: () => void = () => {};

  constructor(
    private readonly kernel: Kernel,
    private readonly source: FilesSource,
    private readonly o: WorkloadFilesOptions,
  ) {
    this.etcDir = o.etcNetnsDir ?? DEFAULT_ETC_NETNS;
    this.dns = new DnsServers(kernel, o.stateDir, o.log);
    this.loop = new Coalescer(() => this.pass(), { delayMs: 2, backoff: REPAIR_BACKOFF, ready: () => source.ready });
    this.dns.onExit = () => this.loop.retryLater();
  }

  /** True once `ns` has its files and hostname (and its resolver was started, where it gets one): processes may start. */
  ready(ns: string): boolean {
    return this.done.has(ns);
  }

  setBuilt(built: ReadonlySet<string>): void {
    this.built = new Set(built);
    this.trigger();
  }

  trigger(delayMs?: number): void {
    this.loop.trigger(delayMs);
  }

  async stop(): Promise<void> {
    await this.loop.stop();
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
    for (const [ns, w] of wanted) {
      try {
        await this.syncWorkload(ns, w, ctx);
      } catch (err) {
        ok = false;
        this.o.log.warn({ ns, err: errorMessage(err) }, 'cannot write workload files');
      }
    }
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
    const paths = dnsmasqPaths(this.o.stateDir, ns);
    if (hasEmbeddedDns(w)) {
      const records = dnsRecords(w, this.source.state);
      await mkdir(paths.hostsDir, { recursive: true });
      for (const [file, text] of records) await this.write(paths.hostsDir, file, text, paths.root);
      for (const f of await readdir(paths.hostsDir)) {
        if (!records.has(f)) {
          await rm(join(paths.hostsDir, f), { force: true });
          this.written.delete(join(paths.hostsDir, f));
        }
      }
      if (this.built.has(ns)) this.dns.ensure(ns, dnsUpstreams(w, ctx));
    } else {
      this.dns.remove(ns);
      this.forget(paths.root);
    }
    // Ready once built and the resolver was started: a resolver that keeps failing must not hold the command back.
    if (this.built.has(ns)) this.done.add(ns);
  }

  private async removeWorkload(ns: string): Promise<void> {
    this.done.delete(ns);
    this.dns.remove(ns);
    this.forget(dnsmasqPaths(this.o.stateDir, ns).root);
    await this.kernel.dropHostname?.(ns);
    this.hostnames.delete(ns);
    // Last: the directory under /etc/netns is what marks the workload as ours to clean up.
    const dir = join(this.etcDir, ns);
    await rm(dir, { recursive: true, force: true });
    this.forget(dir);
  }

  /** Namespaces with files of ours (this run or an earlier one) that no workload wants any more. */
  private async leftovers(wanted: Map<string, Workload>): Promise<string[]> {
    const mine = `${this.o.prefix}wl-`;
    const found = new Set<string>([...this.hostnames.keys(), ...this.done]);
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
