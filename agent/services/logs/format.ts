// The on-disk form of a workload's output: one text line per record, as the
// CRI log files of containerd and CRI-O hold them (and fluent-bit, promtail and
// `tail` read them as they are):
//   2026-11-26T16:20:31.123456789Z stdout F hello world
// time (lib/log-time.ts fixed form), stream, F = the line ended here / P = a
// piece of a longer line, then the bytes without their newline. Chosen over
// Docker's json-file because nothing is escaped (writing costs one copy, 40
// bytes of header a line) and the fixed-width time at the start of every line
// lets a reader find --since by binary search without parsing the rest.
// Owns: encoding a chunk into records and parsing one record. Must never: do I/O.
import { STAMP_LENGTH } from '../../../lib/log-time.js';

export type Stream = 'stdout' | 'stderr';

/** A longer line is kept as pieces of this size (Docker's limit too). */
export const MAX_LINE_PIECE = 16 * 1024;
/** The header before a record's bytes: time, stream, tag and three spaces. */
const HEADER_LENGTH = STAMP_LENGTH + 1 + 6 + 1 + 1 + 1;
/** The largest record on disk. */
export const MAX_RECORD = HEADER_LENGTH + MAX_LINE_PIECE + 1;

export interface LogRecordData {
  time: string;
  stream: Stream;
  /** The line went on (a P piece): no newline follows `bytes`. */
  partial: boolean;
  /** Without the newline. */
  bytes: Uint8Array;
}

export function encodeRecord(time: string, stream: Stream, partial: boolean, bytes: Uint8Array): Buffer {
  const out = Buffer.allocUnsafe(HEADER_LENGTH + bytes.length + 1);
  out.write(`${time} ${stream} ${partial ? 'P' : 'F'} `, 0, 'latin1');
  out.set(bytes, HEADER_LENGTH);
  out[out.length - 1] = 0x0a;
  return out;
}

/** Records back to back (one buffer: a chunk costs one allocation and one write); ends[i] = where record i ends. */
export interface Records {
  bytes: Buffer;
  ends: number[];
}

/**
 * Records for `data`, one per line, lines longer than MAX_LINE_PIECE in pieces.
 * Returns the bytes after the last newline (a line not yet ended) for the
 * caller to put in front of the next chunk, unless `flush` writes them as a P piece.
 */
export function encodeLines(time: string, stream: Stream, data: Uint8Array, flush: boolean): { records: Records; rest: Uint8Array } {
  // [start, end, partial] of each record's bytes in data
  const parts: [number, number, boolean][] = [];
  let pos = 0;
  for (;;) {
    const nl = data.indexOf(0x0a, pos);
    const end = nl < 0 ? data.length : nl;
    while (end - pos > MAX_LINE_PIECE) {
      parts.push([pos, pos + MAX_LINE_PIECE, true]);
      pos += MAX_LINE_PIECE;
    }
    if (nl < 0) break;
    parts.push([pos, nl, false]);
    pos = nl + 1;
  }
  let rest = data.subarray(pos);
  if (flush && rest.length > 0) {
    parts.push([pos, data.length, true]);
    rest = new Uint8Array();
  }
  let total = 0;
  for (const [from, to] of parts) total += HEADER_LENGTH + (to - from) + 1;
  const bytes = Buffer.allocUnsafe(total);
  const full = Buffer.from(`${time} ${stream} F `, 'latin1');
  const piece = Buffer.from(`${time} ${stream} P `, 'latin1');
  const ends: number[] = [];
  let at = 0;
  for (const [from, to, partial] of parts) {
    bytes.set(partial ? piece : full, at);
    bytes.set(data.subarray(from, to), at + HEADER_LENGTH);
    at += HEADER_LENGTH + (to - from);
    bytes[at++] = 0x0a;
    ends.push(at);
  }
  return { records: { bytes, ends }, rest };
}

/** One record's line (without its newline); undefined when it is not one. */
export function parseRecord(line: Uint8Array): LogRecordData | undefined {
  if (line.length < HEADER_LENGTH) return undefined;
  const head = Buffer.from(line.buffer, line.byteOffset, HEADER_LENGTH).toString('latin1');
  const stream = head.slice(STAMP_LENGTH + 1, STAMP_LENGTH + 7);
  const tag = head[STAMP_LENGTH + 8];
  if ((stream !== 'stdout' && stream !== 'stderr') || (tag !== 'F' && tag !== 'P') || head[STAMP_LENGTH] !== ' ') return undefined;
  return { time: head.slice(0, STAMP_LENGTH), stream, partial: tag === 'P', bytes: line.subarray(HEADER_LENGTH) };
}

/** The time at the start of a record's line (for searches that need nothing else). */
export function timeOf(line: Uint8Array): string {
  return Buffer.from(line.buffer, line.byteOffset, Math.min(STAMP_LENGTH, line.length)).toString('latin1');
}
