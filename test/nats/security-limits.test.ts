// Limits on loopback: oversized requests and a bounded flood of garbage are
// refused without harming the controller, which answers a valid request
// afterwards and whose KV state is unchanged. Bounded on purpose: 2,000
// concurrent requests, 100 KiB and 2 MiB messages, all on 127.0.0.1.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { NatsConnection } from '@nats-io/transport-node';
import { Code } from '../../lib/errors.js';
import { Api, codecs } from '../../proto/index.js';
import { MAX_REQUEST_BYTES, startController, type Controller } from '../../controller/service.js';
import { startSecureNats, type SecureNats } from '../helpers/secure-nats.js';
import { dumpKv } from '../helpers/kv-dump.js';

let s: SecureNats;
let controller: Controller;
let ctlNc: NatsConnection;
let admin: NatsConnection;

before(async () => {
  s = await startSecureNats(['h1']);
  ctlNc = await s.as(s.creds.controller);
  controller = await startController({ nc: ctlNc });
  admin = await s.as(s.creds.admin);
  const r = codecs.networkReply.decode(
    (
      await admin.request(Api.networkCreate, codecs.networkCreateRequest.encode({ name: 'keep', subnet: '10.70.0.0/24' }), {
        timeout: 10_000,
      })
    ).data,
  );
  assert.equal(r.error ?? null, null);
});

after(async () => {
  await controller?.stop();
  await s?.stop();
});

async function stillServes(): Promise<void> {
  const r = codecs.networkReply.decode(
    (await admin.request(Api.networkList, codecs.nameRequest.encode({ names: [] }), { timeout: 10_000 })).data,
  );
  assert.equal(r.error ?? null, null);
  assert.deepEqual(
    (r.networks ?? []).map((n) => n.network?.name),
    ['keep'],
  );
}

test(`a request over ${MAX_REQUEST_BYTES} bytes gets INVALID_ARGUMENT, whatever it holds`, async () => {
  const before = await dumpKv(ctlNc);
  const big = codecs.networkCreateRequest.encode({ name: 'big', labels: { pad: 'x'.repeat(100 * 1024) } });
  assert.ok(big.length > MAX_REQUEST_BYTES);
  for (const body of [big, new Uint8Array(100 * 1024).fill(0xff)]) {
    const r = codecs.networkReply.decode((await admin.request(Api.networkCreate, body, { timeout: 10_000 })).data);
    assert.equal(r.error?.code, Code.INVALID_ARGUMENT);
    assert.match(r.error?.message ?? '', /over the 65536-byte limit/);
  }
  assert.deepEqual(await dumpKv(ctlNc), before);
  await stillServes();
});

test("a message over the server's max_payload never reaches the controller: the client is told, the controller serves on", async () => {
  const sender = await s.as(s.creds.admin);
  assert.equal(sender.info?.max_payload, 1024 * 1024, 'generated configs set max_payload to 1 MiB');
  await assert.rejects(sender.request(Api.networkCreate, new Uint8Array(2 * 1024 * 1024), { timeout: 5000 }), /payload/i);
  await stillServes();
});

test('a flood of 2,000 concurrent garbage requests is answered with errors and harms nothing', async () => {
  const before = await dumpKv(ctlNc);
  const subjects = Object.values(Api);
  const garbage = (i: number) => Uint8Array.from({ length: 1 + (i % 97) }, (_, j) => (i * 31 + j * 7) & 0xff);
  const replies = await Promise.allSettled(
    Array.from({ length: 2000 }, (_, i) => admin.request(subjects[i % subjects.length]!, garbage(i), { timeout: 60_000 })),
  );
  const answered = replies.filter((r) => r.status === 'fulfilled').length;
  assert.equal(answered, 2000, 'every request gets an answer');
  // Every garbage body that is not a valid request must come back as an error reply.
  const reqOf: Record<string, { decode(b: Uint8Array): unknown }> = {
    [Api.networkCreate]: codecs.networkCreateRequest,
    [Api.networkConnect]: codecs.connectRequest,
    [Api.networkDisconnect]: codecs.connectRequest,
    [Api.run]: codecs.runRequest,
  };
  let refused = 0;
  replies.forEach((r, i) => {
    if (r.status !== 'fulfilled') return;
    const subject = subjects[i % subjects.length]!;
    const rep = (
      subject.startsWith('vxnet.api.host')
        ? codecs.hostReply
        : subject.includes('.network.') && !subject.endsWith('connect')
          ? codecs.networkReply
          : codecs.workloadReply
    ).decode(r.value.data);
    let validRequest = true;
    try {
      (reqOf[subject] ?? codecs.nameRequest).decode(garbage(i));
    } catch {
      validRequest = false;
    }
    if (!validRequest) {
      assert.ok(rep.error?.code, `garbage #${i} on ${subject} must be refused`);
      refused++;
    }
  });
  assert.ok(refused > 1900, `${refused} refused`);
  assert.deepEqual(await dumpKv(ctlNc), before);
  await stillServes();
});
