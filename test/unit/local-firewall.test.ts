// The firewall of the local modes: published ports as map elements (a change
// costs the same however many ports exist), the skeleton repaired after an
// outside flush, the text of `nft list table` read back, and the ops rendered.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Driver, Mode, Protocol, type PortMapping, type Workload } from '../../proto/index.js';
import { buildTarget } from '../../agent/modes/targets.js';
import { plan } from '../../agent/pipeline/plan.js';
import { HOST_NS, type NftElement, type Op } from '../../agent/model/kernel-objects.js';
import { macOf } from '../../lib/ipv4.js';
import { FakeKernel } from '../../agent/kernel/fake.js';
import { renderOp } from '../../agent/kernel/iproute.js';
import { countNftRules, parseNftElements, parseNftTableText } from '../../agent/kernel/nft-text.js';
import { diffElements, MAP_ANY, MAP_IP, portElements, renderFirewall } from '../../agent/modes/firewall.js';
import { desired, facts, PREFIX } from './agent-fixtures.js';

// `nft list table inet vxnet` as nftables 1.0.6 printed it, then after `nft flush table inet vxnet`.
const LISTED = `table inet vxnet {
	comment "vxnet:abc"
	map pub_any {
		type inet_proto . inet_service : ipv4_addr . inet_service
		elements = { udp . 53 : 172.19.0.3 . 53,
			     tcp . 8080 : 172.19.0.2 . 80 }
	}

	map pub_ip {
		type ipv4_addr . inet_proto . inet_service : ipv4_addr . inet_service
		elements = { 198.19.1.1 . tcp . 8083 : 172.19.0.5 . 83 }
	}

	chain published {
		dnat ip to ip daddr . meta l4proto . th dport map @pub_ip
		fib daddr type local dnat ip to meta l4proto . th dport map @pub_any
	}

	chain prerouting {
		type nat hook prerouting priority dstnat; policy accept;
		jump published
	}
}
`;
const FLUSHED = LISTED.replace(/\t\tdnat[^\n]*\n|\t\tfib[^\n]*\n|\t\tjump[^\n]*\n/g, '');

test('nft text: elements of named maps and the number of rules are read from the listing', () => {
  assert.deepEqual(parseNftElements(LISTED), [
    { map: 'pub_any', key: 'udp . 53', value: '172.19.0.3 . 53' },
    { map: 'pub_any', key: 'tcp . 8080', value: '172.19.0.2 . 80' },
    { map: 'pub_ip', key: '198.19.1.1 . tcp . 8083', value: '172.19.0.5 . 83' },
  ]);
  assert.equal(countNftRules(LISTED), 3);
  assert.equal(countNftRules(FLUSHED), 0, 'a flush keeps chains and elements, drops rules');
  assert.equal(parseNftElements(FLUSHED).length, 3);
  assert.deepEqual(parseNftElements(undefined), []);
  const table = parseNftTableText(LISTED);
  assert.deepEqual([table.hash, table.rules, table.maps], [undefined, 3, ['pub_any', 'pub_ip']], '"abc" is no vxnet hash');
  assert.equal(parseNftTableText(LISTED.replace('vxnet:abc', 'vxnet:0123456789abcdef')).hash, '0123456789abcdef');
});

function bridgeWorkload(name: string, ip: string, ports: PortMapping[] = []): Workload {
  return {
    name,
    host: 'h1',
    mode: Mode.DEFAULT_BRIDGE,
    ports,
    attachments: [
      {
        network: 'bridge',
        networkId: 'br-h1',
        driver: Driver.DRIVER_UNSPECIFIED,
        subnet: '172.19.0.0/16',
        gateway: '172.19.0.1',
        ip,
        mac: macOf(ip),
        ifname: 'eth0',
      },
    ],
  };
}
const tcp = (hostPort: number, containerPort: number, hostIp = ''): PortMapping => ({
  protocol: Protocol.TCP,
  hostIp,
  hostPort,
  containerPort,
});
const bridgeFacts = () => ({ ...facts(), bridge: { bip: '172.19.0.1/16' } });

test('renderFirewall: the skeleton does not depend on the ports; each port is one element of pub_any or pub_ip', () => {
  const bridges = [{ dev: 'vxnet0', subnet: '172.19.0.0/16', internal: false }];
  const a = renderFirewall({ bridges, ports: [] })!;
  const b = renderFirewall({
    bridges,
    ports: [
      ...portElements({ protocol: Protocol.TCP, hostIp: '', hostPort: 8080, containerPort: 80 }, '172.19.0.2'),
      ...portElements({ protocol: Protocol.UDP, hostIp: '198.19.0.1', hostPort: 53, containerPort: 5353 }, '172.19.0.3'),
    ],
  })!;
  assert.deepEqual(a.table, b.table);
  assert.deepEqual(b.elements, [
    { map: MAP_ANY, key: 'tcp . 8080', value: '172.19.0.2 . 80' },
    { map: MAP_IP, key: '198.19.0.1 . udp . 53', value: '172.19.0.3 . 5353' },
  ]);
  assert.equal(countNftRules(a.table.script), a.table.rules, 'the rule count rendered is the one observing will show');
  assert.equal(parseNftTableText(a.table.script).hash, a.table.hash);
  assert.equal(renderFirewall({ bridges: [], ports: [] }), undefined);
});

test('diffElements: only what changed; a new value for a key is a delete and an add', () => {
  const e = (key: string, value: string) => ({ map: MAP_ANY, key, value });
  assert.deepEqual(diffElements([e('tcp . 1', 'a . 1'), e('tcp . 2', 'b . 2')], [e('tcp . 2', 'b . 2'), e('tcp . 3', 'c . 3')]), {
    add: [e('tcp . 1', 'a . 1')],
    del: [e('tcp . 3', 'c . 3')],
  });
  assert.deepEqual(diffElements([e('tcp . 1', 'x . 1')], [e('tcp . 1', 'a . 1')]), {
    add: [e('tcp . 1', 'x . 1')],
    del: [e('tcp . 1', 'a . 1')],
  });
});

test('diffElements: a shared prefix, changes in the middle, other maps and a new order all give the set difference', () => {
  // Reference: the plain set difference by (map, key), a changed value as delete + add.
  const id = (e: { map: string; key: string }) => `${e.map} ${e.key}`;
  const reference = (want: NftElement[], have: NftElement[]) => {
    const h = new Map(have.map((e) => [id(e), e]));
    const w = new Map(want.map((e) => [id(e), e]));
    return {
      add: want.filter((e) => h.get(id(e))?.value !== e.value),
      del: have.filter((e) => w.get(id(e))?.value !== e.value),
    };
  };
  const sorted = (d: { add: NftElement[]; del: NftElement[] }) => ({ add: d.add.map(id).sort(), del: d.del.map(id).sort() });
  let seed = 7;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  for (let round = 0; round < 300; round++) {
    const have: NftElement[] = [];
    for (let k = 0; k < rand(40); k++) {
      // The same key may be in both maps.
      if (rand(3) !== 0) have.push({ map: MAP_ANY, key: `tcp . ${k}`, value: `a . ${rand(3)}` });
      if (rand(3) === 0) have.push({ map: MAP_IP, key: `tcp . ${k}`, value: `a . ${rand(3)}` });
    }
    const want = have.filter(() => rand(5) !== 0).map((e) => (rand(6) === 0 ? { ...e, value: 'changed . 1' } : e));
    for (let k = 0; k < rand(5); k++) want.push({ map: MAP_ANY, key: `udp . ${k}`, value: 'b . 1' });
    if (rand(4) === 0) want.reverse();
    assert.deepEqual(sorted(diffElements(want, have)), sorted(reference(want, have)), `round ${round}`);
  }
});

async function converge(k: FakeKernel, workloads: Workload[]): Promise<Op[]> {
  const ops = plan(buildTarget(desired(workloads, []), bridgeFacts()), await k.observe({ prefix: PREFIX }), PREFIX);
  await k.apply(ops);
  const again = plan(buildTarget(desired(workloads, []), bridgeFacts()), await k.observe({ prefix: PREFIX }), PREFIX);
  assert.deepEqual(again, [], 'converged in one pass');
  return ops;
}

test('publishing one more port costs one element, however many are published already', async () => {
  const k = new FakeKernel();
  const many: Workload[] = [];
  for (let i = 0; i < 50; i++) {
    many.push(
      bridgeWorkload(
        `w${i}`,
        `172.19.1.${i + 2}`,
        Array.from({ length: 8 }, (_, j) => tcp(10_000 + i * 8 + j, 80 + j)),
      ),
    );
  }
  const first = await converge(k, many);
  assert.equal(first.filter((o) => o.op === 'nft-table').length, 1);
  assert.equal((await k.observe({ prefix: PREFIX })).nft.get(HOST_NS)?.elements.length, 400);

  const more = [...many, bridgeWorkload('new', '172.19.2.2', [tcp(20_000, 80), tcp(20_001, 81, '198.18.0.1')])];
  const ops = (await converge(k, more)).filter((o) => o.op.startsWith('nft'));
  assert.deepEqual(
    ops,
    [
      {
        op: 'nft-elements',
        ns: HOST_NS,
        del: [],
        add: [
          { map: MAP_ANY, key: 'tcp . 20000', value: '172.19.2.2 . 80' },
          { map: MAP_IP, key: '198.18.0.1 . tcp . 20001', value: '172.19.2.2 . 81' },
        ],
      },
    ],
    'no table rewrite, only the new elements',
  );
  assert.deepEqual(renderOp(ops[0]!), [
    'add element inet vxnet pub_any { tcp . 20000 : 172.19.2.2 . 80 }',
    'add element inet vxnet pub_ip { 198.18.0.1 . tcp . 20001 : 172.19.2.2 . 81 }',
  ]);

  // Removing the workload deletes exactly its elements.
  const rm = (await converge(k, many)).filter((o) => o.op.startsWith('nft'));
  assert.deepEqual(
    rm.map((o) => o.op === 'nft-elements' && [o.add.length, o.del.length]),
    [[0, 2]],
  );
});

test('an outside flush (rules gone, comment kept) or delete of the table is repaired: skeleton rewritten, elements added again', async () => {
  const k = new FakeKernel();
  const ws = [bridgeWorkload('web', '172.19.0.2', [tcp(8080, 80)])];
  await converge(k, ws);
  const table = (await k.observe({ prefix: PREFIX })).nft.get(HOST_NS)!;
  assert.ok(table.rules > 0 && table.elements.length === 1);
  k.mutate((s) => s.nft.set(HOST_NS, { ...table, rules: 0 }));
  const after = (await converge(k, ws)).filter((o) => o.op.startsWith('nft')).map((o) => o.op);
  assert.deepEqual(after, ['nft-table', 'nft-elements']);
  k.mutate((s) => s.nft.delete(HOST_NS));
  assert.deepEqual(
    (await converge(k, ws)).filter((o) => o.op.startsWith('nft')).map((o) => o.op),
    ['nft-table', 'nft-elements'],
  );
});

test('the fake kernel refuses what nft refuses: elements of a missing table, deleting a missing element', async () => {
  const k = new FakeKernel();
  await assert.rejects(
    k.apply([{ op: 'nft-elements', ns: HOST_NS, add: [{ map: MAP_ANY, key: 'tcp . 1', value: '1.2.3.4 . 1' }], del: [] }]),
    /No such file/,
  );
  await converge(k, [bridgeWorkload('web', '172.19.0.2')]);
  await assert.rejects(
    k.apply([{ op: 'nft-elements', ns: HOST_NS, add: [], del: [{ map: MAP_ANY, key: 'tcp . 1', value: '' }] }]),
    /No such file/,
  );
});
