// The host's one resolver for workloads on user-defined networks, inside the
// agent process: it serves UDP and TCP sockets bound on network gateway
// addresses (opened by the kernel layer, in whichever namespace holds the
// gateway), identifies the asker by (network of the socket, source address),
// answers from the NameIndex (services/dns/answer.ts decides) and relays the
// rest to upstream servers (forward.ts). The index is rebuilt lazily: a
// desired-state change marks it stale, the next query rebuilds it, so a name
// is answerable as soon as the agent's KV watch has seen it. Answers are
// cached per (asker's view, transport, query bytes after the id) until the
// next change (answer-cache.ts): a repeated question costs a map lookup and
// a 2-byte id patch, no decoding.
// Must never answer anyone that is not a local workload of the socket's
// network, never keep a socket of a network it was told to drop.
import type { RemoteInfo } from 'node:dgram';
import type { Socket as TcpSocket } from 'node:net';
import type { DnsSockets } from '../../kernel/kernel.js';
import * as packet from 'dns-packet';
import type { Logger } from '../../../lib/log.js';
import type { DesiredState } from '../../model/desired.js';
import type { Endpoint } from '../../../proto/index.js';
import { decide } from './answer.js';
import { AnswerCache } from './answer-cache.js';
import { Forwarder, type ForwardOptions, type ForwardPath } from './forward.js';
import { NameIndex, type View } from './names.js';

/** One network the resolver serves: its gateway sockets and where they live. */
interface Listener {
  /** Network key (names.networkKey). */
  network: string;
  address: string;
  subnet: string;
  /** True when the sockets live in a namespace other than the agent's (an overlay's): upstreams on that subnet are asked through them. */
  foreign: boolean;
  sockets: DnsSockets;
}

const TCP_IDLE_MS = 10_000;
const MAX_UDP = 512;

export class Resolver {
  private index: NameIndex | undefined;
  /** Emptied with the index (its views are the keys: a rebuilt index has new ones). */
  readonly cache = new AnswerCache();
  private readonly listeners = new Map<string, Listener>();
  private readonly forwarder: Forwarder;
  /** Where names go that no view holds, for workloads without --dns. */
  private defaults: readonly string[] = [];
  readonly stats = { queries: 0, answered: 0, cached: 0, forwarded: 0, refused: 0, rebuilds: 0 };

  /** Whether another host's endpoint may be answered yet (the agent: its neighbour entry is in place). */
  reachable: (network: string, ep: Endpoint) => boolean = () => true;

  constructor(
    private readonly source: { readonly state: DesiredState },
    private readonly log: Logger,
    forward: ForwardOptions = {},
  ) {
    this.forwarder = new Forwarder(log, forward);
  }

  /** The desired state changed: rebuild the index before the next answer. */
  changed(): void {
    this.index = undefined;
    this.cache.clear();
  }

  setDefaultUpstreams(servers: readonly string[]): void {
    this.defaults = [...servers];
  }

  serving(network: string): Listener | undefined {
    return this.listeners.get(network);
  }

  networks(): string[] {
    return [...this.listeners.keys()];
  }

  /** Starts answering on a network's sockets (replacing older ones of that network). */
  listen(l: Listener): void {
    this.drop(l.network);
    this.listeners.set(l.network, l);
    const path = this.pathOf(l);
    l.sockets.udp.on('message', (msg, rinfo) => {
      if (msg.length >= 3 && msg[2]! & 0x80) this.forwarder.onReply(msg, rinfo);
      else this.onUdp(l, path, msg, rinfo);
    });
    l.sockets.udp.on('error', (err) => this.log.warn({ network: l.network, err: err.message }, 'resolver UDP socket error'));
    l.sockets.tcp.on('connection', (c) => this.onTcp(l, path, c));
    l.sockets.tcp.on('error', (err) => this.log.warn({ network: l.network, err: err.message }, 'resolver TCP socket error'));
  }

  /** Stops answering on a network and closes its sockets. */
  drop(network: string): void {
    const l = this.listeners.get(network);
    if (!l) return;
    this.listeners.delete(network);
    try {
      l.sockets.udp.close();
    } catch {
      /* already closed (its namespace went) */
    }
    l.sockets.tcp.close();
  }

  stop(): void {
    for (const n of [...this.listeners.keys()]) this.drop(n);
    this.forwarder.stop();
  }

  private current(): NameIndex {
    if (!this.index) {
      this.index = NameIndex.build(this.source.state, this.reachable);
      this.stats.rebuilds++;
    }
    return this.index;
  }

  private pathOf(l: Listener): ForwardPath {
    return {
      subnet: l.subnet,
      send: l.foreign ? (buf, server, port) => l.sockets.udp.send(buf, port, server) : undefined,
    };
  }

  /** Handles one query; `respond` gets the answer (or nothing, for queries not worth one). */
  private handle(l: Listener, path: ForwardPath, src: string, msg: Buffer, tcp: boolean, respond: (b: Buffer) => void): void {
    this.stats.queries++;
    const index = this.current();
    const view: View | undefined = index.viewOf(l.network, src);
    const hit = view && this.cache.get(view, msg, tcp);
    if (hit) {
      this.stats.answered++;
      this.stats.cached++;
      respond(hit);
      return;
    }
    const d = decide(msg, index, view, view?.dns.length ? view.dns : this.defaults);
    if (d.kind === 'drop') return;
    if (d.kind === 'answer') {
      if (!view) this.stats.refused++;
      else this.stats.answered++;
      const out = tcp ? d.response : truncate(d.response, msg);
      if (view) this.cache.set(view, msg, tcp, out);
      respond(out);
      return;
    }
    this.stats.forwarded++;
    this.forwarder.forward(d.query, d.servers, path, tcp, respond);
  }

  private onUdp(l: Listener, path: ForwardPath, msg: Buffer, rinfo: RemoteInfo): void {
    this.handle(l, path, rinfo.address, msg, false, (b) => l.sockets.udp.send(b, rinfo.port, rinfo.address));
  }

  private onTcp(l: Listener, path: ForwardPath, c: TcpSocket): void {
    let buf = Buffer.alloc(0);
    const src = c.remoteAddress?.replace(/^::ffff:/, '') ?? '';
    c.setTimeout(TCP_IDLE_MS, () => c.destroy());
    c.on('error', () => c.destroy());
    c.on('data', (d: Buffer) => {
      buf = Buffer.concat([buf, d]);
      while (buf.length >= 2 && buf.length >= 2 + buf.readUInt16BE(0)) {
        const msg = buf.subarray(2, 2 + buf.readUInt16BE(0));
        buf = buf.subarray(2 + msg.length);
        this.handle(l, path, src, Buffer.from(msg), true, (b) => {
          if (c.destroyed) return;
          const len = Buffer.alloc(2);
          len.writeUInt16BE(b.length);
          c.write(Buffer.concat([len, b]));
        });
      }
    });
  }
}

/** A UDP answer longer than the client takes (512, or its EDNS size) becomes the header and question with TC set. */
function truncate(response: Buffer, query: Buffer): Buffer {
  if (response.length <= MAX_UDP) return response;
  let limit = MAX_UDP;
  try {
    const opt = packet.decode(query).additionals?.find((a) => a.type === 'OPT') as packet.OptAnswer | undefined;
    if (opt) limit = Math.max(MAX_UDP, opt.udpPayloadSize);
  } catch {
    /* decide() answered it already */
  }
  if (response.length <= limit) return response;
  const r = packet.decode(response);
  return packet.encode({ ...r, flags: (r.flags ?? 0) | packet.TRUNCATED_RESPONSE, answers: [], authorities: [], additionals: [] });
}
