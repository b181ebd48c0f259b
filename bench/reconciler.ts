// The agent's pipeline in-process, as the setup and ports benchmarks drive it:
// one Reconciler on the real kernel with the agent's own predictor, a desired
// state the benchmark edits, and no periodic resync inside a measurement.
// Must never: start anything (the caller starts and stops the reconciler).
import type { LinuxKernel } from '../agent/kernel/linux.js';
import { emptyDesired } from '../agent/model/desired.js';
import { predictKernel } from '../agent/pipeline/predict.js';
import { Reconciler, type DesiredSource } from '../agent/pipeline/reconciler.js';
import { silentLogger } from '../lib/log.js';

export type BenchSource = DesiredSource & { state: ReturnType<typeof emptyDesired> };

export function benchReconciler(kernel: LinuxKernel, prefix: string): { source: BenchSource; rec: Reconciler } {
  const source: BenchSource = { state: emptyDesired(), ready: true };
  const rec = new Reconciler(kernel, source, {
    host: 'h1',
    prefix,
    underlayDev: 'eth0',
    vxlanPort: 4789,
    resyncMs: 3_600_000,
    log: silentLogger,
    bridge: { bip: '172.29.255.254/16' },
    predict: predictKernel,
  });
  return { source, rec };
}
