// `network connect` / `disconnect` refusals that keep the store unchanged:
// default-bridge workloads (the local modes wire every attachment of such a
// workload to vxnet0), bridge networks of another host, bad aliases; and the
// aliases of a connect land on the attachment and the endpoint.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Code, VxnetError } from '../../lib/errors.js';
import { codecs, Driver, Keys } from '../../proto/index.js';
import { addHost, memoryContext } from '../../controller/testing.js';
import { run } from '../../controller/run.js';
import { connect, disconnect } from '../../controller/connect.js';
import { remove } from '../../controller/workloads.js';

async function refusedUnchanged(store: { snapshot(): unknown }, p: () => Promise<unknown>, code: Code, re: RegExp): Promise<void> {
  const before = store.snapshot();
  await assert.rejects(p(), (err: unknown) => err instanceof VxnetError && err.code === code && re.test(err.message));
  assert.deepEqual(store.snapshot(), before);
}

test('connect refuses default-bridge workloads, foreign bridge networks and bad aliases, changing nothing', async () => {
  const { ctx, store } = memoryContext();
  await addHost(store, 'h1');
  await addHost(store, 'h2');
  await ctx.networks.create({ name: 'ov', subnet: '10.80.0.0/24' });
  await ctx.networks.create({ name: 'lb2', subnet: '10.81.0.0/24', driver: Driver.BRIDGE, host: 'h2' });
  await run(ctx, { name: 'plain', host: 'h1', networks: ['bridge'] });
  await run(ctx, { name: 'w', host: 'h1', networks: ['ov'] });
  await refusedUnchanged(
    store,
    () => connect(ctx, { network: 'ov', workload: 'plain' }),
    Code.INVALID_ARGUMENT,
    /default bridge.*--network ov/,
  );
  await refusedUnchanged(store, () => connect(ctx, { network: 'lb2', workload: 'w' }), Code.INVALID_ARGUMENT, /bridge network on host h2/);
  await refusedUnchanged(store, () => connect(ctx, { network: 'ov2', workload: 'w' }), Code.NOT_FOUND, /not found/);
  await refusedUnchanged(store, () => disconnect(ctx, { network: 'lb2', workload: 'w' }), Code.NOT_FOUND, /not connected/);
  await ctx.networks.create({ name: 'ov2', subnet: '10.82.0.0/24' });
  await refusedUnchanged(
    store,
    () => connect(ctx, { network: 'ov2', workload: 'w', aliases: ['bad alias'] }),
    Code.INVALID_ARGUMENT,
    /alias/,
  );
});

test('connect puts its aliases on the new attachment and its endpoint only', async () => {
  const { ctx, store } = memoryContext();
  await addHost(store, 'h1');
  await ctx.networks.create({ name: 'front', subnet: '10.83.0.0/24' });
  await ctx.networks.create({ name: 'back', subnet: '10.84.0.0/24' });
  await run(ctx, { name: 'web', host: 'h1', networks: ['front'], aliases: ['www'] });
  const w = await connect(ctx, { network: 'back', workload: 'web', aliases: ['api', 'api2'] });
  assert.deepEqual(
    w.attachments!.map((a) => [a.network, a.ifname, a.aliases]),
    [
      ['front', 'eth0', ['www']],
      ['back', 'eth1', ['api', 'api2']],
    ],
  );
  const ep = codecs.endpoint.decode((await store.get(Keys.endpoint('back', 'web')))!.value);
  assert.deepEqual(ep.aliases, ['api', 'api2']);
  assert.deepEqual(codecs.endpoint.decode((await store.get(Keys.endpoint('front', 'web')))!.value).aliases, ['www']);
});

test('the gateway path follows the open overlays: none on an --internal one, claimed by connect, released by disconnect and rm', async () => {
  const { ctx, store } = memoryContext();
  await addHost(store, 'h1');
  await addHost(store, 'h2', { gwbridgeSubnet: '', gwbridgeGateway: '' });
  await ctx.networks.create({ name: 'in', subnet: '10.85.0.0/24', internal: true });
  await ctx.networks.create({ name: 'out', subnet: '10.86.0.0/24' });
  const gwClaims = async () => (await store.keys('ip.>')).filter((k) => k.startsWith('ip.gw-h1.'));
  const w = await run(ctx, { name: 'w', host: 'h1', networks: ['in'] });
  assert.equal(w.gatewayPath, undefined, 'an --internal overlay has no way out');
  const c = await connect(ctx, { network: 'out', workload: 'w' });
  assert.deepEqual(
    [c.gatewayPath?.ifname, c.gatewayPath?.gateway, c.gatewayPath?.subnet, c.gatewayPath?.ip],
    ['gw0', '172.29.1.1', '172.29.1.0/24', '172.29.1.2'],
  );
  assert.deepEqual(await gwClaims(), ['ip.gw-h1.172_29_1_2']);
  const d = await disconnect(ctx, { network: 'out', workload: 'w' });
  assert.equal(d.gatewayPath ?? undefined, undefined);
  assert.deepEqual(await gwClaims(), [], 'released with the last open overlay');
  await connect(ctx, { network: 'out', workload: 'w' });
  await remove(ctx, ['w'], false);
  assert.deepEqual(await gwClaims(), [], 'released by rm');
  // A host without a gateway bridge: no gateway path, and ports of an overlay workload are refused.
  assert.equal((await run(ctx, { name: 'x', host: 'h2', networks: ['out'] })).gatewayPath, undefined);
  await refusedUnchanged(
    store,
    () => run(ctx, { name: 'y', host: 'h2', networks: ['out'], publish: ['80'] }),
    Code.FAILED_PRECONDITION,
    /host h2 has no gateway bridge/,
  );
});
