// One workload's kept output: a directory of segment files, each named by the
// logical offset of its first byte (the count of bytes ever written before it),
// so an offset keeps meaning the same bytes across rotations and agent restarts
// and `logs -f` can go on reading by offset. The newest segment takes appends;
// when a record would take it past maxSize a new one starts, and the oldest
// are deleted beyond maxFile: the output never takes more than maxSize ×
// maxFile on disk. Writes are synchronous (to the page cache): readers in this
// process always see whole records and never race a rotation.
// Owns: the segment files' names, appending, rotating. Must never: parse what
// a record holds beyond its time (format.ts) or answer requests (server.ts).
import { closeSync, ftruncateSync, fstatSync, mkdirSync, openSync, readdirSync, readSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_RECORD, timeOf, type Records } from './format.js';

export interface LogLimits {
  /** Bytes per segment file. */
  maxSize: number;
  /** Segment files kept (the newest included). */
  maxFile: number;
}

/** Docker's local log driver keeps 20 MB × 5; json-file keeps everything. 30 MB a workload at most. */
export const DEFAULT_LOG_LIMITS: LogLimits = { maxSize: 10 * 1024 * 1024, maxFile: 3 };
/** The smallest cap: a segment holds a few of the largest records (MAX_RECORD, ~16 KiB). */
export const MIN_LOG_SIZE = 64 * 1024;

export interface Segment {
  /** Logical offset of its first byte. */
  start: number;
  path: string;
}

const SEGMENT = /^(\d{16})\.log$/;

function segmentName(start: number): string {
  return `${String(start).padStart(16, '0')}.log`;
}

/** The segments of a workload's output, oldest first; none when the directory is missing. */
export function listSegments(dir: string): Segment[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  const out: Segment[] = [];
  for (const n of names) {
    const m = SEGMENT.exec(n);
    if (m) out.push({ start: Number(m[1]), path: join(dir, n) });
  }
  return out.sort((a, b) => a.start - b.start);
}

export class LogStore {
  private fd = -1;
  private start = 0;
  private size = 0;
  /** The time of the newest record: new records never get an earlier one. */
  lastTime = '';

  constructor(
    private readonly dir: string,
    private readonly limits: LogLimits,
  ) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const newest = listSegments(dir).at(-1);
    if (newest) this.reopen(newest);
    else this.openSegment(0);
  }

  /** Appends whole records (each ≤ MAX_RECORD bytes), rotating before one that would not fit. */
  append(records: Records): void {
    const { bytes, ends } = records;
    let from = 0; // start of what is not written yet
    let prev = 0; // end of the last record that fits
    for (const end of ends) {
      if (this.size + (end - from) > this.limits.maxSize && this.size + (prev - from) > 0) {
        this.write(bytes.subarray(from, prev));
        this.rotate();
        from = prev;
      }
      prev = end;
    }
    this.write(bytes.subarray(from, prev));
    if (ends.length > 0) this.lastTime = timeOf(bytes.subarray(ends.at(-2) ?? 0));
  }

  private write(buf: Uint8Array): void {
    let off = 0;
    while (off < buf.length) off += writeSync(this.fd, buf, off);
    this.size += buf.length;
  }

  close(): void {
    if (this.fd >= 0) closeSync(this.fd);
    this.fd = -1;
  }

  /** Deletes the oldest segments first, so the directory never holds more than maxFile, not even for a moment. */
  private rotate(): void {
    this.close();
    const next = this.start + this.size;
    const segments = listSegments(this.dir);
    for (const s of segments.slice(0, Math.max(0, segments.length - (this.limits.maxFile - 1)))) {
      try {
        unlinkSync(s.path);
      } catch {
        /* already gone */
      }
    }
    this.openSegment(next);
  }

  private openSegment(start: number): void {
    this.fd = openSync(join(this.dir, segmentName(start)), 'a', 0o600);
    this.start = start;
    this.size = fstatSync(this.fd).size;
  }

  /** Continues the newest segment, first cutting a record a crash left half-written. */
  private reopen(s: Segment): void {
    this.openSegment(s.start);
    if (this.size === 0) return;
    const tailLen = Math.min(this.size, 2 * MAX_RECORD);
    const tail = Buffer.alloc(tailLen);
    const fd = openSync(s.path, 'r');
    try {
      readSync(fd, tail, 0, tailLen, this.size - tailLen);
    } finally {
      closeSync(fd);
    }
    const lastNl = tail.lastIndexOf(0x0a);
    if (lastNl !== tailLen - 1) {
      const keep = lastNl < 0 ? this.size - tailLen : this.size - tailLen + lastNl + 1;
      ftruncateSync(this.fd, keep);
      this.size = keep;
    }
    const cut = tail.subarray(0, Math.max(lastNl, 0));
    const prevNl = cut.lastIndexOf(0x0a);
    if (cut.length > 0) this.lastTime = timeOf(cut.subarray(prevNl + 1));
  }
}
