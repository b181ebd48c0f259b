// Predicts the kernel after a successful apply, so the reconciler does not
// have to observe every namespace again after each change (a full observe
// costs a process per namespace: the convergence path must not grow with the
// number of workloads on the host). The prediction uses the same model of
// Linux that the unit tests check plans against (FakeKernel). If the model
// refuses the ops, there is no prediction and the next pass observes. The
// model is proven against Linux by test/netns/model-diff (a random walk on
// real namespaces) and, in e2e and on demand, by the shadow check
// (--verify-prediction, pipeline/divergence.ts); the periodic resync observes
// for real, so a wrong prediction would live at most one resync period.
// A runtime's namespace bound in the pass (netns-attach) holds what its
// runtime put there, which no model knows: that namespace alone is observed
// (`look`) and completes the prediction; without `look`, no prediction.
// So is a runtime namespace another of our names still binds when one of its
// names is unbound in the pass (Docker's `network disconnect`): its interface
// goes with the host end, and an observation does not say which veths pair.
import { boundNamespaces, type NsName, type ObservedState, type Op } from '../model/kernel-objects.js';
import { FakeKernel } from '../kernel/fake.js';
import { hostEndsOf, workloadOfNs } from '../model/naming.js';

/** Observes only the given namespaces (Kernel.observe with `only`). */
export type Look = (only: readonly NsName[]) => Promise<ObservedState>;

export async function predictKernel(
  observed: ObservedState,
  ops: readonly Op[],
  prefix: string,
  look?: Look,
): Promise<ObservedState | undefined> {
  const bound = [...boundNamespaces(ops), ...stillBound(observed, ops)];
  if (bound.length > 0 && !look) return undefined;
  const model = FakeKernel.fromObserved(observed);
  try {
    await model.apply(ops);
  } catch {
    return undefined;
  }
  const predicted = await model.observe({ prefix });
  dropPeersOfDeletedWorkloads(predicted, ops, prefix);
  if (bound.length > 0) {
    // A look that fails is no prediction: the next pass observes everything.
    const seen = await look!(bound).catch(() => undefined);
    if (!seen || !completeWith(predicted, seen, bound)) return undefined;
  }
  return predicted;
}

/** Names of a runtime namespace that stay bound while another of its names is unbound by these ops. */
function stillBound(observed: ObservedState, ops: readonly Op[]): NsName[] {
  const unbound = new Set(ops.flatMap((op) => (op.op === 'netns-del' ? [op.ns] : [])));
  const ids = new Set([...unbound].flatMap((ns) => observed.ids?.get(ns) ?? []));
  return observed.namespaces.filter((ns) => !unbound.has(ns) && ids.has(observed.ids?.get(ns) ?? ''));
}

/**
 * Puts the observed bound namespaces into the prediction, under every name
 * of theirs; false when one is missing or broken (observe everything then).
 */
function completeWith(predicted: ObservedState, seen: ObservedState, bound: readonly NsName[]): boolean {
  for (const ns of bound) {
    const contents = seen.contents.get(ns);
    if (!contents || seen.broken?.includes(ns)) return false;
    const id = seen.ids?.get(ns);
    const names = id === undefined ? [ns] : [ns, ...predicted.namespaces.filter((n) => n !== ns && predicted.ids?.get(n) === id)];
    if (id !== undefined) {
      predicted.ids ??= new Map();
      predicted.ids.set(ns, id);
    }
    for (const n of names) {
      predicted.contents.set(n, structuredClone(contents));
      const nft = seen.nft.get(ns);
      if (nft) predicted.nft.set(n, structuredClone(nft));
      else predicted.nft.delete(n);
    }
  }
  return true;
}

/**
 * An observation does not say which veth ends are paired, so the model cannot
 * know that deleting a workload's namespace takes the host-side ends with it;
 * their names tell (naming.hostEndsOf). Removing them explicitly would cost
 * ~30 ms each (Linux is already destroying them with the namespace). An end
 * made again later in the same pass (the workload removed and re-run under
 * its name) is the new one and stays. The destruction is asynchronous, so a
 * workload of the same name made within milliseconds may find its veth name
 * still taken: that apply fails, and the reconciler's immediate retry
 * observes the kernel and re-plans.
 */
function dropPeersOfDeletedWorkloads(state: ObservedState, ops: readonly Op[], prefix: string): void {
  ops.forEach((op, i) => {
    const w = op.op === 'netns-del' ? workloadOfNs(prefix, op.ns) : undefined;
    if (w === undefined) return;
    const remade = new Set(
      ops.slice(i + 1).flatMap((o) => (o.op === 'veth-add' ? [`${o.ns}/${o.name}`, `${o.peerNs}/${o.peerName}`] : [])),
    );
    for (const end of hostEndsOf(prefix, w, state.namespaces)) {
      if (remade.has(`${end.ns}/${end.name}`)) continue;
      const c = state.contents.get(end.ns);
      if (c) c.links = c.links.filter((l) => l.name !== end.name);
    }
  });
}
