// Property tests (fast-check) of the allocator per family (controller/ipam.ts
// over lib/ip.ts Blocks, claims.ts over the in-memory store) and of the
// subnet overlap rule across families (networks.ts + subnets.ts): every
// answer is checked against a brute-force one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Exhausted, VxnetError } from '../../lib/errors.js';
import { type Block, type Family, formatAddr, formatBlock, parseAddr, parseBlock } from '../../lib/ip.js';
import { contains6, lastAddress6, overlaps6 } from '../../lib/ip6.js';
import { candidates, firstFreeSubnet, poolOf, type Pool } from '../../controller/ipam.js';
import { memoryContext } from '../../controller/testing.js';

const bits = (f: Family) => (f === 4 ? 32 : 128);
const block = (family: Family, base: bigint, prefix: number): Block => {
  const size = 1n << BigInt(bits(family) - prefix);
  return { family, base: base - (base % size), prefix, size };
};
const arbAddr = (f: Family) => fc.bigInt({ min: 0n, max: (1n << BigInt(bits(f))) - 1n });

test('candidates, IPv6: exactly the assignable addresses of the range not taken, ascending, none twice, all inside', () => {
  fc.assert(
    fc.property(
      arbAddr(6),
      fc.integer({ min: 118, max: 128 }),
      fc.integer({ min: 0, max: 6 }),
      fc.option(fc.nat({ max: 1023 })),
      fc.array(fc.nat({ max: 1023 }), { maxLength: 40 }),
      (base, prefix, shrink, gwOffset, takenOffsets) => {
        const subnet = block(6, base, prefix);
        const range = block(6, subnet.base, Math.min(128, prefix + shrink));
        const gateway = gwOffset === null ? undefined : subnet.base + (BigInt(gwOffset) % subnet.size);
        const pool: Pool = { subnet, range, gateway };
        const taken = new Set(takenOffsets.map((o) => formatAddr(6, subnet.base + (BigInt(o) % subnet.size))));
        const got = [...candidates(pool, taken)];
        const expected: string[] = [];
        for (let ip = range.base; ip <= lastAddress6(range); ip++) {
          const anycast = prefix < 127 && ip === subnet.base;
          if (!anycast && ip !== gateway && !taken.has(formatAddr(6, ip))) expected.push(formatAddr(6, ip));
        }
        assert.deepEqual(got, expected);
        assert.equal(new Set(got).size, got.length);
        for (const ip of got) assert.ok(contains6(range, parseAddr(ip, 6)));
      },
    ),
    { numRuns: 300 },
  );
});

test('firstFreeSubnet, IPv6: the first aligned block of the prefix in the pool overlapping no used IPv6 block; IPv4 blocks never in the way', () => {
  fc.assert(
    fc.property(
      arbAddr(6),
      fc.integer({ min: 48, max: 60 }),
      fc.integer({ min: 0, max: 6 }),
      fc.array(fc.tuple(fc.nat({ max: 200 }), fc.integer({ min: 44, max: 70 })), { maxLength: 10 }),
      fc.array(fc.tuple(arbAddr(4), fc.integer({ min: 8, max: 30 })), { maxLength: 5 }),
      (base, poolPrefix, extra, used6, used4) => {
        const pool = block(6, base, poolPrefix);
        const prefix = poolPrefix + extra;
        const size = 1n << BigInt(128 - prefix);
        // Used blocks near the pool's start, where they collide with candidates.
        const used = used6.map(([k, p]) => block(6, pool.base + BigInt(k) * size, p));
        const v4 = used4.map(([b, p]) => block(4, b, p));
        let expected: Block | undefined;
        for (let b = pool.base; b + size - 1n <= lastAddress6(pool); b += size) {
          const c = block(6, b, prefix);
          if (!used.some((u) => overlaps6(u, c))) {
            expected = c;
            break;
          }
        }
        if (!expected) return assert.throws(() => firstFreeSubnet(pool, prefix, [...used, ...v4]), Exhausted);
        assert.equal(formatBlock(firstFreeSubnet(pool, prefix, [...used, ...v4])), formatBlock(expected));
      },
    ),
    { numRuns: 300 },
  );
});

test('claims per family: concurrent claims and releases on a dual-stack network never hand out one address twice and stay in range', async () => {
  const pools = { 4: poolOf('10.5.0.0/27', '10.5.0.8/29', '10.5.0.1'), 6: poolOf('fd00:5::/120', 'fd00:5::78/125', 'fd00:5::1') };
  await fc.assert(
    fc.asyncProperty(
      fc.array(
        fc.tuple(
          fc.constantFrom<Family>(4, 6),
          fc.nat({ max: 3 }).map((r) => r === 0),
          fc.nat({ max: 20 }),
        ),
        { minLength: 1, maxLength: 60 },
      ),
      async (ops) => {
        const { ctx } = memoryContext();
        const held = new Map<string, string>(); // address → owner
        const exhausted = new Set<Family>();
        const batch = async ([family, release, k]: [Family, boolean, number]) => {
          const mine = [...held.entries()].filter(([ip]) => (ip.includes(':') ? 6 : 4) === family);
          if (release && mine.length > 0) {
            const [ip] = mine[k % mine.length]!;
            held.delete(ip);
            await ctx.addresses.release('net', ip);
            return;
          }
          try {
            const { ip } = await ctx.addresses.claim('net', 'n', pools[family], `w${k}`);
            assert.ok(!held.has(ip), `${ip} handed out twice`);
            held.set(ip, `w${k}`);
            const p = pools[family];
            assert.ok(contains6(p.range, parseAddr(ip, family)) && parseAddr(ip, family) !== p.gateway);
          } catch (err) {
            assert.ok(err instanceof Exhausted, String(err));
            exhausted.add(family);
          }
        };
        // Claims in pairs at once, as concurrent requests would make them.
        for (let i = 0; i < ops.length; i += 2) {
          const pair = ops.slice(i, i + 2);
          exhausted.clear();
          await Promise.all(pair.map(batch));
          for (const f of exhausted) {
            if (pair.some(([g, release]) => g === f && release)) continue; // a release in the same pair may have raced it
            const n = [...held.keys()].filter((ip) => (ip.includes(':') ? 6 : 4) === f).length;
            assert.equal(n, 8, 'exhausted only when full');
          }
        }
        const keys = await ctx.store.keys('ip.net.>');
        assert.equal(keys.length, held.size);
      },
    ),
    { numRuns: 150 },
  );
});

test('subnet overlap across families: a create is refused exactly when its IPv4 subnet overlaps an IPv4 one or its IPv6 subnet an IPv6 one', async () => {
  const v4 = fc
    .tuple(fc.nat({ max: 7 }), fc.integer({ min: 22, max: 26 }))
    .map(([k, p]) => formatBlock(block(4, 0x0a000000n + BigInt(k) * 256n, p)));
  const v6 = fc
    .tuple(fc.nat({ max: 7 }), fc.integer({ min: 60, max: 66 }))
    .map(([k, p]) => formatBlock(block(6, (0xfdn << 120n) + (BigInt(k) << 64n), p)));
  await fc.assert(
    fc.asyncProperty(fc.array(fc.tuple(v4, fc.option(v6)), { minLength: 1, maxLength: 12 }), async (reqs) => {
      const { ctx } = memoryContext();
      const made: { s4: Block; s6?: Block }[] = [];
      for (const [i, [subnet, subnet6]] of reqs.entries()) {
        const s4 = parseBlock(subnet, 4);
        const s6 = subnet6 === null ? undefined : parseBlock(subnet6, 6);
        const clash = made.some((m) => overlaps6(m.s4, s4) || (s6 && m.s6 && overlaps6(m.s6, s6)));
        const req = { name: `n${i}`, subnet, ...(s6 ? { ipv6: true, subnet6: subnet6! } : {}) };
        try {
          await ctx.networks.create(req);
          assert.ok(!clash, `accepted an overlapping ${JSON.stringify(req)}`);
          made.push(s6 ? { s4, s6 } : { s4 });
        } catch (err) {
          assert.ok(err instanceof VxnetError && /overlaps network/.test(err.message), String(err));
          assert.ok(clash, `refused ${JSON.stringify(req)}: ${(err as Error).message}`);
        }
      }
      const { networks } = await ctx.registry.read();
      assert.equal(networks.length, made.length);
    }),
    { numRuns: 200 },
  );
});
