// vxnet-cni's pure parts: CNI_ARGS, the configuration, endpoint names, result
// shapes per cniVersion and the CHECK comparison.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { type CniError, endpointName, parseArgs, parseConf, parseEnv } from '../../cni/config.js';
import { addResult, checkAgainst } from '../../cni/result.js';
import type { AttachResult, CheckReply } from '../../lib/agent-protocol.js';

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    return (err as CniError).code;
  }
  return 0;
};

test('CNI_ARGS: IP, MAC and pod names; unknown keys only with IgnoreUnknown', () => {
  assert.deepEqual(parseArgs('IgnoreUnknown=1;K8S_POD_NAME=p;K8S_POD_NAMESPACE=ns;IP=10.0.0.5;MAC=02:00:00:00:00:01;X=1'), {
    podName: 'p',
    podNamespace: 'ns',
    ip: '10.0.0.5',
    mac: '02:00:00:00:00:01',
  });
  assert.equal(
    codeOf(() => parseArgs('X=1')),
    4,
  );
  assert.equal(
    codeOf(() => parseArgs('IP=10.0.0')),
    4,
  );
  assert.equal(
    codeOf(() => parseArgs('garbage')),
    4,
  );
});

test('configuration: network defaults to the name; aliases from podman map or list; ports checked', () => {
  const c = parseConf({
    cniVersion: '0.4.0',
    name: 'n1',
    runtimeConfig: { aliases: { n1: ['a', 'b'] }, portMappings: [{ hostPort: 80, containerPort: 8080, protocol: 'TCP' }] },
  });
  assert.deepEqual(
    [c.network, c.aliases, c.ports],
    ['n1', ['a', 'b'], [{ hostPort: 80, containerPort: 8080, protocol: 'tcp', hostIp: '' }]],
  );
  assert.equal(parseConf({ cniVersion: '1.0.0', name: 'n1', network: 'other' }).network, 'other');
  assert.equal(
    codeOf(() => parseConf({ cniVersion: '9.9.9', name: 'n1' })),
    1,
  );
  assert.equal(
    codeOf(() => parseConf({ cniVersion: '1.0.0' })),
    7,
  );
  assert.equal(
    codeOf(() => parseConf({ cniVersion: '1.0.0', name: 'n', mtu: 10 })),
    7,
  );
  assert.equal(
    codeOf(() => parseConf({ cniVersion: '1.0.0', name: 'n', runtimeConfig: { portMappings: [{ hostPort: 0, containerPort: 1 }] } })),
    7,
  );
  assert.equal(
    codeOf(() => parseEnv('ADD', { CNI_CONTAINERID: 'x', CNI_NETNS: '/n', CNI_IFNAME: 'eth0' })),
    4,
  );
  assert.equal(
    codeOf(() => parseEnv('DEL', { CNI_CONTAINERID: 'x', CNI_IFNAME: 'eth0', CNI_PATH: '/p' })),
    0,
  );
});

test('endpoint names: pod name (with namespace), else the short container id; other interfaces get a suffix', () => {
  const env = (args: Record<string, string>, ifname = 'eth0') => ({
    command: 'ADD' as const,
    containerId: 'a'.repeat(64),
    netns: '/n',
    ifname,
    args,
  });
  assert.equal(endpointName(env({ podName: 'web' })), 'web');
  assert.equal(endpointName(env({ podName: 'web', podNamespace: 'prod' })), 'web.prod');
  assert.equal(endpointName(env({})), 'aaaaaaaaaaaa');
  assert.equal(endpointName(env({ podName: 'web' }, 'net1')), 'web-net1');
  assert.equal(endpointName(env({ podName: 'bad name!' })), 'aaaaaaaaaaaa');
});

const wired: AttachResult = {
  name: 'web',
  kind: 'cni',
  network: 'n',
  containerId: 'c',
  netns: '/run/netns/x',
  ifname: 'eth0',
  hostIfname: 'vxv12345678',
  mac: '02:42:0a:00:00:05',
  ip: '10.0.0.5',
  prefixLength: 24,
  gateway: '10.0.0.1',
  mtu: 1450,
  routes: [{ dst: '0.0.0.0/0', gw: '10.0.0.1' }],
  dns: { nameservers: ['10.0.0.1'], search: [] },
  ports: [],
};

test('results: 0.4.0 ips carry version 4, 1.0.0 not, 1.1.0 adds mtu; a prevResult is kept', () => {
  const v04 = addResult('0.4.0', wired, '/run/netns/x');
  assert.deepEqual(v04.ips, [{ version: '4', address: '10.0.0.5/24', gateway: '10.0.0.1', interface: 1 }]);
  const v10 = addResult('1.0.0', wired, '/run/netns/x');
  assert.deepEqual(v10.interfaces, [{ name: 'vxv12345678' }, { name: 'eth0', mac: wired.mac, sandbox: '/run/netns/x' }]);
  assert.deepEqual(v10.dns, { nameservers: ['10.0.0.1'], search: [] });
  assert.equal((addResult('1.1.0', wired, '/x').interfaces as { mtu?: number }[])[1]!.mtu, 1450);
  const chained = addResult('1.0.0', wired, '/x', { interfaces: [{ name: 'other' }], ips: [{ address: '1.2.3.4/32', interface: 0 }] });
  assert.equal((chained.ips as { interface: number }[])[1]!.interface, 2);
});

test('CHECK: intact passes; a missing address, MAC change, missing route or gone namespace fail with code 102', () => {
  const prev = addResult('1.0.0', wired, '/run/netns/x');
  const live = (over: Partial<NonNullable<CheckReply['live']>> = {}): CheckReply => ({
    want: wired,
    live: {
      iface: { name: 'eth0', mac: wired.mac, mtu: 1450, up: true, addresses: ['10.0.0.5/24'] },
      routes: [{ dst: 'default', gateway: '10.0.0.1', dev: 'eth0' }],
      ...over,
    },
  });
  checkAgainst(prev, 'eth0', live());
  assert.equal(
    codeOf(() => checkAgainst(prev, 'eth0', live({ iface: { ...live().live!.iface!, addresses: [] } }))),
    102,
  );
  assert.equal(
    codeOf(() => checkAgainst(prev, 'eth0', live({ iface: { ...live().live!.iface!, mac: '02:00:00:00:00:09' } }))),
    102,
  );
  assert.equal(
    codeOf(() => checkAgainst(prev, 'eth0', live({ routes: [] }))),
    102,
  );
  assert.equal(
    codeOf(() => checkAgainst(prev, 'eth0', { want: wired })),
    102,
  );
  assert.equal(
    codeOf(() => checkAgainst(undefined, 'eth0', live())),
    7,
  );
});
