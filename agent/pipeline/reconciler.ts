// The control loop: observe → target → plan → apply, level-triggered.
// Bursts of changes coalesce into one pass; a failed apply is never rolled
// back by hand: the next pass observes the kernel again and plans from what
// is really there, with exponential back-off. A periodic full resync repairs
// drift (something deleted by hand). Imports only the Kernel interface.
import type { Kernel } from '../kernel/kernel.js';
import type { NsName, ObservedState, Op } from '../model/kernel-objects.js';
import { HOST_NS, boundNamespaces, describeOp } from '../model/kernel-objects.js';
import type { TargetState } from '../model/target.js';
import { divergences } from './divergence.js';
import type { BridgeSettings, GatewayBridgeSettings, DesiredState, HostFacts } from '../model/desired.js';
import { buildTarget } from '../modes/targets.js';
import { plan } from './plan.js';
import type { Logger } from '../../lib/log.js';
import { errorMessage } from '../../lib/errors.js';
import { REPAIR_BACKOFF } from '../../lib/backoff.js';
import { Coalescer } from '../../lib/coalesce.js';

export interface DesiredSource {
  readonly state: DesiredState;
  readonly ready: boolean;
}

export interface ReconcilerOptions {
  host: string;
  prefix: string;
  underlayDev: string;
  /** Configured underlay address; otherwise the first IPv4 address of underlayDev. */
  underlayIp?: string;
  vxlanPort: number;
  bridge?: BridgeSettings;
  gatewayBridge?: GatewayBridgeSettings;
  ipv6Nat?: boolean;
  resyncMs: number;
  /**
   * Coalescing window for bursts of changes (default 5 ms). Applied only when
   * a pass ended less than a window ago: an idle agent starts at once (changes
   * of the same tick still make one pass), so one `vxnet run` does not wait.
   */
  debounceMs?: number;
  /** Predicts the kernel after a successful apply, saving a full observe per pass. */
  predict?: Predictor;
  /**
   * Shadow check (--verify-prediction): observe after every apply anyway and
   * compare with the prediction; each divergence is logged as an error and
   * counted. Costs the full observe the prediction saves: tests and debugging.
   */
  verifyPrediction?: boolean;
  /** Attached endpoints whose runtime namespace is not made yet: their interface is handed over (modes/handover.ts). */
  handovers?: (observed: ObservedState) => ReadonlySet<string>;
  log: Logger;
}

/**
 * The kernel's state after ops applied successfully to `observed`; undefined
 * = observe again. `look` observes only the namespaces given (what no model knows).
 */
export type Predictor = (
  observed: ObservedState,
  ops: readonly Op[],
  prefix: string,
  look: (only: readonly NsName[]) => Promise<ObservedState>,
) => Promise<ObservedState | undefined>;

export interface ReconcileReport {
  converged: boolean;
  ops: number;
  processes: number;
  error?: string;
  /** How long the pass took (metrics). */
  durationMs?: number;
  /** Handed-over endpoints whose interface this pass left made (its target held them and it did not fail). */
  handedOver?: string[];
}

export class Reconciler {
  private observed: ObservedState | undefined;
  /** hasNeighbour's sets, per kept view (a new view, a new entry; old ones go with their view). */
  private readonly neighbourSets = new WeakMap<ObservedState, Map<NsName, Set<string>>>();
  private readonly loop: Coalescer;
  private resyncTimer: NodeJS.Timeout | undefined;
  private stopWatch: (() => void) | undefined;
  /** Bumped by resync(): a view of the kernel taken before it is not kept. */
  private epoch = 0;
  private warned = new Set<string>();
  readonly stats = { reconciles: 0, applies: 0, ops: 0, processes: 0, predictionChecks: 0, predictionDivergences: 0 };
  /** What the last diverging prediction got wrong (shadow check), one line per difference. */
  lastDivergence: string[] = [];
  lastReport: ReconcileReport = { converged: false, ops: 0, processes: 0 };
  facts: HostFacts | undefined;
  /** The target of the last pass (the agent's [::1] proxy reads its published IPv6 ports). */
  lastTarget: TargetState | undefined;
  /** Called after every pass (status reporting, process supervision). */
  onReport: (r: ReconcileReport) => void = () => {};

  constructor(
    private readonly kernel: Kernel,
    private readonly source: DesiredSource,
    private readonly opts: ReconcilerOptions,
  ) {
    // The first retry is immediate (with a fresh observation): most failures
    // are a kernel that moved under a prediction. Repeated ones back off.
    this.loop = new Coalescer(() => this.pass(), {
      delayMs: opts.debounceMs ?? 5,
      idleStart: true,
      backoff: REPAIR_BACKOFF,
      immediateRetry: true,
      ready: () => source.ready,
    });
  }

  start(): void {
    this.resyncTimer = setInterval(() => this.resync(), this.opts.resyncMs);
    this.resyncTimer.unref();
    // Host facts (underlay MTU and address) come from observations, never
    // from a prediction: a change of the underlay forces a fresh one.
    this.stopWatch = this.kernel.watchLink?.(this.opts.underlayDev, () => this.resync());
    this.trigger();
  }

  async stop(): Promise<void> {
    this.stopWatch?.();
    clearInterval(this.resyncTimer);
    await this.loop.stop();
  }

  /**
   * Whether the kernel, as last observed or predicted, has a neighbour entry
   * for `ip` in `ns` (undefined: not known). The resolver asks once per
   * endpoint at each index rebuild: each namespace's entries become a set
   * once per kept view, not a scan per question.
   */
  hasNeighbour(ns: NsName, ip: string): boolean | undefined {
    const view = this.observed;
    if (!view) return undefined;
    let sets = this.neighbourSets.get(view);
    if (!sets) {
      sets = new Map();
      this.neighbourSets.set(view, sets);
    }
    let set = sets.get(ns);
    if (!set) {
      const c = view.contents.get(ns);
      if (!c) return undefined;
      set = new Set(c.neigh.map((n) => n.ip));
      sets.set(ns, set);
    }
    return set.has(ip);
  }

  /** Forget the cached kernel view and reconcile from a fresh observation. */
  resync(): void {
    this.epoch++;
    this.observed = undefined;
    this.trigger();
  }

  /** Keeps a view of the kernel for the next pass unless a resync was asked for since the pass began (it may predate the change). */
  private keep(view: ObservedState | undefined, epoch: number): void {
    this.observed = epoch === this.epoch ? view : undefined;
  }

  trigger(delayMs?: number): void {
    this.loop.trigger(delayMs);
  }

  /** Resolves once a pass has run to convergence (tests and benchmarks). */
  async settled(timeoutMs = 30_000): Promise<ReconcileReport> {
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      if (this.loop.idle && this.lastReport.converged && this.source.ready) return this.lastReport;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error(`not converged within ${timeoutMs} ms: ${this.lastReport.error ?? 'still working'}`);
  }

  private async pass(): Promise<boolean> {
    const t0 = performance.now();
    this.lastReport = await this.once();
    this.lastReport.durationMs = performance.now() - t0;
    this.onReport(this.lastReport);
    return !this.lastReport.error;
  }

  private async once(): Promise<ReconcileReport> {
    this.stats.reconciles++;
    let ops: Op[] = [];
    const epoch = this.epoch;
    try {
      const t0 = performance.now();
      const observed = this.observed ?? (await this.kernel.observe({ prefix: this.opts.prefix }));
      const tObserved = performance.now();
      this.facts = hostFacts(observed, this.opts);
      const handovers = this.opts.handovers?.(observed) ?? new Set<string>();
      const target = buildTarget(this.source.state, this.facts, handovers);
      const handedOver = [...handovers].filter((n) => this.source.state.workloads.has(n));
      this.lastTarget = target;
      this.warnOnce(target.warnings ?? []);
      ops = plan(target, observed, this.opts.prefix);
      if (ops.length === 0) {
        this.keep(observed, epoch);
        return { converged: true, ops: 0, processes: 0, handedOver };
      }
      this.observed = undefined;
      const tPlanned = performance.now();
      const { processes } = await this.kernel.apply(ops);
      const tApplied = performance.now();
      this.stats.applies++;
      this.stats.ops += ops.length;
      this.stats.processes += processes;
      const predicted = await this.opts.predict?.(observed, ops, this.opts.prefix, (only) =>
        this.kernel.observe({ prefix: this.opts.prefix, only }),
      );
      this.keep(this.opts.verifyPrediction ? await this.verify(predicted, target, ops, epoch) : predicted, epoch);
      const ms = (a: number, b: number) => Math.round((b - a) * 10) / 10;
      if (this.opts.log.isLevelEnabled('debug'))
        this.opts.log.debug(
          {
            ops: ops.length,
            kinds: [...new Set(ops.map((o) => o.op))].join(','),
            processes,
            observeMs: ms(t0, tObserved),
            planMs: ms(tObserved, tPlanned),
            applyMs: ms(tPlanned, tApplied),
            predictMs: ms(tApplied, performance.now()),
          },
          'reconcile pass applied',
        );
      // Converged only when a plan comes back empty: ask for one more pass.
      this.loop.again();
      return { converged: false, ops: ops.length, processes, handedOver };
    } catch (err) {
      this.observed = undefined;
      this.opts.log.warn({ err: errorMessage(err), ops: ops.length }, 'reconcile failed; will observe again and retry');
      return { converged: false, ops: ops.length, processes: 0, error: errorMessage(err) };
    }
  }

  /** Logs each of the drivers' warnings when it first appears (a pass runs often; the log should not). */
  private warnOnce(warnings: readonly string[]): void {
    for (const w of warnings) if (!this.warned.has(w)) this.opts.log.warn({ warning: w }, w);
    this.warned = new Set(warnings);
  }

  /** The shadow check: a fresh observation against the prediction; the observation is what the next pass plans from. */
  private async verify(
    predicted: ObservedState | undefined,
    target: TargetState,
    ops: readonly Op[],
    epoch: number,
  ): Promise<ObservedState> {
    // No prediction for a bound runtime namespace (one gone or broken right after binding): the next pass observes.
    if (!predicted && boundNamespaces(ops).length > 0) return this.kernel.observe({ prefix: this.opts.prefix });
    const compare = (o: ObservedState) =>
      predicted
        ? divergences(predicted, o, target, this.opts.underlayDev)
        : [`the model refused ops Linux applied: ${ops.map(describeOp).join('; ')}`];
    let fresh = await this.kernel.observe({ prefix: this.opts.prefix });
    this.stats.predictionChecks++;
    let diff = compare(fresh);
    // Linux finishes some work after the command returns (a deleted
    // namespace's veth peers go when its cleanup work runs, which a busy
    // machine delays by seconds): look again, doubling the wait, ~3 s in all.
    for (let i = 0; diff.length > 0 && predicted && i < 6; i++) {
      await new Promise((r) => setTimeout(r, 50 * 2 ** i));
      fresh = await this.kernel.observe({ prefix: this.opts.prefix });
      diff = compare(fresh);
    }
    // A resync asked for meanwhile says the kernel was changed from outside
    // (SIGHUP after a change by hand, an underlay event): that is drift, not
    // a wrong prediction.
    if (diff.length > 0 && epoch !== this.epoch) {
      this.opts.log.info({ differences: diff.length }, 'kernel changed from outside during the shadow check; not counted');
      return fresh;
    }
    if (diff.length > 0) {
      this.stats.predictionDivergences++;
      this.lastDivergence = diff;
      this.opts.log.error({ divergences: diff, ops: ops.map(describeOp) }, 'prediction diverged from the kernel');
    }
    return fresh;
  }
}

export class UnderlayError extends Error {
  override name = 'UnderlayError';
}

/** Underlay facts come from the kernel itself: the MTU follows the device, not a constant. */
export function hostFacts(observed: ObservedState, o: ReconcilerOptions): HostFacts {
  const dev = observed.contents.get(HOST_NS)?.links.find((l) => l.name === o.underlayDev);
  if (!dev) throw new UnderlayError(`underlay device ${o.underlayDev} not found: set --underlay-dev`);
  const ip = o.underlayIp ?? dev.addresses.find((a) => !a.includes(':'))?.split('/')[0];
  if (!ip) throw new UnderlayError(`underlay device ${o.underlayDev} has no IPv4 address: set --underlay-ip`);
  return {
    host: o.host,
    underlayDev: o.underlayDev,
    underlayIp: ip,
    underlayMtu: dev.mtu,
    vxlanPort: o.vxlanPort,
    prefix: o.prefix,
    ...(o.bridge ? { bridge: o.bridge } : {}),
    ...(o.gatewayBridge ? { gatewayBridge: o.gatewayBridge } : {}),
    ...(o.ipv6Nat ? { ipv6Nat: true } : {}),
  };
}
