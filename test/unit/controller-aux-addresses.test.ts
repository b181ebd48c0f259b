// --aux-address (Docker's auxiliary addresses, issue 14) in the controller, on
// the in-memory store: stored canonical on the network, never handed out
// (dynamic allocation skips them, --ip / --ip6 on one is refused naming it),
// and every bad entry refused in one line with the store unchanged.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Code } from '../../lib/errors.js';
import { addHost, memoryContext } from '../../controller/testing.js';
import { run } from '../../controller/run.js';
import { rejects, rejectsUnchanged } from './controller-fixtures.js';

async function setup() {
  const { ctx, store } = memoryContext();
  await addHost(store, 'h1');
  return { ctx, store };
}

test('aux addresses are kept on the network and never handed out; --ip or --ip6 on one names it', async () => {
  const { ctx, store } = await setup();
  const n = await ctx.networks.create({
    name: 'n',
    subnet: '10.60.0.0/29',
    ipv6: true,
    subnet6: 'fd00:60::/120',
    auxAddresses: { router: '10.60.0.2', printer: '10.60.0.4', r6: 'fd00:60:0:0::2' },
  });
  assert.deepEqual({ ...n.auxAddresses }, { router: '10.60.0.2', printer: '10.60.0.4', r6: 'fd00:60::2' });
  // /29: .1 gateway, .2 and .4 reserved, so .3 .5 .6 are all there is.
  const got: string[] = [];
  for (const name of ['a', 'b', 'c']) {
    const w = await run(ctx, { name, host: 'h1', networks: ['n'] });
    got.push(w.attachments![0]!.ip!);
    if (name === 'a') assert.equal(w.attachments![0]!.ip6, 'fd00:60::3', 'the IPv6 aux address is skipped too');
  }
  assert.deepEqual(got, ['10.60.0.3', '10.60.0.5', '10.60.0.6']);
  await rejects(run(ctx, { name: 'd', host: 'h1', networks: ['n'] }), Code.EXHAUSTED);
  await rejectsUnchanged(
    store,
    () => run(ctx, { name: 'd', host: 'h1', networks: ['n'], ip: '10.60.0.4' }),
    Code.INVALID_ARGUMENT,
    /^address 10\.60\.0\.4 is reserved as auxiliary address printer of n: pick another$/,
  );
  await rejectsUnchanged(
    store,
    () => run(ctx, { name: 'd', host: 'h1', networks: ['n'], ip6: 'fd00:60::2' }),
    Code.INVALID_ARGUMENT,
    /reserved as auxiliary address r6 of n/,
  );
});

test('bad aux addresses: one line each, registry unchanged', async () => {
  const { ctx, store } = await setup();
  const cases: [Record<string, string>, RegExp, object?][] = [
    [{ r: '10.61.0.5' }, /--aux-address r=10\.61\.0\.5 needs the --subnet it belongs to/, {}],
    [{ r: '10.9.0.5' }, /outside subnet 10\.61\.0\.0\/24/],
    [{ r: '10.61.0.1' }, /is the gateway/],
    [{ r: '10.61.0.255' }, /not a host address/],
    [{ r: '10.61.0.0' }, /not a host address/],
    [{ r: 'nope' }, /give NAME=IP with an IPv4 or IPv6 address/],
    [{ r: '10.61.0.0/30' }, /give NAME=IP/],
    [{ 'bad name': '10.61.0.5' }, /invalid --aux-address name/],
    [{ a: '10.61.0.5', b: '10.61.0.5' }, /--aux-address b and a are both 10\.61\.0\.5: give each address once/],
    [{ r6: 'fd00:61::5' }, /needs the IPv6 --subnet \(and --ipv6\)/],
  ];
  for (const [aux, re, extra] of cases) {
    await rejectsUnchanged(
      store,
      () =>
        ctx.networks.create({ name: 'x', subnet: '10.61.0.0/24', auxAddresses: aux, ...(extra ?? {}), ...(extra ? { subnet: '' } : {}) }),
      Code.INVALID_ARGUMENT,
      re,
    );
  }
  // Positive control through the same path: a good one is accepted.
  const ok = await ctx.networks.create({ name: 'x', subnet: '10.61.0.0/24', auxAddresses: { r: '10.61.0.5' } });
  assert.equal(ok.auxAddresses?.r, '10.61.0.5');
});
