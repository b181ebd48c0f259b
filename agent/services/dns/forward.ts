// Relays queries the resolver does not answer to upstream servers, in the
// order given (strict order: the next one only after a timeout), and the
// reply back to the asker with its own id. Each relayed query gets a fresh
// random id; a reply is taken only from the server it was sent to, port 53,
// with that id. The path: from the agent's namespace (one socket of its own),
// except an upstream inside the subnet of an overlay network the query came
// from, which the agent's namespace cannot reach: that one is asked through
// the network's own resolver socket (the reply comes back to it). A TCP
// client's query whose UDP reply is truncated is asked again over TCP (from
// the agent's namespace).
// Must never relay a reply to anyone but the asker, never loop forever (every
// query ends with a reply or SERVFAIL).
import { createSocket, type RemoteInfo, type Socket } from 'node:dgram';
import { connect } from 'node:net';
import { randomInt } from 'node:crypto';
import * as packet from 'dns-packet';
import type { Logger } from '../../../lib/log.js';
import { errorResponse, RCODE } from './answer.js';
import { inSubnet } from '../../../lib/ipv4.js';

export interface ForwardPath {
  /** The subnet of the network the query came from. */
  subnet: string;
  /** Sends from inside that network (set for overlay networks). */
  send: ((buf: Buffer, server: string, port: number) => void) | undefined;
}

interface Pending {
  query: Buffer;
  servers: readonly string[];
  at: number;
  path: ForwardPath;
  tcp: boolean;
  respond: (b: Buffer) => void;
  timer: NodeJS.Timeout;
  key: string;
  viaHost: boolean;
}

export interface ForwardOptions {
  /** Upstream port (53; unit tests use their own). */
  port?: number;
  /** How long one upstream gets before the next is asked. */
  timeoutMs?: number;
}

export class Forwarder {
  private socket: Socket | undefined;
  private readonly pending = new Map<string, Pending>();
  private readonly port: number;
  private readonly timeoutMs: number;

  constructor(
    private readonly log: Logger,
    o: ForwardOptions = {},
  ) {
    this.port = o.port ?? 53;
    this.timeoutMs = o.timeoutMs ?? 2000;
  }

  forward(query: Buffer, servers: readonly string[], path: ForwardPath, tcp: boolean, respond: (b: Buffer) => void): void {
    this.attempt({ query, servers, at: 0, path, tcp, respond, timer: undefined as unknown as NodeJS.Timeout, key: '', viaHost: true });
  }

  /** A reply from an upstream (on our socket or on a network's resolver socket). */
  onReply(msg: Buffer, rinfo: RemoteInfo): void {
    if (rinfo.port !== this.port || msg.length < 12) return;
    const p = this.pending.get(`${rinfo.address} ${msg.readUInt16BE(0)}`);
    if (!p) return;
    this.settle(p);
    const reply = Buffer.from(msg);
    reply.writeUInt16BE(p.query.readUInt16BE(0), 0);
    if (p.tcp && reply.readUInt16BE(2) & packet.TRUNCATED_RESPONSE && p.viaHost) {
      tcpQuery(p.servers[p.at]!, this.port, p.query, this.timeoutMs).then(p.respond, () =>
        p.respond(errorResponse(p.query, RCODE.SERVFAIL)),
      );
      return;
    }
    p.respond(reply);
  }

  stop(): void {
    for (const p of this.pending.values()) clearTimeout(p.timer);
    this.pending.clear();
    this.socket?.close();
    this.socket = undefined;
  }

  private settle(p: Pending): void {
    clearTimeout(p.timer);
    this.pending.delete(p.key);
  }

  private attempt(p: Pending): void {
    const server = p.servers[p.at];
    if (server === undefined) {
      p.respond(errorResponse(p.query, RCODE.SERVFAIL, questionsOf(p.query)));
      return;
    }
    let id = randomInt(0x10000);
    while (this.pending.has(`${server} ${id}`)) id = randomInt(0x10000);
    const out = Buffer.from(p.query);
    out.writeUInt16BE(id, 0);
    p.key = `${server} ${id}`;
    p.viaHost = !(p.path.send && inSubnet(server, p.path.subnet));
    this.pending.set(p.key, p);
    p.timer = setTimeout(() => {
      this.pending.delete(p.key);
      this.attempt({ ...p, at: p.at + 1 });
    }, this.timeoutMs);
    try {
      if (p.viaHost) this.hostSocket().send(out, this.port, server);
      else p.path.send!(out, server, this.port);
    } catch (err) {
      this.log.debug({ server, err: (err as Error).message }, 'cannot send to upstream');
    }
  }

  private hostSocket(): Socket {
    if (!this.socket) {
      const s = createSocket('udp4');
      s.on('message', (m, r) => this.onReply(m, r));
      s.on('error', (err) => this.log.warn({ err: err.message }, 'resolver upstream socket error'));
      s.unref();
      this.socket = s;
    }
    return this.socket;
  }
}

function questionsOf(query: Buffer): packet.Question[] {
  try {
    return packet.decode(query).questions ?? [];
  } catch {
    return [];
  }
}

function tcpQuery(server: string, port: number, query: Buffer, timeoutMs: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const c = connect({ host: server, port });
    let buf = Buffer.alloc(0);
    c.setTimeout(timeoutMs, () => c.destroy(new Error('timeout')));
    c.on('error', reject);
    c.on('connect', () => {
      const len = Buffer.alloc(2);
      len.writeUInt16BE(query.length);
      c.write(Buffer.concat([len, query]));
    });
    c.on('data', (d: Buffer) => {
      buf = Buffer.concat([buf, d]);
      if (buf.length >= 2 && buf.length >= 2 + buf.readUInt16BE(0)) {
        c.end();
        resolve(buf.subarray(2, 2 + buf.readUInt16BE(0)));
      }
    });
    c.on('close', () => reject(new Error('closed')));
  });
}
