// An agent's desired-state watch when the NATS node holding its consumer dies
// while the agent stays connected to another node (3-node cluster, bucket
// R3, real nats-server): the watch must go on delivering within seconds, not
// after the ordered consumer's own heartbeat check (two missed 30 s beats).
// The agent's own reaction to its connection's status (catchUpOnClusterChange)
// is what is under test; a change before the kill is the positive control.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Kvm } from '@nats-io/kv';
import { jetstreamManager, type ConsumerInfo } from '@nats-io/jetstream';
import { catchUpOnClusterChange, DesiredWatcher } from '../../agent/pipeline/watch.js';
import { KvStore } from '../../controller/store-kv.js';
import { silentLogger } from '../../lib/log.js';
import { BUCKET, codecs, Keys } from '../../proto/index.js';
import { overlayWorkload } from '../unit/agent-fixtures.js';
import { startNatsCluster } from '../helpers/nats-cluster.js';
import { retrying, waitFor } from '../helpers/wait-for.js';

/** While the cluster elects leaders (after its start, after a kill). */
const ELECTION = { timeoutMs: 30_000, intervalMs: 300 };

test("the node holding a watch's consumer is killed, the agent connected elsewhere: the watch delivers again within seconds", async (t) => {
  const cluster = await startNatsCluster('watchloss');
  t.after(() => cluster.stop());
  const ctl = await cluster.connect(0);
  const store = await retrying(() => KvStore.open(ctl, { replicas: 3 }), 'the bucket', ELECTION);
  const put = (name: string, ip: string) =>
    retrying(() => store.put(Keys.workload('h1', name), codecs.workload.encode(overlayWorkload(name, 'h1', ip))), `put ${name}`, ELECTION);
  await put('a', '10.77.0.2');

  // The agent knows every node (as it is configured) and sits on node 0.
  const nc = await cluster.connect(0, { servers: [0, 1, 2].map((i) => cluster.url(i)), noRandomize: true });
  const kv = await new Kvm(nc).open(BUCKET);
  const w = new DesiredWatcher(kv, 'h1', () => {}, silentLogger);
  t.after(() => w.stop());
  catchUpOnClusterChange(nc, w);
  await w.start();
  const names = () => [...w.state.workloads.keys()].sort().join(' ');
  await waitFor(() => names() === 'a', `initial values: "${names()}"`, { timeoutMs: 15_000, intervalMs: 20 });

  // The workload watch's consumer must live on another node than the agent's: reopen until it does.
  const jsm = await jetstreamManager(ctl);
  const watchConsumer = async (): Promise<ConsumerInfo | undefined> => {
    for await (const ci of jsm.consumers.list(`KV_${BUCKET}`))
      if (!ci.config.headers_only && ci.config.filter_subject === `$KV.${BUCKET}.wl.h1.>` && ci.push_bound) return ci;
    return undefined;
  };
  let holder: string | undefined;
  for (let i = 0; i < 20 && !holder; i++) {
    let ci: ConsumerInfo | undefined;
    await waitFor(
      async () => {
        ci = await watchConsumer();
        return ci !== undefined;
      },
      'the watch has a consumer with a subscriber',
      { timeoutMs: 10_000, intervalMs: 50 },
    );
    const leader = ci?.cluster?.leader;
    if (leader && leader !== cluster.name(0)) holder = leader;
    else {
      w.catchUp();
      await new Promise((r) => setTimeout(r, 800));
    }
  }
  assert.ok(holder, "the watch's consumer never landed on another node than the agent's");

  // Positive control: a change reaches the watch through this consumer.
  await put('b', '10.77.0.3');
  await waitFor(() => names() === 'a b', `before the kill: "${names()}"`, { timeoutMs: 10_000, intervalMs: 20 });

  await cluster.kill(Number(holder.slice(1)));
  const killedAt = Date.now();
  await put('c', '10.77.0.4');
  await waitFor(() => names() === 'a b c', `after the node with the consumer (${holder}) died the watch saw "${names()}", not "a b c"`, {
    timeoutMs: 25_000,
    intervalMs: 50,
  });
  t.diagnostic(`the change made after the kill was seen ${Date.now() - killedAt} ms after it`);
});
