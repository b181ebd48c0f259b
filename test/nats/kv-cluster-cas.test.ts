// Compare-and-set on a replicated KV bucket (3 nats-server nodes, R3), as the
// controllers use it: three stores (one connection per node) race on the
// same keys, three writes per key with the same expected revision, both ways
// a claim is made (update of a live value; create over a deleted key); each
// key must have exactly one winner, whose value is the one stored. The
// server alone accepts several racers per key (nats-server#4320; counted
// through the bare KV client in the same run and printed); KvStore's
// confirmation (controller/store-kv.ts) must turn every extra one into a
// conflict.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { NatsConnection } from '@nats-io/transport-node';
import { Kvm } from '@nats-io/kv';
import { ConflictError } from '../../lib/errors.js';
import { KvStore } from '../../controller/store-kv.js';
import { startNatsCluster, type NatsCluster } from '../helpers/nats-cluster.js';
import { retrying } from '../helpers/wait-for.js';

const KEYS = 150;
let cluster: NatsCluster;
const conns: NatsConnection[] = [];
let stores: KvStore[] = [];

before(async () => {
  cluster = await startNatsCluster('kvcas');
  for (const i of [0, 1, 2]) conns.push(await cluster.connect(i));
  // The first open creates the bucket once the cluster has a JetStream leader.
  stores = [await retrying(() => KvStore.open(conns[0]!, { replicas: 3, bucket: 'cas' }), 'the bucket', { timeoutMs: 30_000 })];
  stores.push(await KvStore.open(conns[1]!, { replicas: 3, bucket: 'cas' }), await KvStore.open(conns[2]!, { replicas: 3, bucket: 'cas' }));
  assert.equal(stores[0]!.replicas, 3);
});

after(async () => {
  await cluster?.stop();
});

const enc = (s: string) => new TextEncoder().encode(s);

/** Three racers per key through `write`; the racers that were told they won, per key. */
async function race(keys: string[], write: (racer: number, key: string) => Promise<number>): Promise<Map<string, number[]>> {
  const won = new Map<string, number[]>(keys.map((k) => [k, []]));
  await Promise.all(
    keys.flatMap((key) =>
      [0, 1, 2].map(async (racer) => {
        try {
          await write(racer, key);
          won.get(key)!.push(racer);
        } catch (err) {
          if (!(err instanceof ConflictError) && !/wrong last sequence/i.test(String(err))) throw err;
        }
      }),
    ),
  );
  return won;
}

async function assertOneWinner(prefix: string, won: Map<string, number[]>): Promise<void> {
  const bad = [...won].filter(([, w]) => w.length !== 1).map(([k, w]) => `${k}: ${w.length} winners`);
  assert.deepEqual(bad.slice(0, 10), [], `${prefix}: every key has exactly one winner`);
  for (const [key, [racer]] of won) {
    const e = await stores[0]!.get(key);
    assert.equal(new TextDecoder().decode(e!.value), `racer ${racer}`, `${key} holds its winner's value`);
  }
}

test('racing updates with the same expected revision: one winner per key', async (t) => {
  const keys = Array.from({ length: KEYS }, (_, i) => `upd.k${i}`);
  const revs = new Map<string, number>();
  for (const k of keys) revs.set(k, await stores[0]!.put(k, enc('start')));
  const won = await race(keys, (r, k) => stores[r]!.update(k, enc(`racer ${r}`), revs.get(k)!));
  await assertOneWinner('update', won);

  // The same race through the bare KV client, for the record: how often the server alone accepts more than one.
  const raw = await Promise.all(conns.map((c) => new Kvm(c).open('cas')));
  for (const k of keys) revs.set(`raw.${k}`, await raw[0]!.put(`raw.${k}`, enc('start')));
  const rawWon = await race(
    keys.map((k) => `raw.${k}`),
    (r, k) => raw[r]!.update(k, enc(`racer ${r}`), revs.get(k)!),
  );
  t.diagnostic(
    `without confirmation the server accepted several racers for ${[...rawWon.values()].filter((w) => w.length > 1).length} of ${KEYS} keys`,
  );
});

test('racing creates over deleted keys (a freed claim taken again): one winner per key', async () => {
  const keys = Array.from({ length: KEYS }, (_, i) => `del.k${i}`);
  for (const k of keys) {
    await stores[0]!.create(k, enc('first'));
    await stores[0]!.delete(k);
  }
  const won = await race(keys, (r, k) => stores[r]!.create(k, enc(`racer ${r}`)));
  await assertOneWinner('create', won);
});
