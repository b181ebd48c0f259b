// An agent's desired-state watch ended by catchUp() (the agent calls it when
// a NATS node leaves the cluster or its connection moves: a watch's consumer
// may have lived on the lost node) is reopened, against a real nats-server:
// a new consumer replaces the old one, resuming after the last revision it
// delivered, and a workload removed and another added while no watch was
// open are both seen, as is a change after the reopen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Kvm } from '@nats-io/kv';
import { jetstreamManager } from '@nats-io/jetstream';
import { DesiredWatcher } from '../../agent/pipeline/watch.js';
import { KvStore } from '../../controller/store-kv.js';
import { silentLogger } from '../../lib/log.js';
import { BUCKET, codecs, Keys } from '../../proto/index.js';
import { overlayWorkload } from '../unit/agent-fixtures.js';
import { natsServer } from '../helpers/nats.js';
import { waitFor } from '../helpers/wait-for.js';

const until = (check: () => boolean, what: string) => waitFor(check, what, { timeoutMs: 10_000, intervalMs: 20 });

test('a watch ended by catchUp() resumes after its last revision: a removal and an addition made meanwhile are both seen', async (t) => {
  const server = await natsServer(t);
  const nc = await server.connect('agent');
  const store = await KvStore.open(nc); // creates the bucket as a controller would
  const put = (name: string, ip: string) => store.put(Keys.workload('h1', name), codecs.workload.encode(overlayWorkload(name, 'h1', ip)));
  await put('a', '10.77.0.2');
  await put('b', '10.77.0.3');
  const kv = await new Kvm(nc).open(BUCKET);
  const changes: number[] = [];
  const w = new DesiredWatcher(kv, 'h1', () => changes.push(Date.now()), silentLogger);
  t.after(() => w.stop());
  await w.start();
  const names = () => [...w.state.workloads.keys()].sort().join(' ');
  await until(() => names() === 'a b', `initial values: ${names()}`);

  const jsm = await jetstreamManager(nc);
  const consumers = async () => {
    const out: string[] = [];
    // Watches only: key listings (headers only) come and go beside them.
    for await (const ci of jsm.consumers.list(`KV_${BUCKET}`)) if (!ci.config.headers_only) out.push(ci.name);
    return out;
  };
  const before = await consumers();
  assert.equal(before.length, 2, "two watches (the host's workloads, their network's endpoints), a consumer each");
  w.catchUp(); // the watch ends; it reopens half a second later
  await new Promise((r) => setTimeout(r, 150)); // the old consumer is gone, the new one not there yet
  await store.delete(Keys.workload('h1', 'b'));
  await put('c', '10.77.0.4');
  await until(() => names() === 'a c', `after the catch-up the state is "${names()}", not "a c"`);
  let now: string[] = [];
  for (const end = Date.now() + 10_000; Date.now() < end; await new Promise((r) => setTimeout(r, 50))) {
    now = await consumers();
    // The old consumers linger until their inactivity threshold; two new ones are the reopened watches.
    if (now.filter((n) => !before.includes(n)).length === 2) break;
  }
  assert.equal(now.filter((n) => !before.includes(n)).length, 2, `the watches were not reopened: consumers ${before} then ${now}`);

  // And it goes on watching: a change after the reopen arrives too (positive control of the live watch).
  await put('d', '10.77.0.5');
  await until(() => names() === 'a c d', `a later change was not seen: "${names()}"`);
});
