// Reads a workload's kept output (store.ts segments) for `vxnet logs`: from a
// logical offset (logs -f, paging), from the first record at or after --since,
// or the last N lines (--tail), never past --until; bounded so a reply fits in
// one NATS message. Synchronous: the writer is in this process and also
// synchronous, so a read never sees half a record or a segment vanish mid-read.
// Owns: finding positions and cutting records out. Must never: write.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { MAX_RECORD, parseRecord, timeOf, type LogRecordData } from './format.js';
import { listSegments, type Segment } from './store.js';

export interface ReadRequest {
  /** Go on from this logical offset (an earlier read's endOffset). */
  from?: number;
  /** Only records at or after this time (lib/log-time.ts fixed form). */
  since?: string;
  /** Only records at or before this time. */
  until?: string;
  /** Start at the last N lines (without `from`). */
  tailLines?: number;
  /** With tailLines: no further back than this many bytes of output. */
  tailBytes?: number;
  /** Stop after this many bytes of output (at least one record is returned). */
  maxBytes: number;
  /** Bytes counted for each record on top of its own (what the reply spends on its time and stream). */
  perRecord?: number;
}

export interface ReadResult {
  records: (LogRecordData & { offset: number })[];
  /** Output the request asked for is gone (rotated away before it was read). */
  truncated: boolean;
  /** Where the next read of what follows starts. */
  endOffset: number;
  /** More records within the request's bounds follow endOffset now. */
  more: boolean;
}

/** A segment opened for reading. */
interface Open extends Segment {
  fd: number;
  size: number;
}

function read(fd: number, pos: number, len: number): Buffer {
  const buf = Buffer.alloc(len);
  const n = readSync(fd, buf, 0, len, pos);
  return buf.subarray(0, n);
}

/** The position of the first record starting at or after `pos` in a segment (size when none). */
function recordStart(s: Open, pos: number): number {
  if (pos <= 0) return 0;
  for (let at = pos - 1; at < s.size; at += MAX_RECORD) {
    const nl = read(s.fd, at, MAX_RECORD).indexOf(0x0a);
    if (nl >= 0) return at + nl + 1;
  }
  return s.size;
}

function timeAt(s: Open, pos: number): string {
  return timeOf(read(s.fd, pos, 30));
}

/** The logical offset of the first record whose time satisfies `pred` (monotone), or the end. */
function firstWhere(segs: Open[], pred: (time: string) => boolean): number {
  let i = segs.length - 1;
  while (i > 0 && pred(timeAt(segs[i]!, 0))) i--;
  for (; i < segs.length; i++) {
    const s = segs[i]!;
    let lo = 0;
    let hi = s.size;
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      const r = recordStart(s, mid);
      if (r >= s.size || pred(timeAt(s, r))) hi = mid;
      else lo = mid + 1;
    }
    const r = recordStart(s, lo);
    if (r < s.size) return s.start + r;
  }
  const last = segs.at(-1)!;
  return last.start + last.size;
}

/** Records backwards from logical offset `end` (exclusive), newest first. */
function* backwards(segs: Open[], end: number): Generator<{ offset: number; line: Buffer }> {
  for (let i = segs.length - 1; i >= 0; i--) {
    const s = segs[i]!;
    if (s.start >= end) continue;
    let pos = Math.min(end - s.start, s.size);
    let carry = Buffer.alloc(0);
    while (pos > 0) {
      const from = Math.max(0, pos - 64 * 1024);
      let buf = Buffer.concat([read(s.fd, from, pos - from), carry]);
      // buf ends with a newline; each record ends with one.
      let stop = buf.length - 1;
      for (;;) {
        const nl = buf.lastIndexOf(0x0a, stop - 1);
        if (nl < 0 && from > 0) break;
        yield { offset: s.start + from + nl + 1, line: buf.subarray(nl + 1, stop) };
        if (nl < 0) break;
        stop = nl;
      }
      carry = from > 0 ? buf.subarray(0, stop + 1) : Buffer.alloc(0);
      buf = Buffer.alloc(0);
      pos = from;
    }
  }
}

/** The logical offset where the last `n` lines before `end` start, not before `floor`. */
function tailStart(segs: Open[], end: number, n: number, floor: string | undefined, budget = Infinity): { offset: number; all: boolean } {
  if (n === 0) return { offset: end, all: false };
  let lines = 0;
  let bytes = 0;
  let offset = end;
  let first = true;
  for (const { offset: at, line } of backwards(segs, end)) {
    const r = parseRecord(line);
    if (!r) continue;
    if (floor !== undefined && r.time < floor) return { offset, all: true };
    bytes += r.bytes.length + 1;
    if (bytes > budget) return { offset, all: false };
    if (first && r.partial) lines++; // an unfinished last line counts as one
    first = false;
    if (!r.partial) {
      if (lines === n) return { offset, all: false };
      lines++;
    }
    offset = at;
  }
  return { offset, all: true };
}

export function readLog(dir: string, req: ReadRequest): ReadResult {
  const segs: Open[] = [];
  try {
    for (const s of listSegments(dir)) {
      const fd = openSync(s.path, 'r');
      const size = fstatSync(fd).size;
      // An empty file (the agent stopped between starting it and writing) holds nothing to find.
      if (size === 0) closeSync(fd);
      else segs.push({ ...s, fd, size });
    }
    const oldest = segs[0]?.start ?? 0;
    const last = segs.at(-1);
    const end = last ? last.start + last.size : 0;
    if (segs.length === 0) return { records: [], truncated: false, endOffset: req.from ?? 0, more: false };
    const stop = req.until !== undefined ? firstWhere(segs, (t) => t > req.until!) : end;
    let pos: number;
    let truncated = false;
    if (req.from !== undefined) {
      truncated = req.from < oldest;
      pos = req.from < oldest || req.from > end ? oldest : req.from;
    } else if (req.tailLines !== undefined) {
      const t = tailStart(segs, stop, req.tailLines, req.since, req.tailBytes);
      pos = t.offset;
      truncated = t.all && oldest > 0 && (req.since === undefined || timeAt(segs[0]!, 0) > req.since);
    } else if (req.since !== undefined) {
      pos = firstWhere(segs, (t) => t >= req.since!);
      truncated = oldest > 0 && timeAt(segs[0]!, 0) > req.since;
    } else {
      pos = oldest;
      truncated = oldest > 0;
    }
    const records: ReadResult['records'] = [];
    let bytes = 0;
    let at = pos;
    outer: for (const s of segs) {
      if (at >= stop) break;
      if (s.start + s.size <= at) continue;
      let local = recordStart(s, Math.max(0, at - s.start));
      while (local < s.size && s.start + local < stop) {
        const buf = read(s.fd, local, Math.max(MAX_RECORD, req.maxBytes - bytes + MAX_RECORD));
        let p = 0;
        for (;;) {
          const nl = buf.indexOf(0x0a, p);
          if (nl < 0 || s.start + local + p >= stop) break;
          const r = parseRecord(buf.subarray(p, nl));
          const offset = s.start + local + p;
          if (r && (req.since === undefined || r.time >= req.since)) {
            const cost = r.bytes.length + 1 + (req.perRecord ?? 0);
            if (records.length > 0 && bytes + cost > req.maxBytes) {
              at = offset;
              break outer;
            }
            records.push({ ...r, bytes: Buffer.from(r.bytes), offset });
            bytes += cost;
          }
          p = nl + 1;
        }
        if (p === 0) break; // no whole record: a writer mid-append (not in this process)
        local += p;
      }
      at = s.start + local;
    }
    return { records, truncated, endOffset: at, more: at < stop };
  } finally {
    for (const s of segs) closeSync(s.fd);
  }
}
