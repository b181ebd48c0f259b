// The Docker plugin's pure parts: pool ids (they must survive agent restarts,
// so they encode how to find the network again) and `-o` options of
// `docker network create` (known ones accepted, the rest refused in one line),
// and which overlays the host holds for the daemon's networks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkNetworkOptions, DockerNetworks, parsePoolId, poolId, sentinelGateway, newNonce } from '../../agent/services/docker/pools.js';
import type { EngineApi } from '../../agent/services/docker/engine-api.js';
import type { VxnetRequests } from '../../agent/services/docker/vxnet-requests.js';
import { portsOf } from '../../agent/services/docker/driver.js';
import { publishSpec } from '../../agent/services/attach-specs.js';
import { parsePublish } from '../../lib/ports.js';
import { Driver, type Attachment, type Network } from '../../proto/index.js';
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

test("port bindings: Docker's -p, ranges and -P (host port 0) become the -p specs vxnet run takes; the rest is refused", () => {
  const specs = (v: unknown) => portsOf(v).map(publishSpec);
  assert.deepEqual(
    specs([
      { Proto: 6, Port: 80, HostIP: '', HostPort: 8080, HostPortEnd: 8080 },
      { Proto: 17, Port: 53, HostIP: '127.0.0.1', HostPort: 5353, HostPortEnd: 5353 },
      { Proto: 6, Port: 81, HostIP: '', HostPort: 8000, HostPortEnd: 8010 },
      { Proto: 6, Port: 82, HostIP: '', HostPort: 0, HostPortEnd: 0 },
      { Proto: 6, Port: 83, HostIP: '127.0.0.1', HostPort: 0 },
    ]),
    ['8080:80/tcp', '127.0.0.1:5353:53/udp', '8000-8010:81/tcp', '82/tcp', '127.0.0.1::83/tcp'],
  );
  // The controller's parser takes each as `vxnet run -p` does (0 = a random port of its range).
  assert.deepEqual(
    parsePublish('127.0.0.1::83/tcp').map((r) => [r.hostIp, r.hostFrom, r.hostTo]),
    [['127.0.0.1', 0, 0]],
  );
  assert.deepEqual(
    parsePublish('8000-8010:81/tcp').map((r) => [r.hostFrom, r.hostTo]),
    [[8000, 8010]],
  );
  assert.deepEqual(portsOf(undefined), []);
  assert.throws(() => portsOf([{ Proto: 132, Port: 80, HostPort: 80 }]), /vxnet publishes tcp and udp/);
  assert.throws(() => publishSpec({ hostPort: 8010, hostPortEnd: 8000, containerPort: 80, protocol: 'tcp' }), /not a range/);
  assert.throws(() => publishSpec({ hostPort: 0, containerPort: 0, protocol: 'tcp' }), /not in 1-65535/);
});

test("held overlays follow the daemon's vxnet networks: held while both exist, released when either goes, re-held when remade", () => {
  const held = new Map<string, number>();
  const holder = {
    hold: (a: Attachment) => held.set(a.network!, a.vni!),
    release: (n: string) => held.delete(n),
  };
  // sync() reads neither the daemon nor the controller: the caller passes both views.
  const nets = new DockerNetworks({} as EngineApi, {} as VxnetRequests, holder);
  const ov: Network = { name: 'ov', id: 'n1', driver: Driver.OVERLAY, vni: 300, subnet: '10.93.0.0/24', gateway: '10.93.0.1' };
  const br: Network = { name: 'br', id: 'n2', driver: Driver.BRIDGE, subnet: '10.94.0.0/24', gateway: '10.94.0.1' };
  const other: Network = { ...ov, name: 'other', id: 'n3', vni: 301 };
  const docker = [
    { Id: 'd1', Name: 'ov', Driver: 'vxnet' },
    { Id: 'd2', Name: 'br', Driver: 'vxnet' },
    { Id: 'd3', Name: 'other', Driver: 'bridge' }, // Docker's own network of the same name: not vxnet's
    { Id: 'd4', Name: 'gone', Driver: 'vxnet' }, // its vxnet network was removed by an admin
  ];
  nets.sync(docker, [ov, br, other]);
  assert.deepEqual([...held], [['ov', 300]], 'only the overlay used by a vxnet Docker network');
  nets.sync(docker, [{ ...ov, id: 'n9', vni: 310 }, br, other]); // removed and made again meanwhile
  assert.deepEqual([...held], [['ov', 310]], 'the overlay made again is held with its new VNI');
  nets.sync(docker, [br, other]);
  assert.deepEqual([...held], [], 'its vxnet network removed: released');
  nets.sync(docker, [ov, br]);
  nets.forget('d1'); // docker network rm
  assert.deepEqual([...held], [], 'its Docker network removed: released');
});
