import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ConflictError, FailedPrecondition } from '../../lib/errors.js';
import { KvStore } from '../../controller/store-kv.js';
import { natsServer } from '../helpers/nats.js';

const b = (s: string) => new TextEncoder().encode(s);
const s = (u: Uint8Array) => new TextDecoder().decode(u);

test('KvStore: create/update/delete compare-and-set against a real nats-server', async (t) => {
  const server = await natsServer(t);
  const nc = await server.connect();
  const store = await KvStore.open(nc, { bucket: 'vxnet-test' });
  const again = await KvStore.open(nc, { bucket: 'vxnet-test' });

  const r1 = await store.create('ip.n1.10_0_0_2', b('web'));
  await assert.rejects(again.create('ip.n1.10_0_0_2', b('db')), ConflictError);
  assert.equal(s((await again.get('ip.n1.10_0_0_2'))!.value), 'web');

  await assert.rejects(store.update('ip.n1.10_0_0_2', b('x'), r1 + 100), ConflictError);
  const r2 = await store.update('ip.n1.10_0_0_2', b('web2'), r1);
  assert.ok(r2 > r1);
  await assert.rejects(store.update('ip.n1.10_0_0_2', b('x'), r1), ConflictError, 'stale revision loses');
  await assert.rejects(store.delete('ip.n1.10_0_0_2', r1), ConflictError);

  await store.delete('ip.n1.10_0_0_2', r2);
  assert.equal(await store.get('ip.n1.10_0_0_2'), null);
  await store.delete('ip.n1.never');
  await store.create('ip.n1.10_0_0_2', b('reused'));
  assert.equal(s((await store.get('ip.n1.10_0_0_2'))!.value), 'reused');

  await store.put('nw.a.ep.w1', b('1'));
  await store.put('nw.a.ep.w2', b('2'));
  await store.put('nw.b.ep.w1', b('3'));
  await store.delete('nw.a.ep.w2');
  assert.deepEqual(await store.keys('nw.a.ep.>'), ['nw.a.ep.w1']);
  assert.deepEqual(await store.keys('nw.*.ep.w1'), ['nw.a.ep.w1', 'nw.b.ep.w1']);
  assert.deepEqual(await store.keys('nothing.>'), []);
});

test('KvStore: of 50 concurrent creates of one key exactly one wins, also over a deleted key', async (t) => {
  const server = await natsServer(t);
  const stores = await Promise.all([0, 1].map(async (i) => KvStore.open(await server.connect(`c${i}`), { bucket: 'race' })));
  for (const round of [0, 1]) {
    const results = await Promise.allSettled(Array.from({ length: 50 }, (_, i) => stores[i % 2]!.create('claim.x', b(`w${i}`))));
    const won = results.filter((r) => r.status === 'fulfilled');
    assert.equal(won.length, 1, `round ${round}`);
    for (const r of results) if (r.status === 'rejected') assert.ok(r.reason instanceof ConflictError, String(r.reason));
    await stores[0]!.delete('claim.x');
  }
});

test('KvStore: an existing bucket with fewer replicas than configured is refused', async (t) => {
  const server = await natsServer(t);
  const nc = await server.connect();
  const one = await KvStore.open(nc, { bucket: 'vxnet-repl', replicas: 1 });
  assert.equal(one.replicas, 1, 'positive control: the configured count opens');
  await assert.rejects(KvStore.open(nc, { bucket: 'vxnet-repl', replicas: 3 }), (err: Error) => {
    assert.ok(err instanceof FailedPrecondition, String(err));
    assert.match(err.message, /^KV bucket vxnet-repl has 1 replica\(s\) but replicas is 3: raise it/);
    return true;
  });
});
