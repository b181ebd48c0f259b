// IPv6 published ports, NAT66 and the gateway path's IPv6 (issue 15) as pure
// rendering on the FakeKernel: map elements per host-address form, the
// table's IPv6 maps and rules (NAT66 only when asked), the listing of IPv6
// elements read back, the [::1] ports the agent serves itself, the
// controller's refusal of an IPv6 host address without IPv6, the gateway
// bridge's bip6 (and the controller's gateway-path IPv6 claim), host-port
// checks over IPv6 sockets, and runtimes' IPv6 host addresses as -p specs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Driver, Keys, Protocol, type Network, type Workload } from '../../proto/index.js';
import { buildTarget } from '../../agent/modes/targets.js';
import { plan } from '../../agent/pipeline/plan.js';
import { HOST_NS } from '../../agent/model/kernel-objects.js';
import { GATEWAY_BRIDGE, workloadNs } from '../../agent/model/naming.js';
import { FakeKernel } from '../../agent/kernel/fake.js';
import { parseNftElements } from '../../agent/kernel/nft-text.js';
import { loopback6Ports, MAP_ANY, MAP_ANY6, MAP_IP, MAP_IP6, portElements, renderFirewall } from '../../agent/modes/firewall.js';
import { parseGatewayBridge } from '../../agent/config/bridge-config.js';
import { gatewayBridge6, type HostFacts } from '../../agent/model/desired.js';
import { checkPorts6, planPorts } from '../../controller/ports.js';
import { parseProcNet, portsInUse } from '../../agent/services/portcheck.js';
import { macOf } from '../../lib/ipv4.js';
import { Code, InvalidArgument, FailedPrecondition } from '../../lib/errors.js';
import { desired, facts, overlayWorkload, PREFIX } from './agent-fixtures.js';
import { publishSpec } from '../../agent/services/attach-specs.js';
import { parsePublish } from '../../lib/ports.js';
import { addHost, memoryContext } from '../../controller/testing.js';
import { run } from '../../controller/run.js';
import { remove } from '../../controller/workloads.js';
import { rejectsUnchanged } from './controller-fixtures.js';

const tcp = (hostIp: string, hostPort = 8080) => ({ protocol: Protocol.TCP, hostIp, hostPort, containerPort: 80 });

test('portElements: no host address publishes on both families, 0.0.0.0 and :: on one, an address in its own map', () => {
  const any4 = { map: MAP_ANY, key: 'tcp . 8080', value: '10.80.0.2 . 80' };
  const any6 = { map: MAP_ANY6, key: 'tcp . 8080', value: 'fd00:80::10 . 80' };
  assert.deepEqual(portElements(tcp(''), '10.80.0.2', 'fd00:80::10'), [any4, any6]);
  assert.deepEqual(portElements(tcp(''), '10.80.0.2'), [any4], 'an IPv4-only workload: IPv4 only');
  assert.deepEqual(portElements(tcp('0.0.0.0'), '10.80.0.2', 'fd00:80::10'), [any4]);
  assert.deepEqual(portElements(tcp('::'), '10.80.0.2', 'fd00:80::10'), [any6]);
  assert.deepEqual(portElements(tcp('::1'), '10.80.0.2', 'fd00:80::10'), [
    { map: MAP_IP6, key: '::1 . tcp . 8080', value: 'fd00:80::10 . 80' },
  ]);
  assert.deepEqual(portElements(tcp('198.19.0.1'), '10.80.0.2', 'fd00:80::10'), [
    { map: MAP_IP, key: '198.19.0.1 . tcp . 8080', value: '10.80.0.2 . 80' },
  ]);
  assert.deepEqual(portElements(tcp('::1'), '10.80.0.2'), [], 'no IPv6 target: nothing (the controller refuses it)');
});

test('renderFirewall: IPv6 maps and DNAT rules, hairpin for IPv6 bridges, NAT66 only where asked, IPv6 forwarding', () => {
  const v4 = { dev: 'vxb1', subnet: '10.80.0.0/24', internal: false };
  const plain = renderFirewall({ bridges: [v4], ports: [] })!.table.script;
  for (const line of [
    'type ipv6_addr . inet_proto . inet_service : ipv6_addr . inet_service',
    `meta nfproto ipv6 dnat ip6 to ip6 daddr . meta l4proto . th dport map @${MAP_IP6}`,
    `meta nfproto ipv6 fib daddr type local dnat ip6 to meta l4proto . th dport map @${MAP_ANY6}`,
    'ip6 daddr ::1 return',
  ]) {
    assert.ok(plain.includes(line), line);
  }
  assert.ok(!plain.includes('ip6 saddr'), 'an IPv4-only bridge: no IPv6 NAT rule');
  const dual = { ...v4, subnet6: 'fd00:80::/64' };
  const routed = renderFirewall({ bridges: [dual], ports: [] })!.table.script;
  assert.ok(routed.includes('ip6 saddr fd00:80::/64 oifname "vxb1" ct status dnat masquerade'), 'hairpin');
  assert.ok(!routed.includes('ip6 saddr fd00:80::/64 oifname != "vxb1" masquerade'), 'no NAT66 by default');
  const natted = renderFirewall({ bridges: [{ ...dual, nat6: true }], ports: [] })!.table.script;
  assert.ok(natted.includes('ip6 saddr fd00:80::/64 oifname != "vxb1" masquerade'), 'NAT66 when asked');

  const target = (ipv6Nat: boolean) => {
    const w = dualBridgeWorkload();
    return buildTarget(desired([w], []), { ...facts(), ...(ipv6Nat ? { ipv6Nat } : {}) }).namespaces.get(HOST_NS)!;
  };
  assert.deepEqual(
    target(false).sysctls.find((s) => s.key === 'net.ipv6.conf.all.forwarding'),
    { key: 'net.ipv6.conf.all.forwarding', value: '1' },
  );
  assert.ok(target(true).nft!.script.includes('ip6 saddr fd00:80::/64 oifname != "vxb'));
  assert.ok(!target(false).nft!.script.includes('ip6 saddr fd00:80::/64 oifname != "vxb'));
  assert.deepEqual(target(false).nftElements, [
    { map: MAP_ANY, key: 'tcp . 8080', value: '10.80.0.2 . 80' },
    { map: MAP_ANY6, key: 'tcp . 8080', value: 'fd00:80::10 . 80' },
    { map: MAP_IP6, key: '::1 . tcp . 8081', value: 'fd00:80::10 . 80' },
  ]);
});

function dualBridgeWorkload(): Workload {
  const w = overlayWorkload('p', 'h1', '10.80.0.2');
  w.attachments = [
    {
      ...w.attachments![0]!,
      network: 'dsb',
      networkId: 'n-dsb',
      driver: Driver.BRIDGE,
      vni: 0,
      subnet: '10.80.0.0/24',
      gateway: '10.80.0.1',
      subnet6: 'fd00:80::/64',
      gateway6: 'fd00:80::1',
      ip6: 'fd00:80::10',
    },
  ];
  w.ports = [tcp(''), tcp('::1', 8081)];
  return w;
}

test('nft listing: IPv6 elements keep their colons; the [::1] ports the agent serves', () => {
  const listed = `table inet vxnet {
	map pub_ip6 {
		type ipv6_addr . inet_proto . inet_service : ipv6_addr . inet_service
		elements = { ::1 . tcp . 8081 : fd00:80::10 . 80,
			     fd00:1::5 . udp . 53 : fd00:80::10 . 5353 }
	}
	map pub_any6 {
		type inet_proto . inet_service : ipv6_addr . inet_service
		elements = { tcp . 8080 : fd00:80::10 . 80 }
	}
}`;
  const els = parseNftElements(listed);
  assert.deepEqual(els, [
    { map: MAP_IP6, key: '::1 . tcp . 8081', value: 'fd00:80::10 . 80' },
    { map: MAP_IP6, key: 'fd00:1::5 . udp . 53', value: 'fd00:80::10 . 5353' },
    { map: MAP_ANY6, key: 'tcp . 8080', value: 'fd00:80::10 . 80' },
  ]);
  assert.deepEqual(loopback6Ports(els), [
    { protocol: 'tcp', port: 8081, target: 'fd00:80::10', targetPort: 80 },
    { protocol: 'tcp', port: 8080, target: 'fd00:80::10', targetPort: 80 },
  ]);
});

test('the controller: an IPv6 host address needs IPv6 on the first network (and an overlay, on the gateway bridge)', () => {
  const host = { name: 'h1', gwbridgeSubnet: '172.18.0.0/16', gwbridgeGateway: '172.18.0.1' };
  const v4: Network = { name: 'plain', id: 'n1', driver: Driver.BRIDGE, subnet: '10.80.0.0/24' };
  const v6: Network = { ...v4, name: 'dsb', ipv6: true, subnet6: 'fd00:80::/64' };
  const plan6 = planPorts(['[::1]:8080:80'], false, []);
  assert.throws(
    () => checkPorts6(plan6, v4, host),
    (e: unknown) =>
      e instanceof InvalidArgument &&
      e.message === '-p [::1]: network plain has no IPv6: publish on an IPv4 address (or none), or put a network created with --ipv6 first',
  );
  checkPorts6(plan6, v6, host); // control: the same ports on a dual-stack network
  checkPorts6(planPorts(['8080:80', '127.0.0.1::80'], false, []), v4, host); // control: IPv4 forms on IPv4
  assert.throws(() => checkPorts6(plan6, { ...v4, id: 'br-h1', name: 'bridge' }, host), /give host h1's agent fixed-cidr-v6/);
  const overlay = { ...v6, driver: Driver.OVERLAY };
  assert.throws(
    () => checkPorts6(planPorts(['[::]:8080:80'], false, []), overlay, host),
    (e: unknown) => e instanceof FailedPrecondition && /gateway bridge.*has no IPv6: set gatewayBridge\.bip6/.test(e.message),
  );
  checkPorts6(plan6, overlay, { ...host, gwbridgeSubnet6: 'fd00:18::/64', gwbridgeGateway6: 'fd00:18::1' });
});

test('gatewayBridge.bip6: parsed and checked; the gateway path then carries IPv6 for IPv6 overlays only', async () => {
  const g = parseGatewayBridge({ bip6: 'FD00:18::1/64' }, undefined, undefined)!;
  assert.equal(g.bip6, 'fd00:18::1/64');
  assert.deepEqual(gatewayBridge6(g), { subnet6: 'fd00:18::/64', gateway6: 'fd00:18::1' });
  assert.equal(parseGatewayBridge({}, { bip6: 'fd00:18::1/64' }, undefined)!.bip6, 'fd00:18::1/64', 'from the file too');
  assert.throws(() => parseGatewayBridge({ bip6: 'fd00:18::/64' }, undefined, undefined), /subnet's own address: use fd00:18::1\/64/);
  assert.throws(() => parseGatewayBridge({ bip6: 'fd00:18::1/48' }, undefined, undefined), /prefix length 64-120/);
  assert.throws(() => parseGatewayBridge({ bip6: '172.18.0.1/16' }, undefined, undefined), /must be an IPv6 address/);
  assert.throws(
    () => parseGatewayBridge({ bip6: 'fd00:19::1/64' }, undefined, { bip: '172.19.0.1/16', fixedCidrV6: 'fd00:19::/64' }),
    /overlaps fixed-cidr-v6/,
  );

  const f: HostFacts = { ...facts(), gatewayBridge: { bip: '172.18.0.1/16', bip6: 'fd00:18::1/64' } };
  const gw = (w: Workload): Workload => {
    w.gatewayPath = {
      network: 'gwbridge',
      networkId: 'gw-h1',
      driver: Driver.DRIVER_UNSPECIFIED,
      subnet: '172.18.0.0/16',
      gateway: '172.18.0.1',
      ip: '172.18.0.2',
      mac: macOf('172.18.0.2'),
      ifname: 'gw0',
      subnet6: 'fd00:18::/64',
      gateway6: 'fd00:18::1',
      ip6: 'fd00:18::2',
    };
    w.ports = [tcp('')];
    return w;
  };
  const dual = gw(overlayWorkload('a', 'h1', '10.77.0.2'));
  Object.assign(dual.attachments![0]!, { subnet6: 'fd00:77::/64', gateway6: 'fd00:77::1', ip6: 'fd00:77::2' });
  const k = new FakeKernel();
  const ops = plan(buildTarget(desired([dual], []), f), await k.observe({ prefix: PREFIX }), PREFIX);
  await k.apply(ops);
  assert.deepEqual(plan(buildTarget(desired([dual], []), f), await k.observe({ prefix: PREFIX }), PREFIX), [], 'converged');
  const obs = await k.observe({ prefix: PREFIX });
  const host = obs.contents.get(HOST_NS)!;
  assert.deepEqual(host.links.find((l) => l.name === GATEWAY_BRIDGE)!.addresses, ['172.18.0.1/16', 'fd00:18::1/64']);
  const wl = obs.contents.get(workloadNs(PREFIX, 'a'))!;
  assert.deepEqual(wl.links.find((l) => l.name === 'gw0')!.addresses, ['172.18.0.2/16', 'fd00:18::2/64']);
  assert.deepEqual(
    wl.routes.filter((r) => r.dst === '::/0'),
    [{ dst: '::/0', gateway: 'fd00:18::1', dev: 'gw0' }],
    'the IPv6 default route through the gateway path, not the overlay',
  );
  const t = buildTarget(desired([dual], []), f).namespaces.get(HOST_NS)!;
  assert.ok(t.nft!.script.includes(`ip6 saddr fd00:18::/64 oifname != "${GATEWAY_BRIDGE}" masquerade`), 'NAT66 on the gateway bridge');
  assert.ok(
    t.nftElements!.some((e) => e.map === MAP_ANY6 && e.value === 'fd00:18::2 . 80'),
    'IPv6 port DNATed to gw0',
  );

  // Control: an IPv4-only overlay workload on the same host gets no IPv6 on gw0 and no IPv6 route.
  const only4 = gw(overlayWorkload('b', 'h1', '10.77.0.3'));
  const t4 = buildTarget(desired([only4], []), f).namespaces.get(workloadNs(PREFIX, 'b'))!;
  assert.deepEqual(t4.links.find((l) => l.name === 'gw0')!.addresses, ['172.18.0.2/16']);
  assert.ok(!t4.routes.some((r) => r.dst === '::/0'));
});

test('host port checks over IPv6 sockets: addresses read from /proc, [::] and [::1] overlaps', () => {
  // /proc/net/tcp6: [::1]:8081 and [fd00:80::1]:8082 listening (words in host order).
  const TCP6 = `  sl  local_address                         remote_address                        st
   0: 00000000000000000000000001000000:1F91 00000000000000000000000000000000:0000 0A
   1: 000000FD000000000000000001000000:1F92 00000000000000000000000000000000:0000 0A
   2: 00000000000000000000000000000000:1F93 00000000000000000000000000000000:0000 0A
`;
  const sockets = parseProcNet(TCP6, 'tcp', true);
  assert.deepEqual(
    sockets.map((s) => `${s.addr} ${s.port}`),
    ['::1 8081', 'fd00::1 8082', ':: 8083'],
  );
  const p = (hostIp: string, port: number) => ({ protocol: Protocol.TCP, hostIp, port });
  const v4 = [{ protocol: 'tcp' as const, addr: '10.0.0.1', port: 8084 }];
  assert.deepEqual(
    portsInUse(
      [p('::1', 8081), p('::', 8081), p('', 8081), p('0.0.0.0', 8081), p('::1', 8082), p('::', 8082), p('10.0.0.1', 8083)],
      sockets,
    ),
    [p('::1', 8081), p('::', 8081), p('', 8081), p('::', 8082), p('10.0.0.1', 8083)],
  );
  assert.deepEqual(portsInUse([p('0.0.0.0', 8084), p('::', 8084), p('', 8084)], v4), [p('0.0.0.0', 8084), p('', 8084)]);
});

test("a runtime's IPv6 host address (Docker's \"::\", CNI's hostIP) becomes a bracketed -p spec the parser takes", () => {
  const spec = publishSpec({ hostIp: '::', hostPort: 8080, containerPort: 80, protocol: 'tcp' });
  assert.equal(spec, '[::]:8080:80/tcp');
  assert.equal(parsePublish(spec)[0]!.hostIp, '::');
  assert.equal(publishSpec({ hostIp: '::1', hostPort: 0, containerPort: 80, protocol: 'udp' }), '[::1]::80/udp');
  assert.equal(publishSpec({ hostIp: '10.0.0.1', hostPort: 8080, containerPort: 80, protocol: 'tcp' }), '10.0.0.1:8080:80/tcp');
});

test('the controller: a host with gwbridge_subnet6 gives overlay workloads a gateway-path IPv6 address, released on rm; a -p [::1] the first network cannot carry changes nothing', async () => {
  const { ctx, store } = memoryContext({});
  await addHost(store, 'h1', { gwbridgeSubnet6: 'fd00:18::/64', gwbridgeGateway6: 'fd00:18::1' });
  await addHost(store, 'h2');
  await ctx.networks.create({ name: 'ov6', ipv6: true, subnet: '10.88.0.0/24', subnet6: 'fd00:88::/64' });
  const w = await run(ctx, { name: 'a', host: 'h1', networks: ['ov6'], publish: ['[::1]:8080:80'] });
  assert.deepEqual([w.gatewayPath?.ip6, w.gatewayPath?.gateway6, w.gatewayPath?.subnet6], ['fd00:18::2', 'fd00:18::1', 'fd00:18::/64']);
  assert.equal(w.ports?.[0]?.hostIp, '::1');
  assert.equal(new TextDecoder().decode((await store.get(Keys.ipClaim('gw-h1', 'fd00:18::2')))!.value), 'a');
  await remove(ctx, ['a'], false);
  assert.equal(await store.get(Keys.ipClaim('gw-h1', 'fd00:18::2')), null, 'released with the workload');
  // Control: a host without it gives an IPv4-only gateway path.
  const b = await run(ctx, { name: 'b', host: 'h2', networks: ['ov6'] });
  assert.ok(b.gatewayPath?.ip && !b.gatewayPath.ip6);
  // Refused with the store unchanged: on h2 (no IPv6 gateway bridge), and on an IPv4-only network.
  await ctx.networks.create({ name: 'v4', subnet: '10.89.0.0/24' });
  await rejectsUnchanged(
    store,
    () => run(ctx, { name: 'c', host: 'h2', networks: ['ov6'], publish: ['[::]:8081:80'] }),
    Code.FAILED_PRECONDITION,
    /host h2's gateway bridge.*has no IPv6/,
  );
  await rejectsUnchanged(
    store,
    () => run(ctx, { name: 'c', host: 'h1', networks: ['v4'], publish: ['[::1]:8081:80'] }),
    Code.INVALID_ARGUMENT,
    /network v4 has no IPv6/,
  );
});
