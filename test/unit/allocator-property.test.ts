// Property tests (fast-check) of the pure allocators and parsers the
// controller trusts with user input: VNIs (vni.ts), default subnets and
// addresses (ipam.ts), CIDR/IP parsing (cidr.ts) and `-p` specs (ports.ts).
// Each result is checked against a brute-force answer; each failure must be
// the typed error (InvalidArgument / Exhausted), never anything else.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Exhausted, InvalidArgument } from '../../lib/errors.js';
import { lowestFreeVni, VNI_MAX, VNI_MIN } from '../../controller/vni.js';
import { assignable, candidates, checkStatic, firstFreeSubnet, type Pool } from '../../controller/ipam.js';
import { contains, formatCidr, formatIp, lastAddress, overlaps, parseCidr, parseIp, type Cidr } from '../../lib/ipv4.js';
import { type Block, formatBlock } from '../../lib/ip.js';
import { parsePublish } from '../../lib/ports.js';

const typed = (err: unknown) => err instanceof InvalidArgument || err instanceof Exhausted;

function cidr(base: number, prefix: number): Cidr {
  const size = 2 ** (32 - prefix);
  return { base: (base - (base % size)) >>> 0, prefix, size };
}
/** The allocator's form of an IPv4 CIDR. */
const b4 = (c: Cidr): Block => ({ family: 4, base: BigInt(c.base), prefix: c.prefix, size: BigInt(c.size) });
const n4 = (ip: string) => BigInt(parseIp(ip));
const arbCidr = (minPrefix: number, maxPrefix: number) =>
  fc.tuple(fc.nat({ max: 0xffffffff }), fc.integer({ min: minPrefix, max: maxPrefix })).map(([b, p]) => cidr(b, p));

test('lowestFreeVni: the smallest VNI in range not in use; Exhausted exactly when all are used', () => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 0, max: 1200 }), { maxLength: 900 }), (used) => {
      const set = new Set(used);
      let expected: number | undefined;
      for (let v = VNI_MIN; v <= VNI_MAX; v++)
        if (!set.has(v)) {
          expected = v;
          break;
        }
      if (expected === undefined) {
        assert.throws(() => lowestFreeVni(used), Exhausted);
      } else {
        assert.equal(lowestFreeVni(used), expected);
      }
    }),
  );
  const all = Array.from({ length: VNI_MAX - VNI_MIN + 1 }, (_, i) => VNI_MIN + i);
  assert.throws(() => lowestFreeVni(all), Exhausted);
  assert.equal(lowestFreeVni(all.filter((v) => v !== VNI_MAX)), VNI_MAX);
});

test('firstFreeSubnet: an aligned block of the prefix inside the pool overlapping nothing used, the first such; else Exhausted', () => {
  fc.assert(
    fc.property(arbCidr(16, 26), fc.integer({ min: 0, max: 6 }), fc.array(arbCidr(14, 30), { maxLength: 12 }), (pool, extra, used) => {
      const prefix = Math.min(30, pool.prefix + extra);
      let expected: Cidr | undefined;
      const size = 2 ** (32 - prefix);
      for (let b = pool.base; b + size - 1 <= lastAddress(pool); b += size) {
        const c = { base: b, prefix, size };
        if (!used.some((u) => overlaps(u, c))) {
          expected = c;
          break;
        }
      }
      if (!expected) return assert.throws(() => firstFreeSubnet(b4(pool), prefix, used.map(b4)), Exhausted);
      const got = firstFreeSubnet(b4(pool), prefix, used.map(b4));
      assert.equal(formatBlock(got), formatCidr(expected));
    }),
    { numRuns: 300 },
  );
  fc.assert(
    fc.property(arbCidr(8, 30), fc.integer({ min: 0, max: 40 }), (pool, prefix) => {
      if (prefix >= pool.prefix && prefix <= 30) return;
      assert.throws(() => firstFreeSubnet(b4(pool), prefix, []), InvalidArgument);
    }),
  );
});

test('candidates: exactly the assignable addresses of the range not taken, ascending, none twice', () => {
  fc.assert(
    fc.property(
      arbCidr(22, 32),
      fc.integer({ min: 0, max: 8 }),
      fc.option(fc.nat({ max: 1023 })),
      fc.array(fc.nat({ max: 1023 }), { maxLength: 40 }),
      (subnet, shrink, gwOffset, takenOffsets) => {
        const range = cidr(subnet.base, Math.min(32, subnet.prefix + shrink));
        const gateway = gwOffset === null ? undefined : subnet.base + (gwOffset % subnet.size);
        const pool: Pool = { subnet: b4(subnet), range: b4(range), gateway: gateway === undefined ? undefined : BigInt(gateway) };
        const taken = new Set(takenOffsets.map((o) => formatIp(subnet.base + (o % subnet.size))));
        const got = [...candidates(pool, taken)];
        const expected: string[] = [];
        for (let ip = range.base; ip <= lastAddress(range); ip++) {
          const isEdge = subnet.prefix < 31 && (ip === subnet.base || ip === lastAddress(subnet));
          if (!isEdge && ip !== gateway && !taken.has(formatIp(ip))) expected.push(formatIp(ip));
        }
        assert.deepEqual(got, expected);
        for (const ip of got) assert.ok(assignable(pool, n4(ip)) && contains(subnet, parseIp(ip)));
      },
    ),
    { numRuns: 300 },
  );
  // A /30 has exactly two assignable addresses; with a gateway, one.
  const s30 = parseCidr('10.9.9.0/30');
  assert.deepEqual([...candidates({ subnet: b4(s30), range: b4(s30), gateway: n4('10.9.9.1') }, new Set())], ['10.9.9.2']);
});

test('checkStatic and the parsers: any string gives a canonical in-subnet assignable address or InvalidArgument', () => {
  const pool: Pool = { subnet: b4(parseCidr('10.1.0.0/24')), range: b4(parseCidr('10.1.0.128/25')), gateway: n4('10.1.0.1') };
  const ipish = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.tuple(fc.nat(300), fc.nat(300), fc.nat(300), fc.nat(300)).map((p) => p.join('.')),
    fc.nat(255).map((n) => `10.1.0.${n}`),
    fc.constantFrom(
      '10.1.0.1',
      '10.1.0.0',
      '10.1.0.255',
      '10.1.0.5/24',
      ' 10.1.0.5',
      '10.1.0.05',
      '0x0a.1.0.5',
      '10.1.0.5\n',
      '１０.1.0.5',
    ),
  );
  fc.assert(
    fc.property(ipish, fc.boolean(), (text, rangeGiven) => {
      try {
        const ip = checkStatic(pool, text, 'n', rangeGiven);
        const n = parseIp(ip);
        assert.equal(formatIp(n), ip, 'canonical');
        assert.ok(assignable(pool, BigInt(n)));
        if (rangeGiven) assert.ok(contains(parseCidr('10.1.0.128/25'), n));
      } catch (err) {
        assert.ok(err instanceof InvalidArgument, `unexpected ${(err as Error).constructor.name}: ${(err as Error).message}`);
        assert.equal((err as Error).message.split('\n').length, 1);
      }
    }),
    { numRuns: 2000 },
  );
  fc.assert(
    fc.property(fc.string({ maxLength: 40 }), (text) => {
      try {
        const c = parseCidr(text);
        assert.equal(c.base % c.size, 0, 'aligned');
        assert.equal(formatCidr(parseCidr(formatCidr(c))), formatCidr(c));
      } catch (err) {
        assert.ok(err instanceof InvalidArgument);
      }
    }),
    { numRuns: 2000 },
  );
});

test('parsePublish: any spec gives ports in 1-65535 or InvalidArgument', () => {
  const spec = fc.oneof(
    fc.string({ maxLength: 30 }),
    fc
      .tuple(
        fc.option(fc.constantFrom('127.0.0.1', '0.0.0.0', '300.1.1.1', '::1', '')),
        fc.option(fc.integer({ min: -2, max: 70000 })),
        fc.integer({ min: -2, max: 70000 }),
        fc.constantFrom('', '/tcp', '/udp', '/sctp', '/'),
      )
      .map(([ip, h, c, p]) => `${ip === null ? '' : `${ip}:`}${h === null ? '' : `${h}:`}${c}${p}`),
  );
  fc.assert(
    fc.property(spec, (s) => {
      try {
        for (const r of parsePublish(s)) {
          assert.ok(r.containerPort >= 1 && r.containerPort <= 65535);
          assert.ok(r.hostFrom === 0 || (r.hostFrom >= 1 && r.hostTo <= 65535 && r.hostFrom <= r.hostTo));
        }
      } catch (err) {
        assert.ok(typed(err), `unexpected ${(err as Error).constructor.name}: ${(err as Error).message}`);
      }
    }),
    { numRuns: 3000 },
  );
});
