import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Code, VxnetError } from '../../lib/errors.js';
import { Driver, Keys, codecs } from '../../proto/index.js';
import { addHost, memoryContext } from '../../controller/testing.js';
import { rejects, rejectsUnchanged } from './controller-fixtures.js';
import { run } from '../../controller/run.js';
import { remove } from '../../controller/workloads.js';
import type { Ctx } from '../../controller/context.js';
import type { MemoryStore } from '../../controller/store-memory.js';

test('VNIs: 745 overlay networks fill 256-1000, the next is EXHAUSTED, a freed VNI is reused', async () => {
  const { ctx, store } = memoryContext({ defaultPool: '10.0.0.0/8', defaultPrefix: 24 });
  const vnis = new Set<number>();
  for (let i = 0; i < 745; i++) {
    const n = await ctx.networks.create({ name: `n${i}` });
    assert.equal(n.vni, 256 + i);
    vnis.add(n.vni!);
  }
  assert.equal(vnis.size, 745);
  await rejectsUnchanged(store, () => ctx.networks.create({ name: 'one-more' }), Code.EXHAUSTED, /VNIs .*prune/);
  // bridge networks need no VNI and still work
  await addHost(store, 'h1');
  const br = await ctx.networks.create({ name: 'br1', driver: Driver.BRIDGE, host: 'h1' });
  assert.equal(br.vni, 0);
  const { removed } = await ctx.networks.remove(['n44']);
  assert.deepEqual(removed, ['n44']);
  const again = await ctx.networks.create({ name: 'reuse' });
  assert.equal(again.vni, 300);
});

test('subnet validation: each mistake is INVALID_ARGUMENT saying what to fix, state unchanged', async () => {
  const { ctx, store } = memoryContext();
  await ctx.networks.create({ name: 'base', subnet: '10.1.0.0/16' });
  const cases: Array<[Record<string, unknown>, RegExp]> = [
    [{ subnet: '10.2.0.0' }, /invalid subnet .*CIDR/],
    [{ subnet: '10.2.0.0/33' }, /invalid subnet/],
    [{ subnet: '300.2.0.0/24' }, /invalid subnet/],
    [{ subnet: '10.2.0.5/24' }, /host bits are set; use 10\.2\.0\.0\/24/],
    [{ subnet: '10.2.0.0/24', gateway: '10.3.0.1' }, /gateway 10\.3\.0\.1 is outside subnet/],
    [{ subnet: '10.2.0.0/24', gateway: '10.2.0.0' }, /network or broadcast/],
    [{ subnet: '10.2.0.0/24', gateway: '10.2.0.255' }, /network or broadcast/],
    [{ subnet: '10.2.0.0/24', gateway: 'x' }, /invalid gateway/],
    [{ subnet: '10.2.0.0/24', ipRange: '10.2.1.0/28' }, /ip-range 10\.2\.1\.0\/28 is not inside subnet/],
    [{ subnet: '10.2.0.0/24', ipRange: '10.2.0.0/23' }, /not inside/],
    [{ ipRange: '10.2.0.0/28' }, /need --subnet/],
    [{ subnet: '10.2.0.0/31' }, /too small/],
  ];
  for (const [req, re] of cases) {
    await rejectsUnchanged(store, () => ctx.networks.create({ name: 'bad', ...req }), Code.INVALID_ARGUMENT, re);
  }
  await rejectsUnchanged(
    store,
    () => ctx.networks.create({ name: 'ov', subnet: '10.1.2.0/24' }),
    Code.ALREADY_EXISTS,
    /overlaps network base/,
  );
  await rejectsUnchanged(store, () => ctx.networks.create({ name: 'ov', subnet: '10.0.0.0/8' }), Code.ALREADY_EXISTS, /overlaps/);
  const ok = await ctx.networks.create({ name: 'ok', subnet: '10.2.0.0/24', gateway: '10.2.0.254', ipRange: '10.2.0.128/25' });
  assert.equal(ok.gateway, '10.2.0.254');
  assert.equal(ok.ipRange, '10.2.0.128/25');
  assert.equal(ok.id!.length, 12);
  assert.match(ok.id!, /^[0-9a-f]{12}$/);
});

test('names: duplicates, reserved names and bad names are refused', async () => {
  const { ctx, store } = memoryContext();
  await ctx.networks.create({ name: 'front' });
  await rejectsUnchanged(store, () => ctx.networks.create({ name: 'front' }), Code.ALREADY_EXISTS, /already exists/);
  for (const name of ['bridge', 'host', 'none', 'default', 'container:x']) {
    await rejectsUnchanged(store, () => ctx.networks.create({ name }), Code.INVALID_ARGUMENT, /reserved/);
  }
  for (const name of ['', '-x', 'a b', 'x'.repeat(64), 'a/b']) {
    await rejectsUnchanged(store, () => ctx.networks.create({ name }), Code.INVALID_ARGUMENT, /invalid network name/);
  }
});

test('default subnets come from the pool, first free /24, skipping explicit ones', async () => {
  const { ctx } = memoryContext();
  assert.equal((await ctx.networks.create({ name: 'a' })).subnet, '10.200.0.0/24');
  assert.equal((await ctx.networks.create({ name: 'b', subnet: '10.200.1.0/25' })).subnet, '10.200.1.0/25');
  const c = await ctx.networks.create({ name: 'c' });
  assert.equal(c.subnet, '10.200.2.0/24');
  assert.equal(c.gateway, '10.200.2.1');
  await ctx.networks.remove(['a']);
  assert.equal((await ctx.networks.create({ name: 'd' })).subnet, '10.200.0.0/24');
});

test('default pool exhaustion says what to do', async () => {
  const { ctx, store } = memoryContext({ defaultPool: '10.9.0.0/23', defaultPrefix: 24 });
  await ctx.networks.create({ name: 'a' });
  await ctx.networks.create({ name: 'b' });
  await rejectsUnchanged(store, () => ctx.networks.create({ name: 'c' }), Code.EXHAUSTED, /--subnet/);
});

test('bridge driver needs a known host; overlay refuses --host', async () => {
  const { ctx, store } = memoryContext();
  await rejectsUnchanged(store, () => ctx.networks.create({ name: 'b', driver: Driver.BRIDGE }), Code.INVALID_ARGUMENT, /--host/);
  await rejectsUnchanged(
    store,
    () => ctx.networks.create({ name: 'b', driver: Driver.BRIDGE, host: 'nope' }),
    Code.NOT_FOUND,
    /unknown host nope: see `vxnet host ls`/,
  );
  await addHost(store, 'h1');
  await rejectsUnchanged(store, () => ctx.networks.create({ name: 'o', host: 'h1' }), Code.INVALID_ARGUMENT, /only for bridge/);
  const b = await ctx.networks.create({ name: 'b', driver: Driver.BRIDGE, host: 'h1' });
  assert.equal(b.host, 'h1');
});

async function withWorkload(ctx: Ctx, store: MemoryStore) {
  await addHost(store, 'h1');
  await ctx.networks.create({ name: 'busy' });
  await ctx.networks.create({ name: 'idle1' });
  await ctx.networks.create({ name: 'idle2' });
  await run(ctx, { name: 'web', host: 'h1', networks: ['busy'] });
}

test('network rm refuses while endpoints exist and names them; prune removes only idle networks', async () => {
  const { ctx, store } = memoryContext();
  await withWorkload(ctx, store);
  const before = store.snapshot();
  const r = await ctx.networks.remove(['busy']);
  assert.deepEqual(r.removed, []);
  assert.ok(r.error instanceof VxnetError);
  assert.equal(r.error.code, Code.FAILED_PRECONDITION);
  assert.match(r.error.message, /busy has active endpoints \(web\)/);
  assert.deepEqual(store.snapshot(), before);
  const missing = await ctx.networks.remove(['ghost', 'idle1']);
  assert.deepEqual(missing.removed, ['idle1']);
  assert.equal((missing.error as VxnetError).code, Code.NOT_FOUND);
  assert.deepEqual(await ctx.networks.prune(), ['idle2']);
  const views = await ctx.networks.views([]);
  assert.deepEqual(
    views.map((v) => v.network!.name),
    ['busy'],
  );
  assert.equal(views[0]!.endpoints![0]!.workload, 'web');
  await remove(ctx, ['web'], false);
  assert.deepEqual(await ctx.networks.prune(), ['busy']);
  const reg = codecs.networkRegistry.decode((await store.get(Keys.networks))!.value);
  assert.deepEqual(reg.networks, []);
});

test('inspect by name or id, NOT_FOUND for unknown', async () => {
  const { ctx } = memoryContext();
  const n = await ctx.networks.create({ name: 'x', labels: { a: 'b' } });
  assert.equal((await ctx.networks.views([n.id!]))[0]!.network!.name, 'x');
  await rejects(ctx.networks.views(['nope']), Code.NOT_FOUND, /network nope not found/);
});

test('two controllers racing network creates on one store never share a VNI, subnet or name', async () => {
  const a = memoryContext({ defaultPool: '10.0.0.0/8' });
  const b = memoryContext({ defaultPool: '10.0.0.0/8' }, a.store);
  const results = await Promise.allSettled(
    Array.from({ length: 120 }, (_, i) => (i % 2 ? a.ctx : b.ctx).networks.create({ name: `n${i % 100}` })),
  );
  const ok = results
    .filter((r) => r.status === 'fulfilled')
    .map((r) => (r as PromiseFulfilledResult<{ vni?: number | null; subnet?: string | null; name?: string | null }>).value);
  const failed = results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason as VxnetError);
  assert.equal(ok.length, 100);
  assert.equal(failed.length, 20);
  for (const f of failed) assert.equal(f.code, Code.ALREADY_EXISTS);
  assert.equal(new Set(ok.map((n) => n.vni)).size, 100);
  assert.equal(new Set(ok.map((n) => n.subnet)).size, 100);
  assert.ok(a.store.stats.conflicts > 0, 'the race really happened');
  const reg = codecs.networkRegistry.decode((await a.store.get(Keys.networks))!.value);
  assert.equal(reg.networks!.length, 100);
});
