// A bare Node UDP DNS responder for the names benchmark: the ceiling of one
// Node event loop on this machine. `node udp-responder.js ADDRESS PORT NAME IP`
// binds ADDRESS:PORT (inside whichever namespace it is started in) and answers
// every query with one canned A answer (NAME → IP, built once with
// dns-packet), copying the query's id: no decoding, no lookup, no cache.
// Prints "ready" once bound. Must never answer anything but what it is sent.
import { createSocket } from 'node:dgram';
import * as packet from 'dns-packet';

const [address, portText, name, ip] = process.argv.slice(2);
if (!address || !name || !ip || !(Number(portText) > 0)) {
  process.stderr.write('usage: udp-responder.js ADDRESS PORT NAME IP\n');
  process.exit(2);
}
const canned = packet.encode({
  type: 'response',
  id: 0,
  flags: packet.AUTHORITATIVE_ANSWER,
  questions: [{ type: 'A', name }],
  answers: [{ type: 'A', name, ttl: 0, data: ip }],
});
const s = createSocket('udp4');
s.on('message', (m, r) => {
  if (m.length < 12) return;
  const out = Buffer.from(canned);
  out[0] = m[0]!;
  out[1] = m[1]!;
  s.send(out, r.port, r.address);
});
s.bind(Number(portText), address, () => process.stdout.write('ready\n'));
