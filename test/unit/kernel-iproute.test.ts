// Rendering of ops into tool batches, and the parsing of batch error output.
// Every line here was also run against iproute2 6.1 / nftables 1.0.6 by
// test/netns/linux-kernel.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HOST_NS, type Op } from '../../agent/model/kernel-objects.js';
import { batchArgv, fuseStages, nftScript, renderBatches, renderOp, stagesOf } from '../../agent/kernel/iproute.js';
import { failingLineOf, parseBatchErrors, placeInNetns } from '../../agent/kernel/run.js';

const line = (op: Op) => renderOp(op).join(' | ');

test('each op renders to the iproute2 / nft syntax measured on this machine', () => {
  assert.equal(line({ op: 'netns-add', ns: 'vx-n' }), 'netns add vx-n');
  assert.equal(line({ op: 'netns-del', ns: 'vx-n' }), 'netns del vx-n');
  assert.equal(
    line({ op: 'vxlan-add', ns: 'vx-n', name: 'vx256', vni: 256, port: 4789, local: '198.18.0.1', dev: 'eth0', mtu: 1450 }),
    'link add vx256 mtu 1450 type vxlan id 256 local 198.18.0.1 dev eth0 dstport 4789 nolearning proxy noudpcsum | link set vx256 netns vx-n',
  );
  assert.equal(
    line({ op: 'vxlan-add', ns: HOST_NS, name: 'vx9', vni: 9, port: 4789, local: '198.18.0.1', dev: 'eth0', mtu: 1450 }),
    'link add vx9 mtu 1450 type vxlan id 9 local 198.18.0.1 dev eth0 dstport 4789 nolearning proxy noudpcsum',
  );
  assert.equal(line({ op: 'bridge-add', ns: 'vx-n', name: 'br0', mtu: 1450 }), 'link add br0 netns vx-n mtu 1450 type bridge');
  assert.equal(
    line({ op: 'bridge-add', ns: HOST_NS, name: 'br0', mtu: 1450, mac: '02:42:0a:00:00:01' }),
    'link add br0 mtu 1450 address 02:42:0a:00:00:01 type bridge',
  );
  assert.equal(
    line({ op: 'veth-add', ns: 'vx-n', name: 've1', peerNs: 'vx-w', peerName: 'eth0', peerMac: '02:42:0a:4d:00:02', mtu: 1450 }),
    'link add ve1 netns vx-n mtu 1450 type veth peer name eth0 netns vx-w address 02:42:0a:4d:00:02 mtu 1450',
  );
  assert.equal(
    line({ op: 'veth-add', ns: HOST_NS, name: 've1', peerNs: 'vx-w', peerName: 'eth0', peerMac: '02:42:0a:4d:00:02', mtu: 1500 }),
    'link add ve1 mtu 1500 type veth peer name eth0 netns vx-w address 02:42:0a:4d:00:02 mtu 1500',
  );
  assert.equal(line({ op: 'link-del', ns: 'vx-n', name: 've1' }), 'link del ve1');
  assert.equal(
    line({ op: 'link-set', ns: 'vx-n', name: 've1', master: 'br0', mtu: 1450, mac: '02:00:00:00:00:01', up: true }),
    'link set ve1 master br0 mtu 1450 address 02:00:00:00:00:01 up',
  );
  assert.equal(line({ op: 'link-set', ns: 'vx-n', name: 've1', master: '', up: false }), 'link set ve1 nomaster down');
  assert.equal(line({ op: 'addr-replace', ns: 'vx-n', dev: 'br0', cidr: '10.77.0.1/24' }), 'addr replace 10.77.0.1/24 dev br0');
  assert.equal(line({ op: 'addr-del', ns: 'vx-n', dev: 'br0', cidr: '10.77.0.1/24' }), 'addr del 10.77.0.1/24 dev br0');
  assert.equal(line({ op: 'addr-replace', ns: 'vx-n', dev: 'br0', cidr: 'fd00:77::1/64' }), 'addr replace fd00:77::1/64 dev br0 nodad');
  assert.equal(
    line({ op: 'route-replace', ns: 'vx-w', dst: '::/0', gateway: 'fd00:77::1', dev: 'eth0' }),
    'route replace ::/0 via fd00:77::1 dev eth0',
  );
  assert.equal(line({ op: 'route-del', ns: 'vx-w', dst: '::/0' }), 'route del ::/0');
  assert.equal(
    line({ op: 'neigh-replace', ns: 'vx-n', dev: 'vx256', ip: 'fd00:77::3', mac: '02:42:0a:4d:00:03' }),
    'neigh replace fd00:77::3 lladdr 02:42:0a:4d:00:03 dev vx256 nud permanent',
  );
  assert.equal(
    line({ op: 'route-replace', ns: 'vx-w', dst: 'default', gateway: '10.77.0.1', dev: 'eth0' }),
    'route replace default via 10.77.0.1 dev eth0',
  );
  assert.equal(line({ op: 'route-replace', ns: 'vx-w', dst: '10.9.0.0/16', dev: 'eth0' }), 'route replace 10.9.0.0/16 dev eth0');
  assert.equal(line({ op: 'route-del', ns: 'vx-w', dst: 'default' }), 'route del default');
  assert.equal(
    line({ op: 'fdb-replace', ns: 'vx-n', dev: 'vx256', mac: '02:42:0a:4d:00:03', dst: '198.18.0.2' }),
    'fdb replace 02:42:0a:4d:00:03 dev vx256 dst 198.18.0.2 self permanent',
  );
  assert.equal(
    line({ op: 'fdb-append', ns: 'vx-n', dev: 'vx256', mac: '00:00:00:00:00:00', dst: '198.18.0.2' }),
    'fdb append 00:00:00:00:00:00 dev vx256 dst 198.18.0.2 self permanent',
  );
  assert.equal(
    line({ op: 'fdb-del', ns: 'vx-n', dev: 'vx256', mac: '00:00:00:00:00:00', dst: '198.18.0.2' }),
    'fdb del 00:00:00:00:00:00 dev vx256 dst 198.18.0.2 self',
  );
  assert.equal(line({ op: 'fdb-del', ns: 'vx-n', dev: 'vx256', mac: '02:42:0a:4d:00:03' }), 'fdb del 02:42:0a:4d:00:03 dev vx256 self');
  assert.equal(
    line({ op: 'neigh-replace', ns: 'vx-n', dev: 'vx256', ip: '10.77.0.3', mac: '02:42:0a:4d:00:03' }),
    'neigh replace 10.77.0.3 lladdr 02:42:0a:4d:00:03 dev vx256 nud permanent',
  );
  // `neigh del` of a missing entry aborts the whole batch (ip exits 2): flush does not.
  assert.equal(line({ op: 'neigh-del', ns: 'vx-n', dev: 'vx256', ip: '10.77.0.3' }), 'neigh flush to 10.77.0.3 dev vx256 nud all');
  assert.equal(line({ op: 'sysctl', ns: 'vx-n', key: 'net.ipv4.ip_forward', value: '1' }), 'net.ipv4.ip_forward=1');
});

test('an nft table op replaces the table in one idempotent script; "" only deletes it', () => {
  assert.deepEqual(nftScript(''), ['table inet vxnet {}', 'delete table inet vxnet']);
  assert.deepEqual(nftScript('table inet vxnet {\n  chain c {\n  }\n}\n'), [
    'table inet vxnet {}',
    'delete table inet vxnet',
    'table inet vxnet {',
    '  chain c {',
    '  }',
    '}',
  ]);
});

test('batches: one per (stage, tool, namespace), stages in order, op order kept inside a batch', () => {
  const ops: Op[] = [
    { op: 'link-set', ns: 'w1', name: 'eth0', up: true },
    { op: 'addr-replace', ns: 'w1', dev: 'eth0', cidr: '10.0.0.2/24' },
    { op: 'addr-replace', ns: 'w2', dev: 'eth0', cidr: '10.0.0.3/24' },
    { op: 'route-replace', ns: 'w1', dst: 'default', gateway: '10.0.0.1', dev: 'eth0' },
    { op: 'fdb-append', ns: 'n', dev: 'vx1', mac: '00:00:00:00:00:00', dst: '198.18.0.2' },
    { op: 'neigh-replace', ns: 'n', dev: 'vx1', ip: '10.0.0.9', mac: '02:42:0a:00:00:09' },
    { op: 'fdb-replace', ns: 'n', dev: 'vx1', mac: '02:42:0a:00:00:09', dst: '198.18.0.2' },
    { op: 'netns-add', ns: 'w1' },
    { op: 'netns-add', ns: 'n' },
    { op: 'vxlan-add', ns: 'n', name: 'vx1', vni: 1, port: 4789, local: '198.18.0.1', dev: 'u0', mtu: 1450 },
    { op: 'veth-add', ns: 'n', name: 've1', peerNs: 'w1', peerName: 'eth0', peerMac: '02:42:0a:00:00:02', mtu: 1450 },
    { op: 'bridge-add', ns: 'n', name: 'br0', mtu: 1450 },
    { op: 'link-del', ns: 'n', name: 'old' },
    { op: 'netns-del', ns: 'gone' },
    { op: 'sysctl', ns: HOST_NS, key: 'net.ipv4.ip_forward', value: '1' },
    { op: 'nft-table', ns: HOST_NS, script: '' },
  ];
  const batches = renderBatches(ops);
  const summary = batches.map(
    (b) => `${b.stage} ${b.tool} ${b.ns || 'HOST'}${b.agentNs ? ' agent' : ''}${b.force ? ' force' : ''}: ${b.lines.join('; ')}`,
  );
  assert.deepEqual(summary, [
    '0 ip n force: link del old',
    '2 ip HOST agent force: netns del gone',
    '3 ip HOST agent: netns add w1; netns add n',
    '4 ip HOST: link add vx1 mtu 1450 type vxlan id 1 local 198.18.0.1 dev u0 dstport 4789 nolearning proxy noudpcsum; link set vx1 netns n; ' +
      'link add ve1 netns n mtu 1450 type veth peer name eth0 netns w1 address 02:42:0a:00:00:02 mtu 1450; link add br0 netns n mtu 1450 type bridge',
    '5 sysctl HOST: net.ipv4.ip_forward=1',
    '6 ip w1: link set eth0 up; addr replace 10.0.0.2/24 dev eth0; route replace default via 10.0.0.1 dev eth0',
    '6 ip w2: addr replace 10.0.0.3/24 dev eth0',
    '6 bridge n: fdb append 00:00:00:00:00:00 dev vx1 dst 198.18.0.2 self permanent; fdb replace 02:42:0a:00:00:09 dev vx1 dst 198.18.0.2 self permanent',
    '6 ip n: neigh replace 10.0.0.9 lladdr 02:42:0a:00:00:09 dev vx1 nud permanent',
    '10 nft HOST: table inet vxnet {}; delete table inet vxnet',
  ]);
  const vx = batches[3]!;
  assert.deepEqual(vx.lineOps, [0, 0, 1, 2], 'both vxlan lines belong to the first op of the batch');
  assert.deepEqual(
    stagesOf(batches).map((s) => s.length),
    [1, 1, 1, 1, 1, 4, 1],
  );
});

test('stage fusion: one workload on the default bridge is two processes when the agent is its own host namespace', () => {
  const ops: Op[] = [
    { op: 'route-replace', ns: 'w1', dst: 'default', gateway: '10.0.0.1', dev: 'eth0' },
    { op: 'link-set', ns: HOST_NS, name: 've1', master: 'br0', up: true },
    { op: 'veth-add', ns: HOST_NS, name: 've1', peerNs: 'w1', peerName: 'eth0', peerMac: '02:42:0a:00:00:02', mtu: 1500 },
    { op: 'netns-add', ns: 'w1' },
    { op: 'netns-del', ns: 'old' },
  ];
  const stages = stagesOf(renderBatches(ops));
  // The agent in its own host namespace: agent and HOST_NS batches are one place.
  const here = (b: { tool: string; ns: string; agentNs: boolean }) => `${b.tool} ${b.agentNs || b.ns === HOST_NS ? '' : b.ns}`;
  const fused = fuseStages(stages, here).map((s) => s.map((b) => `${b.ns || 'HOST'}${b.force ? ' force' : ''}: ${b.lines.join('; ')}`));
  assert.deepEqual(fused, [
    ['HOST force: netns del old'],
    [
      'HOST: netns add w1; link add ve1 mtu 1500 type veth peer name eth0 netns w1 address 02:42:0a:00:00:02 mtu 1500; link set ve1 master br0 up',
    ],
    ['w1: route replace default via 10.0.0.1 dev eth0'],
  ]);
  const merged = fuseStages(stages, here)[1]![0]!;
  assert.deepEqual(merged.lineOps, [0, 1, 2], 'each line still names its own op (for partial failure)');
  assert.deepEqual(
    merged.ops.map((o) => o.op),
    ['netns-add', 'veth-add', 'link-set'],
  );
  // A separate host namespace (tests, benchmarks' hostNs): agent and host batches stay apart.
  const apart = (b: { tool: string; ns: string; agentNs: boolean }) => `${b.tool} ${b.agentNs ? 'agent' : b.ns}`;
  assert.equal(fuseStages(stages, apart).length, stages.length);
});

test("stage fusion: an interface handed over to a runtime is one process, made where its bridge is and sent to the agent's namespace", () => {
  const ops: Op[] = [
    { op: 'link-set', ns: 'n', name: 'vxv1', master: 'br0', up: true },
    { op: 'veth-add', ns: 'n', name: 'vxv1', peerNs: HOST_NS, peerName: 'vxh1', peerMac: '02:42:0a:00:00:02', mtu: 1450 },
  ];
  const place = (b: { tool: string; ns: string; agentNs: boolean }) => `${b.tool} ${b.agentNs ? 'agent' : b.ns}`;
  const fused = (hostRef: string) =>
    fuseStages(stagesOf(renderBatches(ops, { hostRef })), place).map((s) => s.map((b) => `${b.ns || 'HOST'}: ${b.lines.join('; ')}`));
  // The agent's namespace named by a PID inside it, or by its name when it works for a named one.
  assert.deepEqual(fused('4242'), [
    ['n: link add vxv1 mtu 1450 type veth peer name vxh1 netns 4242 address 02:42:0a:00:00:02 mtu 1450; link set vxv1 master br0 up'],
  ]);
  assert.match(fused('h1')[0]![0]!, /peer name vxh1 netns h1 /);
  // Positive control: a pair into a workload's namespace is still made from the agent's (one batch for every creation).
  const other = renderBatches([
    { op: 'veth-add', ns: 'n', name: 've1', peerNs: 'w1', peerName: 'eth0', peerMac: '02:42:0a:00:00:03', mtu: 1450 },
  ]);
  assert.deepEqual(
    other.map((b) => [b.ns, b.lines]),
    [[HOST_NS, ['link add ve1 netns n mtu 1450 type veth peer name eth0 netns w1 address 02:42:0a:00:00:03 mtu 1450']]],
  );
});

test('argv per tool: -force only for removals; sysctl takes its assignments as arguments', () => {
  const [del, sys, add, nft] = renderBatches([
    { op: 'fdb-del', ns: 'n', dev: 'vx1', mac: '00:00:00:00:00:00' },
    { op: 'fdb-replace', ns: 'n', dev: 'vx1', mac: '02:00:00:00:00:01', dst: '198.18.0.2' },
    { op: 'sysctl', ns: 'n', key: 'a.b', value: '1' },
    { op: 'nft-table', ns: 'n', script: '' },
  ]);
  assert.deepEqual(batchArgv(del!), ['bridge', '-force', '-batch', '-']);
  assert.deepEqual(batchArgv(add!), ['bridge', '-batch', '-']);
  assert.deepEqual(batchArgv(sys!), ['sysctl', '-qw', 'a.b=1']);
  assert.deepEqual(batchArgv(nft!), ['nft', '-f', '-']);
});

test('namespace placement: ip and bridge switch themselves, other tools go through ip netns exec', () => {
  assert.deepEqual(placeInNetns(['ip', '-batch', '-'], 'ns1'), ['ip', '-n', 'ns1', '-batch', '-']);
  assert.deepEqual(placeInNetns(['bridge', '-j', 'fdb', 'show'], 'ns1'), ['bridge', '-n', 'ns1', '-j', 'fdb', 'show']);
  assert.deepEqual(placeInNetns(['nft', '-f', '-'], 'ns1'), ['ip', 'netns', 'exec', 'ns1', 'nft', '-f', '-']);
  assert.deepEqual(placeInNetns(['nft', '-f', '-'], undefined), ['nft', '-f', '-']);
});

// stderr texts below were captured from iproute2 6.1 and nftables 1.0.6.
test('batch errors: "Command failed -:N" maps to the input line, text without a marker is an abort', () => {
  const forced =
    'Error: ipv4: Address not found.\nCommand failed -:1\nCannot find device "nope"\nCommand failed -:2\n' +
    'RTNETLINK answers: No such process\nCommand failed -:3\n';
  assert.deepEqual(parseBatchErrors(forced), [
    { lineNo: 1, message: 'Error: ipv4: Address not found.' },
    { lineNo: 2, message: 'Cannot find device "nope"' },
    { lineNo: 3, message: 'RTNETLINK answers: No such process' },
  ]);
  assert.deepEqual(parseBatchErrors('Cannot open network namespace "vxq": No such file or directory\n'), [
    { lineNo: 0, message: 'Cannot open network namespace "vxq": No such file or directory' },
  ]);
  const usage = 'vxlan: unknown command "mtu"?\nUsage: ... vxlan id VNI\n\t\t[ ttl TTL ]\nWhere:\tVNI\t:= 0-16777215\nCommand failed -:1\n';
  assert.deepEqual(parseBatchErrors(usage), [{ lineNo: 1, message: 'vxlan: unknown command "mtu"?' }]);
});

test('failing line: from the marker, from nft /dev/stdin:N, or guessed from the quoted argument', () => {
  const stdin = 'link set lo up\nlink add br0 type bridge\nlink set br0 up\n';
  assert.equal(failingLineOf('RTNETLINK answers: File exists\nCommand failed -:2\n', stdin), 'link add br0 type bridge');
  assert.equal(
    failingLineOf('Error: argument "abc" is wrong: Invalid "mtu" value\n', 'link set lo up\nlink set lo mtu abc\n'),
    'link set lo mtu abc',
  );
  const nft = '/dev/stdin:3:6-6: Error: syntax error, unexpected newline, expecting string\nbogus\n     ^\n';
  assert.equal(failingLineOf(nft, 'table inet vxnet {}\ndelete table inet vxnet\nbogus\n'), 'bogus');
  assert.equal(failingLineOf('RTNETLINK answers: Invalid argument\n', 'neigh replace a\nneigh replace b\n'), undefined);
  assert.equal(failingLineOf('', stdin), undefined);
});
