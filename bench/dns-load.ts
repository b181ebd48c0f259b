// A DNS load generator for the names benchmark, run inside a workload's
// namespace: `node dns-load.js SERVER SECONDS CONCURRENCY NAME…` keeps
// CONCURRENCY UDP queries in flight (A questions for the names in turn, one
// socket per slot) for SECONDS and prints {queries, qps, p50, p99, errors}
// (ms). A query unanswered within 1 s counts as an error. Talks only to SERVER.
import { createSocket } from 'node:dgram';
import * as packet from 'dns-packet';

const [server, secondsText, concText, ...names] = process.argv.slice(2);
const seconds = Number(secondsText);
const conc = Number(concText);
if (!server || !names.length || !(seconds > 0) || !(conc > 0)) {
  process.stderr.write('usage: dns-load.js SERVER SECONDS CONCURRENCY NAME...\n');
  process.exit(2);
}
const lat: number[] = [];
let errors = 0;
let next = 0;
const end = performance.now() + seconds * 1000;
const start = performance.now();

function slot(): Promise<void> {
  return new Promise((done) => {
    const s = createSocket('udp4');
    let id = 0;
    let sent = 0;
    let timer: NodeJS.Timeout | undefined;
    const send = () => {
      if (performance.now() >= end) {
        s.close();
        done();
        return;
      }
      id = (id + 1) & 0xffff;
      const name = names[next++ % names.length]!;
      sent = performance.now();
      s.send(packet.encode({ type: 'query', id, flags: packet.RECURSION_DESIRED, questions: [{ type: 'A', name }] }), 53, server);
      timer = setTimeout(() => {
        errors++;
        send();
      }, 1000);
    };
    s.on('message', (m) => {
      if (m.readUInt16BE(0) !== id) return;
      clearTimeout(timer);
      if ((m.readUInt16BE(2) & 0xf) !== 0 || m.readUInt16BE(6) === 0) errors++;
      else lat.push(performance.now() - sent);
      send();
    });
    send();
  });
}

await Promise.all(Array.from({ length: conc }, slot));
const elapsed = (performance.now() - start) / 1000;
lat.sort((a, b) => a - b);
const pct = (p: number) =>
  lat.length ? Math.round(lat[Math.min(lat.length - 1, Math.ceil((p / 100) * lat.length) - 1)]! * 1000) / 1000 : null;
process.stdout.write(
  `${JSON.stringify({ queries: lat.length, qps: Math.round(lat.length / elapsed), p50: pct(50), p99: pct(99), errors })}\n`,
);
