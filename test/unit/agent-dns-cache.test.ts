// The resolver's answer cache (agent/services/dns/answer-cache.ts): a hit is
// the cached response with the asker's id, only for the same view, transport
// and query bytes; stored responses own their memory (no pinned pool slab);
// bounded; emptied by clear(). And in the resolver on real loopback sockets:
// a repeated question is served from the cache with the new id, TCP and UDP
// apart, and a desired-state change empties it (the new name answers).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSocket } from 'node:dgram';
import { connect, createServer } from 'node:net';
import * as packet from 'dns-packet';
import { AnswerCache } from '../../agent/services/dns/answer-cache.js';
import type { View } from '../../agent/services/dns/names.js';
import { Resolver } from '../../agent/services/dns/resolver.js';
import { emptyDesired } from '../../agent/model/desired.js';
import { Driver, Mode } from '../../proto/index.js';
import { silentLogger } from '../../lib/log.js';

const view = (workload: string): View => ({ workload, networks: ['n'], dns: [] });
const query = (name: string, id: number, flags = packet.RECURSION_DESIRED) =>
  packet.encode({ type: 'query', id, flags, questions: [{ type: 'A', name }] });
const response = (name: string, id: number, ip: string) =>
  packet.encode({
    type: 'response',
    id,
    flags: packet.AUTHORITATIVE_ANSWER | packet.RECURSION_DESIRED,
    questions: [{ type: 'A', name }],
    answers: [{ type: 'A', name, ttl: 0, data: ip }],
  });

test('answer cache: same view, transport and question bytes only; the asker id patched; own memory; bounded', () => {
  const cache = new AnswerCache(3);
  const a = view('a');
  const b = view('a'); // equal fields, another view object (another index build): never shares answers
  // A slice of Node's shared allocation pool (Buffer.from of a small buffer): the cache must not keep the whole slab.
  const r = Buffer.from(response('solo', 1, '10.0.0.3'));
  assert.ok(r.buffer.byteLength > r.length, 'precondition: the response is a pool slice');
  assert.equal(cache.get(a, query('solo', 1), false), undefined, 'empty: a miss');
  cache.set(a, query('solo', 1), false, r);

  const hit = cache.get(a, query('solo', 0xbeef), false);
  assert.ok(hit, 'the same question from the same view: a hit');
  const decoded = packet.decode(hit);
  assert.equal(decoded.id, 0xbeef, "the asker's id, not the cached one");
  assert.deepEqual(hit.subarray(2), r.subarray(2), 'every other byte as cached');
  assert.deepEqual(
    decoded.answers!.map((x) => (x as packet.StringAnswer).data),
    ['10.0.0.3'],
  );
  hit.writeUInt16BE(0, 2);
  assert.equal(
    packet.decode(cache.get(a, query('solo', 2), false)!).flags! & packet.AUTHORITATIVE_ANSWER,
    packet.AUTHORITATIVE_ANSWER,
    'a handed-out copy does not change the cache',
  );

  assert.equal(cache.get(b, query('solo', 3), false), undefined, 'another view');
  assert.equal(cache.get(a, query('solo', 3), true), undefined, 'TCP is cached apart from UDP (no truncation there)');
  assert.equal(cache.get(a, query('solo', 3, 0), false), undefined, 'other flags (RD clear): another query');
  assert.equal(cache.get(a, query('solp', 3), false), undefined, 'another name');
  assert.equal(cache.get(a, query('solo', 3).subarray(0, 11), false), undefined, 'shorter than a header');

  assert.deepEqual(cache.stats, { entries: 1, bytes: r.length }, 'a copy of its own size, not the 8 KB slab');
  const whole = response('whole', 1, '10.0.0.9');
  cache.set(b, query('whole', 1), false, whole);
  assert.equal(cache.stats.bytes, r.length + whole.length, "dns-packet's own buffers are kept as they are");
  cache.clear();
  cache.set(a, query('solo', 1), false, r);

  cache.set(a, query('two', 1), false, response('two', 1, '10.0.0.4'));
  cache.set(a, query('three', 1), false, response('three', 1, '10.0.0.5'));
  assert.equal(cache.stats.entries, 3);
  cache.set(a, query('four', 1), false, response('four', 1, '10.0.0.6'));
  assert.equal(cache.stats.entries, 1, 'full: emptied, then the new entry');
  assert.equal(cache.get(a, query('solo', 4), false), undefined);
  assert.ok(cache.get(a, query('four', 4), false));
  cache.clear();
  assert.deepEqual(cache.stats, { entries: 0, bytes: 0 });
  assert.equal(cache.get(a, query('four', 5), false), undefined);
});

test('resolver: a repeated question is answered from the cache with the new id; TCP apart; a change empties it', async (t) => {
  const d = emptyDesired();
  d.workloads.set('me', {
    name: 'me',
    host: 'h1',
    mode: Mode.NETWORKS,
    dns: [],
    hostname: '',
    attachments: [
      {
        network: 'lo-net',
        networkId: 'id-lo',
        driver: Driver.OVERLAY,
        subnet: '127.0.0.0/8',
        gateway: '127.0.0.1',
        ip: '127.0.0.1',
        ifname: 'eth0',
      },
    ],
  });
  const ep = (workload: string, ip: string) => ({
    network: 'lo-net',
    networkId: 'id-lo',
    workload,
    host: 'h2',
    ip,
    aliases: [],
    hostname: '',
  });
  d.endpoints.set('lo-net', new Map([['peer', ep('peer', '10.1.0.7')]]));
  const resolver = new Resolver({ state: d }, silentLogger);
  t.after(() => resolver.stop());
  const udp = createSocket('udp4');
  await new Promise<void>((r) => udp.bind(0, '127.0.0.1', r));
  const tcp = createServer();
  await new Promise<void>((r) => tcp.listen(0, '127.0.0.1', r));
  resolver.listen({ network: 'id-lo', address: '127.0.0.1', subnet: '127.0.0.0/8', foreign: false, sockets: { udp, tcp } });

  const ask = (name: string, id: number) =>
    new Promise<packet.DecodedPacket>((resolve) => {
      const s = createSocket('udp4');
      s.on('message', (m) => {
        s.close();
        resolve(packet.decode(m));
      });
      s.send(query(name, id), udp.address().port, '127.0.0.1');
    });
  const askTcp = (name: string, id: number) =>
    new Promise<packet.DecodedPacket>((resolve, reject) => {
      const c = connect({ host: '127.0.0.1', port: (tcp.address() as { port: number }).port });
      let buf = Buffer.alloc(0);
      c.on('error', reject);
      c.on('connect', () => {
        const q = query(name, id);
        const len = Buffer.alloc(2);
        len.writeUInt16BE(q.length);
        c.write(Buffer.concat([len, q]));
      });
      c.on('data', (x: Buffer) => {
        buf = Buffer.concat([buf, x]);
        if (buf.length >= 2 && buf.length >= 2 + buf.readUInt16BE(0)) {
          c.destroy();
          resolve(packet.decode(buf.subarray(2)));
        }
      });
    });
  const ips = (p: packet.DecodedPacket) => p.answers!.map((x) => (x as packet.StringAnswer).data);

  const first = await ask('peer', 11);
  assert.equal(first.id, 11);
  assert.deepEqual(ips(first), ['10.1.0.7']);
  assert.equal(resolver.stats.cached, 0, 'the first answer is decided, not cached');
  const again = await ask('peer', 12);
  assert.equal(again.id, 12, "the asker's id");
  assert.deepEqual(ips(again), ['10.1.0.7']);
  assert.equal(resolver.stats.cached, 1, 'the repeated question came from the cache');
  const overTcp = await askTcp('peer', 13);
  assert.equal(overTcp.id, 13);
  assert.deepEqual(ips(overTcp), ['10.1.0.7']);
  assert.equal(resolver.stats.cached, 1, 'TCP has its own entries');

  // The name moves: after the change the cached answer is gone and the new address answers.
  d.endpoints.get('lo-net')!.set('peer', ep('peer', '10.1.0.8'));
  resolver.changed();
  const moved = await ask('peer', 14);
  assert.deepEqual(ips(moved), ['10.1.0.8']);
  assert.equal(resolver.stats.cached, 1, 'decided again after the change');
  assert.equal(resolver.cache.stats.entries, 1, 'the change emptied the cache (the old UDP and TCP entries are gone)');
  assert.deepEqual(ips(await ask('peer', 15)), ['10.1.0.8']);
  assert.equal(resolver.stats.cached, 2);
});
