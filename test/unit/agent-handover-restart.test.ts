// An agent restarted between Docker's Join and the container's start (issue
// 11): the interface it handed over still waits in its namespace (vxh…) and
// the container's sandbox does not exist yet. The new run finds the handover
// again at its first pass (services/handovers.ts recover): pending, so nothing
// binds the sandbox path before Docker made it, and the front-end is told
// (whenRecovered) so it follows the container's start again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { NatsConnection } from '@nats-io/transport-node';
import { EndpointKind, type Workload } from '../../proto/index.js';
import { AttachService } from '../../agent/services/attach.js';
import { FakeKernel } from '../../agent/kernel/fake.js';
import { Reconciler } from '../../agent/pipeline/reconciler.js';
import { predictKernel } from '../../agent/pipeline/predict.js';
import { attachedNs, handoverName } from '../../agent/model/naming.js';
import { silentLogger } from '../../lib/log.js';
import { bareHost, desired, overlayWorkload, PREFIX, RECONCILER_OPTIONS } from './agent-fixtures.js';

const docker = (): Workload => ({
  ...overlayWorkload('ct1', 'h1', '10.77.0.9'),
  kind: EndpointKind.KIND_DOCKER,
  containerId: 'endpoint-1',
  netnsPath: '/run/docker/netns/sandbox-x',
});
const CT = attachedNs(PREFIX, 'ct1');
const SRC = handoverName('ct1', 'blue');

/** One run of the agent's pipeline on `kernel`: an AttachService (no controller: nothing is allocated here) and a reconciler asking it for handovers. */
async function run(kernel: FakeKernel, workloads: Workload[], handedOver: string[] = []) {
  const state = desired(workloads, []);
  const attach = new AttachService({
    nc: {} as NatsConnection,
    host: 'h1',
    prefix: PREFIX,
    kernel,
    workloads: () => state.workloads,
    facts: () => undefined,
    lastError: () => undefined,
    dns: () => ({ nameservers: [], search: [] }),
    log: silentLogger,
  });
  // The first run's Join: the endpoint is pending as handOver() leaves it.
  for (const n of handedOver) (attach.handovers() as Set<string>).add(n);
  const recovered: string[][] = [];
  attach.whenRecovered((names) => recovered.push(names));
  const r = new Reconciler(
    kernel,
    { state, ready: true },
    {
      ...RECONCILER_OPTIONS,
      predict: predictKernel,
      verifyPrediction: true,
      handovers: (observed) => attach.handovers(observed),
    },
  );
  r.start();
  await r.settled();
  await r.stop();
  return { attach, recovered, report: r.lastReport, divergences: r.stats.predictionDivergences };
}

const host = () => new FakeKernel({ hostLinks: bareHost().contents.get('')!.links });
const bound = (k: FakeKernel) => k.log.filter((o) => o.op === 'netns-attach' && o.ns === CT).length;

test('restarted between Join and the start: the handover is pending again, the sandbox is not bound, the front-end is told', async () => {
  const k = host();
  const first = await run(k, [docker()], ['ct1']);
  assert.equal(first.report.converged, true);
  assert.ok(
    (await k.observe({ prefix: PREFIX })).contents.get('')!.links.some((l) => l.name === SRC),
    'the end waits for Docker',
  );
  // The restart: a new run, nothing in memory.
  const second = await run(k, [docker()]);
  assert.deepEqual([...second.attach.handovers()], ['ct1']);
  assert.deepEqual(second.recovered, [['ct1']]);
  assert.equal(bound(k), 0, 'no binding of a sandbox Docker has not made');
  assert.equal(second.report.converged, true, second.report.error);
  assert.equal(second.divergences, 0);
  assert.ok(
    (await k.observe({ prefix: PREFIX })).contents.get('')!.links.some((l) => l.name === SRC),
    'the end still waits',
  );
  // Positive control through the same path: Docker took the end (the container started): an ordinary attached endpoint, bound.
  k.mutate((s) => {
    const h = s.namespaces.get('')!;
    h.links = h.links.filter((l) => l.name !== SRC);
  });
  const third = await run(k, [docker()]);
  assert.deepEqual([...third.attach.handovers()], []);
  assert.deepEqual(third.recovered, [[]], 'told that there is nothing to follow');
  assert.equal(bound(k), 1);
});
