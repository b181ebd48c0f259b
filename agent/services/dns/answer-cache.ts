// The resolver's answer cache: the encoded response to a query, per (asker's
// view, transport, the query's bytes after its id), kept until the next
// desired-state change (the resolver clears it with the index). A hit costs
// one map lookup and a copy of the response with the asker's id written into
// its first two bytes: no decoding. Safe without parsing because the key is
// the whole query after the id (flags, counts, question, EDNS record), byte
// for byte: a hit is a query dns-packet already decoded and answer.ts already
// answered for that same view. A response is kept only in a buffer of its
// own size (dns-packet's are; a slice of something bigger, such as Node's
// shared 8 KB allocation pool, is copied: one cached slice would keep the
// whole slab alive). Pure data, no I/O.
// Must never hand out a response cached for another view or transport, never
// grow past its bound (it empties itself when full).
import type { View } from './names.js';

interface PerView {
  udp: Map<string, Buffer>;
  tcp: Map<string, Buffer>;
}

/** Cached responses kept at most (the cache empties itself when full, and on every change). */
const ANSWER_CACHE_MAX = 10_000;

export class AnswerCache {
  private readonly byView = new Map<View, PerView>();
  private entries = 0;
  private bytes = 0;

  constructor(private readonly max = ANSWER_CACHE_MAX) {}

  /** The response cached for this query from this view, as a new buffer carrying the query's id; undefined on a miss. */
  get(view: View, query: Buffer, tcp: boolean): Buffer | undefined {
    if (query.length < 12) return undefined;
    const per = this.byView.get(view);
    const hit = per && (tcp ? per.tcp : per.udp).get(query.toString('latin1', 2));
    if (!hit) return undefined;
    const out = Buffer.allocUnsafe(hit.length);
    hit.copy(out);
    out[0] = query[0]!;
    out[1] = query[1]!;
    return out;
  }

  /** Keeps `response` as the answer to this query from this view (the caller must not change it afterwards). */
  set(view: View, query: Buffer, tcp: boolean, response: Buffer): void {
    if (query.length < 12 || response.length < 12) return;
    if (this.entries >= this.max) this.clear();
    let per = this.byView.get(view);
    if (!per) {
      per = { udp: new Map(), tcp: new Map() };
      this.byView.set(view, per);
    }
    const map = tcp ? per.tcp : per.udp;
    const key = query.toString('latin1', 2);
    const old = map.get(key);
    if (old) this.bytes -= old.buffer.byteLength;
    else this.entries++;
    let own = response;
    if (response.byteOffset !== 0 || response.buffer.byteLength !== response.length) {
      own = Buffer.allocUnsafeSlow(response.length);
      response.copy(own);
    }
    map.set(key, own);
    this.bytes += own.buffer.byteLength;
  }

  clear(): void {
    this.byView.clear();
    this.entries = 0;
    this.bytes = 0;
  }

  /** Responses held, and the bytes of memory behind their buffers (whole backing stores: a pooled slice would count 8 KB). */
  get stats(): { entries: number; bytes: number } {
    return { entries: this.entries, bytes: this.bytes };
  }
}
