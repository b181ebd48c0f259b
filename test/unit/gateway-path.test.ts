// The gateway path's targets on the FakeKernel: vxnet_gwbridge and an
// isolated port per overlay workload, gw0 with the default route, published
// ports DNATed to gw0, --internal-only workloads without a way out, the sysctls in the target, repair of an outside
// change, removal with the last workload; and the gateway bridge's settings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Driver, networkPartOf, Protocol, type Attachment, type Workload } from '../../proto/index.js';
import { buildTarget } from '../../agent/modes/targets.js';
import { plan } from '../../agent/pipeline/plan.js';
import { HOST_NS, type Op } from '../../agent/model/kernel-objects.js';
import { GATEWAY_BRIDGE, gatewayVethName, workloadNs } from '../../agent/model/naming.js';
import { macOf } from '../../lib/ipv4.js';
import { FakeKernel } from '../../agent/kernel/fake.js';
import { renderOp } from '../../agent/kernel/iproute.js';
import { MAP_ANY } from '../../agent/modes/firewall.js';
import { gatewayBridgeAddress } from '../../agent/modes/gateway.js';
import { DEFAULT_GATEWAY_BIP, parseGatewayBridge, parseBridgeSettings } from '../../agent/config/bridge-config.js';
import type { HostFacts } from '../../agent/model/desired.js';
import { desired, facts, overlayWorkload, PREFIX } from './agent-fixtures.js';

const gwFacts = (): HostFacts => ({ ...facts(), gatewayBridge: { bip: '172.18.0.1/16' } });

function withGateway(w: Workload, ip: string, opts: { internal?: boolean; port?: number } = {}): Workload {
  if (opts.internal) w.attachments![0]!.internal = true;
  if (opts.port) w.ports = [{ protocol: Protocol.TCP, hostIp: '', hostPort: opts.port, containerPort: 80 }];
  w.gatewayPath = {
    network: 'gwbridge',
    networkId: 'gw-h1',
    driver: Driver.DRIVER_UNSPECIFIED,
    subnet: '172.18.0.0/16',
    gateway: '172.18.0.1',
    ip,
    mac: macOf(ip),
    ifname: 'gw0',
  };
  return w;
}

async function converge(k: FakeKernel, workloads: Workload[], f = gwFacts()): Promise<Op[]> {
  const ops = plan(buildTarget(desired(workloads, []), f), await k.observe({ prefix: PREFIX }), PREFIX);
  await k.apply(ops);
  assert.deepEqual(plan(buildTarget(desired(workloads, []), f), await k.observe({ prefix: PREFIX }), PREFIX), [], 'converged in one pass');
  return ops;
}

test('an open overlay workload: isolated port on vxnet_gwbridge, gw0 with the default route, its published port DNATed to gw0', async () => {
  const k = new FakeKernel();
  const web = withGateway(overlayWorkload('web', 'h1', '10.77.0.2'), '172.18.0.2', { port: 8081 });
  await converge(k, [web]);
  const obs = await k.observe({ prefix: PREFIX });
  const host = obs.contents.get(HOST_NS)!;
  const br = host.links.find((l) => l.name === GATEWAY_BRIDGE)!;
  assert.deepEqual([br.kind, br.addresses, br.up], ['bridge', ['172.18.0.1/16'], true]);
  const port = host.links.find((l) => l.name === gatewayVethName('web'))!;
  assert.deepEqual([port.master, port.isolated, port.up], [GATEWAY_BRIDGE, true, true]);
  const wl = obs.contents.get(workloadNs(PREFIX, 'web'))!;
  assert.deepEqual(wl.links.find((l) => l.name === 'gw0')?.addresses, ['172.18.0.2/16']);
  assert.deepEqual(wl.routes, [{ dst: 'default', gateway: '172.18.0.1', dev: 'gw0' }], 'default route through the gateway path');
  assert.deepEqual(obs.nft.get(HOST_NS)?.elements, [{ map: MAP_ANY, key: 'tcp . 8081', value: '172.18.0.2 . 80' }]);
  const sysctls = buildTarget(desired([web], []), gwFacts()).namespaces.get(HOST_NS)!.sysctls;
  assert.deepEqual(sysctls, [
    { key: 'net.ipv4.ip_forward', value: '1' },
    { key: 'net.ipv4.conf.all.route_localnet', value: '1' },
  ]);
  assert.deepEqual([...k.sysctls(HOST_NS)].sort(), [
    ['net.ipv4.conf.all.route_localnet', '1'],
    ['net.ipv4.ip_forward', '1'],
  ]);
  assert.equal(gatewayBridgeAddress(gwFacts()), '172.18.0.1');
});

test('an --internal-only overlay workload gets no way out (no gw0 even if one was given); an open overlay added opens it', async () => {
  const k = new FakeKernel();
  const int = withGateway(overlayWorkload('int', 'h1', '10.77.0.3'), '172.18.0.3', { internal: true });
  await converge(k, [int]);
  let obs = await k.observe({ prefix: PREFIX });
  const wl = obs.contents.get(workloadNs(PREFIX, 'int'))!;
  assert.deepEqual(
    wl.links.map((l) => l.name),
    ['lo', 'eth0'],
  );
  assert.deepEqual(wl.routes, [], 'no way out');
  assert.equal(obs.nft.get(HOST_NS), undefined, 'no gateway bridge, no table');
  // The same workload connected to an open overlay: gw0 and the default route through it.
  const open = withGateway(overlayWorkload('int', 'h1', '10.77.0.3'), '172.18.0.3', { internal: true });
  open.attachments!.push({ ...open.attachments![0]!, internal: false, network: 'pub', vni: 301, ifname: 'eth1' });
  await converge(k, [open]);
  obs = await k.observe({ prefix: PREFIX });
  assert.deepEqual(obs.contents.get(workloadNs(PREFIX, 'int'))!.routes, [{ dst: 'default', gateway: '172.18.0.1', dev: 'gw0' }]);
});

test('an outside change of the port isolation is repaired; the bridge goes with the last gateway-path workload', async () => {
  const k = new FakeKernel();
  const web = withGateway(overlayWorkload('web', 'h1', '10.77.0.2'), '172.18.0.2');
  await converge(k, [web]);
  k.mutate((s) => {
    const l = s.namespaces.get(HOST_NS)!.links.find((x) => x.name === gatewayVethName('web'))!;
    delete l.isolated;
  });
  const ops = await converge(k, [web]);
  assert.deepEqual(ops, [{ op: 'link-set', ns: HOST_NS, name: gatewayVethName('web'), isolated: true }]);
  assert.deepEqual(renderOp(ops[0]!), [`link set ${gatewayVethName('web')} type bridge_slave isolated on`]);
  await assert.rejects(k.apply([{ op: 'link-set', ns: HOST_NS, name: 'eth0', isolated: true }]), /not supported/, 'no master, no port');

  await converge(k, []);
  const host = (await k.observe({ prefix: PREFIX })).contents.get(HOST_NS)!;
  assert.deepEqual(
    host.links.map((l) => l.name),
    ['lo', 'eth0'],
  );
});

test('without a gateway bridge (gateway-bip none) an overlay workload keeps only its overlay', () => {
  const web = withGateway(overlayWorkload('web', 'h1', '10.77.0.2'), '172.18.0.2', { port: 8081 });
  const t = buildTarget(desired([web], []), facts());
  assert.equal(t.namespaces.get(HOST_NS)!.links.length, 0);
  const wl = t.namespaces.get(workloadNs(PREFIX, 'web'))!;
  assert.deepEqual(
    wl.links.map((l) => l.name),
    ['lo', 'eth0'],
  );
});

test('gateway bridge settings: default beside the default bridge, none, bad or overlapping subnets refused', () => {
  const bridge = parseBridgeSettings({}, undefined);
  assert.deepEqual(parseGatewayBridge({}, undefined, bridge), { bip: DEFAULT_GATEWAY_BIP });
  assert.equal(parseGatewayBridge({ bip: 'none' }, undefined, bridge), undefined);
  assert.deepEqual(parseGatewayBridge({}, { bip: '10.250.0.1/24', mtu: 1400 }, bridge), { bip: '10.250.0.1/24', mtu: 1400 });
  assert.throws(
    () => parseGatewayBridge({ bip: '172.19.5.1/24' }, undefined, bridge),
    /overlaps the default bridge subnet 172\.19\.0\.0\/16/,
  );
  assert.throws(() => parseGatewayBridge({ bip: '172.16.0.1/12' }, undefined, bridge), /overlaps/);
  assert.throws(() => parseGatewayBridge({ bip: 'x' }, undefined, bridge), /gateway-bip must be an IPv4 address/);
  assert.throws(() => parseGatewayBridge({}, { mtu: 10 }, bridge), /gatewayBridge\.mtu/);
});

test('two endpoints in one runtime sandbox (docker network connect): only the first by name gets gw0 and the default route', () => {
  const a = withGateway(overlayWorkload('c1', 'h1', '10.77.0.2'), '172.18.0.2');
  const b = withGateway(overlayWorkload('c1.net2', 'h1', '10.78.0.2'), '172.18.0.3');
  for (const w of [a, b]) w.netnsPath = '/run/docker/netns/abc';
  const t = buildTarget(desired([a, b], []), gwFacts());
  const gw0 = [...t.namespaces.values()].flatMap((ns) => ns.links.filter((l) => l.name === 'gw0').map((l) => l.addresses));
  assert.deepEqual(gw0, [['172.18.0.2/16']], 'one gw0 in the sandbox');
  const defaults = [...t.namespaces.values()].flatMap((ns) => ns.routes.filter((r) => r.dst === 'default'));
  assert.deepEqual(defaults, [{ dst: 'default', gateway: '172.18.0.1', dev: 'gw0' }], 'one default route');
  const hostPorts = t.namespaces
    .get(HOST_NS)!
    .links.filter((l) => l.master === GATEWAY_BRIDGE)
    .map((l) => l.name);
  assert.deepEqual(hostPorts, [gatewayVethName('c1')]);
  // Separate sandboxes: each its own gw0 (the control).
  b.netnsPath = '/run/docker/netns/def';
  const t2 = buildTarget(desired([a, b], []), gwFacts());
  assert.equal([...t2.namespaces.values()].flatMap((ns) => ns.links.filter((l) => l.name === 'gw0')).length, 2);
});

test('a held open overlay keeps the gateway bridge with no workload (Docker keeps docker_gwbridge); a held --internal one does not', () => {
  const bridgeIn = (held: Attachment) => {
    const d = desired([], []);
    d.held.set(held.network!, held);
    return (
      buildTarget(d, gwFacts())
        .namespaces.get(HOST_NS)
        ?.links.some((l) => l.name === GATEWAY_BRIDGE) ?? false
    );
  };
  const open = networkPartOf({ name: 'blue', id: 'abc', driver: Driver.OVERLAY, vni: 300, subnet: '10.77.0.0/24', gateway: '10.77.0.1' });
  assert.equal(bridgeIn(open), true, 'held open overlay: the bridge stays');
  assert.equal(bridgeIn({ ...open, internal: true }), false, 'held --internal overlay: no way out, no bridge');
  assert.equal(bridgeIn({ ...open, driver: Driver.BRIDGE }), false, 'a held bridge-driver network is no overlay');
});
