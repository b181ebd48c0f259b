// A tiny DNS client and server over UDP for the names tests, run inside
// workload namespaces (`ip netns exec NS node names-dns.js MODE …`):
//   serve SUFFIX IP [ADDR]  answers A SUFFIX-names with IP, NXDOMAIN otherwise, on ADDR
//                         or else the namespace's non-loopback IPv4 addresses (the test's upstream)
//   query SERVER NAME [A|PTR|AAAA] [tcp]   one query (UDP, or TCP); prints {rcode, answers, soa}
//   loop SERVER MS NAME…  queries the names in turn until stdin closes (at most MS
//                         milliseconds); prints the number of queries and the failures
//   wait SERVER [MS]      prints "ready", then for each NAME read on stdin polls (every
//                         MS, default 10) until it resolves and prints {name, ms} (time
//                         since the line arrived)
// Only ever talks to the server it is given (an address inside the test's namespaces).
import { createSocket } from 'node:dgram';
import { connect } from 'node:net';
import * as dnsPacket from 'dns-packet';
import { networkInterfaces } from 'node:os';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';

export const TYPE = { A: 1, PTR: 12, AAAA: 28 } as const;

export interface DnsAnswer {
  rcode: number;
  answers: string[];
}

function encodeName(name: string): Buffer {
  const parts = name
    .replace(/\.$/, '')
    .split('.')
    .filter((p) => p !== '');
  return Buffer.concat([...parts.map((p) => Buffer.concat([Buffer.from([p.length]), Buffer.from(p)])), Buffer.from([0])]);
}

export function encodeQuery(id: number, name: string, type: number): Buffer {
  const head = Buffer.alloc(12);
  head.writeUInt16BE(id, 0);
  head.writeUInt16BE(0x0100, 2); // recursion desired
  head.writeUInt16BE(1, 4);
  const tail = Buffer.alloc(4);
  tail.writeUInt16BE(type, 0);
  tail.writeUInt16BE(1, 2);
  return Buffer.concat([head, encodeName(name), tail]);
}

function readName(buf: Buffer, off: number): { name: string; next: number } {
  const labels: string[] = [];
  let next = -1;
  for (let hops = 0; hops < 64; hops++) {
    const len = buf[off]!;
    if (len === 0) {
      off++;
      break;
    }
    if ((len & 0xc0) === 0xc0) {
      if (next < 0) next = off + 2;
      off = ((len & 0x3f) << 8) | buf[off + 1]!;
      continue;
    }
    labels.push(buf.subarray(off + 1, off + 1 + len).toString());
    off += 1 + len;
  }
  return { name: labels.join('.'), next: next < 0 ? off : next };
}

export function parseResponse(buf: Buffer): DnsAnswer & { id: number } {
  const id = buf.readUInt16BE(0);
  const rcode = buf.readUInt16BE(2) & 0x0f;
  const qd = buf.readUInt16BE(4);
  const an = buf.readUInt16BE(6);
  let off = 12;
  for (let i = 0; i < qd; i++) off = readName(buf, off).next + 4;
  const answers: string[] = [];
  for (let i = 0; i < an; i++) {
    off = readName(buf, off).next;
    const type = buf.readUInt16BE(off);
    const len = buf.readUInt16BE(off + 8);
    const data = off + 10;
    if (type === TYPE.A && len === 4) answers.push([...buf.subarray(data, data + 4)].join('.'));
    if (type === TYPE.PTR) answers.push(readName(buf, data).name);
    off = data + len;
  }
  return { id, rcode, answers };
}

/** One query; rcode -1 on timeout. */
export function query(server: string, name: string, type: number = TYPE.A, timeoutMs = 2000): Promise<DnsAnswer> {
  return new Promise((resolve) => {
    const sock = createSocket('udp4');
    const id = Math.floor(Math.random() * 0xffff);
    const done = (r: DnsAnswer) => {
      clearTimeout(timer);
      sock.close();
      resolve(r);
    };
    const timer = setTimeout(() => done({ rcode: -1, answers: [] }), timeoutMs);
    sock.on('message', (m) => {
      try {
        const r = parseResponse(m);
        if (r.id === id) done({ rcode: r.rcode, answers: r.answers });
      } catch {
        /* not ours */
      }
    });
    sock.on('error', () => done({ rcode: -2, answers: [] }));
    sock.send(encodeQuery(id, name, type), 53, server);
  });
}

/** One query over TCP (length-prefixed, RFC 1035 4.2.2), decoded with dns-packet; rcode -1 on timeout. */
export function queryTcp(server: string, name: string, type: keyof typeof TYPE, timeoutMs = 2000): Promise<DnsAnswer & { soa: boolean }> {
  return new Promise((resolve) => {
    const c = connect({ host: server, port: 53 });
    let buf = Buffer.alloc(0);
    const done = (r: DnsAnswer & { soa: boolean }) => {
      clearTimeout(timer);
      c.destroy();
      resolve(r);
    };
    const timer = setTimeout(() => done({ rcode: -1, answers: [], soa: false }), timeoutMs);
    c.on('error', () => done({ rcode: -2, answers: [], soa: false }));
    c.on('connect', () =>
      c.write(dnsPacket.streamEncode({ type: 'query', id: 7, flags: dnsPacket.RECURSION_DESIRED, questions: [{ type, name }] })),
    );
    c.on('data', (d: Buffer) => {
      buf = Buffer.concat([buf, d]);
      if (buf.length < 2 || buf.length < 2 + buf.readUInt16BE(0)) return;
      const r = dnsPacket.decode(buf.subarray(2, 2 + buf.readUInt16BE(0)));
      done({
        rcode: r.flags! & 0xf,
        answers: (r.answers ?? []).map((a) => String((a as { data?: unknown }).data)),
        soa: (r.authorities ?? []).some((a) => a.type === 'SOA'),
      });
    });
  });
}

/** One UDP query decoded with dns-packet, for the fields parseResponse does not read (the SOA of a negative answer). */
function queryFull(server: string, name: string, type: keyof typeof TYPE, timeoutMs = 2000): Promise<DnsAnswer & { soa: boolean }> {
  return new Promise((resolve) => {
    const sock = createSocket('udp4');
    const done = (r: DnsAnswer & { soa: boolean }) => {
      clearTimeout(timer);
      sock.close();
      resolve(r);
    };
    const timer = setTimeout(() => done({ rcode: -1, answers: [], soa: false }), timeoutMs);
    sock.on('message', (m) => {
      const r = dnsPacket.decode(m);
      done({
        rcode: r.flags! & 0xf,
        answers: (r.answers ?? []).map((a) => String((a as { data?: unknown }).data)),
        soa: (r.authorities ?? []).some((a) => a.type === 'SOA'),
      });
    });
    sock.send(dnsPacket.encode({ type: 'query', id: 9, flags: dnsPacket.RECURSION_DESIRED, questions: [{ type, name }] }), 53, server);
  });
}

export function reverseName(ip: string): string {
  return `${ip.split('.').reverse().join('.')}.in-addr.arpa`;
}

function serve(suffix: string, answer: string, only?: string): void {
  const addrs = only
    ? [only]
    : Object.values(networkInterfaces())
        .flat()
        .filter((a) => a && a.family === 'IPv4' && !a.internal)
        .map((a) => a!.address);
  for (const addr of addrs) {
    const sock = createSocket('udp4');
    sock.on('message', (m, rinfo) => {
      const id = m.readUInt16BE(0);
      const q = readName(m, 12);
      const question = m.subarray(12, q.next + 4);
      const type = m.readUInt16BE(q.next);
      const hit = q.name === suffix || q.name.endsWith(`.${suffix}`);
      const head = Buffer.alloc(12);
      head.writeUInt16BE(id, 0);
      head.writeUInt16BE(0x8180 | (hit ? 0 : 3), 2); // response, RD+RA, NOERROR or NXDOMAIN
      head.writeUInt16BE(1, 4);
      const answers: Buffer[] = [];
      if (hit && type === TYPE.A) {
        const rr = Buffer.alloc(16);
        rr.writeUInt16BE(0xc00c, 0);
        rr.writeUInt16BE(TYPE.A, 2);
        rr.writeUInt16BE(1, 4);
        rr.writeUInt32BE(5, 6);
        rr.writeUInt16BE(4, 10);
        for (const [i, b] of answer.split('.').entries()) rr.writeUInt8(Number(b), 12 + i);
        answers.push(rr);
      }
      head.writeUInt16BE(answers.length, 6);
      sock.send(Buffer.concat([head, question, ...answers]), rinfo.port, rinfo.address);
    });
    sock.bind(53, addr, () => process.stdout.write(`listening on ${addr}:53\n`));
  }
}

async function loop(server: string, ms: number, names: string[]): Promise<void> {
  const end = Date.now() + ms;
  let stop = false;
  process.stdin
    .on('end', () => {
      stop = true;
    })
    .resume(); // the test closes stdin when it is done
  let queries = 0;
  const failures: { name: string; rcode: number }[] = [];
  for (let i = 0; Date.now() < end && !stop; i++) {
    const name = names[i % names.length]!;
    const r = await query(server, name);
    queries++;
    if (r.rcode !== 0 || r.answers.length === 0) failures.push({ name, rcode: r.rcode });
  }
  process.stdout.write(`${JSON.stringify({ queries, failures })}\n`);
}

function wait(server: string, intervalMs = 10): void {
  const rl = createInterface({ input: process.stdin });
  rl.on('line', (line) => {
    const name = line.trim();
    if (!name) return;
    const start = Date.now();
    void (async () => {
      let resolved = false;
      while (!resolved && Date.now() - start < 10_000) {
        const r = await query(server, name, TYPE.A, 500);
        resolved = r.rcode === 0 && r.answers.length > 0;
        if (!resolved) await new Promise((res) => setTimeout(res, intervalMs));
      }
      process.stdout.write(`${JSON.stringify({ name, ms: Date.now() - start, resolved })}\n`);
    })();
  });
  rl.on('close', () => process.exit(0));
  process.stdout.write('ready\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [mode, ...args] = process.argv.slice(2);
  if (mode === 'serve') serve(args[0]!, args[1]!, args[2]);
  else if (mode === 'query') {
    const type = (args[2] ?? 'A') as keyof typeof TYPE;
    void (args[3] === 'tcp' ? queryTcp(args[0]!, args[1]!, type) : queryFull(args[0]!, args[1]!, type)).then((r) =>
      process.stdout.write(`${JSON.stringify(r)}\n`),
    );
  } else if (mode === 'loop') void loop(args[0]!, Number(args[1]), args.slice(2));
  else if (mode === 'wait') wait(args[0]!, args[1] ? Number(args[1]) : undefined);
  else {
    process.stderr.write('usage: names-dns.js serve|query|loop|wait …\n');
    process.exit(2);
  }
}
