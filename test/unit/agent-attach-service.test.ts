// AttachService's wait for an endpoint's wiring (agent/services/attach.ts):
// it answers once a converged pass holds the namespace AND what it needs
// beside the wiring is ready (the resolver serving its network); the latter
// arrives as recheck() (the workload files' onDnsChange), not only by polling.
// The controller is a stub answering the attach request (no NATS here).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { NatsConnection } from '@nats-io/transport-node';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AttachService } from '../../agent/services/attach.js';
import { namespaceGone } from '../../agent/services/agent-socket.js';
import { attachedNs } from '../../agent/model/naming.js';
import { codecs, EndpointKind, type Workload } from '../../proto/index.js';
import { silentLogger } from '../../lib/log.js';
import { overlayWorkload, PREFIX } from './agent-fixtures.js';

const endpoint = (): Workload => ({
  ...overlayWorkload('ct1', 'h1', '10.77.0.9'),
  kind: EndpointKind.KIND_CNI,
  containerId: 'abc',
  netnsPath: '/run/netns/runtime-x',
});

function service(dnsReady: () => boolean) {
  const workloads = new Map<string, Workload>();
  const nc = {
    request: async () => {
      workloads.set('ct1', endpoint()); // the watch delivers it with the answer
      return { data: codecs.workloadReply.encode({ workloads: [{ workload: endpoint() }] }) };
    },
  } as unknown as NatsConnection;
  const s = new AttachService({
    nc,
    host: 'h1',
    prefix: PREFIX,
    kernel: { inspectNamespace: async () => undefined },
    workloads: () => workloads,
    facts: () => undefined,
    lastError: () => undefined,
    ready: () => dnsReady(),
    dns: () => ({ nameservers: [], search: [] }),
    log: silentLogger,
    trustNetnsPath: true,
    wireTimeoutMs: 30_000,
  });
  return s;
}

/** Lets pending promise callbacks and I/O run once (no timer of 100 ms fires unless the machine stalls; then the poll answers, which passes too). */
const turn = () => new Promise((r) => setImmediate(r));

test('an attach waiting only for the resolver answers on recheck(), and not before the resolver is ready', async () => {
  let dns = false;
  const s = service(() => dns);
  let answered = false;
  const pending = s
    .attach({ kind: 'cni', name: 'ct1', containerId: 'abc', netns: '/run/netns/runtime-x', network: 'blue', ifname: 'eth0' })
    .then((r) => {
      answered = true;
      return r;
    });
  await turn();
  s.onReport(true, new Set([attachedNs(PREFIX, 'ct1')]));
  await turn();
  assert.equal(answered, false, 'wired, but the resolver does not serve the network yet');
  dns = true;
  s.recheck();
  await turn();
  assert.equal(answered, true, 'recheck() answered the waiting attach');
  assert.equal((await pending).ip, '10.77.0.9');
});

test("liveness: an endpoint's namespace counts as gone only when its path went or ours is bound to another namespace, never while ours awaits its bind", async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'vxnet-liveness-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const placeholder = join(dir, 'ours'); // the reconciler's file, before `mount --bind` runs
  const runtimeFile = join(dir, 'runtime');
  writeFileSync(placeholder, '');
  writeFileSync(runtimeFile, '');
  const netns = '/proc/self/ns/net'; // a namespace file, as a bound one is
  assert.equal(await namespaceGone(netns, placeholder), false, 'ours not bound yet: proves nothing');
  assert.equal(await namespaceGone(netns, netns), false, 'ours bound to the same namespace');
  // Positive controls through the same function: the path went; ours names another namespace than the path.
  assert.equal(await namespaceGone(join(dir, 'missing'), placeholder), true, 'the runtime path is gone');
  assert.equal(await namespaceGone(runtimeFile, netns), true, 'ours is a namespace, the path is not (any longer) that one');
});
