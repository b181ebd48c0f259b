// The controller's Prometheus metrics (names vxnet_controller_*): API
// requests by verb and result with their latency, and what the store sees:
// allocations (keys claimed with create()) and compare-and-set conflicts.
// Owns: metric names and the counting Store wrapper. Must never: change a
// store answer (it only counts) or serve HTTP (lib/metrics.ts does).
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { ConflictError } from '../lib/errors.js';
import type { Store } from './store.js';

export class ControllerMetrics {
  readonly registry = new Registry();
  private readonly requests: Counter<'verb' | 'result'>;
  private readonly latency: Histogram<'verb'>;
  private readonly allocations: Counter<'kind'>;
  private readonly conflicts: Counter<'op'>;

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'vxnet_controller_' });
    const registers = [this.registry];
    this.requests = new Counter({
      name: 'vxnet_controller_requests_total',
      help: 'API requests answered, by verb (e.g. workload.run) and result (ok or the error code)',
      labelNames: ['verb', 'result'],
      registers,
    });
    this.latency = new Histogram({
      name: 'vxnet_controller_request_duration_seconds',
      help: 'Time from receiving an API request to sending its reply',
      labelNames: ['verb'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers,
    });
    this.allocations = new Counter({
      name: 'vxnet_controller_allocations_total',
      help: 'Keys claimed in the KV bucket, by kind (ip, port, vni, name, wl, nw, ... = the first token of the key)',
      labelNames: ['kind'],
      registers,
    });
    this.conflicts = new Counter({
      name: 'vxnet_controller_cas_conflicts_total',
      help: 'Compare-and-set writes that lost to another writer, by operation (create, update, delete)',
      labelNames: ['op'],
      registers,
    });
  }

  request(verb: string, result: string, seconds: number): void {
    this.requests.inc({ verb, result });
    this.latency.observe({ verb }, seconds);
  }

  /** The same store, counting claims and conflicts on the way. */
  instrument(store: Store): Store {
    const conflict = (op: string) => (err: unknown) => {
      if (err instanceof ConflictError) this.conflicts.inc({ op });
      throw err;
    };
    return {
      get: (k) => store.get(k),
      put: (k, v) => store.put(k, v),
      keys: (f) => store.keys(f),
      create: (k, v) =>
        store.create(k, v).then((rev) => {
          this.allocations.inc({ kind: k.split('.')[0] ?? '' });
          return rev;
        }, conflict('create')),
      update: (k, v, r) => store.update(k, v, r).catch(conflict('update')),
      delete: (k, r) => store.delete(k, r).catch(conflict('delete')),
    };
  }
}
