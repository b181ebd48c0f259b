// lib/ip6.ts and lib/ip.ts: IPv6 parsing, the one canonical text (RFC 5952,
// checked against ip-address's own correctForm), CIDR rules, the family
// checks that name the right flag, and the KV claim-key token of both
// families (Keys.ipClaim / ipOfClaimKey must round-trip, and stay inside the
// characters NATS KV keys allow).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Address6 } from 'ip-address';
import { InvalidArgument } from '../../lib/errors.js';
import { contains6, formatIp6, overlaps6, parseCidr6, parseIp6, tryParseIp6 } from '../../lib/ip6.js';
import { familyOf, formatAddr, parseAddr, parseBlock } from '../../lib/ip.js';
import { formatIp } from '../../lib/ipv4.js';
import { ipOfClaimKey, Keys } from '../../proto/index.js';

const arb128 = fc.bigInt({ min: 0n, max: (1n << 128n) - 1n });
/** Addresses with long zero runs, where canonical forms differ most. */
const arbSparse = fc
  .array(fc.constantFrom(0, 0, 0, 1, 0xffff, 0xfd00, 0xab), { minLength: 8, maxLength: 8 })
  .map((g) => g.reduce((n, x) => (n << 16n) | BigInt(x), 0n));

test('formatIp6 is RFC 5952 (as ip-address writes it) and parseIp6 reverses it', () => {
  fc.assert(
    fc.property(fc.oneof(arb128, arbSparse), (n) => {
      const text = formatIp6(n);
      assert.equal(text, Address6.fromBigInt(n).correctForm());
      assert.equal(parseIp6(text), n);
    }),
    { numRuns: 2000 },
  );
  assert.equal(formatIp6(parseIp6('FD00:0:0:0:0:0:0:1')), 'fd00::1');
  assert.equal(formatIp6(parseIp6('2001:db8:0:0:1:0:0:1')), '2001:db8::1:0:0:1');
  assert.equal(formatIp6(0n), '::');
});

test('parseIp6 / parseCidr6 refuse what is not one plain IPv6 address or aligned CIDR, in one line', () => {
  for (const bad of ['10.0.0.1', 'fd00::1/64', 'fe80::1%eth0', ' fd00::1', 'fd00:::1', 'x', '']) {
    assert.equal(tryParseIp6(bad), undefined, bad);
    assert.throws(
      () => parseIp6(bad, '--ip6'),
      (e: Error) => e instanceof InvalidArgument && !e.message.includes('\n'),
    );
  }
  assert.throws(() => parseCidr6('fd00::1/64'), /host bits are set; use fd00::\/64/);
  assert.throws(() => parseCidr6('fd00::/129'), /IPv6 CIDR/);
  assert.throws(() => parseCidr6('10.0.0.0/8'), /IPv6 CIDR/);
  const c = parseCidr6('fd00:1::/64');
  assert.ok(contains6(c, parseIp6('fd00:1::ffff:ffff:ffff:ffff')));
  assert.ok(!contains6(c, parseIp6('fd00:1:0:1::')));
  assert.ok(overlaps6(c, parseCidr6('fd00::/16')) && !overlaps6(c, parseCidr6('fd00:2::/64')));
});

test('either family: familyOf, and the other family refused naming the flag it belongs in', () => {
  assert.equal(familyOf('10.0.0.1'), 4);
  assert.equal(familyOf('10.0.0.0/24'), 4);
  assert.equal(familyOf('fd00::/64'), 6);
  assert.equal(familyOf('nope'), undefined);
  assert.throws(
    () => parseAddr('fd00::5', 4, '--ip', '--ip6'),
    /^.*"fd00::5": that is an IPv6 address; give an IPv4 one \(IPv6 goes in --ip6\)$/,
  );
  assert.throws(() => parseAddr('10.0.0.5', 6, '--ip6', '--ip'), /that is an IPv4 address; give an IPv6 one \(IPv4 goes in --ip\)/);
  assert.throws(() => parseBlock('10.0.0.0/24', 6, 'IPv6 subnet'), /that is an IPv4 CIDR/);
  assert.equal(formatAddr(4, parseAddr('10.0.0.5', 4)), '10.0.0.5');
  assert.equal(formatAddr(6, parseAddr('fd00:0::5', 6)), 'fd00::5');
});

test('claim keys: one token per address of either family, within NATS KV key characters, reversible', () => {
  const v4 = fc.nat({ max: 0xffffffff }).map(formatIp);
  const v6 = fc.oneof(arb128, arbSparse).map(formatIp6);
  fc.assert(
    fc.property(fc.oneof(v4, v6), fc.constantFrom('0a1b2c3d4e5f', 'br-h1', 'gw-host-2'), (ip, id) => {
      const key = Keys.ipClaim(id, ip);
      assert.match(key, /^[-/_=.a-zA-Z0-9]+$/);
      assert.ok(!key.slice(`ip.${id}.`.length).includes('.'), 'the address is one token');
      assert.deepEqual(ipOfClaimKey(key), { networkId: id, ip });
      assert.ok(key.startsWith(Keys.ipClaimsOf(id).slice(0, -1)));
    }),
    { numRuns: 2000 },
  );
  assert.equal(Keys.ipClaim('n', 'fd00:1::5'), 'ip.n.fd00-1--5');
  assert.equal(Keys.ipClaim('n', '10.0.0.5'), 'ip.n.10_0_0_5');
});
