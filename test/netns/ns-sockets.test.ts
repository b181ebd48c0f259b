// The resolver's sockets opened inside another network namespace
// (agent/kernel/ns-sockets.ts) on real namespaces: a UDP and a TCP socket
// bound on an address that exists only in that namespace, reachable from a
// process inside it and answered by this process; a bind that cannot work
// fails with the child's error; closeIn closes them, so the namespace can go.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { randomBytes } from 'node:crypto';
import { NamespaceSockets } from '../../agent/kernel/ns-sockets.js';

const NS = `vxtsock${randomBytes(3).toString('hex')}`;
const ADDR = '198.18.250.1';
const ip = (args: string[]) => execFileSync('ip', args, { encoding: 'utf8' });

after(() => {
  try {
    ip(['netns', 'del', NS]);
  } catch {
    /* gone */
  }
});

/** One UDP datagram from inside the namespace; resolves with the reply (async: this process must be free to answer). */
async function askFromInside(payload: string): Promise<string> {
  const script = `const s=require('dgram').createSocket('udp4');s.on('message',m=>{process.stdout.write(m.toString());s.close()});s.send(${JSON.stringify(payload)},53,'${ADDR}');setTimeout(()=>process.exit(3),3000).unref()`;
  const r = await promisify(execFile)('ip', ['netns', 'exec', NS, process.execPath, '-e', script], { encoding: 'utf8', timeout: 10_000 });
  return r.stdout;
}

test('sockets bound inside a namespace answer its processes; a failed bind says why; closeIn closes them', async () => {
  if (process.getuid?.() !== 0) throw new Error('ns-sockets test needs root (network namespaces)');
  ip(['netns', 'add', NS]);
  ip(['-n', NS, 'link', 'set', 'lo', 'up']);
  ip(['-n', NS, 'addr', 'add', `${ADDR}/32`, 'dev', 'lo']);
  const sockets = new NamespaceSockets();
  const s = await sockets.bind(NS, ADDR, 53);
  assert.deepEqual(s.udp.address(), { address: ADDR, family: 'IPv4', port: 53 });
  s.udp.on('message', (m, r) => s.udp.send(`echo:${m.toString()}`, r.port, r.address));
  assert.equal(await askFromInside('ping'), 'echo:ping', 'a process in the namespace reaches the socket; this process answers');
  // The address does not exist in this (the test's) namespace: the socket really is over there.
  assert.ok(!ip(['-j', 'addr', 'show']).includes(ADDR), `${ADDR} is not an address of the test's own namespace`);

  // Port taken by the first pair (UDP without SO_REUSEADDR, TCP): the child's error comes back.
  await assert.rejects(sockets.bind(NS, ADDR, 53), /EADDRINUSE/);

  let closed = false;
  s.udp.once('close', () => {
    closed = true;
  });
  sockets.closeIn(NS);
  await new Promise((r) => setImmediate(r));
  assert.ok(closed, 'closeIn closed the UDP socket');
  // Positive control for the namespace itself: bound again after the close, on the same port.
  const again = await sockets.bind(NS, ADDR, 53);
  sockets.closeIn(NS);
  assert.throws(() => again.udp.address(), 'closed with its namespace');
});
