// Workload /etc files: the pure renderers (agent/services/etc-files.ts) and
// the files manager (agent/services/files.ts) on a fake kernel writing into a
// temporary directory instead of /etc/netns, with the host resolver's
// listeners opened on loopback (the resolver itself: agent-resolver.test.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Driver, Mode, type Attachment, type Workload } from '../../proto/index.js';
import { emptyDesired } from '../../agent/model/desired.js';
import {
  dnsUpstreams,
  parseResolvConf,
  renderHostname,
  renderHosts,
  renderResolvConf,
  type EtcContext,
} from '../../agent/services/etc-files.js';
import { hasEmbeddedDns } from '../../agent/services/dns/names.js';
import { WorkloadFiles } from '../../agent/services/files.js';
import { FakeKernel } from '../../agent/kernel/fake.js';
import type { DnsSockets, Kernel } from '../../agent/kernel/kernel.js';
import { createSocket } from 'node:dgram';
import { createServer } from 'node:net';
import { silentLogger } from '../../lib/log.js';

const overlay = (network: string, ip: string, aliases: string[] = []): Attachment => ({
  network,
  networkId: `id-${network}`,
  driver: Driver.OVERLAY,
  vni: 300,
  subnet: `${ip.split('.').slice(0, 3).join('.')}.0/24`,
  gateway: `${ip.split('.').slice(0, 3).join('.')}.1`,
  ip,
  mac: '02:42:00:00:00:00',
  ifname: 'eth0',
  aliases,
  internal: false,
});

const wl = (name: string, over: Partial<Workload> = {}): Workload => ({
  name,
  host: 'h1',
  mode: Mode.NETWORKS,
  attachments: [],
  dns: [],
  dnsSearch: [],
  dnsOptions: [],
  addHosts: [],
  hostname: '',
  ...over,
});

const noHost: EtcContext = { host: { nameservers: [], search: [], options: [] } };
const body = (text: string) => text.split('\n').filter((l) => l !== '' && !l.startsWith('#'));

test('resolv.conf: parsed the way glibc reads it (last search wins, comments dropped)', () => {
  assert.deepEqual(
    parseResolvConf(
      '# c\nnameserver 10.0.0.2\nnameserver bogus\nsearch a b\nsearch c\noptions ndots:2 rotate ; x\nnameserver 127.0.0.53\n',
    ),
    {
      nameservers: ['10.0.0.2', '127.0.0.53'],
      search: ['c'],
      options: ['ndots:2', 'rotate'],
    },
  );
});

test('hosts: localhost lines, --add-host entries (host-gateway too), the hostname and name on every address', () => {
  const w = wl('web', {
    hostname: 'web.lab',
    addHosts: ['gw.lab:10.1.2.3', 'hg:host-gateway', 'bad name:10.0.0.9', 'x:notanip'],
    attachments: [overlay('front', '10.0.0.2'), { ...overlay('back', '10.0.1.2'), ifname: 'eth1' }],
  });
  assert.deepEqual(body(renderHosts(w, { ...noHost, hostGateway: '172.19.0.1' })), [
    '127.0.0.1\tlocalhost',
    '::1\tlocalhost ip6-localhost ip6-loopback',
    'fe00::0\tip6-localnet',
    'ff00::0\tip6-mcastprefix',
    'ff02::1\tip6-allnodes',
    'ff02::2\tip6-allrouters',
    '10.1.2.3\tgw.lab',
    '172.19.0.1\thg',
    '10.0.0.2\tweb.lab web',
    '10.0.1.2\tweb.lab web',
  ]);
  // Without a default bridge, host-gateway has no address: the line is left out.
  assert.ok(!renderHosts(w, noHost).includes('\thg'));
  assert.ok(
    body(renderHosts(wl('db', { hostname: 'box', attachments: [overlay('back', '10.0.1.3')] }), noHost)).includes('10.0.1.3\tbox db'),
  );
});

test('hosts on a dual-stack network: the IPv6 address on a line of its own, as Docker writes it', () => {
  const dual = { ...overlay('front', '10.0.0.2'), subnet6: 'fd00:1::/64', gateway6: 'fd00:1::1', ip6: 'fd00:1::2' };
  const lines = body(renderHosts(wl('web', { attachments: [dual, { ...overlay('back', '10.0.1.2'), ifname: 'eth1' }] }), noHost));
  assert.deepEqual(lines.slice(-3), ['10.0.0.2\tweb', 'fd00:1::2\tweb', '10.0.1.2\tweb']);
});

test('hostname: --hostname, else the workload name', () => {
  assert.equal(renderHostname(wl('web', { hostname: 'web.lab' })), 'web.lab\n');
  assert.equal(renderHostname(wl('web')), 'web\n');
});

test("resolv.conf with the host's resolver: its networks' gateways, ndots:0 unless given, --dns only as upstream", () => {
  const w = wl('web', { attachments: [overlay('front', '10.0.0.2')], dns: ['10.9.9.9'], dnsSearch: ['lab'], dnsOptions: ['timeout:1'] });
  assert.ok(hasEmbeddedDns(w));
  const text = renderResolvConf(w, noHost);
  assert.deepEqual(body(text), ['nameserver 10.0.0.1', 'search lab', 'options ndots:0 timeout:1']);
  // One name server per user-defined network, in attach order, at most three (glibc's MAXNS).
  const many = wl('m', {
    attachments: ['10.0.0.5', '10.0.1.5', '10.0.2.5', '10.0.3.5'].map((ip, i) => ({ ...overlay(`n${i}`, ip), ifname: `eth${i}` })),
  });
  assert.deepEqual(
    body(renderResolvConf(many, noHost)).filter((l) => l.startsWith('nameserver')),
    ['nameserver 10.0.0.1', 'nameserver 10.0.1.1', 'nameserver 10.0.2.1'],
  );
  assert.match(text, /other names go to: 10\.9\.9\.9/);
  assert.deepEqual(body(renderResolvConf({ ...w, dnsOptions: ['ndots:3'] }, noHost)).at(-1), 'options ndots:3');
  // A user-defined bridge network gets it too.
  assert.ok(hasEmbeddedDns(wl('b', { attachments: [{ ...overlay('lbr', '10.0.2.2'), driver: Driver.BRIDGE }] })));
});

test('resolv.conf on the default bridge: no embedded resolver; --dns, else the agent dns, else the host (no loopback)', () => {
  const att = { ...overlay('bridge', '172.19.0.2'), driver: Driver.DRIVER_UNSPECIFIED };
  const w = wl('plain', { mode: Mode.DEFAULT_BRIDGE, attachments: [att] });
  assert.ok(!hasEmbeddedDns(w));
  const host: EtcContext = { host: { nameservers: ['127.0.0.53', '10.0.0.2'], search: ['corp.example'], options: ['edns0'] } };
  assert.deepEqual(body(renderResolvConf(w, host)), ['nameserver 10.0.0.2', 'search corp.example', 'options edns0']);
  assert.deepEqual(body(renderResolvConf(w, { ...host, defaultDns: ['10.5.5.5'] })), [
    'nameserver 10.5.5.5',
    'search corp.example',
    'options edns0',
  ]);
  assert.deepEqual(body(renderResolvConf({ ...w, dns: ['10.6.6.6'], dnsSearch: ['x.test'], dnsOptions: ['rotate'] }, host)), [
    'nameserver 10.6.6.6',
    'search x.test',
    'options rotate',
  ]);
  // Nothing configured and only a loopback resolver on the host: no name server at all, never a public one.
  const none = renderResolvConf(w, { host: { nameservers: ['127.0.0.53'], search: [], options: [] } });
  assert.deepEqual(body(none), []);
  assert.match(none, /no name servers/);
  assert.deepEqual(dnsUpstreams(w, { host: { nameservers: ['127.0.0.53'], search: [], options: [] } }), []);
});

test('values that would break a line are dropped', () => {
  const w = wl('web', {
    attachments: [overlay('front', '10.0.0.2')],
    dnsSearch: ['ok.test', 'evil\nnameserver 6.6.6.6'],
    dnsOptions: ['a b'],
    addHosts: ['x\ny:1.2.3.4'],
  });
  const all = renderResolvConf(w, noHost) + renderHosts(w, noHost);
  assert.doesNotMatch(all, /6\.6\.6\.6|1\.2\.3\.4|a b/);
  assert.match(all, /^search ok\.test$/m);
});

/** A fake kernel whose resolver sockets are real ones on 127.0.0.1 (any port): records where they were asked for. */
function kernelWithSockets(): { kernel: Kernel & FakeKernel; opened: { ns: string; address: string; sockets: DnsSockets }[] } {
  const kernel = new FakeKernel() as Kernel & FakeKernel;
  const opened: { ns: string; address: string; sockets: DnsSockets }[] = [];
  kernel.openDnsSockets = (ns, address) =>
    new Promise((resolve) => {
      const udp = createSocket('udp4');
      udp.bind(0, '127.0.0.1', () => {
        const tcp = createServer().listen(0, '127.0.0.1', () => {
          const sockets = { udp, tcp };
          opened.push({ ns, address, sockets });
          resolve(sockets);
        });
      });
    });
  return { kernel, opened };
}

async function settle(files: WorkloadFiles): Promise<void> {
  for (let i = 0; i < 200; i++) {
    await new Promise((r) => setTimeout(r, 10));
    if (files.idle) return;
  }
  throw new Error('files manager did not settle');
}

test('files manager: writes, rewrites on change, one resolver listener per network (not per workload), removes everything with the workload', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'vxnet-files-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const etc = join(dir, 'etc-netns');
  const state = join(dir, 'state');
  const { kernel, opened } = kernelWithSockets();
  const source = { state: emptyDesired(), ready: true };
  const files = new WorkloadFiles(kernel, source, {
    prefix: 'vt-',
    stateDir: state,
    etcNetnsDir: etc,
    hostResolvConf: '/dev/null',
    log: silentLogger,
  });
  t.after(() => files.stop());

  const web = wl('web', { hostname: 'web.lab', attachments: [overlay('front', '10.0.0.2')] });
  source.state.workloads.set('web', web);
  files.trigger();
  await settle(files);
  const ns = 'vt-wl-web';
  assert.equal(readFileSync(join(etc, ns, 'hostname'), 'utf8'), 'web.lab\n');
  assert.match(readFileSync(join(etc, ns, 'resolv.conf'), 'utf8'), /^nameserver 10\.0\.0\.1$/m);
  assert.equal(kernel.hostnames.get(ns), 'web.lab');
  assert.equal(files.ready(ns), false, 'not ready before the namespace is built');
  assert.equal(opened.length, 0, 'no listener before the namespace exists');
  assert.deepEqual(
    readdirSync(etc).filter((f) => f.startsWith('.')),
    [],
    'no temporary files left',
  );

  files.setBuilt(new Set([ns]));
  await settle(files);
  assert.equal(files.ready(ns), true);
  assert.deepEqual(
    opened.map((o) => [o.ns, o.address]),
    [['vt-net-front', '10.0.0.1']],
    "an overlay's listener sits in the overlay's namespace, on its gateway",
  );

  // A second workload on front and one on a -d bridge network: front keeps its one listener, the bridge gets one in the agent's namespace.
  const web2 = wl('web2', { attachments: [overlay('front', '10.0.0.4')] });
  const b = wl('b', { attachments: [{ ...overlay('lbr', '10.0.5.2'), driver: Driver.BRIDGE }] });
  source.state.workloads.set('web2', web2).set('b', b);
  files.setBuilt(new Set([ns, 'vt-wl-web2', 'vt-wl-b']));
  await settle(files);
  assert.ok(files.ready('vt-wl-web2') && files.ready('vt-wl-b'));
  assert.deepEqual(
    opened.map((o) => [o.ns, o.address]),
    [
      ['vt-net-front', '10.0.0.1'],
      ['', '10.0.5.1'],
    ],
  );
  assert.equal(files.resolver.networks().length, 2);

  source.state.workloads.delete('web');
  source.state.workloads.delete('web2');
  source.state.workloads.delete('b');
  files.trigger();
  await settle(files);
  assert.equal(existsSync(join(etc, ns)), false);
  assert.equal(kernel.hostnames.has(ns), false);
  assert.equal(files.ready(ns), false);
  assert.deepEqual(files.resolver.networks(), [], 'no listener without a workload on its network');
  assert.throws(() => opened[0]!.sockets.udp.address(), 'the socket is closed');
});

test('files manager: leftovers of an earlier run carrying the prefix are removed, others are not', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'vxnet-files-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const etc = join(dir, 'etc-netns');
  const { kernel } = kernelWithSockets();
  const source = { state: emptyDesired(), ready: true };
  const files = new WorkloadFiles(kernel, source, {
    prefix: 'vt-',
    stateDir: join(dir, 's'),
    etcNetnsDir: etc,
    hostResolvConf: '/dev/null',
    log: silentLogger,
  });
  t.after(() => files.stop());
  for (const d of ['vt-wl-gone', 'other-wl-x', 'vt-net-front']) {
    await import('node:fs/promises').then((fs) => fs.mkdir(join(etc, d), { recursive: true }));
  }
  files.trigger();
  await settle(files);
  assert.deepEqual(readdirSync(etc).sort(), ['other-wl-x', 'vt-net-front']);
});

test('files manager: waits for the desired state to be loaded before removing anything', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'vxnet-files-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const etc = join(dir, 'etc-netns');
  const { kernel } = kernelWithSockets();
  const source = { state: emptyDesired(), ready: false };
  const files = new WorkloadFiles(kernel, source, { prefix: 'vt-', stateDir: join(dir, 's'), etcNetnsDir: etc, log: silentLogger });
  t.after(() => files.stop());
  await import('node:fs/promises').then((fs) => fs.mkdir(join(etc, 'vt-wl-web'), { recursive: true }));
  files.trigger();
  await settle(files);
  assert.deepEqual(readdirSync(etc), ['vt-wl-web']);
});
