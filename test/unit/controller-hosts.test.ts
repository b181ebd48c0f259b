import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codecs, Keys } from '../../proto/index.js';
import { memoryContext } from '../../controller/testing.js';
import { loadConfig, DEFAULTS } from '../../controller/config.js';
import { InvalidArgument } from '../../lib/errors.js';
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const hb = (host: string, extra = {}) =>
  codecs.heartbeat.encode({ host, underlayIp: '192.168.1.5', mtu: 1500, vxlanPort: 4789, sentMs: 1, ...extra });

test('heartbeats register hosts, keep first_seen, throttle writes, refuse spoofing and garbage', async () => {
  let now = 1_000_000;
  const { ctx, store } = memoryContext({ heartbeatWriteMs: 2000, hostDownAfterMs: 10_000 }, undefined, () => now);
  assert.equal(await ctx.hosts.onHeartbeat('vxnet.host.h1.heartbeat', hb('h1')), true);
  assert.equal(await ctx.hosts.onHeartbeat('vxnet.host.h1.heartbeat', new Uint8Array([1, 2, 3])), false);
  assert.equal(await ctx.hosts.onHeartbeat('vxnet.host.h2.heartbeat', hb('h1')), false, 'h2 may not speak for h1');
  assert.equal(await ctx.hosts.onHeartbeat('vxnet.host.bad_name.heartbeat', hb('bad_name')), false);
  now += 500;
  assert.equal(await ctx.hosts.onHeartbeat('vxnet.host.h1.heartbeat', hb('h1')), false, 'throttled');
  assert.equal(
    await ctx.hosts.onHeartbeat('vxnet.host.h1.heartbeat', hb('h1', { underlayIp: '192.168.1.6' })),
    true,
    'a change is written at once',
  );
  now += 2500;
  assert.equal(await ctx.hosts.onHeartbeat('vxnet.host.h1.heartbeat', hb('h1', { underlayIp: '192.168.1.6' })), true);
  const h = codecs.host.decode((await store.get(Keys.host('h1')))!.value);
  assert.equal(Number(h.firstSeenMs), 1_000_000);
  assert.equal(Number(h.lastSeenMs), 1_003_000);
  assert.equal(h.underlayIp, '192.168.1.6');
  assert.deepEqual(await store.keys('host.>'), ['host.h1']);

  ctx.hosts.onStatus(
    'vxnet.host.h1.status',
    codecs.agentStatus.encode({ host: 'h1', sentMs: 5, converged: true, workloads: [{ name: 'w', state: 'running' }] }),
  );
  ctx.hosts.onStatus('vxnet.host.h1.status', codecs.agentStatus.encode({ host: 'h1', sentMs: 4, converged: false }));
  ctx.hosts.onStatus('vxnet.host.h2.status', codecs.agentStatus.encode({ host: 'h1', sentMs: 9 }));
  ctx.hosts.onStatus('vxnet.host.h1.status', new Uint8Array([0xff]));
  let [view] = await ctx.hosts.list([]);
  assert.equal(view!.state, 'ready');
  assert.equal(view!.status!.converged, true, 'older and spoofed statuses are ignored');
  ctx.hosts.onStatus(
    'vxnet.host.h1.status',
    codecs.agentStatus.encode({ host: 'h1', sentMs: 6, converged: false, lastError: 'RTNETLINK: boom' }),
  );
  [view] = await ctx.hosts.list([]);
  assert.deepEqual([view!.state, view!.status!.lastError], ['degraded', 'RTNETLINK: boom'], 'an agent whose last pass failed');
  ctx.hosts.onStatus('vxnet.host.h1.status', codecs.agentStatus.encode({ host: 'h1', sentMs: 7, converged: true }));
  [view] = await ctx.hosts.list([]);
  assert.equal(view!.state, 'ready', 'and ready again once a pass succeeds');
  now += 10_001;
  [view] = await ctx.hosts.list(['h1']);
  assert.equal(view!.state, 'down');
  await assert.rejects(ctx.hosts.list(['h9']), /unknown host h9/);
});

test('config: defaults, file, env and flags in that order', () => {
  assert.equal(DEFAULTS.defaultPool, '10.200.0.0/16');
  const dir = mkdtempSync(join(tmpdir(), 'vxnet-cfg-'));
  try {
    const file = join(dir, 'c.json');
    writeFileSync(file, JSON.stringify({ defaultPool: '10.9.0.0/16', replicas: 3, portRange: '40000-41000' }));
    const c = loadConfig(['--config', file, '--replicas', '1', '--host-down-after-ms=5000'], { VXNET_NATS: 'nats://127.0.0.1:5000' });
    assert.deepEqual(
      [c.defaultPool, c.replicas, c.hostDownAfterMs, c.nats, c.portRange],
      ['10.9.0.0/16', 1, 5000, 'nats://127.0.0.1:5000', { from: 40000, to: 41000 }],
    );
    assert.equal(loadConfig([], {}).defaultPrefix, 24);
    assert.throws(() => loadConfig(['--bogus', '1'], {}), InvalidArgument);
    assert.throws(() => loadConfig(['--port-range', '9-1'], {}), /invalid port range/);
    assert.throws(() => loadConfig(['--default-pool', '10.0.0.1/8'], {}), /host bits/);
    assert.throws(() => loadConfig(['--replicas'], {}), /needs a value/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
