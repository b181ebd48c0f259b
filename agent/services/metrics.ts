// The agent's Prometheus metrics (names vxnet_agent_*). Counters are fed by
// the agent's wiring after each reconcile pass and by the KV watcher; gauges
// are read from the live state when scraped. Owns: metric names, help texts,
// buckets. Must never: change what the agent does (it only observes) or
// serve HTTP (lib/metrics.ts does).
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { DesiredState } from '../model/desired.js';

export interface ReconcileSample {
  durationMs: number;
  ops: number;
  error?: string | undefined;
  converged: boolean;
}

export class AgentMetrics {
  readonly registry = new Registry();
  private readonly reconcileSeconds: Histogram;
  private readonly opsApplied: Counter;
  private readonly failedApplies: Counter;
  private readonly divergences: Counter;
  private readonly watchLag: Gauge;
  private lastConvergedMs: number | undefined;

  constructor(host: string, state: () => DesiredState) {
    this.registry.setDefaultLabels({ host });
    collectDefaultMetrics({ register: this.registry, prefix: 'vxnet_agent_' });
    const registers = [this.registry];
    this.reconcileSeconds = new Histogram({
      name: 'vxnet_agent_reconcile_duration_seconds',
      help: 'Time of one reconcile pass (observe or predict, plan, apply)',
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    this.opsApplied = new Counter({ name: 'vxnet_agent_ops_applied_total', help: 'Kernel operations applied successfully', registers });
    this.failedApplies = new Counter({
      name: 'vxnet_agent_failed_applies_total',
      help: 'Reconcile passes that failed (the agent observes again and retries)',
      registers,
    });
    this.divergences = new Counter({
      name: 'vxnet_agent_prediction_divergences_total',
      help: "Times the predicted kernel state differed from what the kernel holds (the predictor's misses)",
      registers,
    });
    this.watchLag = new Gauge({
      name: 'vxnet_agent_kv_watch_lag_seconds',
      help: 'Delay between a KV update being stored and this agent receiving it (last update; assumes synchronised clocks)',
      registers,
    });
    new Gauge({
      name: 'vxnet_agent_workloads',
      help: 'Workloads this host should run',
      registers,
      collect() {
        this.set(state().workloads.size);
      },
    });
    new Gauge({
      name: 'vxnet_agent_endpoints',
      help: 'Endpoints of the overlay networks this host takes part in (its own and remote)',
      registers,
      collect() {
        let n = 0;
        for (const eps of state().endpoints.values()) n += eps.size;
        this.set(n);
      },
    });
    const self = this;
    new Gauge({
      name: 'vxnet_agent_seconds_since_last_converged',
      help: 'Seconds since a reconcile pass last found nothing to do (-1: never since start)',
      registers,
      collect() {
        this.set(self.lastConvergedMs === undefined ? -1 : (Date.now() - self.lastConvergedMs) / 1000);
      },
    });
  }

  reconciled(s: ReconcileSample): void {
    this.reconcileSeconds.observe(s.durationMs / 1000);
    if (s.error) this.failedApplies.inc();
    else this.opsApplied.inc(s.ops);
    if (s.converged) this.lastConvergedMs = Date.now();
  }

  watchLagMs(ms: number): void {
    this.watchLag.set(Math.max(0, ms) / 1000);
  }

  private divergencesSeen = 0;

  /** The reconciler's running total of diverging predictions (shadow check, --verify-prediction). */
  divergencesTotal(total: number): void {
    if (total > this.divergencesSeen) this.divergences.inc(total - this.divergencesSeen);
    this.divergencesSeen = total;
  }
}
