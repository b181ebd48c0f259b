// The host's resolver with IPv6 (dual stack, issue 15): AAAA for workloads,
// aliases and hostnames that have an IPv6 address (A as before, ANY both),
// NODATA (NOERROR, no answer, SOA) for AAAA of an IPv4-only name, never
// NXDOMAIN; PTR under ip6.arpa for the view's IPv6 addresses, other reverse
// names forwarded; views stay per network.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as packet from 'dns-packet';
import { Driver, Mode, type Attachment, type Endpoint } from '../../proto/index.js';
import { emptyDesired, type DesiredState } from '../../agent/model/desired.js';
import { NameIndex } from '../../agent/services/dns/names.js';
import { decide, RCODE, reverseAddress } from '../../agent/services/dns/answer.js';

const dual = (ip: string, ip6: string, aliases: string[] = []): Attachment => ({
  network: 'dual',
  networkId: 'id-dual',
  driver: Driver.OVERLAY,
  subnet: '10.0.5.0/24',
  gateway: '10.0.5.1',
  ip,
  subnet6: 'fd00:5::/64',
  gateway6: 'fd00:5::1',
  ip6,
  ifname: 'eth0',
  aliases,
});
const ep = (workload: string, ip: string, ip6: string, aliases: string[] = [], hostname = ''): Endpoint => ({
  network: 'dual',
  networkId: 'id-dual',
  workload,
  host: 'h3',
  ip,
  ...(ip6 ? { ip6 } : {}),
  aliases,
  hostname,
});

/** web (local, dual, alias www, --hostname web.box); remote db (dual, alias data, db.box) and old (IPv4 only); lone on another network. */
function state(): DesiredState {
  const d = emptyDesired();
  d.workloads.set('web', {
    name: 'web',
    host: 'h1',
    mode: Mode.NETWORKS,
    hostname: 'web.box',
    attachments: [dual('10.0.5.2', 'fd00:5::2', ['www'])],
  });
  d.workloads.set('lone', {
    name: 'lone',
    host: 'h1',
    mode: Mode.NETWORKS,
    attachments: [{ ...dual('10.0.6.2', 'fd00:6::2'), network: 'side', networkId: 'id-side', subnet: '10.0.6.0/24', gateway: '10.0.6.1' }],
  });
  d.endpoints.set(
    'dual',
    new Map([
      ['db', ep('db', '10.0.5.3', 'fd00:5::3', ['data'], 'db.box')],
      ['old', ep('old', '10.0.5.4', '', ['legacy'])],
    ]),
  );
  return d;
}

const q = (name: string, type: packet.RecordType) =>
  packet.encode({ type: 'query', id: 6, flags: packet.RECURSION_DESIRED, questions: [{ type, name }] });

function ask(ix: NameIndex, asker: string, name: string, type: packet.RecordType) {
  const network = asker.startsWith('10.0.6.') ? 'id-side' : 'id-dual';
  const d = decide(q(name, type), ix, ix.viewOf(network, asker), ['10.8.8.8']);
  if (d.kind !== 'answer') return { kind: d.kind, rcode: -1, data: [] as string[], soa: false };
  const r = packet.decode(d.response);
  const data = (r.answers ?? []).map((a) => `${a.type} ${(a as packet.StringAnswer).data}`);
  return { kind: d.kind, rcode: r.flags! & 0xf, data, soa: (r.authorities ?? []).some((a) => a.type === 'SOA') };
}

test('AAAA for names with IPv6 (workload, alias, --hostname, local and remote), A as before, ANY both', () => {
  const ix = NameIndex.build(state());
  for (const [name, ip6] of [
    ['db', 'fd00:5::3'],
    ['data', 'fd00:5::3'],
    ['db.box', 'fd00:5::3'],
    ['web', 'fd00:5::2'],
    ['www', 'fd00:5::2'],
    ['web.box', 'fd00:5::2'],
  ]) {
    assert.deepEqual(ask(ix, '10.0.5.2', name!, 'AAAA').data, [`AAAA ${ip6}`], name);
  }
  assert.deepEqual(ask(ix, '10.0.5.2', 'db', 'A').data, ['A 10.0.5.3']);
  assert.deepEqual(ask(ix, '10.0.5.2', 'db', 'ANY' as packet.RecordType).data, ['A 10.0.5.3', 'AAAA fd00:5::3']);
  assert.deepEqual(ix.lookup(ix.viewOf('id-dual', '10.0.5.2')!, 'db'), ['10.0.5.3', 'fd00:5::3']);
});

test('AAAA of an IPv4-only name is NODATA (NOERROR, empty, SOA), never NXDOMAIN; its A still answers', () => {
  const ix = NameIndex.build(state());
  const aaaa = ask(ix, '10.0.5.2', 'old', 'AAAA');
  assert.equal(aaaa.rcode, RCODE.NOERROR);
  assert.deepEqual(aaaa.data, []);
  assert.ok(aaaa.soa, 'a negative answer carries the SOA');
  assert.deepEqual(ask(ix, '10.0.5.2', 'legacy', 'AAAA').data, []);
  assert.deepEqual(ask(ix, '10.0.5.2', 'old', 'A').data, ['A 10.0.5.4'], 'positive control: the name exists');
  assert.equal(ask(ix, '10.0.5.2', 'nobody', 'AAAA').rcode, RCODE.NXDOMAIN, 'an unknown bare name is NXDOMAIN');
});

test("PTR under ip6.arpa for the view's IPv6 addresses; others go upstream; views stay per network", () => {
  const ix = NameIndex.build(state());
  const arpa = (nibbles: string) => `${nibbles.split('').reverse().join('.')}.ip6.arpa`;
  const db6 = arpa('fd000005000000000000000000000003');
  assert.equal(reverseAddress(db6), 'fd00:5::3');
  assert.equal(reverseAddress(`${db6.toUpperCase()}.`), 'fd00:5::3', 'case and a trailing dot do not matter');
  assert.equal(reverseAddress('5.0.0.0.0.0.d.f.ip6.arpa'), undefined, 'a partial name is a zone, not an address');
  assert.deepEqual(ask(ix, '10.0.5.2', db6, 'PTR').data, ['PTR db']);
  assert.deepEqual(ask(ix, '10.0.5.2', arpa('fd000005000000000000000000000002'), 'PTR').data, ['PTR web']);
  assert.equal(ask(ix, '10.0.5.2', arpa('fd000005000000000000000000000099'), 'PTR').kind, 'forward', 'not in the view: upstream');
  // lone is on another network: db's names and addresses are not in its view.
  assert.equal(ask(ix, '10.0.6.2', 'db', 'AAAA').rcode, RCODE.NXDOMAIN);
  assert.equal(ask(ix, '10.0.6.2', db6, 'PTR').kind, 'forward');
  assert.deepEqual(ask(ix, '10.0.6.2', 'lone', 'AAAA').data, ['AAAA fd00:6::2'], 'control: its own network answers');
});
