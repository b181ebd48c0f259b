// A DNS load generator for the names benchmark, run inside a workload's
// namespace: `node dns-load.js SERVER[:PORT] SECONDS CONCURRENCY NAME…` keeps
// CONCURRENCY UDP queries in flight (A questions for the names in turn, one
// connected socket per slot) for SECONDS and prints {queries, qps, p50, p99,
// errors} (ms). A query unanswered within 1 s counts as an error (and is sent
// again with a new id); an answer without records or with an error rcode
// counts as one too. Kept cheap so the server, not the generator, is the
// limit: the queries are encoded once (dns-packet) and only their id is
// patched, one timer sweeps the slots for timeouts. Talks only to SERVER.
import { createSocket, type Socket } from 'node:dgram';
import * as packet from 'dns-packet';

const [target, secondsText, concText, ...names] = process.argv.slice(2);
const [server, portText] = (target ?? '').split(':');
const port = Number(portText ?? 53);
const seconds = Number(secondsText);
const conc = Number(concText);
if (!server || !names.length || !(seconds > 0) || !(conc > 0) || !(port > 0 && port < 65536)) {
  process.stderr.write('usage: dns-load.js SERVER[:PORT] SECONDS CONCURRENCY NAME...\n');
  process.exit(2);
}
const TIMEOUT_MS = 1000;
const queries = names.map((name) =>
  packet.encode({ type: 'query', id: 0, flags: packet.RECURSION_DESIRED, questions: [{ type: 'A', name }] }),
);
const lat: number[] = [];
let errors = 0;
let next = 0;
const start = performance.now();
const end = start + seconds * 1000;

interface Slot {
  socket: Socket;
  /** One copy of each query per slot: a slot has one query in flight, so its buffer is free again by the reply. */
  bufs: Buffer[];
  id: number;
  sent: number;
  done: () => void;
  closed: boolean;
}

function send(s: Slot): void {
  if (performance.now() >= end) {
    s.closed = true;
    s.socket.close();
    s.done();
    return;
  }
  s.id = (s.id + 1) & 0xffff;
  const buf = s.bufs[next++ % names.length]!;
  buf.writeUInt16BE(s.id, 0);
  s.sent = performance.now();
  s.socket.send(buf);
}

const slots: Slot[] = [];
const finished = Array.from(
  { length: conc },
  (_, i) =>
    new Promise<void>((done) => {
      const s: Slot = { socket: createSocket('udp4'), bufs: queries.map((q) => Buffer.from(q)), id: i << 10, sent: 0, done, closed: false };
      slots.push(s);
      s.socket.on('message', (m) => {
        if (s.closed || m.length < 12 || m.readUInt16BE(0) !== s.id) return;
        if ((m.readUInt16BE(2) & 0xf) !== 0 || m.readUInt16BE(6) === 0) errors++;
        else lat.push(performance.now() - s.sent);
        send(s);
      });
      // Nothing listening (an ICMP refusal on the connected socket): counted by the timeout sweep.
      s.socket.on('error', () => undefined);
      s.socket.connect(port, server, () => send(s));
    }),
);
const sweep = setInterval(() => {
  const now = performance.now();
  for (const s of slots) {
    if (!s.closed && s.sent > 0 && now - s.sent > TIMEOUT_MS) {
      errors++;
      send(s);
    }
  }
}, 100);
await Promise.all(finished);
clearInterval(sweep);
const elapsed = (performance.now() - start) / 1000;
lat.sort((a, b) => a - b);
const pct = (p: number) =>
  lat.length ? Math.round(lat[Math.min(lat.length - 1, Math.ceil((p / 100) * lat.length) - 1)]! * 1000) / 1000 : null;
process.stdout.write(
  `${JSON.stringify({ queries: lat.length, qps: Math.round(lat.length / elapsed), p50: pct(50), p99: pct(99), errors })}\n`,
);
