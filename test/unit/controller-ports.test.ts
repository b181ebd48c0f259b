import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { InvalidArgument } from '../../lib/errors.js';
import { planPorts } from '../../controller/ports.js';
import { formatExpose, parseExpose, parsePublish } from '../../lib/ports.js';

const r = (protocol: string, hostIp: string, containerPort: number, hostFrom: number, hostTo = hostFrom) => ({
  protocol,
  hostIp,
  containerPort,
  hostFrom,
  hostTo,
});

test('parsePublish: every -p form', () => {
  assert.deepEqual(parsePublish('80'), [r('tcp', '', 80, 0)]);
  assert.deepEqual(parsePublish('8080:80'), [r('tcp', '', 80, 8080)]);
  assert.deepEqual(parsePublish('127.0.0.1::80'), [r('tcp', '127.0.0.1', 80, 0)]);
  assert.deepEqual(parsePublish('10.0.0.1:8080:80/udp'), [r('udp', '10.0.0.1', 80, 8080)]);
  assert.deepEqual(parsePublish('53/UDP'), [r('udp', '', 53, 0)]);
  assert.deepEqual(parsePublish('8000-8002:80-82'), [r('tcp', '', 80, 8000), r('tcp', '', 81, 8001), r('tcp', '', 82, 8002)]);
  assert.deepEqual(parsePublish('80-81'), [r('tcp', '', 80, 0), r('tcp', '', 81, 0)]);
  assert.deepEqual(parsePublish('8000-8010:80'), [r('tcp', '', 80, 8000, 8010)]);
});

test('parsePublish: IPv6 host addresses in brackets, kept in canonical text', () => {
  assert.deepEqual(parsePublish('[::1]:8080:80'), [r('tcp', '::1', 80, 8080)]);
  assert.deepEqual(parsePublish('[::]:8080:80/udp'), [r('udp', '::', 80, 8080)]);
  assert.deepEqual(parsePublish('[::1]::80'), [r('tcp', '::1', 80, 0)]);
  assert.deepEqual(parsePublish('[FD00:0:0::0A]:8000-8001:80-81'), [r('tcp', 'fd00::a', 80, 8000), r('tcp', 'fd00::a', 81, 8001)]);
  assert.deepEqual(parsePublish('0.0.0.0:8080:80'), [r('tcp', '0.0.0.0', 80, 8080)]);
  for (const [spec, why] of [
    ['::1:8080:80', /in brackets/],
    ['[::1]8080:80', /in brackets followed by a colon/],
    ['[::1:8080:80', /in brackets followed by a colon/],
    ['[10.0.0.1]:8080:80', /is not an IPv6 address/],
    ['[fe80::1%eth0]:8080:80', /is not an IPv6 address/],
    ['[::1]:80', /expected \[IP:\]/],
    ['fd00::1:80:80', /in brackets/],
  ] as const) {
    assert.throws(
      () => parsePublish(spec),
      (e: unknown) => e instanceof InvalidArgument && why.test(e.message),
      spec,
    );
  }
});

test('parsePublish: mistakes are INVALID_ARGUMENT naming the spec', () => {
  for (const bad of [
    '',
    'x',
    '0',
    '65536',
    '80/sctp',
    '8000-8001:80-82',
    '82-80',
    'a.b.c.d:80:80',
    '[::1]:80:80:80',
    '[]:80:80',
    '1:2:3:4',
    '8080:',
    ':80:80:80',
  ]) {
    assert.throws(
      () => parsePublish(bad),
      (e: unknown) => e instanceof InvalidArgument && e.message.startsWith('invalid port spec'),
      bad,
    );
  }
});

test('expose and -P: exposed ports not already published get random host ports', () => {
  assert.deepEqual(
    parseExpose('2000-2002/udp').map((e) => e.containerPort),
    [2000, 2001, 2002],
  );
  assert.equal(formatExpose('80'), '80/tcp');
  assert.equal(formatExpose('2000-2002/udp'), '2000-2002/udp');
  const plan = planPorts(['8080:80'], true, ['80', '443', '53/udp']);
  assert.deepEqual(plan, [r('tcp', '', 80, 8080), r('tcp', '', 443, 0), r('udp', '', 53, 0)]);
  assert.deepEqual(planPorts([], false, ['80']), []);
  assert.throws(() => planPorts(['8080:80', '8080:81'], false, []), /published twice/);
});

test('property: any valid IP:HOST:CONTAINER/proto spec round-trips', () => {
  fc.assert(
    fc.property(
      fc.ipV4(),
      fc.integer({ min: 1, max: 65535 }),
      fc.integer({ min: 1, max: 65535 }),
      fc.constantFrom('tcp', 'udp'),
      (ip, h, c, p) => {
        const [got] = parsePublish(`${ip}:${h}:${c}/${p}`);
        // ip-address refuses leading zeros, fc.ipV4 never makes them
        assert.deepEqual(got, r(p, ip, c, h));
      },
    ),
  );
});

test('property: the parser never throws anything but InvalidArgument', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 30 }), (s) => {
      try {
        for (const x of parsePublish(s)) assert.ok(x.containerPort >= 1 && x.containerPort <= 65535);
      } catch (e) {
        assert.ok(e instanceof InvalidArgument, String(e));
      }
    }),
    { numRuns: 2000 },
  );
});
