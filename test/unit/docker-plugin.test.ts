// The Docker plugin's pure parts: pool ids (they must survive agent restarts,
// so they encode how to find the network again) and `-o` options of
// `docker network create` (known ones accepted, the rest refused in one line).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkNetworkOptions, parsePoolId, poolId, sentinelGateway, newNonce } from '../../agent/services/docker/pools.js';
import { Driver } from '../../proto/index.js';
import { addHost, memoryContext } from '../../controller/testing.js';
import { ensureNetwork } from '../../controller/docker-networks.js';

test('pool ids round-trip; anything else is not a vxnet pool', () => {
  assert.deepEqual(parsePoolId(poolId({ kind: 'subnet', subnet: '10.1.0.0/24' })), { kind: 'subnet', subnet: '10.1.0.0/24' });
  const nonce = newNonce();
  assert.deepEqual(parsePoolId(poolId({ kind: 'auto', nonce })), { kind: 'auto', nonce });
  assert.match(sentinelGateway(nonce), /^0\.\d{1,3}\.\d{1,3}\.\d{1,3}$/);
  for (const bad of ['', 'p1', 'vxnet:s:10.1.0.1/24', 'vxnet:a:x', 'vxnet:q:10.1.0.0/24', undefined]) {
    assert.throws(() => parsePoolId(bad), /not a vxnet pool|host bits|invalid/, String(bad));
  }
});

test('-o options: vxnet.driver and mtu are taken, the rest refused in one line', () => {
  assert.deepEqual(checkNetworkOptions({}), { driver: Driver.OVERLAY });
  assert.deepEqual(checkNetworkOptions({ 'vxnet.driver': 'bridge', mtu: '1400' }), { driver: Driver.BRIDGE, mtu: '1400' });
  assert.throws(() => checkNetworkOptions({ 'vxnet.driver': 'ring' }), /use overlay \(default\) or bridge/);
  assert.throws(() => checkNetworkOptions({ colour: 'blue' }), /^.*unknown option -o colour[^\n]*$/);
});

test('the controller side: a Docker network joins the vxnet network of its name, or is refused in one line', async () => {
  const { ctx, store } = memoryContext();
  await addHost(store, 'h1');
  await addHost(store, 'h3');
  const first = await ensureNetwork(ctx, 'h1', { name: 'dnet', subnet: '10.93.0.0/24' });
  // The same command on another host: the same network (VNI, subnet), nothing new.
  const again = await ensureNetwork(ctx, 'h3', { name: 'dnet', subnet: '10.93.0.0/24' });
  assert.equal(again.id, first.id);
  assert.equal(again.vni, first.vni);
  assert.equal((await ensureNetwork(ctx, 'h3', { name: 'dnet' })).subnet, '10.93.0.0/24', 'no --subnet joins too');
  await assert.rejects(
    ensureNetwork(ctx, 'h3', { name: 'dnet', subnet: '10.99.0.0/24' }),
    /has subnet 10\.93\.0\.0\/24, not 10\.99\.0\.0\/24: give --subnet 10\.93\.0\.0\/24 or none$/,
  );
  await assert.rejects(ensureNetwork(ctx, 'h3', { name: 'dnet', internal: true }), /is not internal: leave out --internal$/);
  await assert.rejects(
    ensureNetwork(ctx, 'h3', { name: 'dnet', driver: Driver.BRIDGE }),
    /vxnet network dnet is an overlay network, not a bridge one/,
  );
  // A bridge network belongs to the host that made it.
  await ensureNetwork(ctx, 'h1', { name: 'lbr', driver: Driver.BRIDGE });
  await assert.rejects(ensureNetwork(ctx, 'h3', { name: 'lbr', driver: Driver.BRIDGE }), /bridge network on host h1/);
});
