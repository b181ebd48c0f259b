// The model proven against Linux: a seeded random walk (model-walk.ts) over
// one host's desired state, reconciled by the real Reconciler onto the real
// LinuxKernel in throwaway namespaces, with the shadow check on: after every
// apply the prediction (pipeline/predict.ts, the FakeKernel model) is compared
// with a fresh observation, normalized the same way (pipeline/divergence.ts).
// After every step the kernel must also equal the target of the current
// desired state (a fresh plan is empty). Drift made behind the agent's back
// is followed by a resync, as the periodic one would. The seed changes every
// run and is printed: VXNET_MODEL_SEED=<seed> replays a walk,
// VXNET_MODEL_STEPS=<n> changes its length (default 200).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomInt } from 'node:crypto';
import { LinuxKernel } from '../../agent/kernel/linux.js';
import { predictKernel } from '../../agent/pipeline/predict.js';
import { Reconciler, hostFacts, type ReconcilerOptions } from '../../agent/pipeline/reconciler.js';
import { buildTarget } from '../../agent/modes/targets.js';
import { plan } from '../../agent/pipeline/plan.js';
import { describeOp } from '../../agent/model/kernel-objects.js';
import { createLogger, silentLogger } from '../../lib/log.js';
import { Protocol } from '../../proto/index.js';
import { TestNetns } from '../helpers/netns.js';
import { Walk, rng } from './model-walk.js';

const SEED = Number(process.env.VXNET_MODEL_SEED ?? randomInt(2 ** 31));
const STEPS = Number(process.env.VXNET_MODEL_STEPS ?? 200);
const UNDERLAY = '198.18.77.1';
const VTEPS = ['198.18.77.2', '198.18.77.3'];

// Created at module top level so its cleanup is registered on the root test (after every test).
const lab = await TestNetns.create('md');
const hostNs = await lab.addNs('h');
const peerNs = await lab.addNs('p');
await lab.wire({ ns: hostNs, name: 'u0', cidr: `${UNDERLAY}/24` }, { ns: peerNs, name: 'u1', cidr: `${VTEPS[0]}/24` });
const prefix = lab.name('a-');
const kernel = new LinuxKernel({ hostNs });

function start(walk: Walk): { reconciler: Reconciler; opts: ReconcilerOptions; failures: string[] } {
  const opts: ReconcilerOptions = {
    host: 'h1',
    prefix,
    underlayDev: 'u0',
    vxlanPort: 4789,
    bridge: walk.bridge,
    resyncMs: 3_600_000,
    debounceMs: 0,
    predict: predictKernel,
    verifyPrediction: true,
    log: process.env.VXNET_MODEL_DEBUG ? createLogger('walk', 'debug') : silentLogger,
  };
  const reconciler = new Reconciler(kernel, { state: walk.desired, ready: true }, opts);
  const failures: string[] = [];
  reconciler.onReport = (r) => {
    if (r.error) failures.push(r.error);
  };
  reconciler.start();
  return { reconciler, opts, failures };
}

/** The kernel equals the target of the current desired state: a plan from a fresh observation is empty. */
async function leftover(walk: Walk, opts: ReconcilerOptions): Promise<string[]> {
  const observed = await kernel.observe({ prefix });
  return plan(buildTarget(walk.desired, hostFacts(observed, opts)), observed, prefix).map(describeOp);
}

test(`random walk: after every step the prediction equals Linux and the kernel equals the target (seed ${SEED})`, async (t) => {
  console.log(`model-diff: seed ${SEED}, ${STEPS} steps (replay: VXNET_MODEL_SEED=${SEED})`);
  const walk = new Walk(rng(SEED), prefix, 'h1', VTEPS);
  const { reconciler, opts, failures } = start(walk);
  t.after(() => reconciler.stop());
  const history: string[] = [];
  const fail = (step: number, why: string): never =>
    assert.fail(
      `seed ${SEED}, step ${step} (${history[step]}): ${why}\nreplay: VXNET_MODEL_SEED=${SEED}\nlast steps:\n  ${history.slice(-6).join('\n  ')}`,
    );
  for (let step = 0; step < STEPS; step++) {
    const s = step > 0 && step % 25 === 0 ? underlayMtu(step) : walk.next();
    history.push(s.what);
    if (process.env.VXNET_MODEL_DEBUG) console.log(`step ${step}: ${s.what}`);
    opts.bridge = walk.bridge;
    for (const [ns, argv] of s.drift ?? []) await lab.exec(ns === '' ? hostNs : ns, argv);
    const before = reconciler.stats.predictionDivergences;
    if (s.drift) reconciler.resync();
    else reconciler.trigger();
    await reconciler.settled(30_000).catch((err: Error) => fail(step, `${err.message}; apply failures: ${failures.slice(-3).join(' | ')}`));
    if (reconciler.stats.predictionDivergences !== before) fail(step, `prediction diverged:\n  ${reconciler.lastDivergence.join('\n  ')}`);
    // The shadow check already compared every apply; a full plan from a fresh
    // observation (one more observe) is checked every few steps, after each
    // underlay change and at the end. The kernel finishes some work
    // asynchronously (a deleted namespace's veth peers): a few looks, bounded.
    if (step % 5 !== 4 && step % 25 !== 0 && step !== STEPS - 1) continue;
    let left = await leftover(walk, opts);
    for (let i = 0; i < 10 && left.length > 0; i++) {
      await new Promise((r) => setTimeout(r, 100));
      await reconciler.settled(30_000);
      left = await leftover(walk, opts);
    }
    if (left.length > 0) fail(step, `the kernel is not the target; a fresh plan still says:\n  ${left.join('\n  ')}`);
  }
  const st = reconciler.stats;
  console.log(
    `model-diff: ${STEPS} steps, ${st.applies} applies, ${st.predictionChecks} predictions checked, ${failures.length} apply failures retried`,
  );
  assert.ok(st.predictionChecks >= STEPS / 2, 'the shadow check ran');
});

/** Every 25 steps the underlay's MTU changes (a host fact the agent must see without a resync). */
function underlayMtu(step: number): { what: string; drift: [string, string[]][] } {
  const mtu = step % 50 === 0 ? 1500 : 1400;
  return { what: `underlay mtu ${mtu}`, drift: [[hostNs, ['ip', 'link', 'set', 'u0', 'mtu', String(mtu)]]] };
}

test('positive control: a change behind the agent with no resync makes the shadow check report a divergence', async (t) => {
  const walk = new Walk(rng(1), prefix, 'h1', VTEPS);
  const { reconciler, opts } = start(walk);
  t.after(() => reconciler.stop());
  // One workload on ub1, converged.
  let s = walk.next();
  while (!/^add \S+ \(NETWORKS ub1:/.test(s.what)) s = walk.next();
  opts.bridge = walk.bridge;
  reconciler.trigger();
  await reconciler.settled(30_000);
  assert.equal(reconciler.stats.predictionDivergences, 0);
  const w = walk.desired.workloads.get(s.what.split(' ')[1]!)!;
  // Behind its back: the workload loses its address. No resync: the agent plans from its prediction.
  await lab.exec(`${prefix}wl-${w.name}`, ['ip', 'addr', 'flush', 'dev', 'eth0']);
  walk.desired.workloads.set(w.name!, { ...w, ports: [{ protocol: Protocol.TCP, hostIp: '', hostPort: 29999, containerPort: 80 }] });
  reconciler.trigger();
  await reconciler.settled(30_000);
  assert.equal(reconciler.stats.predictionDivergences, 1, 'the shadow check saw the kernel differ from its prediction');
  assert.ok(
    reconciler.lastDivergence.some((d) => d.includes(`wl-${w.name} link eth0`)),
    reconciler.lastDivergence.join('\n'),
  );
  assert.deepEqual(await leftover(walk, opts), [], 'and the agent repaired it from the fresh observation');
});
