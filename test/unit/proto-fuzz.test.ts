// Property tests of every decoder in proto/codec.ts against hostile bytes:
// random buffers, every truncation and random bit flips of valid messages,
// and huge length prefixes. A decoder either returns a message that has the
// current version and its required fields, or throws WireError: never another
// exception, never a hang.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { WireError } from '../../lib/errors.js';
import { codecs, PROTOCOL_VERSION, type Codec } from '../../proto/index.js';

type AnyCodec = Codec<Record<string, unknown>>;
const all = Object.entries(codecs) as [string, AnyCodec][];

/** A valid, fully populated sample of each message: truncating and flipping it reaches deep fields. */
const samples: Record<string, Record<string, unknown>> = {
  networkRegistry: {
    networks: [{ id: 'n1', name: 'demo', driver: 1, subnet: '10.0.0.0/24', gateway: '10.0.0.1', vni: 256, labels: { a: 'b' } }],
  },
  workload: {
    name: 'w',
    host: 'h1',
    attachments: [{ network: 'demo', ip: '10.0.0.2', mac: '02:42:0a:00:00:02', aliases: ['x'] }],
    command: ['sleep', '1'],
  },
  endpoint: { network: 'demo', workload: 'w', host: 'h1', ip: '10.0.0.2', mac: '02:42:0a:00:00:02', vtep: '192.0.2.1' },
  host: { name: 'h1', underlayIp: '192.0.2.1', mtu: 1500 },
  heartbeat: { host: 'h1', underlayIp: '192.0.2.1', mtu: 1500, vxlanPort: 4789, sentMs: 1_700_000_000_000 },
  agentStatus: { host: 'h1', sentMs: 5, converged: true, workloads: [{ name: 'w', state: 'running', pid: 7 }] },
  execRequest: { workload: 'w', argv: ['ip', 'addr'], outputSubject: 'vxnet.host.h1.out.abc', timeoutMs: 1000 },
  execOutput: { seq: 3, stream: 1, data: new Uint8Array([1, 2, 3]), done: true, exitCode: 2 },
  networkCreateRequest: { name: 'demo', subnet: '10.0.0.0/24', gateway: '10.0.0.1', ipRange: '10.0.0.0/25', labels: { k: 'v' } },
  nameRequest: { names: ['a', 'b'], force: true },
  networkReply: { removed: ['x'], error: { code: 3, message: 'no' } },
  runRequest: { name: 'w', host: 'h1', networks: ['demo'], ip: '10.0.0.9', aliases: ['db'], command: ['x'], publish: ['8080:80'] },
  connectRequest: { network: 'demo', workload: 'w', ip: '10.0.0.3', aliases: ['y'] },
  workloadReply: { removed: ['w'], error: { code: 5, message: 'x' } },
  hostReply: { hosts: [{ host: { name: 'h1', underlayIp: '192.0.2.1' }, state: 'ready' }] },
  portCheckRequest: {
    ports: [
      { protocol: 1, hostIp: '192.0.2.1', port: 8080 },
      { protocol: 2, port: 53 },
    ],
  },
  portCheckReply: { inUse: [{ protocol: 1, hostIp: '', port: 8080 }], error: { code: 7, message: 'x' } },
  logsRequest: { workload: 'w', maxBytes: 1024 },
  logsReply: { data: new Uint8Array([104, 105]), truncated: true, error: { code: 2, message: 'x' } },
};

/** A codec added later without a sample here is still fuzzed, from its minimal valid form. */
const sampleOf = (name: string) => samples[name] ?? {};

function check(c: AnyCodec, bytes: Uint8Array): void {
  let msg: Record<string, unknown>;
  try {
    msg = c.decode(bytes);
  } catch (err) {
    if (!(err instanceof WireError))
      assert.fail(
        `${c.type}.decode threw ${(err as Error)?.constructor?.name}: ${(err as Error)?.message} for ${Buffer.from(bytes).toString('hex')}`,
      );
    assert.equal((err as Error).message.split('\n').length, 1, 'one-line message');
    return;
  }
  assert.equal(msg.version, PROTOCOL_VERSION, `${c.type}: a decoded message carries the current version`);
}

test('every sample round-trips (so the fuzz below starts from valid bytes)', () => {
  for (const [name, c] of all) {
    if (!samples[name]) continue; // minimal form: may lack required fields, fuzzed all the same
    const back = c.decode(c.encode(samples[name]!));
    assert.equal(back.version, PROTOCOL_VERSION);
  }
});

test('random bytes: every decoder returns a valid message or throws WireError', () => {
  for (const [, c] of all) {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 512 }), (bytes) => check(c, bytes)),
      { numRuns: 400 },
    );
  }
});

test('every truncation of a valid message: WireError or a valid message', () => {
  for (const [name, c] of all) {
    const full = c.encode(sampleOf(name));
    for (let n = 0; n < full.length; n++) check(c, full.subarray(0, n));
  }
});

test('random bit flips and splices of valid messages: WireError or a valid message', () => {
  for (const [name, c] of all) {
    const full = c.encode(sampleOf(name));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(full.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
        fc.uint8Array({ maxLength: 32 }),
        (flips, tail) => {
          const b = Uint8Array.from(full);
          for (const [i, v] of flips) b[i] = v;
          check(c, b);
          check(c, Uint8Array.from([...b, ...tail]));
        },
      ),
      { numRuns: 300 },
    );
  }
});

test('huge length prefixes and deep nesting are refused with WireError, not allocated', () => {
  const hostile = [
    // version=1, then field 2 (length-delimited) claiming 2^32-1 bytes
    Uint8Array.from([0x08, 0x01, 0x12, 0xff, 0xff, 0xff, 0xff, 0x0f]),
    // an over-long varint
    Uint8Array.from([0x08, ...Array(11).fill(0xff), 0x01]),
    // deeply nested groups (wire type 3)
    Uint8Array.from([0x08, 0x01, ...Array(2000).fill(0x1b)]),
    // field number 0
    Uint8Array.from([0x00, 0x01]),
    // wire types 6 and 7 do not exist
    Uint8Array.from([0x08, 0x01, 0x16, 0x00]),
    Uint8Array.from([0x08, 0x01, 0x17, 0x00]),
  ];
  for (const [, c] of all) for (const b of hostile) check(c, b);
});
