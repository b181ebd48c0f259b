// Bad input, everywhere: every CLI verb with invalid values, run as the real
// `vxnet` process against a real nats-server (loopback, per-role users) and
// an in-process controller. Each case must print exactly one error line
// (`vxnet: …`), exit non-zero, and leave every key and value of the KV bucket
// byte-for-byte as it was. Host liveness records (`host.*`) are left out of
// the comparison: heartbeats, not requests, write them.
import { jsonLines } from '../helpers/json-lines.js';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NatsConnection } from '@nats-io/transport-node';
import { Api, codecs, HostSubjects } from '../../proto/index.js';
import { startController, type Controller } from '../../controller/service.js';
import { VNI_MAX, VNI_MIN } from '../../controller/vni.js';
import { startSecureNats, type SecureNats } from '../helpers/secure-nats.js';
import { dumpKv } from '../helpers/kv-dump.js';
import { run, type CliResult } from './cluster.js';

const CLI = join(dirname(fileURLToPath(import.meta.url)), '../../cli/main.js');
let s: SecureNats;
let controller: Controller;
let ctlNc: NatsConnection;

function vxnet(args: string[]): Promise<CliResult> {
  return run(process.execPath, [CLI, '--nats', s.url, '--user', s.creds.admin.user, '--password', s.creds.admin.password, ...args]);
}

async function ok(args: string[]): Promise<string> {
  const r = await vxnet(args);
  assert.equal(r.code, 0, `vxnet ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

const snapshot = () => dumpKv(ctlNc, { exclude: ['host.'] });

before(async () => {
  s = await startSecureNats(['h1', 'h2']);
  ctlNc = await s.as(s.creds.controller, { name: 'controller' });
  controller = await startController({
    nc: ctlNc,
    config: { defaultPool: '10.128.0.0/9', defaultPrefix: 28, hostDownAfterMs: 86_400_000 },
  });
  for (const [i, h] of ['h1', 'h2'].entries()) {
    const nc = await s.asHost(h);
    // The host's side of "are these ports free?": nothing listens here.
    nc.subscribe(`${HostSubjects.prefix(h)}.portcheck`, {
      callback: (_e, m) => {
        m.respond(codecs.portCheckReply.encode({ inUse: [] }));
      },
    });
    nc.publish(
      HostSubjects.heartbeat(h),
      codecs.heartbeat.encode({
        host: h,
        underlayIp: `127.0.0.${10 + i}`,
        mtu: 1500,
        vxlanPort: 4789,
        sentMs: Date.now(),
        bridgeSubnet: `172.30.${i}.0/24`,
        bridgeGateway: `172.30.${i}.1`,
        gwbridgeSubnet: `172.29.${i}.0/24`,
        gwbridgeGateway: `172.29.${i}.1`,
      }),
    );
    await nc.flush();
  }
  for (let i = 0; ; i++) {
    const r = await vxnet(['host', 'ls', '--format', 'json']);
    if (r.code === 0 && jsonLines(r.stdout).length === 2) break;
    if (i > 100) throw new Error(`hosts not registered: ${r.stderr}`);
    await new Promise((res) => setTimeout(res, 100));
  }
  await ok(['network', 'create', 'base', '--subnet', '10.50.0.0/24']);
  await ok(['network', 'create', 'tiny', '--subnet', '10.51.0.0/30']);
  await ok(['network', 'create', '-d', 'bridge', '--host', 'h1', 'lbr', '--subnet', '10.52.0.0/24']);
  await ok(['run', '--host', 'h1', '--name', 'a', '--network', 'base', '--ip', '10.50.0.10', '-p', '8080:80']);
  await ok(['run', '--host', 'h1', '--name', 'fill', '--network', 'tiny']);
  await ok(['run', '--host', 'h2', '--name', 'b', '--network', 'base']);
  await ok(['network', 'create', '--ipv6', 'ds', '--subnet', '10.54.0.0/24', '--subnet', 'fd00:54::/64']);
  await ok(['run', '--host', 'h2', '--name', 'c', '--network', 'ds']);
});

after(async () => {
  await controller?.stop();
  await s?.stop();
});

const long = 'x'.repeat(64);
const BAD: [string, string[]][] = [
  // network create: names
  ['name with a space', ['network', 'create', 'a b']],
  ['name with a slash', ['network', 'create', 'a/b']],
  ['unicode name', ['network', 'create', 'nétwork']],
  ['over-long name', ['network', 'create', long]],
  ['name starting with a dash-like dot', ['network', 'create', '.hidden']],
  ['shell injection in a name', ['network', 'create', 'x;rm -rf /']],
  ['command substitution in a name', ['network', 'create', '$(id)']],
  ['duplicate network name', ['network', 'create', 'base']],
  // network create: addressing
  ['malformed CIDR', ['network', 'create', 'n1', '--subnet', '10.0.0.0/33']],
  ['CIDR with host bits', ['network', 'create', 'n1', '--subnet', '10.60.0.1/24']],
  ['CIDR that is no address', ['network', 'create', 'n1', '--subnet', 'banana/24']],
  ['address without prefix as subnet', ['network', 'create', 'n1', '--subnet', '10.60.0.0']],
  ['octet over 255', ['network', 'create', 'n1', '--subnet', '300.0.0.0/8']],
  ['subnet overlapping a network', ['network', 'create', 'n1', '--subnet', '10.50.0.128/25']],
  ['subnet containing a network', ['network', 'create', 'n1', '--subnet', '10.0.0.0/8']],
  ['gateway outside the subnet', ['network', 'create', 'n1', '--subnet', '10.60.0.0/24', '--gateway', '10.61.0.1']],
  ['malformed gateway', ['network', 'create', 'n1', '--subnet', '10.60.0.0/24', '--gateway', '10.60.0.x']],
  ['ip-range outside the subnet', ['network', 'create', 'n1', '--subnet', '10.60.0.0/24', '--ip-range', '10.61.0.0/25']],
  ['ip-range larger than the subnet', ['network', 'create', 'n1', '--subnet', '10.60.0.0/25', '--ip-range', '10.60.0.0/24']],
  ['ip-range without a subnet', ['network', 'create', 'n1', '--ip-range', '10.60.0.0/25']],
  // network create: IPv6 (dual stack)
  ['IPv6 subnet without --ipv6', ['network', 'create', 'n1', '--subnet', 'fd00:60::/64']],
  ['two IPv4 subnets', ['network', 'create', 'n1', '--subnet', '10.60.0.0/24', '--subnet', '10.61.0.0/24']],
  ['two IPv6 subnets', ['network', 'create', 'n1', '--ipv6', '--subnet', 'fd00:60::/64', '--subnet', 'fd00:61::/64']],
  ['IPv6 subnet overlapping a network', ['network', 'create', 'n1', '--ipv6', '--subnet', 'fd00:54::/48']],
  ['IPv6 subnet smaller than /120', ['network', 'create', 'n1', '--ipv6', '--subnet', 'fd00:60::/124']],
  ['IPv6 subnet with host bits', ['network', 'create', 'n1', '--ipv6', '--subnet', 'fd00:60::1/64']],
  ['IPv6 gateway outside', ['network', 'create', 'n1', '--ipv6', '--subnet', 'fd00:60::/64', '--gateway', 'fd00:61::1']],
  ['--ipv6 with a taken name (the cluster ULA must not be written)', ['network', 'create', '--ipv6', 'base']],
  ['unknown driver', ['network', 'create', '-d', 'macvlan', 'n1']],
  ['bridge network on an unknown host', ['network', 'create', '-d', 'bridge', '--host', 'h9', 'n1']],
  ['host name injection', ['network', 'create', '-d', 'bridge', '--host', 'h1;id', 'n1']],
  ['label with an empty key', ['network', 'create', 'n1', '--label', '=v']],
  ['unknown option', ['network', 'create', 'n1', '--frobnicate']],
  ['missing name', ['network', 'create']],
  // other network verbs
  ['rm of an unknown network', ['network', 'rm', 'nosuch']],
  ['rm of a network with endpoints', ['network', 'rm', 'base']],
  ['inspect of an unknown network', ['network', 'inspect', 'nosuch']],
  ['connect to an unknown network', ['network', 'connect', 'nosuch', 'a']],
  ['connect of an unknown workload', ['network', 'connect', 'base', 'nosuch']],
  ['connect twice', ['network', 'connect', 'base', 'a']],
  ['connect to a full /30', ['network', 'connect', 'tiny', 'a']],
  ['connect with an IP outside the subnet', ['network', 'connect', '--ip', '10.99.0.1', 'tiny', 'b']],
  ['connect with an injected alias', ['network', 'connect', '--alias', '$(id)', 'lbr', 'a']],
  ['disconnect of an unknown workload', ['network', 'disconnect', 'base', 'nosuch']],
  ['disconnect from a network it is not on', ['network', 'disconnect', 'tiny', 'a']],
  // run
  ['run without --host', ['run', '--name', 'r1', '--network', 'base']],
  ['run on an unknown host', ['run', '--host', 'h9', '--name', 'r1', '--network', 'base']],
  ['run on an injected host name', ['run', '--host', '$(id)', '--name', 'r1']],
  ['run with a duplicate name', ['run', '--host', 'h2', '--name', 'a', '--network', 'base']],
  ['run with a space in the name', ['run', '--host', 'h1', '--name', 'r 1']],
  ['run with a slash in the name', ['run', '--host', 'h1', '--name', '../etc']],
  ['run with a unicode name', ['run', '--host', 'h1', '--name', 'wörk']],
  ['run with an over-long name', ['run', '--host', 'h1', '--name', long]],
  ['run with an injected name', ['run', '--host', 'h1', '--name', 'x;rm -rf /']],
  ['run with an injected alias', ['run', '--host', 'h1', '--name', 'r1', '--network', 'base', '--alias', '$(id)']],
  ['run with an alias with a space', ['run', '--host', 'h1', '--name', 'r1', '--network', 'base', '--alias', 'a b']],
  ['run on an unknown network', ['run', '--host', 'h1', '--name', 'r1', '--network', 'nosuch']],
  ['run on a full /30', ['run', '--host', 'h2', '--name', 'r1', '--network', 'tiny']],
  ['run with an IP outside the subnet', ['run', '--host', 'h1', '--name', 'r1', '--network', 'base', '--ip', '10.99.0.5']],
  ['run with the network address', ['run', '--host', 'h1', '--name', 'r1', '--network', 'base', '--ip', '10.50.0.0']],
  ['run with the gateway address', ['run', '--host', 'h1', '--name', 'r1', '--network', 'base', '--ip', '10.50.0.1']],
  ['run with a taken IP', ['run', '--host', 'h2', '--name', 'r1', '--network', 'base', '--ip', '10.50.0.10']],
  ['run with a malformed IP', ['run', '--host', 'h1', '--name', 'r1', '--network', 'base', '--ip', '10.50.0']],
  ['run --ip6 on a network without IPv6', ['run', '--host', 'h1', '--name', 'r1', '--network', 'base', '--ip6', 'fd00:54::9']],
  ['run with an IPv6 address in --ip', ['run', '--host', 'h1', '--name', 'r1', '--network', 'ds', '--ip', 'fd00:54::9']],
  ['run with an IPv4 address in --ip6', ['run', '--host', 'h1', '--name', 'r1', '--network', 'ds', '--ip6', '10.54.0.9']],
  ['run --ip6 outside the IPv6 subnet', ['run', '--host', 'h1', '--name', 'r1', '--network', 'ds', '--ip6', 'fd00:55::9']],
  ['run --ip6 on the IPv6 gateway', ['run', '--host', 'h1', '--name', 'r1', '--network', 'ds', '--ip6', 'fd00:54::1']],
  ['run --ip6 taken', ['run', '--host', 'h1', '--name', 'r1', '--network', 'ds', '--ip6', 'fd00:54::2']],
  ['run --ip6 on the default bridge', ['run', '--host', 'h1', '--name', 'r1', '--ip6', 'fd00:54::9']],
  ['connect --ip6 to a network without IPv6', ['network', 'connect', '--ip6', 'fd00:54::9', 'lbr', 'a']],
  ["run on another host's bridge network", ['run', '--host', 'h2', '--name', 'r1', '--network', 'lbr']],
  ['run in an unknown container', ['run', '--host', 'h1', '--name', 'r1', '--network', 'container:nosuch']],
  ['run with a malformed DNS server', ['run', '--host', 'h1', '--name', 'r1', '--dns', 'dns.example']],
  ['run with a malformed --add-host', ['run', '--host', 'h1', '--name', 'r1', '--add-host', 'noip']],
  ['port 0', ['run', '--host', 'h1', '--name', 'r1', '--network', 'base', '-p', '0:80']],
  ['port 65536', ['run', '--host', 'h1', '--name', 'r1', '--network', 'base', '-p', '65536:80']],
  ['container port 0', ['run', '--host', 'h1', '--name', 'r1', '--network', 'base', '-p', '8081:0']],
  ['taken host port', ['run', '--host', 'h1', '--name', 'r1', '--network', 'base', '-p', '8080:80']],
  ['same host port twice', ['run', '--host', 'h2', '--name', 'r1', '--network', 'base', '-p', '9000:80', '-p', '9000:81']],
  ['port spec that is words', ['run', '--host', 'h1', '--name', 'r1', '--network', 'base', '-p', 'http']],
  ['port spec with a bad address', ['run', '--host', 'h1', '--name', 'r1', '--network', 'base', '-p', '1.2.3:80:80']],
  ['port spec with an unknown protocol', ['run', '--host', 'h1', '--name', 'r1', '--network', 'base', '-p', '80/sctp']],
  ['port ranges of different lengths', ['run', '--host', 'h1', '--name', 'r1', '--network', 'base', '-p', '8000-8002:80-81']],
  ['backwards port range', ['run', '--host', 'h1', '--name', 'r1', '--network', 'base', '-p', '90-80']],
  ['IPv6 port spec', ['run', '--host', 'h1', '--name', 'r1', '--network', 'base', '-p', '[::1]:80:80']],
  ['expose port 0', ['run', '--host', 'h1', '--name', 'r1', '--network', 'base', '--expose', '0']],
  ['published port on an internal network', ['run', '--host', 'h1', '--name', 'r1', '--network', 'none', '-p', '8090:80']],
  // workload verbs
  ['inspect of an unknown workload', ['inspect', 'nosuch']],
  ['inspect with an injected name', ['inspect', '$(id)']],
  ['rm of an unknown workload', ['rm', 'nosuch']],
  ['rm with a slash in the name', ['rm', '../a']],
  ['port of an unknown workload', ['port', 'nosuch']],
  ['port that is not published', ['port', 'a', '81/tcp']],
  ['malformed port query', ['port', 'a', 'eighty']],
  ['exec in an unknown workload', ['exec', 'nosuch', '--', 'true']],
  ['exec without a command', ['exec', 'a']],
  ['exec with an injected workload name', ['exec', 'x;id', '--', 'true']],
  ['exec with a bad timeout', ['exec', '--timeout', '-1', 'a', '--', 'true']],
  ['logs of an unknown workload', ['logs', 'nosuch']],
  ['logs with an injected name', ['logs', '$(id)']],
  ['host ls of an injected host name', ['host', 'ls', '$(id)']],
  ['unknown verb', ['frobnicate']],
  ['unknown network verb', ['network', 'frobnicate']],
];

test('every CLI verb with invalid values: one error line, non-zero exit, KV unchanged', async () => {
  const failures: string[] = [];
  for (const [what, args] of BAD) {
    const before = await snapshot();
    const r = await vxnet(args);
    const lines = r.stderr.trimEnd().split('\n');
    const problems: string[] = [];
    if (r.code === 0) problems.push('exit 0');
    if (lines.length !== 1 || !/^vxnet: \S/.test(lines[0]!))
      problems.push(`stderr is not one "vxnet: …" line: ${JSON.stringify(r.stderr)}`);
    if (r.stdout !== '') problems.push(`stdout: ${JSON.stringify(r.stdout.slice(0, 200))}`);
    try {
      assert.deepEqual(await snapshot(), before);
    } catch {
      problems.push('the KV state changed');
    }
    if (problems.length > 0) failures.push(`${what} (vxnet ${args.join(' ')}): ${problems.join('; ')}`);
  }
  assert.deepEqual(failures, []);
});

test('IPv6 through the real NATS path: network create --ipv6 (cluster ULA), run, --ip6; inspect and ls show both families', async () => {
  interface View {
    network: { ipv6: boolean; subnet: string; subnet6: string; gateway6: string };
    endpoints: { workload: string; ip: string; ip6: string }[];
  }
  const inspectNet = async (n: string) => (JSON.parse(await ok(['network', 'inspect', n, '--format', 'json'])) as View[])[0]!;
  await ok(['network', 'create', '--ipv6', 'v6auto']);
  const auto = (await inspectNet('v6auto')).network;
  assert.equal(auto.ipv6, true);
  assert.match(auto.subnet6, /^fd[0-9a-f]{2}:[0-9a-f]{1,4}:[0-9a-f]{1,4}::\/64$/, 'a /64 of a ULA /48');
  assert.equal(auto.gateway6, auto.subnet6.replace('::/64', '::1'));
  await ok(['run', '--host', 'h1', '--name', 'six', '--network', 'v6auto']);
  await ok(['run', '--host', 'h2', '--name', 'six2', '--network', 'ds', '--ip6', 'fd00:54::99']);
  const ds = await inspectNet('ds');
  assert.deepEqual(ds.endpoints.map((e) => [e.workload, e.ip6]).sort(), [
    ['c', 'fd00:54::2'],
    ['six2', 'fd00:54::99'],
  ]);
  const [w] = JSON.parse(await ok(['inspect', 'six'])) as { workload: { attachments: { ip6: string; subnet6: string }[] } }[];
  assert.deepEqual(
    [w!.workload.attachments[0]!.ip6, w!.workload.attachments[0]!.subnet6],
    [auto.gateway6.replace(/1$/, '2'), auto.subnet6],
  );
  assert.match(await ok(['network', 'ls', '-f', 'name=ds']), /10\.54\.0\.0\/24,fd00:54::\/64/);
  // Removal frees the IPv6 address: the same --ip6 is accepted again.
  await ok(['rm', 'six2', 'six']);
  await ok(['run', '--host', 'h1', '--name', 'six3', '--network', 'ds', '--ip6', 'fd00:54::99']);
  await ok(['rm', 'six3']);
  await ok(['network', 'rm', 'v6auto']);
});

test('admin requests with invalid bodies (garbage, wrong version, empty) get an error reply and change nothing', async () => {
  const admin = await s.as(s.creds.admin);
  const before = await snapshot();
  const bodies = [
    new Uint8Array([0xff, 0xff, 0xff]),
    new Uint8Array(),
    codecs.nameRequest.encode({ names: ['x'] }).map((b, i) => (i === 1 ? 7 : b)),
    new TextEncoder().encode('{"name":"x"}'),
  ];
  const repOf: Record<string, { decode(b: Uint8Array): { error?: { code?: number | null; message?: string | null } | null } }> = {
    [Api.networkCreate]: codecs.networkReply,
    [Api.networkList]: codecs.networkReply,
    [Api.networkInspect]: codecs.networkReply,
    [Api.networkRemove]: codecs.networkReply,
    [Api.networkPrune]: codecs.networkReply,
    [Api.networkConnect]: codecs.workloadReply,
    [Api.networkDisconnect]: codecs.workloadReply,
    [Api.run]: codecs.workloadReply,
    [Api.ps]: codecs.workloadReply,
    [Api.inspect]: codecs.workloadReply,
    [Api.rm]: codecs.workloadReply,
    [Api.hostList]: codecs.hostReply,
  };
  for (const subject of Object.values(Api)) {
    for (const body of bodies) {
      const reply = repOf[subject]!.decode((await admin.request(subject, body, { timeout: 10_000 })).data);
      const e = reply.error;
      // An empty body is a valid empty request for list verbs; everything else must be refused.
      if (body.length === 0 && [Api.networkList, Api.ps, Api.hostList, Api.networkPrune].includes(subject as never)) continue;
      assert.ok(
        e && (e.code ?? 0) !== 0 && e.message && !e.message.includes('\n'),
        `${subject} with ${Buffer.from(body).toString('hex')}: ${JSON.stringify(e)}`,
      );
    }
  }
  assert.deepEqual(await snapshot(), before);
});

test('VNI exhaustion: every VNI distinct and in range, the 746th overlay network refused with one line, nothing changed', async () => {
  const admin = await s.as(s.creds.admin);
  const range = VNI_MAX - VNI_MIN + 1;
  const overlays = async () =>
    jsonLines<{ network: { driver: string; vni: number } }>(await ok(['network', 'ls', '--format', 'json']))
      .map((v) => v.network)
      .filter((n) => n.driver === 'overlay');
  const already = (await overlays()).length;
  assert.ok(already > 0, 'the before() hook created overlay networks');
  // Fill through the API client (the CLI is one process per network): exactly the free VNIs must succeed.
  let created = 0;
  for (let i = 0; created < range - already; i += 25) {
    assert.ok(i <= range, 'more requests than VNIs without filling the range');
    const batch = Array.from({ length: Math.min(25, range - already - created) }, (_, j) =>
      admin.request(Api.networkCreate, codecs.networkCreateRequest.encode({ name: `fill${i + j}` }), { timeout: 30_000 }),
    );
    for (const m of await Promise.all(batch)) {
      const rep = codecs.networkReply.decode(m.data);
      assert.equal(rep.error ?? null, null, `network ${created + already + 1} of ${range} refused: ${rep.error?.message}`);
      created++;
    }
  }
  const vnis = (await overlays()).map((n) => n.vni);
  assert.equal(vnis.length, range, `${range} overlay networks exist`);
  assert.equal(new Set(vnis).size, vnis.length, 'no VNI given twice');
  const outside = vnis.filter((v) => !(v >= VNI_MIN && v <= VNI_MAX));
  assert.deepEqual(outside, [], `every VNI within ${VNI_MIN}-${VNI_MAX}`);
  // The next one, through the API and through the CLI, is refused with the exhaustion error and changes nothing.
  const before = await snapshot();
  const rep = codecs.networkReply.decode(
    (await admin.request(Api.networkCreate, codecs.networkCreateRequest.encode({ name: 'onemore' }), { timeout: 30_000 })).data,
  );
  assert.match(rep.error?.message ?? '', /VNIs \(256-1000\) are in use/);
  const r = await vxnet(['network', 'create', 'onemore']);
  assert.notEqual(r.code, 0);
  assert.match(r.stderr, /^vxnet: [^\n]*VNIs \(256-1000\) are in use[^\n]*\n$/);
  assert.deepEqual(await snapshot(), before);
  // Bridge networks need no VNI: still possible.
  await ok(['network', 'create', '-d', 'bridge', '--host', 'h2', 'stillok', '--subnet', '10.53.0.0/24']);
});
