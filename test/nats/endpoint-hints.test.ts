// Endpoint hints against a real nats-server: an endpoint written through the
// controller's hinting store reaches an agent's watcher through its plain
// subscription as well as its watch, and the watcher takes a hint only when it
// is newer than what it has: a hint alone (no KV write) is applied, a stale
// one (its revision already delivered by the watch, or a put older than a
// deletion the watch delivered) is not, nor one of another bucket or without
// a revision; the watch stays the source of truth for deletions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Kvm } from '@nats-io/kv';
import { headers, type NatsConnection } from '@nats-io/transport-node';
import { DesiredWatcher } from '../../agent/pipeline/watch.js';
import { KvStore } from '../../controller/store-kv.js';
import { withEndpointHints } from '../../controller/hints.js';
import { silentLogger } from '../../lib/log.js';
import { macOf } from '../../lib/ipv4.js';
import { BUCKET, codecs, EndpointHints, Keys } from '../../proto/index.js';
import { overlayWorkload } from '../unit/agent-fixtures.js';
import { natsServer } from '../helpers/nats.js';
import { waitFor } from '../helpers/wait-for.js';

const until = (check: () => boolean, what: string) => waitFor(check, what, { timeoutMs: 10_000, intervalMs: 10 });
const endpoint = (workload: string, ip: string, host = 'h2') =>
  codecs.endpoint.encode({ network: 'blue', networkId: 'abc', workload, host, vtep: '198.18.0.2', ip, mac: macOf(ip) });

function hint(nc: NatsConnection, key: string, value: Uint8Array, revision?: number, bucket = BUCKET): void {
  const h = headers();
  if (revision !== undefined) h.set(EndpointHints.REVISION_HEADER, String(revision));
  nc.publish(EndpointHints.of(bucket, key), value, { headers: h });
}

test('endpoint hints: applied when newer, ignored when stale, foreign or without a revision; the watch keeps deletions', async (t) => {
  const server = await natsServer(t);
  const controllerNc = await server.connect('controller');
  const kvStore = await KvStore.open(controllerNc);
  const store = withEndpointHints(kvStore, controllerNc, BUCKET);
  await store.put(Keys.workload('h1', 'mine'), codecs.workload.encode(overlayWorkload('mine', 'h1', '10.77.0.2')));

  const agentNc = await server.connect('agent');
  const kv = await new Kvm(agentNc).open(BUCKET);
  const w = new DesiredWatcher(kv, 'h1', () => {}, silentLogger, { nc: agentNc, bucket: BUCKET });
  t.after(() => w.stop());
  await w.start();
  await until(() => w.ready && w.state.endpoints.has('blue'), 'the watcher watches network blue');
  await agentNc.flush(); // its hint subscription is registered on the server
  const ipOf = (name: string) => w.state.endpoints.get('blue')?.get(name)?.ip;

  // A write through the hinting store arrives (hint and watch both; either is enough).
  const rev1 = await store.put(Keys.endpoint('blue', 'web'), endpoint('web', '10.77.0.10'));
  await until(() => ipOf('web') === '10.77.0.10', 'the written endpoint arrived');

  // A hint alone, newer than anything stored: applied (the watch will never deliver it).
  hint(controllerNc, Keys.endpoint('blue', 'ghost'), endpoint('ghost', '10.77.0.66'), rev1 + 1000);
  await until(() => ipOf('ghost') === '10.77.0.66', 'a hint alone was applied');

  // Stale: the revision the watch already delivered, with another value: not applied.
  hint(controllerNc, Keys.endpoint('blue', 'web'), endpoint('web', '10.77.0.99'), rev1);
  // Another bucket's hint, and one without a revision: not applied either.
  hint(controllerNc, Keys.endpoint('blue', 'other'), endpoint('other', '10.77.0.77'), rev1 + 2000, 'elsewhere');
  hint(controllerNc, Keys.endpoint('blue', 'norev'), endpoint('norev', '10.77.0.78'));
  // Positive control through the same subscription, sent last: once it is in, the ones before it were handled.
  hint(controllerNc, Keys.endpoint('blue', 'control'), endpoint('control', '10.77.0.79'), rev1 + 3000);
  await until(() => ipOf('control') === '10.77.0.79', 'the control hint was applied');
  assert.equal(ipOf('web'), '10.77.0.10', 'a stale hint changed nothing');
  assert.equal(ipOf('other'), undefined, "another bucket's hint is not ours");
  assert.equal(ipOf('norev'), undefined, 'a hint without a revision is not taken');

  // A deletion reaches the agent through its watch; a late hint of the put before it is stale.
  await store.delete(Keys.endpoint('blue', 'web'));
  await until(() => ipOf('web') === undefined, 'the deletion arrived through the watch');
  hint(controllerNc, Keys.endpoint('blue', 'web'), endpoint('web', '10.77.0.10'), rev1);
  const rev2 = await store.put(Keys.endpoint('blue', 'api'), endpoint('api', '10.77.0.11'));
  await until(() => ipOf('api') === '10.77.0.11', 'a later write arrived');
  assert.equal(ipOf('web'), undefined, 'a put older than the deletion did not bring the endpoint back');

  // An update after all that arrives too (the watch skips the revision its hint applied; the state cannot show
  // that skip, since both carry the same value: this checks only that the path keeps working).
  const rev3 = await store.put(Keys.endpoint('blue', 'api'), endpoint('api', '10.77.0.12'));
  assert.ok(rev3 > rev2);
  await until(() => ipOf('api') === '10.77.0.12', 'the update arrived');
});
