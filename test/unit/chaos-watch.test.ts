// DesiredWatcher when the KV is unavailable for a while (NATS or JetStream
// restarting): a watch that cannot be opened yet is retried, so the agent
// becomes ready once the store answers instead of staying not-ready forever.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { KV, KvWatchEntry } from '@nats-io/kv';
import { DesiredWatcher } from '../../agent/pipeline/watch.js';
import { silentLogger } from '../../lib/log.js';
import { codecs, Keys } from '../../proto/index.js';
import { endpoint, overlayWorkload } from './agent-fixtures.js';

/** Just enough of a KV for DesiredWatcher: keys() and watch() over fixed data; `failing` makes them throw. */
function fakeKv(data: Map<string, Uint8Array>, failing: (filter: string) => boolean): { kv: KV; stops: number } {
  const match = (filter: string, key: string) => key.startsWith(filter.slice(0, -1));
  const out = { stops: 0, kv: undefined as unknown as KV };
  out.kv = {
    async keys(filter: string) {
      if (failing(filter)) throw new Error('JetStream not available');
      const ks = [...data.keys()].filter((k) => match(filter, k));
      return (async function* () {
        yield* ks;
      })();
    },
    async watch(opts: { key: string }) {
      if (failing(opts.key)) throw new Error('JetStream not available');
      const ks = [...data.keys()].filter((k) => match(opts.key, k));
      let stopped = false;
      let wake: () => void = () => {};
      const entries: KvWatchEntry[] = ks.map(
        (key, i) => ({ key, value: data.get(key)!, operation: 'PUT', isUpdate: i === ks.length - 1 }) as unknown as KvWatchEntry,
      );
      return {
        stop() {
          stopped = true;
          out.stops++;
          wake();
        },
        async *[Symbol.asyncIterator]() {
          yield* entries;
          while (!stopped)
            await new Promise<void>((r) => {
              wake = r;
            });
        },
      };
    },
  } as unknown as KV;
  return out;
}

test('a network watch that cannot be opened at first is retried until the agent is ready with its endpoints', async () => {
  const data = new Map<string, Uint8Array>([
    [Keys.workload('h1', 'a'), codecs.workload.encode(overlayWorkload('a', 'h1', '10.77.0.2'))],
    [Keys.endpoint('blue', 'a'), codecs.endpoint.encode(endpoint('a', 'h1', '10.77.0.2', '198.18.0.1'))],
    [Keys.endpoint('blue', 'b'), codecs.endpoint.encode(endpoint('b', 'h2', '10.77.0.3', '198.18.0.2'))],
  ]);
  let failures = 3;
  const { kv } = fakeKv(data, (filter) => filter.startsWith('nw.') && failures-- > 0);
  const w = new DesiredWatcher(kv, 'h1', () => {}, silentLogger);
  await w.start();
  const until = Date.now() + 10_000;
  while (!w.ready && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
  assert.ok(w.ready, 'ready once the membership watch opened');
  assert.deepEqual([...w.state.endpoints.get('blue')!.keys()].sort(), ['a', 'b']);
  w.stop();
});

test('a watch still opening when its network is no longer wanted is dropped, not left half-open', async () => {
  const data = new Map<string, Uint8Array>([[Keys.workload('h1', 'a'), codecs.workload.encode(overlayWorkload('a', 'h1', '10.77.0.2'))]]);
  const fake = fakeKv(data, (filter) => filter.startsWith('nw.'));
  const w = new DesiredWatcher(fake.kv, 'h1', () => {}, silentLogger);
  await w.start();
  assert.equal(w.ready, false, 'not ready while membership is unknown');
  w.stop();
  await new Promise((r) => setTimeout(r, 300));
  assert.equal(fake.stops, 1, 'only the workload watch was ever open, and it was stopped');
});
