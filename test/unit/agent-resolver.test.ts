// The host's resolver (agent/services/dns/): the name index and its views,
// the answer rules (A, PTR, NXDOMAIN/NODATA with SOA, REFUSED, FORMERR,
// NOTIMP, what is forwarded), and the server itself on real loopback
// sockets: UDP and TCP, truncation, relaying to an upstream the test runs on
// 127.0.0.1, SERVFAIL when no upstream answers. Packets are built and read
// with dns-packet, as the resolver does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSocket, type Socket } from 'node:dgram';
import { connect, createServer, type Server } from 'node:net';
import * as packet from 'dns-packet';
import { Driver, Mode, type Attachment, type Endpoint, type Workload } from '../../proto/index.js';
import { emptyDesired, type DesiredState } from '../../agent/model/desired.js';
import { GATEWAY_PATH, NameIndex } from '../../agent/services/dns/names.js';
import { decide, RCODE, reverseAddress } from '../../agent/services/dns/answer.js';
import { Resolver } from '../../agent/services/dns/resolver.js';
import { silentLogger } from '../../lib/log.js';

const att = (network: string, ip: string, aliases: string[] = [], driver = Driver.OVERLAY): Attachment => ({
  network,
  networkId: `id-${network}`,
  driver,
  subnet: `${ip.split('.').slice(0, 3).join('.')}.0/24`,
  gateway: `${ip.split('.').slice(0, 3).join('.')}.1`,
  ip,
  ifname: 'eth0',
  aliases,
});
const wl = (name: string, attachments: Attachment[], over: Partial<Workload> = {}): Workload => ({
  name,
  host: 'h1',
  mode: Mode.NETWORKS,
  attachments,
  dns: [],
  hostname: '',
  ...over,
});
const ep = (network: string, workload: string, ip: string, aliases: string[] = [], hostname = ''): Endpoint => ({
  network,
  networkId: `id-${network}`,
  workload,
  host: 'h2',
  ip,
  aliases,
  hostname,
});

/** web (front + back, --dns 10.9.9.9), other (side), plain (default bridge); remote solo (front), db (back), x (side). */
function state(): DesiredState {
  const d = emptyDesired();
  d.workloads
    .set(
      'web',
      wl('web', [att('front', '10.0.0.2', ['www']), { ...att('back', '10.0.1.2', ['api']), ifname: 'eth1' }], { dns: ['10.9.9.9'] }),
    )
    .set('other', wl('other', [att('side', '10.0.3.2')], { hostname: 'other.lab' }))
    .set('plain', wl('plain', [att('bridge', '172.19.0.2', [], Driver.DRIVER_UNSPECIFIED)], { mode: Mode.DEFAULT_BRIDGE }));
  d.endpoints.set(
    'front',
    new Map([
      ['web', ep('front', 'web', '10.0.0.2', ['www'])],
      ['solo', ep('front', 'solo', '10.0.0.3', ['lonely', 'shared'], 'solo.box')],
    ]),
  );
  d.endpoints.set('back', new Map([['db', ep('back', 'db', '10.0.1.3', ['shared'])]]));
  d.endpoints.set('side', new Map([['x', ep('side', 'x', '10.0.3.9')]]));
  return d;
}

test('views: a workload sees the names of its own networks only, on every host; askers are (network, source address)', () => {
  const ix = NameIndex.build(state());
  const web = ix.viewOf('id-front', '10.0.0.2')!;
  assert.equal(web.workload, 'web');
  assert.deepEqual(ix.viewOf('id-back', '10.0.1.2'), web, 'the same view from either network');
  assert.equal(ix.viewOf('id-side', '10.0.0.2'), undefined, 'an address of another network is nobody');
  assert.equal(ix.viewOf('id-front', '10.0.0.3'), undefined, 'a remote workload never asks this host');
  assert.equal(ix.viewOf('id-bridge', '172.19.0.2'), undefined, 'the default bridge has no resolver');
  assert.deepEqual(ix.lookup(web, 'solo'), ['10.0.0.3']);
  assert.deepEqual(ix.lookup(web, 'LONELY.'), ['10.0.0.3'], 'case and a trailing dot do not matter');
  assert.deepEqual(ix.lookup(web, 'solo.box'), ['10.0.0.3'], "a remote workload's --hostname");
  assert.deepEqual(ix.lookup(web, 'db'), ['10.0.1.3']);
  assert.deepEqual(ix.lookup(web, 'shared'), ['10.0.0.3', '10.0.1.3'], 'an alias on two networks: both addresses');
  assert.deepEqual(ix.lookup(web, 'api'), ['10.0.1.2'], 'its own alias on back');
  assert.equal(ix.lookup(web, 'x'), undefined, 'side is not its network');
  assert.equal(ix.lookup(web, 'other.lab'), undefined);
  const other = ix.viewOf('id-side', '10.0.3.2')!;
  assert.deepEqual(ix.lookup(other, 'x'), ['10.0.3.9'], 'control: other sees side');
  assert.deepEqual(ix.lookup(other, 'other.lab'), ['10.0.3.2'], 'a local --hostname');
  assert.equal(ix.lookup(other, 'solo'), undefined);
  assert.equal(ix.reverse(web, '10.0.0.3'), 'solo');
  assert.equal(ix.reverse(other, '10.0.0.3'), undefined);
  assert.deepEqual(web.dns, ['10.9.9.9']);
});

function q(name: string, type: packet.RecordType = 'A', over: Partial<packet.Packet> = {}): Buffer {
  return packet.encode({ type: 'query', id: 4242, flags: packet.RECURSION_DESIRED, questions: [{ type, name }], ...over });
}
function answerOf(d: ReturnType<typeof decide>): packet.DecodedPacket & { rcode: number } {
  assert.equal(d.kind, 'answer');
  const r = packet.decode((d as { response: Buffer }).response);
  return Object.assign(r, { rcode: r.flags! & 0xf });
}

test("another host's workload is answered only once it is reachable (its neighbour entry in place); the local one always", () => {
  const d = state();
  const waiting = new Set(['solo']);
  const ix = NameIndex.build(d, (_network, e) => !waiting.has(e.workload!));
  const web = ix.viewOf('id-front', '10.0.0.2')!;
  assert.deepEqual(ix.lookup(web, 'solo'), undefined, 'not yet reachable: not answered');
  assert.deepEqual(ix.lookup(web, 'db'), ['10.0.1.3'], 'another remote one that is reachable is (positive control)');
  assert.deepEqual(
    ix.lookup(web, 'web'),
    ['10.0.0.2', '10.0.1.2'],
    'the local workload comes from its own attachments, whatever its endpoint says',
  );
  waiting.clear();
  assert.deepEqual(NameIndex.build(d, (_network, e) => !waiting.has(e.workload!)).lookup(web, 'solo'), ['10.0.0.3']);
});

test('views on the gateway bridge address (where Docker forwards): by gw0 address, or by a -d bridge address; internal overlays none', () => {
  const d = state();
  const gw = (ip: string): Attachment => ({ network: 'gwbridge', networkId: 'gw-h1', ip, ifname: 'gw0' });
  d.workloads.set('web', { ...d.workloads.get('web')!, gatewayPath: gw('172.18.0.5') });
  d.workloads.set('br', wl('br', [att('lbr', '10.7.0.4', [], Driver.BRIDGE)]));
  d.workloads.set('shut', wl('shut', [{ ...att('sealed', '10.0.9.2'), internal: true }], { gatewayPath: gw('172.18.0.9') }));
  const ix = NameIndex.build(d);
  const web = ix.viewOf(GATEWAY_PATH, '172.18.0.5')!;
  assert.equal(web.workload, 'web');
  assert.deepEqual(web, ix.viewOf('id-front', '10.0.0.2'), "the same view as on the workload's own networks");
  assert.deepEqual(ix.lookup(web, 'db'), ['10.0.1.3'], 'a remote name of one of its networks');
  assert.equal(ix.lookup(web, 'x'), undefined, 'not a name of another network');
  assert.equal(ix.viewOf(GATEWAY_PATH, '172.18.0.6')?.workload, undefined, 'an unknown gateway-path address is nobody');
  assert.equal(ix.viewOf(GATEWAY_PATH, '10.0.0.2'), undefined, 'an overlay address does not reach the host');
  assert.equal(ix.viewOf(GATEWAY_PATH, '10.7.0.4')?.workload, 'br', 'a -d bridge workload reaches it through the host');
  assert.equal(ix.viewOf(GATEWAY_PATH, '172.18.0.9'), undefined, 'an --internal overlay has no gateway path');
});

test('answers: A and PTR from the view, NXDOMAIN and NODATA with an SOA, everything else refused or forwarded', () => {
  const ix = NameIndex.build(state());
  const web = ix.viewOf('id-front', '10.0.0.2')!;
  const up = ['10.8.8.8'];

  const a = answerOf(decide(q('solo'), ix, web, up));
  assert.equal(a.id, 4242);
  assert.equal(a.rcode, RCODE.NOERROR);
  assert.ok(a.flag_aa && a.flag_rd && a.flag_ra);
  assert.deepEqual(
    a.answers!.map((x) => [x.type, (x as packet.StringAnswer).data, (x as packet.StringAnswer).ttl]),
    [['A', '10.0.0.3', 0]],
  );
  const ptr = answerOf(decide(q('3.0.0.10.in-addr.arpa', 'PTR'), ix, web, up));
  assert.deepEqual(
    ptr.answers!.map((x) => (x as packet.StringAnswer).data),
    ['solo'],
  );

  const nx = answerOf(decide(q('x'), ix, web, up));
  assert.equal(nx.rcode, RCODE.NXDOMAIN, 'a bare name outside the view never leaves the host');
  assert.deepEqual(
    nx.authorities!.map((x) => x.type),
    ['SOA'],
  );
  assert.equal((nx.authorities![0] as packet.SoaAnswer).data.minimum, 0);
  const nodata = answerOf(decide(q('solo', 'AAAA'), ix, web, up));
  assert.equal(nodata.rcode, RCODE.NOERROR);
  assert.deepEqual(nodata.answers, []);
  assert.deepEqual(
    nodata.authorities!.map((x) => x.type),
    ['SOA'],
  );

  const fwd = decide(q('example.org'), ix, web, up);
  assert.equal(fwd.kind, 'forward');
  assert.deepEqual((fwd as { servers: readonly string[] }).servers, up);
  assert.equal(decide(q('9.9.9.10.in-addr.arpa', 'PTR'), ix, web, up).kind, 'forward', 'a reverse name outside the view goes on');
  assert.equal(answerOf(decide(q('example.org'), ix, web, [])).rcode, RCODE.SERVFAIL, 'no upstream: SERVFAIL');

  assert.equal(answerOf(decide(q('solo'), ix, undefined, up)).rcode, RCODE.REFUSED, 'not a local workload of that network');
  assert.equal(answerOf(decide(Buffer.from('0123456789abcdef'), ix, web, up)).rcode, RCODE.FORMERR);
  const notify = q('solo');
  notify.writeUInt16BE(notify.readUInt16BE(2) | (4 << 11), 2);
  assert.equal(answerOf(decide(notify, ix, web, up)).rcode, RCODE.NOTIMP);
  assert.equal(decide(packet.encode({ type: 'response', id: 1, questions: [{ type: 'A', name: 'solo' }] }), ix, web, up).kind, 'drop');
  assert.equal(reverseAddress('3.0.0.10.in-addr.arpa.'), '10.0.0.3');
  assert.equal(reverseAddress('0.10.in-addr.arpa'), undefined);
});

// The server on loopback: the asker is a workload whose address on "lo-net" is 127.0.0.1.
function loopState(aliasCount: number): DesiredState {
  const d = emptyDesired();
  const a: Attachment = { ...att('lo-net', '127.0.0.1', ['many']), subnet: '127.0.0.0/8', gateway: '127.0.0.1' };
  d.workloads.set('me', wl('me', [a]));
  d.endpoints.set(
    'lo-net',
    new Map(Array.from({ length: aliasCount }, (_, i) => [`p${i}`, { ...ep('lo-net', `p${i}`, `10.1.${i >> 8}.${i & 255}`, ['many']) }])),
  );
  return d;
}

async function sockets(): Promise<{ udp: Socket; tcp: Server; port: number; tcpPort: number }> {
  const udp = createSocket('udp4');
  await new Promise<void>((r) => udp.bind(0, '127.0.0.1', r));
  const tcp = createServer();
  await new Promise<void>((r) => tcp.listen(0, '127.0.0.1', r));
  return { udp, tcp, port: udp.address().port, tcpPort: (tcp.address() as { port: number }).port };
}

function udpAsk(port: number, msg: Buffer): Promise<packet.DecodedPacket> {
  return new Promise((resolve) => {
    const s = createSocket('udp4');
    s.on('message', (m) => {
      s.close();
      resolve(packet.decode(m));
    });
    s.send(msg, port, '127.0.0.1');
  });
}

function tcpAsk(port: number, msg: Buffer): Promise<packet.DecodedPacket> {
  return new Promise((resolve, reject) => {
    const c = connect({ host: '127.0.0.1', port });
    let buf = Buffer.alloc(0);
    c.on('error', reject);
    c.on('connect', () => {
      const len = Buffer.alloc(2);
      len.writeUInt16BE(msg.length);
      c.write(Buffer.concat([len, msg]));
    });
    c.on('data', (d: Buffer) => {
      buf = Buffer.concat([buf, d]);
      if (buf.length >= 2 && buf.length >= 2 + buf.readUInt16BE(0)) {
        c.destroy();
        resolve(packet.decode(buf.subarray(2)));
      }
    });
  });
}

test('server: UDP and TCP on real sockets, a long answer truncated over UDP and whole over TCP, relaying to an upstream', async (t) => {
  // The upstream the test runs: answers every A question with 10.7.7.7.
  const upstream = createSocket('udp4');
  await new Promise<void>((r) => upstream.bind(0, '127.0.0.1', r));
  t.after(() => upstream.close());
  let upstreamQueries = 0;
  upstream.on('message', (m, r) => {
    upstreamQueries++;
    const query = packet.decode(m);
    const reply = packet.encode({
      type: 'response',
      id: query.id!,
      flags: packet.RECURSION_AVAILABLE,
      questions: query.questions!,
      answers: [{ type: 'A', name: query.questions![0]!.name, ttl: 30, data: '10.7.7.7' }],
    });
    upstream.send(reply, r.port, r.address);
  });
  const source = { state: loopState(40) };
  const resolver = new Resolver(source, silentLogger, { port: upstream.address().port, timeoutMs: 300 });
  t.after(() => resolver.stop());
  const s = await sockets();
  resolver.listen({ network: 'id-lo-net', address: '127.0.0.1', subnet: '127.0.0.0/8', foreign: false, sockets: s });
  resolver.setDefaultUpstreams(['127.0.0.1']);

  const a = await udpAsk(s.port, q('p3'));
  assert.deepEqual(
    a.answers!.map((x) => (x as packet.StringAnswer).data),
    ['10.1.0.3'],
  );
  const viaTcp = await tcpAsk(s.tcpPort, q('p5'));
  assert.deepEqual(
    viaTcp.answers!.map((x) => (x as packet.StringAnswer).data),
    ['10.1.0.5'],
  );
  // 41 addresses do not fit in 512 bytes: TC over UDP, everything over TCP.
  const big = await udpAsk(s.port, q('many'));
  assert.ok(big.flag_tc, 'truncated');
  assert.deepEqual(big.answers, []);
  assert.equal((await tcpAsk(s.tcpPort, q('many'))).answers!.length, 41, 'the 40 peers and the asker itself');

  // A name no view holds goes upstream; the reply comes back with the asker's id.
  const fwd = await udpAsk(s.port, q('example.org'));
  assert.equal(fwd.id, 4242);
  assert.deepEqual(
    fwd.answers!.map((x) => (x as packet.StringAnswer).data),
    ['10.7.7.7'],
  );
  assert.deepEqual(
    (await tcpAsk(s.tcpPort, q('tcp.example.org'))).answers!.map((x) => (x as packet.StringAnswer).data),
    ['10.7.7.7'],
  );
  assert.equal(upstreamQueries, 2);
  // A bare unknown name never reaches the upstream.
  assert.equal((await udpAsk(s.port, q('nobody'))).flags! & 0xf, RCODE.NXDOMAIN);
  assert.equal(upstreamQueries, 2);

  // A name added to the desired state answers at the next query (no reload step); a removed one is gone.
  source.state.endpoints.get('lo-net')!.set('late', ep('lo-net', 'late', '10.2.0.1'));
  resolver.changed();
  assert.deepEqual(
    (await udpAsk(s.port, q('late'))).answers!.map((x) => (x as packet.StringAnswer).data),
    ['10.2.0.1'],
  );
  source.state.endpoints.get('lo-net')!.delete('late');
  resolver.changed();
  assert.equal((await udpAsk(s.port, q('late'))).flags! & 0xf, RCODE.NXDOMAIN);

  // No upstream answers (nothing listens on 127.0.0.2 at that port): SERVFAIL after the timeout.
  resolver.setDefaultUpstreams(['127.0.0.2']);
  assert.equal((await udpAsk(s.port, q('example.net'))).flags! & 0xf, RCODE.SERVFAIL);
  // And once the network is dropped, its socket is closed.
  resolver.drop('id-lo-net');
  assert.deepEqual(resolver.networks(), []);
  assert.throws(() => s.udp.address());
});
