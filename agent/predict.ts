// Predicts the kernel after a successful apply, so the reconciler does not
// have to observe every namespace again after each change (a full observe
// costs a process per namespace: the convergence path must not grow with the
// number of workloads on the host). The prediction uses the same model of
// Linux that the unit tests check plans against (FakeKernel). If the model
// refuses the ops, there is no prediction and the next pass observes. The
// periodic resync observes for real, so a wrong prediction lives at most one
// resync period.
//
// An observation does not say which veth ends are paired, so when a workload
// namespace is deleted the prediction keeps the host-side ends, and the next
// pass removes them by name. That is deliberate: Linux destroys a deleted
// namespace's devices asynchronously, so an end that looks gone may still
// hold its name for a moment; removing it explicitly (a no-op when it is
// gone) frees the name before a workload of the same name is made again.
import type { ObservedState, Op } from './model.js';
import { FakeKernel } from './kernel/fake.js';

export async function predictKernel(observed: ObservedState, ops: readonly Op[], prefix: string): Promise<ObservedState | undefined> {
  const model = FakeKernel.fromObserved(observed);
  try {
    await model.apply(ops);
  } catch {
    return undefined;
  }
  return model.observe({ prefix });
}
