// Workload /etc files and embedded DNS records: the pure renderers
// (agent/etc-files.ts), dnsmasq's command line (agent/dns/dnsmasq.ts), and
// the files manager (agent/files.ts) on a fake kernel writing into a
// temporary directory instead of /etc/netns.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Driver, Mode, type Attachment, type Endpoint, type Workload } from '../../proto/index.js';
import { emptyDesired, type DesiredState } from '../../agent/model/desired.js';
import {
  dnsRecords,
  dnsUpstreams,
  hasEmbeddedDns,
  parseResolvConf,
  renderHostname,
  renderHosts,
  renderResolvConf,
  renderRecords,
  type EtcContext,
} from '../../agent/services/etc-files.js';
import { dnsmasqArgv, dnsmasqPaths } from '../../agent/services/dns/dnsmasq.js';
import { WorkloadFiles } from '../../agent/services/files.js';
import { FakeKernel } from '../../agent/kernel/fake.js';
import type { Kernel, SpawnedProcess } from '../../agent/kernel/kernel.js';
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

test('hostname: --hostname, else the workload name', () => {
  assert.equal(renderHostname(wl('web', { hostname: 'web.lab' })), 'web.lab\n');
  assert.equal(renderHostname(wl('web')), 'web\n');
});

test('resolv.conf with the embedded resolver: 127.0.0.11, ndots:0 unless given, --dns only as upstream', () => {
  const w = wl('web', { attachments: [overlay('front', '10.0.0.2')], dns: ['10.9.9.9'], dnsSearch: ['lab'], dnsOptions: ['timeout:1'] });
  assert.ok(hasEmbeddedDns(w));
  const text = renderResolvConf(w, noHost);
  assert.deepEqual(body(text), ['nameserver 127.0.0.11', 'search lab', 'options ndots:0 timeout:1']);
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

test('DNS records: names and aliases of every network the workload is on, local and remote, nothing from other networks', () => {
  const d: DesiredState = emptyDesired();
  const web = wl('web', {
    attachments: [overlay('front', '10.0.0.2', ['www']), { ...overlay('back', '10.0.1.2', ['api']), ifname: 'eth1' }],
  });
  const other = wl('other', { attachments: [overlay('side', '10.0.3.2')] });
  d.workloads.set('web', web).set('other', other);
  const ep = (network: string, workload: string, ip: string, aliases: string[] = []): Endpoint => ({
    network,
    networkId: `id-${network}`,
    workload,
    host: 'h2',
    ip,
    aliases,
  });
  d.endpoints.set(
    'front',
    new Map([
      ['web', ep('front', 'web', '10.0.0.2', ['www'])],
      ['solo', ep('front', 'solo', '10.0.0.3', ['lonely'])],
    ]),
  );
  d.endpoints.set('back', new Map([['db', ep('back', 'db', '10.0.1.3')]]));
  d.endpoints.set('side', new Map([['x', ep('side', 'x', '10.0.3.9')]]));
  const files = dnsRecords(web, d);
  assert.deepEqual([...files.keys()].sort(), ['net-back.hosts', 'net-front.hosts']);
  assert.equal(files.get('net-front.hosts'), '10.0.0.3 solo lonely\n10.0.0.2 web www\n');
  assert.equal(files.get('net-back.hosts'), '10.0.1.3 db\n10.0.1.2 web api\n');
  // The default bridge has no embedded resolver, so no records.
  assert.equal(
    dnsRecords(
      wl('p', { mode: Mode.DEFAULT_BRIDGE, attachments: [{ ...overlay('bridge', '172.19.0.2'), driver: Driver.DRIVER_UNSPECIFIED }] }),
      d,
    ).size,
    0,
  );
  assert.equal(
    renderRecords([
      { ip: 'nope', names: ['a'] },
      { ip: '10.0.0.1', names: ['bad name'] },
    ]),
    '',
  );
});

test('dnsmasq: 127.0.0.11 only, explicit upstreams, never the machine resolv.conf or hosts, no DHCP', () => {
  const argv = dnsmasqArgv(dnsmasqPaths('/var/lib/vxnet', 'vx-wl-web'), ['10.9.9.9', '10.9.9.8']);
  for (const a of [
    '--keep-in-foreground',
    '--no-resolv',
    '--no-hosts',
    '--conf-file=/dev/null',
    '--bind-interfaces',
    '--listen-address=127.0.0.11',
    '--hostsdir=/var/lib/vxnet/dns/vx-wl-web/hosts',
    '--pid-file=/var/lib/vxnet/dns/vx-wl-web/dnsmasq.pid',
    '--server=10.9.9.9',
    '--server=10.9.9.8',
  ]) {
    assert.ok(argv.includes(a), a);
  }
  assert.ok(!argv.some((a) => a.startsWith('--dhcp') || a.startsWith('--resolv-file')));
  assert.ok(!dnsmasqArgv(dnsmasqPaths('/s', 'n'), []).some((a) => a.startsWith('--server')));
});

/** A fake kernel whose spawns look like long-running processes (pid set, exit on kill). */
function kernelWithProcesses(): { kernel: Kernel & FakeKernel; spawned: { ns: string; argv: readonly string[]; killed: boolean }[] } {
  const kernel = new FakeKernel() as Kernel & FakeKernel;
  const spawned: { ns: string; argv: readonly string[]; killed: boolean }[] = [];
  let pid = 100_000;
  kernel.spawnIn = (ns, argv): SpawnedProcess => {
    const rec = { ns, argv, killed: false };
    spawned.push(rec);
    let exit: (code: number) => void = () => {};
    return {
      pid: pid++,
      onStdout() {},
      onStderr() {},
      exited: new Promise((r) => {
        exit = r;
      }),
      kill: () => {
        rec.killed = true;
        exit(143);
      },
      write() {},
      end() {},
    };
  };
  return { kernel, spawned };
}

async function settle(files: WorkloadFiles): Promise<void> {
  for (let i = 0; i < 200; i++) {
    await new Promise((r) => setTimeout(r, 10));
    if (files.idle) return;
  }
  throw new Error('files manager did not settle');
}

test('files manager: writes, rewrites on change, starts one resolver per workload, removes everything with the workload', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'vxnet-files-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const etc = join(dir, 'etc-netns');
  const state = join(dir, 'state');
  const { kernel, spawned } = kernelWithProcesses();
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
  assert.match(readFileSync(join(etc, ns, 'resolv.conf'), 'utf8'), /^nameserver 127\.0\.0\.11$/m);
  assert.equal(kernel.hostnames.get(ns), 'web.lab');
  assert.equal(files.ready(ns), false, 'not ready before the namespace is built');
  assert.equal(spawned.length, 0, 'no resolver before the namespace exists');
  assert.deepEqual(
    readdirSync(etc).filter((f) => f.startsWith('.')),
    [],
    'no temporary files left',
  );

  files.setBuilt(new Set([ns]));
  await settle(files);
  assert.equal(files.ready(ns), true);
  assert.equal(spawned.length, 1);
  assert.equal(spawned[0]!.ns, ns);
  assert.equal(spawned[0]!.argv[0], 'dnsmasq');

  // A peer appears on front: the records change, the resolver stays (inotify picks the file up).
  source.state.endpoints.set(
    'front',
    new Map([['solo', { network: 'front', networkId: 'id-front', workload: 'solo', host: 'h2', ip: '10.0.0.3', aliases: [] }]]),
  );
  files.trigger();
  await settle(files);
  const hostsDir = dnsmasqPaths(state, ns).hostsDir;
  assert.equal(readFileSync(join(hostsDir, 'net-front.hosts'), 'utf8'), '10.0.0.3 solo\n10.0.0.2 web\n');
  assert.equal(spawned.length, 1, 'names reload without a restart');

  source.state.workloads.delete('web');
  files.trigger();
  await settle(files);
  assert.equal(existsSync(join(etc, ns)), false);
  assert.equal(existsSync(dnsmasqPaths(state, ns).root), false);
  assert.equal(kernel.hostnames.has(ns), false);
  assert.equal(spawned[0]!.killed, true);
  assert.equal(files.ready(ns), false);
});

test('files manager: leftovers of an earlier run carrying the prefix are removed, others are not', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'vxnet-files-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const etc = join(dir, 'etc-netns');
  const { kernel } = kernelWithProcesses();
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
  const { kernel } = kernelWithProcesses();
  const source = { state: emptyDesired(), ready: false };
  const files = new WorkloadFiles(kernel, source, { prefix: 'vt-', stateDir: join(dir, 's'), etcNetnsDir: etc, log: silentLogger });
  t.after(() => files.stop());
  await import('node:fs/promises').then((fs) => fs.mkdir(join(etc, 'vt-wl-web'), { recursive: true }));
  files.trigger();
  await settle(files);
  assert.deepEqual(readdirSync(etc), ['vt-wl-web']);
});
