// Parsing of real tool output into ObservedState pieces. The fixtures in
// test/fixtures/kernel/ were captured from iproute2 6.1 / nftables 1.0.6 on a
// two-host VXLAN set up in throwaway namespaces (host "vxkxa" with underlay
// vxkxu0 198.18.0.1, network namespace with br0 10.77.0.1/24 + vx256, workload
// eth0 10.77.0.2/24, remote workload 10.77.0.3 behind 198.18.0.2), using
// exactly the commands linux.ts runs (OBSERVE_IP_BATCH, bridge -j fdb show).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  ObserveParseError,
  parseFdb,
  parseLinks,
  parseNamespace,
  parseNeigh,
  parseNetnsList,
  parseNftTable,
  parseRoutes,
  splitBatchJson,
} from '../../agent/kernel/observe.js';

// dist/test/unit → the source tree's test/fixtures (fixtures are not compiled).
const dir = fileURLToPath(new URL('../../../test/fixtures/kernel/', import.meta.url));
const fixture = (name: string) => readFileSync(dir + name, 'utf8');

test('ip -j netns list: names; no output at all when there are none', () => {
  assert.deepEqual(parseNetnsList(fixture('netns-list.json')), ['vxkxa', 'vxkxbn1', 'vxkxb', 'vxkxbw1', 'vxkxan1', 'vxkxaw1']);
  assert.deepEqual(parseNetnsList(''), []);
  assert.deepEqual(parseNetnsList('\n'), []);
});

test('a network namespace: bridge, vxlan with its settings, veth port, FDB and neighbour entries of the vxlan only', () => {
  const ns = parseNamespace(fixture('observe-netns.jsonl'), fixture('fdb-netns.json'));
  const byName = new Map(ns.links.map((l) => [l.name, l]));
  assert.deepEqual([...byName.keys()], ['lo', 've1', 'vx256', 'br0']);
  assert.deepEqual(byName.get('lo'), {
    name: 'lo',
    kind: 'loopback',
    mtu: 65536,
    mac: '00:00:00:00:00:00',
    up: true,
    addresses: ['127.0.0.1/8'],
  });
  assert.deepEqual(byName.get('vx256'), {
    name: 'vx256',
    kind: 'vxlan',
    mtu: 1450,
    mac: '1e:4e:8d:1d:cb:42',
    up: true,
    master: 'br0',
    addresses: [],
    vxlan: { vni: 256, port: 4789, local: '198.18.0.1', learning: false, proxy: true },
  });
  assert.deepEqual(byName.get('br0'), {
    name: 'br0',
    kind: 'bridge',
    mtu: 1450,
    mac: '1e:4e:8d:1d:cb:42',
    up: true,
    addresses: ['10.77.0.1/24'],
  });
  const ve1 = byName.get('ve1')!;
  assert.equal(ve1.kind, 'veth');
  assert.equal(ve1.master, 'br0');
  assert.deepEqual(ve1.addresses, [], 'IPv6 link-local addresses are ignored');
  assert.deepEqual(ns.routes, [], 'routes the kernel derives from addresses are not ours');
  // The bridge learned 02:42:0a:4d:00:03 on the vxlan port too (master br0, no dst): not vxnet's.
  assert.deepEqual(ns.fdb, [
    { dev: 'vx256', mac: '00:00:00:00:00:00', dst: '198.18.0.2', permanent: true },
    { dev: 'vx256', mac: '02:42:0a:4d:00:03', dst: '198.18.0.2', permanent: true },
  ]);
  assert.deepEqual(ns.neigh, [{ dev: 'vx256', ip: '10.77.0.3', mac: '02:42:0a:4d:00:03', permanent: true }]);
});

test('a workload namespace: eth0 with its address and MAC, the default route', () => {
  const ns = parseNamespace(fixture('observe-workload.jsonl'), '');
  const eth0 = ns.links.find((l) => l.name === 'eth0');
  assert.deepEqual(eth0, { name: 'eth0', kind: 'veth', mtu: 1450, mac: '02:42:0a:4d:00:02', up: true, addresses: ['10.77.0.2/24'] });
  assert.deepEqual(ns.routes, [{ dst: 'default', gateway: '10.77.0.1', dev: 'eth0' }]);
  assert.deepEqual(ns.fdb, []);
  assert.deepEqual(ns.neigh, [], "neighbours of non-vxlan devices are the kernel's");
});

test('the host namespace: underlay link and address; lo down without addresses', () => {
  const ns = parseNamespace(fixture('observe-host.jsonl'), '');
  assert.deepEqual(
    ns.links.map((l) => [l.name, l.kind, l.up, l.addresses]),
    [
      ['lo', 'loopback', false, []],
      ['vxkxu0', 'veth', true, ['198.18.0.1/24']],
    ],
  );
  assert.deepEqual(ns.routes, []);
});

test('nft list table: its structure when present, undefined when the table does not exist, an error otherwise', () => {
  const text = fixture('nft-table.txt');
  assert.deepEqual(parseNftTable(text, '', 0), { rules: 1, maps: [], elements: [] });
  assert.equal(parseNftTable('', 'Error: No such file or directory\nlist table inet vxnet\n                ^^^^^\n', 1), undefined);
  assert.throws(() => parseNftTable('', 'Error: Could not process rule: Operation not permitted', 1), ObserveParseError);
});

test('routes: static routes kept with gateway and device; kernel, local and broadcast routes left out', () => {
  const json = JSON.stringify([
    { type: 'unicast', dst: 'default', gateway: '10.77.0.1', dev: 'eth0', protocol: 'boot', flags: [] },
    { dst: '10.9.0.0/16', dev: 'eth0', flags: [] },
    { type: 'unicast', dst: '10.77.0.0/24', dev: 'eth0', protocol: 'kernel', flags: [] },
    { type: 'blackhole', dst: '10.66.0.0/16', flags: [] },
  ]);
  assert.deepEqual(parseRoutes(json), [
    { dst: 'default', gateway: '10.77.0.1', dev: 'eth0' },
    { dst: '10.9.0.0/16', dev: 'eth0' },
  ]);
});

test('routes of both families (table all): the IPv6 default becomes ::/0; other tables, local and IPv6 kernel routes left out', () => {
  const json = JSON.stringify([
    { dst: 'default', gateway: '10.77.0.1', dev: 'eth0', flags: [] },
    { dst: 'default', gateway: 'fd00:77::1', dev: 'eth0', metric: 1024, flags: [], pref: 'medium' },
    { dst: 'fd00:77::/64', dev: 'eth0', protocol: 'kernel', metric: 256, flags: [], pref: 'medium' },
    { dst: 'fd00:66::/64', dev: 'eth0', metric: 1024, flags: [], pref: 'medium' },
    { type: 'local', dst: '::1', dev: 'lo', table: 'local', protocol: 'kernel', metric: 0, flags: [], pref: 'medium' },
    { dst: 'default', gateway: '10.1.0.1', dev: 'eth0', table: '100', flags: [] },
  ]);
  assert.deepEqual(parseRoutes(json), [
    { dst: 'default', gateway: '10.77.0.1', dev: 'eth0' },
    { dst: '::/0', gateway: 'fd00:77::1', dev: 'eth0' },
    { dst: 'fd00:66::/64', dev: 'eth0' },
  ]);
  const neigh = JSON.stringify([{ dst: 'fd00:77::5', dev: 'vx1', lladdr: '02:42:0a:4d:00:05', state: ['PERMANENT'] }]);
  assert.deepEqual(parseNeigh(neigh, new Set(['vx1'])), [{ dev: 'vx1', ip: 'fd00:77::5', mac: '02:42:0a:4d:00:05', permanent: true }]);
});

test('FDB and neighbour entries: permanence read from the state', () => {
  const vx = new Set(['vx1']);
  const fdb = JSON.stringify([
    { mac: '02:00:00:00:00:01', ifname: 'vx1', dst: '198.18.0.9', flags: ['self'], state: '' },
    { mac: '02:00:00:00:00:02', ifname: 'vx2', dst: '198.18.0.9', flags: ['self'], state: 'permanent' },
  ]);
  assert.deepEqual(parseFdb(fdb, vx), [{ dev: 'vx1', mac: '02:00:00:00:00:01', dst: '198.18.0.9', permanent: false }]);
  const neigh = JSON.stringify([{ dst: '10.0.0.5', dev: 'vx1', lladdr: '02:00:00:00:00:05', state: ['REACHABLE'] }]);
  assert.deepEqual(parseNeigh(neigh, vx), [{ dev: 'vx1', ip: '10.0.0.5', mac: '02:00:00:00:00:05', permanent: false }]);
});

test('malformed output is a typed error, never a crash or a silent empty state', () => {
  assert.throws(() => parseLinks('{"not":"an array"}'), ObserveParseError);
  assert.throws(() => parseLinks('[{"mtu":1500}]'), /link without ifname/);
  assert.throws(() => parseRoutes('[{'), ObserveParseError);
  assert.throws(() => parseNamespace('[]\n[]\n', ''), /expected 3 JSON documents/);
  assert.deepEqual(splitBatchJson('[]\n\n[1]\n'), ['[]', '[1]']);
});
