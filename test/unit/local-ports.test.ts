// Host ports held by processes: /proc/net parsing and overlap rules on the
// agent, the controller's reaction (fixed port refused with nothing changed,
// random port replaced, no answer = UNAVAILABLE), -p on an internal network.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Code, Unavailable } from '../../lib/errors.js';
import { Keys, Protocol, type HostPort } from '../../proto/index.js';
import { addHost, memoryContext } from '../../controller/testing.js';
import { run } from '../../controller/run.js';
import { rejectsUnchanged } from './controller-fixtures.js';
import { listeningSockets, parseProcNet, portsInUse } from '../../agent/services/portcheck.js';

// Captured from /proc/net/tcp and /proc/net/udp6 (columns after `inode` trimmed).
const TCP = `  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
   0: 00000000:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 19 1
   1: 0100007F:E368 0100007F:B385 06 00000000:00000000 03:0000127E 00000000     0        0 0 3
   2: 0113A8C6:0051 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 20 1
   3: 0100007F:0050 0100007F:C000 01 00000000:00000000 00:00000000 00000000     0        0 21 1
`;
const UDP6 = `  sl  local_address                         remote_address                        st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode ref pointer drops
  0: 00000000000000000000000000000000:0035 00000000000000000000000000000000:0000 07 00000000:00000000 00:00000000 00000000     0        0 1 2
  1: 0000000000000000FFFF00000100007F:0036 00000000000000000000000000000000:0000 07 00000000:00000000 00:00000000 00000000     0        0 1 2
`;

test('/proc/net: TCP listeners only, every UDP socket; IPv6 wildcard and v4-mapped addresses', () => {
  assert.deepEqual(parseProcNet(TCP, 'tcp', false), [
    { protocol: 'tcp', addr: '0.0.0.0', port: 8080 },
    { protocol: 'tcp', addr: '198.168.19.1', port: 81 },
  ]);
  assert.deepEqual(parseProcNet(UDP6, 'udp', true), [
    { protocol: 'udp', addr: '::', port: 53 },
    { protocol: 'udp', addr: '127.0.0.1', port: 54 },
  ]);
});

test('a port is in use when protocol and port match and the addresses overlap', async () => {
  const read = async (f: string) =>
    (({ '/proc/net/tcp': TCP, '/proc/net/udp6': UDP6 }) as Record<string, string>)[f] ??
    (() => {
      throw new Error('ENOENT');
    })();
  const sockets = await listeningSockets(read);
  const p = (protocol: Protocol, port: number, hostIp = ''): HostPort => ({ protocol, port, hostIp });
  const asked = [
    p(Protocol.TCP, 8080, '10.0.0.1'),
    p(Protocol.TCP, 81),
    p(Protocol.TCP, 81, '10.0.0.1'),
    p(Protocol.TCP, 80),
    p(Protocol.UDP, 53, '10.0.0.1'),
    p(Protocol.UDP, 54, '10.0.0.1'),
    p(Protocol.UDP, 54, '127.0.0.1'),
    p(Protocol.UDP, 8080),
  ];
  assert.deepEqual(portsInUse(asked, sockets), [
    p(Protocol.TCP, 8080, '10.0.0.1'), // wildcard listener
    p(Protocol.TCP, 81), // every address includes the listener's
    p(Protocol.UDP, 53, '10.0.0.1'), // IPv6 wildcard covers IPv4
    p(Protocol.UDP, 54, '127.0.0.1'),
  ]);
});

async function setup(busy: (host: string, ports: HostPort[]) => Promise<HostPort[]>) {
  const { ctx, store } = memoryContext({ portRange: { from: 40000, to: 40001 } });
  await addHost(store, 'h1');
  ctx.portsInUse = busy;
  return { ctx, store };
}

test('run: a fixed host port a process holds is refused and nothing changes; a random one is replaced', async () => {
  const asked: HostPort[][] = [];
  const { ctx, store } = await setup(async (_h, ports) => {
    asked.push(ports);
    return ports.filter((x) => x.port === 8080 || x.port === 40000);
  });
  await rejectsUnchanged(
    store,
    () => run(ctx, { name: 'a', host: 'h1', publish: ['9000:90', '8080:80'] }),
    Code.ALREADY_EXISTS,
    /^host port 8080\/tcp on h1 is in use by another process: pick another port$/,
  );
  assert.deepEqual(
    asked[0]!.map((x) => x.port),
    [9000, 8080],
    'one question for all ports of the run',
  );

  // Random: 40000 is busy, so 40001 (the busy claim is held meanwhile, then freed).
  for (let i = 0; i < 5; i++) {
    const w = await run(ctx, { name: `r${i}`, host: 'h1', publish: ['80'] });
    assert.equal(w.ports![0]!.hostPort, 40001);
    assert.equal(await store.get(Keys.portClaim('h1', 'tcp', 40000)), null, 'the busy port is not left claimed');
    await store.delete(Keys.portClaim('h1', 'tcp', 40001));
  }
});

test('run: a host whose agent does not answer is UNAVAILABLE and nothing changes; no ports, no question', async () => {
  let calls = 0;
  const { ctx, store } = await setup(async (h) => {
    calls++;
    throw new Unavailable(`host ${h} did not answer whether its ports are free`);
  });
  await rejectsUnchanged(store, () => run(ctx, { name: 'a', host: 'h1', publish: ['8080:80'] }), Code.UNAVAILABLE, /h1 did not answer/);
  await run(ctx, { name: 'b', host: 'h1' });
  assert.equal(calls, 1);
});

test('run: -p on an internal network is refused with nothing changed', async () => {
  const { ctx, store } = await setup(async () => []);
  await ctx.networks.create({ name: 'vault', driver: 2, host: 'h1', subnet: '172.29.0.0/24', internal: true });
  await rejectsUnchanged(
    store,
    () => run(ctx, { name: 'a', host: 'h1', networks: ['vault'], publish: ['8080:80'] }),
    Code.INVALID_ARGUMENT,
    /vault is internal/,
  );
});
