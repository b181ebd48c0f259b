// The controller's counting store: claims and compare-and-set conflicts are
// counted; answers and errors pass through unchanged.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ControllerMetrics } from '../../controller/metrics.js';
import { MemoryStore } from '../../controller/store-memory.js';
import { ConflictError } from '../../lib/errors.js';

const b = (s: string) => new TextEncoder().encode(s);

test('allocations and CAS conflicts are counted, answers pass through', async () => {
  const m = new ControllerMetrics();
  const store = m.instrument(new MemoryStore());
  const rev = await store.create('ip.n1.10_0_0_2', b('a'));
  await assert.rejects(store.create('ip.n1.10_0_0_2', b('b')), ConflictError);
  await assert.rejects(store.update('ip.n1.10_0_0_2', b('c'), rev + 5), ConflictError);
  await store.update('ip.n1.10_0_0_2', b('d'), rev);
  assert.equal(new TextDecoder().decode((await store.get('ip.n1.10_0_0_2'))!.value), 'd');
  m.request('workload.run', 'ok', 0.002);
  const text = await m.registry.metrics();
  assert.match(text, /^vxnet_controller_allocations_total\{kind="ip"\} 1$/m);
  assert.match(text, /^vxnet_controller_cas_conflicts_total\{op="create"\} 1$/m);
  assert.match(text, /^vxnet_controller_cas_conflicts_total\{op="update"\} 1$/m);
  assert.match(text, /^vxnet_controller_requests_total\{verb="workload.run",result="ok"\} 1$/m);
});
