// The agent's [::1] proxy of published IPv6 ports (services/loopback6.ts) on
// real loopback sockets: TCP and UDP relayed to the target, a port closed
// once it is no longer published, a changed target followed, and held()
// (what the host port check ignores).
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, connect, type AddressInfo, type Server } from 'node:net';
import { createSocket } from 'node:dgram';
import { once } from 'node:events';
import { Loopback6Proxy } from '../../agent/services/loopback6.js';
import { silentLogger } from '../../lib/log.js';

const proxy = new Loopback6Proxy(silentLogger);
const servers: Server[] = [];
after(() => {
  proxy.stop();
  for (const s of servers) s.close();
});

async function echoServer(tag: string): Promise<number> {
  const s = createServer((c) => c.end(`${tag}\n`));
  servers.push(s);
  s.listen({ host: '::1', port: 0 });
  await once(s, 'listening');
  return (s.address() as AddressInfo).port;
}

async function freePort(): Promise<number> {
  const s = createServer();
  s.listen({ host: '::1', port: 0 });
  await once(s, 'listening');
  const port = (s.address() as AddressInfo).port;
  await new Promise((r) => s.close(r));
  return port;
}

/** What a TCP client on [::1]:port reads; '' when the connection is refused. */
async function fetchTcp(port: number): Promise<string> {
  for (let i = 0; i < 50; i++) {
    const got = await new Promise<string | undefined>((resolve) => {
      const c = connect({ host: '::1', port });
      let out = '';
      c.on('data', (d) => (out += d));
      c.on('end', () => resolve(out));
      c.on('error', () => resolve(undefined));
    });
    if (got !== undefined) return got;
    await new Promise((r) => setTimeout(r, 20)); // the listen is asynchronous
  }
  return '';
}

test('TCP: [::1]:PORT relays to the target; a new target is followed; an unpublished port is closed', async () => {
  const a = await echoServer('a');
  const b = await echoServer('b');
  const port = await freePort();
  assert.equal(await fetchTcp(port), '', 'control: nothing listens before the port is published');
  proxy.sync([{ protocol: 'tcp', port, target: '::1', targetPort: a }]);
  assert.equal(await fetchTcp(port), 'a\n');
  assert.deepEqual(proxy.held(), [{ protocol: 'tcp', port }]);
  proxy.sync([{ protocol: 'tcp', port, target: '::1', targetPort: b }]);
  assert.equal(await fetchTcp(port), 'b\n');
  proxy.sync([]);
  assert.deepEqual(proxy.held(), []);
  await new Promise((r) => setTimeout(r, 20));
  assert.equal(await fetchTcp(port), '', 'closed once unpublished');
});

test('UDP: a datagram to [::1]:PORT reaches the target and its reply comes back', async () => {
  const target = createSocket('udp6');
  target.on('message', (m, from) => target.send(`echo ${m}`, from.port, from.address));
  target.bind({ address: '::1', port: 0 });
  await once(target, 'listening');
  const port = await freePort();
  proxy.sync([{ protocol: 'udp', port, target: '::1', targetPort: target.address().port }]);
  const client = createSocket('udp6');
  try {
    let reply = '';
    for (let i = 0; i < 50 && !reply; i++) {
      client.send('hi', port, '::1');
      reply = await Promise.race([
        once(client, 'message').then(([m]) => String(m)),
        new Promise<string>((r) => setTimeout(() => r(''), 100)),
      ]);
    }
    assert.equal(reply, 'echo hi');
  } finally {
    client.close();
    target.close();
    proxy.sync([]);
  }
});
