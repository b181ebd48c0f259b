// The real Kernel: iproute2 and nftables driven through run.ts. Owns
// executing rendered batches stage by stage (parallel across namespaces,
// ~4 at a time; consecutive stages that run as one process are fused; the
// binding of runtime namespaces beside the later stages; ip batches of the
// agent's own namespace through its standing ip session, ip-session.ts),
// deciding which failures of a removal mean "already gone"
// (success), and reading the machine back into an ObservedState.
// Must never roll back after a failure (the caller observes and re-plans),
// never retry, and never spawn except through run.ts (and ns-sockets.ts for
// the resolver's sockets, which it closes before their namespace goes).
import { mkdir, open, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { KernelCommandError } from '../../lib/errors.js';
import { mapLimit } from '../../lib/map-limit.js';
import {
  HOST_NS,
  OBSERVED_SYSCTLS,
  type NftTable,
  type NsName,
  type ObservedNamespace,
  type ObservedState,
  type Op,
} from '../model/kernel-objects.js';
import { KernelApplyError, type ApplyResult, type Kernel, type ObserveScope, type SpawnOptions, type SpawnedProcess } from './kernel.js';
import { batchArgv, fuseStages, NETNS_DIR, renderBatches, stagesOf, type Batch } from './iproute.js';
import { OBSERVE_IP_BATCH, parseNamespace, parseNetnsList, parseNftTable, vxlanDevices } from './observe.js';
import { commandError, parseBatchErrors, runTool, runToolResult, spawnStreaming } from './run.js';
import { UtsNamespaces } from './uts.js';
import { IpSession } from './ip-session.js';
import { NamespaceSockets, type DnsSockets } from './ns-sockets.js';

export interface LinuxKernelOptions {
  /**
   * Named namespace that plays the agent's own (HOST_NS) role: its ops run
   * via `ip -n hostNs` / `ip netns exec hostNs`. For tests that run several
   * "hosts" on one machine; the real agent runs inside its host namespace
   * and leaves this unset.
   */
  hostNs?: string;
  /** Namespaces worked on at once (default 4: the machine has 2 vCPUs). */
  concurrency?: number;
  /** Per tool invocation (default 30 s). */
  timeoutMs?: number;
  /** Where workloads' UTS namespaces are bind-mounted (default /run/vxnet/uts). */
  utsDir?: string;
}

/** Failures of a removal that mean the thing is already gone. */
const GONE =
  /Cannot find device|No such file or directory|No such process|Address not found|Cannot assign requested address|No such device/;
const NS_GONE = /Cannot open network namespace "[^"]*": No such file or directory/;
/** A namespace file that is no namespace: `ip netns add` was killed between creating the file and its bind mount. */
const NS_BROKEN = /setting the network namespace "[^"]*" failed: Invalid argument/;

interface BatchOutcome {
  errors: Error[];
  /** Ops of the batch known to be applied. */
  applied: number;
  processes: number;
}

export class LinuxKernel implements Kernel {
  private readonly hostNs: string | undefined;
  private readonly concurrency: number;
  private readonly timeoutMs: number | undefined;
  private readonly uts: UtsNamespaces;
  private readonly sockets = new NamespaceSockets();
  private ipSession: IpSession | undefined;

  constructor(options: LinuxKernelOptions = {}) {
    this.hostNs = options.hostNs || undefined;
    this.concurrency = Math.max(1, options.concurrency ?? 4);
    this.timeoutMs = options.timeoutMs;
    this.uts = new UtsNamespaces(options.utsDir, options.timeoutMs);
  }

  /** Where a namespace's work runs: HOST_NS maps to hostNs (or the current namespace). */
  private where(ns: NsName): string | undefined {
    return ns === HOST_NS ? this.hostNs : ns;
  }

  async apply(ops: readonly Op[]): Promise<ApplyResult> {
    const failures: Error[] = [];
    let applied = 0;
    let processes = 0;
    for (const op of ops) if (op.op === 'netns-del') this.sockets.closeIn(op.ns);
    const place = (b: Batch) => `${b.tool}\u0000${(b.agentNs ? undefined : this.where(b.ns)) ?? ''}`;
    const run = (b: Batch) =>
      this.runBatch(b).catch(
        (err: unknown): BatchOutcome => ({ errors: [err instanceof Error ? err : new Error(String(err))], applied: 0, processes: 1 }),
      );
    // Bindings of runtime namespaces (mount) run beside the later stages: nothing
    // else in a pass depends on them (plan.ts wires a bound namespace only in the
    // next pass), so their process is no sequential step. Removals before them stay before.
    const binding: Promise<BatchOutcome>[] = [];
    for (const all of fuseStages(stagesOf(renderBatches(ops, { hostRef: this.hostNs ?? String(process.pid) })), place)) {
      const removal = all[0]!.force;
      // After a failure only further removals run: teardown gathers all its errors.
      if (failures.length > 0 && !removal) break;
      if (!removal) binding.push(...all.filter((b) => b.tool === 'mount').map(run));
      const stage = removal ? all : all.filter((b) => b.tool !== 'mount');
      if (stage.length === 0) continue;
      const outcomes = await mapLimit(stage, this.concurrency, run, removal ? undefined : (o) => o.errors.length > 0);
      for (const o of outcomes) {
        failures.push(...o.errors);
        applied += o.applied;
        processes += o.processes;
      }
    }
    for (const o of await Promise.all(binding)) {
      failures.push(...o.errors);
      applied += o.applied;
      processes += o.processes;
    }
    if (failures.length > 0) throw new KernelApplyError(failures, applied);
    return { processes };
  }

  private async runBatch(batch: Batch): Promise<BatchOutcome> {
    if (batch.tool === 'sysctl' && batch.ns === HOST_NS && !this.hostNs) return this.writeSysctls(batch);
    if (batch.tool === 'mount') return this.bindNamespaces(batch);
    const netns = batch.agentNs ? undefined : this.where(batch.ns);
    const stdin = batch.tool === 'sysctl' ? undefined : `${batch.lines.join('\n')}\n`;
    const runOpts = { netns, stdin, timeoutMs: this.timeoutMs };
    // ip lines for this process's own namespaces go to the standing session; it says how many processes it started.
    const r =
      batch.tool === 'ip' && netns === undefined
        ? await this.session().run(batch.lines)
        : { ...(await runToolResult(batchArgv(batch), runOpts)), processes: 1 };
    const { processes } = r;
    if (r.exitCode === 0) return { errors: [], applied: batch.ops.length, processes };
    if (batch.force) return { ...this.classifyRemoval(batch, r, runOpts), processes };
    if (batch.tool === 'sysctl') {
      const line = batch.lines.find((l) => r.stderr.includes(l.split('=')[0]!));
      return { errors: [commandError(r, runOpts, line)], applied: 0, processes };
    }
    const error = commandError(r, runOpts);
    // Lines before the failing one were applied (ip -batch is not atomic; nft is).
    const at = error.failingLine === undefined ? -1 : batch.lines.indexOf(error.failingLine);
    const applied = batch.tool === 'nft' || at < 0 ? 0 : batch.lineOps[at]!;
    return { errors: [error], applied, processes };
  }

  /** The standing ip session, for batches that run in this process's own namespaces (never under `ip -n`: see IpSession). */
  private session(): IpSession {
    this.ipSession ??= new IpSession(['ip'], this.timeoutMs);
    return this.ipSession;
  }

  private classifyRemoval(
    batch: Batch,
    r: Awaited<ReturnType<typeof runToolResult>>,
    runOpts: { netns?: string | undefined },
  ): Omit<BatchOutcome, 'processes'> {
    const failures = parseBatchErrors(r.stderr);
    // The whole namespace is gone, so is everything the batch would remove in it.
    if (failures.length === 1 && failures[0]!.lineNo === 0 && NS_GONE.test(failures[0]!.message)) {
      return { errors: [], applied: batch.ops.length };
    }
    const bad = failures.filter((f) => f.lineNo === 0 || !GONE.test(f.message));
    if (bad.length === 0 && failures.length > 0) return { errors: [], applied: batch.ops.length };
    if (bad.length === 0) bad.push({ lineNo: 0, message: r.stderr || `exit ${r.exitCode ?? '?'}` });
    const errors = bad.map(
      (f) =>
        new KernelCommandError(
          r.argv,
          runOpts.netns || undefined,
          r.exitCode,
          f.message,
          f.lineNo > 0 ? batch.lines[f.lineNo - 1] : undefined,
        ),
    );
    const badOps = new Set(bad.map((f) => (f.lineNo > 0 ? batch.lineOps[f.lineNo - 1] : -1)));
    return { errors, applied: badOps.has(-1) ? 0 : batch.ops.length - badOps.size };
  }

  /**
   * netns-attach: /run/netns/<ns> becomes a bind mount of another runtime's
   * namespace (what `ip netns attach` does for a PID, for any nsfs path). A
   * file left without its mount is removed, so it never looks broken.
   */
  private async bindNamespaces(batch: Batch): Promise<BatchOutcome> {
    let applied = 0;
    let processes = 0;
    for (const op of batch.ops) {
      if (op.op !== 'netns-attach') continue;
      const dst = `${NETNS_DIR}/${op.ns}`;
      const argv = ['mount', '--bind', op.path, dst];
      try {
        await mkdir(NETNS_DIR, { recursive: true });
        await (await open(dst, 'wx', 0o444)).close();
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        return { errors: [new KernelCommandError(argv, undefined, undefined, message, undefined, { cause: err })], applied, processes };
      }
      processes++;
      try {
        await runTool(argv, { timeoutMs: this.timeoutMs });
      } catch (err) {
        await rm(dst, { force: true }).catch(() => undefined);
        return { errors: [err instanceof Error ? err : new Error(String(err))], applied, processes };
      }
      applied++;
    }
    return { errors: [], applied, processes };
  }

  /** HOST_NS sysctls without a hostNs: /proc/sys is per network namespace, so no process is needed. */
  private async writeSysctls(batch: Batch): Promise<BatchOutcome> {
    let applied = 0;
    for (const line of batch.lines) {
      const eq = line.indexOf('=');
      const key = line.slice(0, eq);
      const path = `/proc/sys/${key.includes('/') ? key : key.replace(/\./g, '/')}`;
      try {
        await writeFile(path, line.slice(eq + 1));
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        return {
          errors: [new KernelCommandError(['sysctl', '-w', line], undefined, undefined, message, line, { cause: err })],
          applied,
          processes: 0,
        };
      }
      applied++;
    }
    return { errors: [], applied, processes: 0 };
  }

  async observe(scope: ObserveScope): Promise<ObservedState> {
    const names = scope.only
      ? scope.only.filter((n) => n !== HOST_NS && n !== this.hostNs)
      : parseNetnsList(await runTool(['ip', '-j', 'netns', 'list'], { timeoutMs: this.timeoutMs }))
          .filter((n) => n.startsWith(scope.prefix) && n !== this.hostNs)
          .sort();
    const state: ObservedState = { namespaces: [], contents: new Map(), nft: new Map() };
    const ids = this.identities(names);
    if (scope.only) {
      for (const { ns, got } of await mapLimit(names, this.concurrency, async (ns) => ({ ns, got: await this.observeNs(ns) }))) {
        if (!got) continue;
        state.namespaces.push(ns);
        if (got === 'broken') state.broken = [...(state.broken ?? []), ns];
        else {
          state.contents.set(ns, got.contents);
          if (got.nft !== undefined) state.nft.set(ns, got.nft);
        }
      }
      state.ids = await ids;
      return state;
    }
    const sysctls = this.readSysctls();
    const seen = await mapLimit([HOST_NS, ...names], this.concurrency, async (ns) => ({ ns, got: await this.observeNs(ns) }));
    for (const { ns, got } of seen) {
      if (!got) continue; // deleted while we looked: it is not there
      if (got === 'broken') {
        state.namespaces.push(ns);
        state.broken = [...(state.broken ?? []), ns];
        continue;
      }
      if (ns !== HOST_NS) state.namespaces.push(ns);
      state.contents.set(ns, got.contents);
      if (got.nft !== undefined) state.nft.set(ns, got.nft);
    }
    const host = state.contents.get(HOST_NS);
    if (host) host.sysctls = await sysctls;
    state.ids = await ids;
    return state;
  }

  /** The namespace behind each name (ObservedState.ids): its nsfs file's device and inode, a stat each (no process). */
  private async identities(names: readonly NsName[]): Promise<Map<NsName, string>> {
    const ids = new Map<NsName, string>();
    await Promise.all(
      names.map(async (ns) => {
        const st = await stat(`${NETNS_DIR}/${ns}`).catch(() => undefined);
        if (st) ids.set(ns, `${st.dev}:${st.ino}`);
      }),
    );
    return ids;
  }

  async inspectNamespace(ns: NsName): Promise<ObservedNamespace | undefined> {
    const got = await this.observeNs(ns);
    return got && got !== 'broken' ? got.contents : undefined;
  }

  /**
   * OBSERVED_SYSCTLS in the agent's own namespace: /proc/sys/net shows the
   * reader's namespace, so the real agent reads files (no process); with a
   * hostNs one `grep` runs there. Keys this kernel lacks are left out.
   */
  private async readSysctls(): Promise<Record<string, string>> {
    const paths = OBSERVED_SYSCTLS.map((k) => `/proc/sys/${k.replace(/\./g, '/')}`);
    const out: Record<string, string> = {};
    if (!this.hostNs) {
      await Promise.all(
        OBSERVED_SYSCTLS.map(async (k, i) => {
          const v = await readFile(paths[i]!, 'utf8').catch(() => undefined);
          if (v !== undefined) out[k] = v.trim();
        }),
      );
      return out;
    }
    // -s: a missing key is no error message; exit 2 then, with the others printed.
    const r = await runToolResult(['grep', '-s', '-H', '.', ...paths], { netns: this.hostNs, timeoutMs: this.timeoutMs });
    for (const line of r.stdout.split('\n')) {
      const i = paths.findIndex((p) => line.startsWith(`${p}:`));
      if (i >= 0) out[OBSERVED_SYSCTLS[i]!] = line.slice(paths[i]!.length + 1).trim();
    }
    return out;
  }

  private async observeNs(ns: NsName): Promise<{ contents: ObservedNamespace; nft: NftTable | undefined } | 'broken' | undefined> {
    const netns = this.where(ns);
    const opts = { netns, timeoutMs: this.timeoutMs };
    const nftRun = runToolResult(['nft', 'list', 'table', 'inet', 'vxnet'], opts);
    const ip = await runToolResult(['ip', '-d', '-j', '-batch', '-'], { ...opts, stdin: OBSERVE_IP_BATCH });
    const nft = await nftRun;
    if (ip.exitCode !== 0) {
      if (ns !== HOST_NS && NS_GONE.test(ip.stderr)) return undefined;
      if (ns !== HOST_NS && NS_BROKEN.test(ip.stderr)) return 'broken';
      throw commandError(ip, { ...opts, stdin: OBSERVE_IP_BATCH });
    }
    let fdbOut = '';
    // Only vxlan devices carry FDB entries vxnet owns: skip the process elsewhere.
    if (vxlanDevices(parseNamespace(ip.stdout, '').links).size > 0) {
      fdbOut = await runTool(['bridge', '-j', 'fdb', 'show'], opts);
    }
    if (nft.exitCode !== 0 && ns !== HOST_NS && NS_GONE.test(nft.stderr)) return undefined;
    return { contents: parseNamespace(ip.stdout, fdbOut), nft: parseNftTable(nft.stdout, nft.stderr, nft.exitCode) };
  }

  /** One long-lived `ip -o monitor link address`; started again (with a change reported) if it ever exits. */
  watchLink(dev: string, onChange: () => void): () => void {
    const mine = new RegExp(`^(?:Deleted )?\\d+: ${dev.replace(/[^\w]/g, '\\$&')}[:@ ]`, 'm');
    let stopped = false;
    let proc: SpawnedProcess | undefined;
    let retry: NodeJS.Timeout | undefined;
    const run = () => {
      const p = spawnStreaming(['ip', ...(this.hostNs ? ['-n', this.hostNs] : []), '-o', 'monitor', 'link', 'address'], undefined);
      proc = p;
      let partial = '';
      p.onStdout((chunk) => {
        const text = partial + Buffer.from(chunk).toString();
        const cut = text.lastIndexOf('\n') + 1;
        partial = text.slice(cut);
        if (mine.test(text.slice(0, cut))) onChange();
      });
      void p.exited.then(() => {
        if (stopped) return;
        onChange();
        retry = setTimeout(run, 1_000);
        retry.unref();
      });
    };
    run();
    return () => {
      stopped = true;
      clearTimeout(retry);
      proc?.kill();
    };
  }

  async makeFifos(paths: readonly string[]): Promise<void> {
    if (paths.length > 0) await runTool(['mkfifo', '-m', '600', '--', ...paths], { timeoutMs: this.timeoutMs });
  }

  spawnIn(ns: NsName, argv: readonly string[], options?: SpawnOptions): SpawnedProcess {
    return spawnStreaming(argv, this.where(ns), options, ns === HOST_NS ? [] : this.uts.wrap(ns));
  }

  setHostname(ns: NsName, hostname: string): Promise<void> {
    return this.uts.set(ns, hostname);
  }

  dropHostname(ns: NsName): Promise<void> {
    return this.uts.drop(ns);
  }

  openDnsSockets(ns: NsName, address: string, port: number): Promise<DnsSockets> {
    return this.sockets.bind(this.where(ns), address, port);
  }
}
