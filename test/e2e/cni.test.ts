// vxnet-cni conformance, invoked as a runtime invokes plugins (env + stdin,
// result or error JSON on stdout) against a real cluster: h1's agent socket,
// a workload on h3 to reach, h2 as "another host" for published ports.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { Cluster } from './cluster.js';
import { installPlugin, invoke, runtimeNs, startIn } from './cni-helpers.js';
import { probeFromNs, serverArgv } from './local-helpers.js';

let c: Cluster;
let plugin: string;
const stops: (() => void)[] = [];
before(async () => {
  c = await Cluster.start({ hosts: 3 });
  plugin = installPlugin(join(c.dir, 'cni-bin'));
  await c.cliOk(['network', 'create', '-d', 'overlay', '--subnet', '10.79.0.0/24', 'cnet']);
  await c.cliOk(['network', 'create', '-d', 'bridge', '--host', 'h1', '--subnet', '10.80.0.0/24', 'cbr']);
  await c.cliOk(['run', '--host', 'h3', '--network', 'cnet', '--name', 'far', '--ip', '10.79.0.30']);
});
after(async () => {
  for (const s of stops) s();
  await c?.stop();
});

const conf = (extra: Record<string, unknown> = {}) => ({
  cniVersion: '1.0.0',
  name: 'cnet',
  type: 'vxnet',
  agentSocket: c.agentSocket('h1'),
  ...extra,
});
const envFor = (command: string, id: string, ns: string, extra: Record<string, string> = {}) => ({
  CNI_COMMAND: command,
  CNI_CONTAINERID: id,
  CNI_NETNS: `/run/netns/${ns}`,
  CNI_IFNAME: 'eth0',
  CNI_PATH: join(c.dir, 'cni-bin'),
  ...extra,
});
const codeOf = (r: { json?: Record<string, unknown> }) => r.json?.code;
const psNames = async () => (await c.cliOk(['ps', '-q'])).split('\n').filter(Boolean);

test('VERSION needs nothing else and lists 0.4.0 and 1.0.0', () => {
  const r = invoke(plugin, { CNI_COMMAND: 'VERSION', CNI_CONTAINERID: 'dummy', CNI_NETNS: 'dummy' }, { cniVersion: '1.0.0' });
  assert.equal(r.code, 0, r.stdout);
  assert.equal(r.json?.cniVersion, '1.0.0');
  const supported = (r.json?.supportedVersions ?? []) as string[];
  for (const v of ['0.4.0', '1.0.0']) assert.ok(supported.includes(v), v);
});

test('bad invocations: each missing variable, malformed JSON, unsupported version, unknown network; nothing is created', async () => {
  const ns = runtimeNs(c, 'bad');
  const before = await psNames();
  const full = envFor('ADD', 'bad-1', ns);
  // Positive control through the same path: the complete invocation works (then is deleted).
  const ok = invoke(plugin, full, conf());
  assert.equal(ok.code, 0, ok.stdout);
  assert.equal(invoke(plugin, envFor('DEL', 'bad-1', ns), conf()).code, 0);

  for (const missing of ['CNI_COMMAND', 'CNI_CONTAINERID', 'CNI_NETNS', 'CNI_IFNAME', 'CNI_PATH']) {
    const r = invoke(plugin, { ...full, [missing]: undefined }, conf());
    assert.notEqual(r.code, 0, missing);
    assert.equal(codeOf(r), 4, `${missing}: ${r.stdout}`);
    assert.match(String(r.json?.msg), new RegExp(missing), r.stdout);
  }
  const malformed = invoke(plugin, full, '{"cniVersion": "1.0.0", "name": ');
  assert.deepEqual([malformed.code, codeOf(malformed)], [1, 6], malformed.stdout);
  const old = invoke(plugin, full, conf({ cniVersion: '0.2.0' }));
  assert.deepEqual([old.code, codeOf(old)], [1, 1], old.stdout);
  const unknown = invoke(plugin, full, conf({ network: 'no-such-net' }));
  assert.deepEqual([unknown.code, codeOf(unknown)], [1, 7], unknown.stdout);
  assert.match(String(unknown.json?.msg), /network no-such-net not found/);
  const args = invoke(plugin, { ...full, CNI_ARGS: 'FOO=1' }, conf());
  assert.deepEqual([args.code, codeOf(args)], [1, 4], args.stdout);
  for (const r of [malformed, old, unknown, args]) assert.equal(String(r.json?.msg).split('\n').length, 1, 'one line');
  assert.deepEqual(await psNames(), before, 'nothing was created');
});

test('ADD wires eth0 and reaches a workload on h3; ADD twice is refused; CHECK catches a removed address; DEL is idempotent', async () => {
  const ns = runtimeNs(c, 'one');
  const env = envFor('ADD', 'c0ffee0001', ns, { CNI_ARGS: 'IgnoreUnknown=1;K8S_POD_NAME=pod1;FOO=bar' });
  const add = invoke(plugin, env, conf());
  assert.equal(add.code, 0, add.stdout);
  const res = add.json!;
  assert.equal(res.cniVersion, '1.0.0');
  const ifs = res.interfaces as { name: string; mac?: string; sandbox?: string }[];
  assert.equal(ifs.length, 2);
  assert.equal(ifs[1]!.name, 'eth0');
  assert.equal(ifs[1]!.sandbox, `/run/netns/${ns}`);
  const ip = (res.ips as { address: string; gateway: string; interface: number; version?: string }[])[0]!;
  assert.match(ip.address, /^10\.79\.0\.\d+\/24$/);
  assert.deepEqual([ip.gateway, ip.interface, ip.version], ['10.79.0.1', 1, undefined]);
  // The default route reported is the one the container has (the network's gateway, or the gateway path's).
  const [dflt] = c.ipJson<{ gateway: string }[]>(ns, ['route', 'show', 'default']);
  assert.deepEqual(res.routes, [{ dst: '0.0.0.0/0', gw: dflt!.gateway }]);
  await c.until(() => c.exec(ns, ['ping', '-c1', '-W2', '10.79.0.30']) === 0, 10_000, 'cannot ping the workload on h3');
  assert.match(await c.cliOk(['ps']), /^pod1\s+h1\s.*\[cni c0ffee0001\]/m);

  const twice = invoke(plugin, env, conf());
  assert.deepEqual([twice.code, codeOf(twice)], [1, 101], twice.stdout);
  assert.equal((await psNames()).filter((n) => n.startsWith('pod1')).length, 1, 'no second endpoint');

  const withPrev = conf({ prevResult: res });
  assert.equal(invoke(plugin, { ...env, CNI_COMMAND: 'CHECK' }, withPrev).code, 0, 'CHECK of an intact endpoint');
  execFileSync('ip', ['-n', ns, 'addr', 'del', ip.address, 'dev', 'eth0']);
  const check = invoke(plugin, { ...env, CNI_COMMAND: 'CHECK' }, withPrev);
  assert.deepEqual([check.code, codeOf(check)], [1, 102], check.stdout);
  assert.match(String(check.json?.msg), new RegExp(`lacks address ${ip.address.replace(/\./g, '\\.')}`));

  assert.equal(invoke(plugin, { ...env, CNI_COMMAND: 'DEL' }, withPrev).code, 0);
  assert.ok(!(await psNames()).includes('pod1'));
  const again = invoke(plugin, { ...env, CNI_COMMAND: 'DEL' }, withPrev);
  assert.equal(again.code, 0, `DEL twice: ${again.stdout}`);
  const bare = invoke(plugin, { ...env, CNI_COMMAND: 'DEL', CNI_NETNS: undefined }, conf());
  assert.equal(bare.code, 0, `DEL without prevResult or netns: ${bare.stdout}`);
});

test('ADD with IP= and MAC= (0.4.0) gets exactly those', async () => {
  const ns = runtimeNs(c, 'ip');
  const env = envFor('ADD', 'c0ffee0002', ns, { CNI_ARGS: 'IgnoreUnknown=1;IP=10.79.0.77;MAC=02:11:22:33:44:55' });
  const add = invoke(plugin, env, conf({ cniVersion: '0.4.0' }));
  assert.equal(add.code, 0, add.stdout);
  const ip = (add.json!.ips as { address: string; version: string }[])[0]!;
  assert.deepEqual([ip.address, ip.version], ['10.79.0.77/24', '4']);
  const [link] = c.ipJson<{ address: string }[]>(ns, ['link', 'show', 'eth0']);
  assert.equal(link!.address, '02:11:22:33:44:55');
  const [a] = c.ipJson<{ addr_info: { local: string }[] }[]>(ns, ['-4', 'addr', 'show', 'eth0']);
  assert.equal(a!.addr_info[0]!.local, '10.79.0.77');
  assert.equal(invoke(plugin, { ...env, CNI_COMMAND: 'DEL' }, conf({ cniVersion: '0.4.0', prevResult: add.json })).code, 0);
});

test('runtimeConfig.portMappings publish on h1, reachable from h2; gone after DEL', async () => {
  const ns = runtimeNs(c, 'web');
  stops.push(startIn(ns, serverArgv('cniweb', 'tcp:8080')));
  const env = envFor('ADD', 'c0ffee0003', ns, { CNI_ARGS: 'K8S_POD_NAME=web;K8S_POD_NAMESPACE=demo' });
  const cfg = conf({
    name: 'cbr',
    capabilities: { portMappings: true },
    runtimeConfig: { portMappings: [{ hostPort: 18080, containerPort: 8080, protocol: 'tcp' }] },
  });
  const add = invoke(plugin, env, cfg);
  assert.equal(add.code, 0, add.stdout);
  assert.match(await c.cliOk(['ps']), /^web\.demo\s+h1\s/m);
  let reply = await probeFromNs(c.hostNs('h2'), 'tcp', c.hostIp(1), 18080);
  await c.until(
    async () => {
      reply = await probeFromNs(c.hostNs('h2'), 'tcp', c.hostIp(1), 18080);
      return reply.code === 0;
    },
    10_000,
    () => `published port not reachable from h2: ${reply.out}`,
  );
  assert.match(reply.out, /^cniweb:8080 /);
  assert.equal(invoke(plugin, { ...env, CNI_COMMAND: 'DEL' }, { ...cfg, prevResult: add.json }).code, 0);
  // Released at once; the kernel follows within the agent's pass (bounded wait, under load).
  await c.until(async () => (await probeFromNs(c.hostNs('h2'), 'tcp', c.hostIp(1), 18080)).code !== 0, 10_000, 'still published after DEL');
});

test('STATUS and GC (1.1.0): GC releases what the runtime no longer lists', async () => {
  const status = invoke(plugin, { CNI_COMMAND: 'STATUS', CNI_PATH: join(c.dir, 'cni-bin') }, conf({ cniVersion: '1.1.0' }));
  assert.equal(status.code, 0, status.stdout);
  const away = invoke(plugin, { CNI_COMMAND: 'STATUS' }, conf({ cniVersion: '1.1.0', agentSocket: join(c.dir, 'nobody.sock') }));
  assert.deepEqual([away.code, codeOf(away)], [1, 50], away.stdout);

  const [a, b] = [runtimeNs(c, 'gca'), runtimeNs(c, 'gcb')];
  assert.equal(invoke(plugin, envFor('ADD', 'gc-a', a), conf({ cniVersion: '1.1.0' })).code, 0);
  assert.equal(invoke(plugin, envFor('ADD', 'gc-b', b), conf({ cniVersion: '1.1.0' })).code, 0);
  const gc = invoke(
    plugin,
    { CNI_COMMAND: 'GC', CNI_PATH: join(c.dir, 'cni-bin') },
    conf({ cniVersion: '1.1.0', 'cni.dev/valid-attachments': [{ containerID: 'gc-a', ifname: 'eth0' }] }),
  );
  assert.equal(gc.code, 0, gc.stdout);
  const names = await psNames();
  assert.ok(names.includes('gc-a') && !names.includes('gc-b'), names.join(','));
  assert.equal(invoke(plugin, envFor('DEL', 'gc-a', a), conf({ cniVersion: '1.1.0' })).code, 0);
});

test("the agents' predictions of the kernel held all along", () => c.assertPredictionsHeld());
