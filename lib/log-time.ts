// Times of workload output (`vxnet logs --timestamps/--since/--until`): the one
// fixed form they take on disk and on the wire, RFC 3339 in UTC with exactly 9
// fraction digits (Docker's RFC3339NanoFixed, e.g. 2026-11-26T16:20:31.123456789Z),
// so two times compare as strings; and the parser of what a user types (Docker's
// forms). Owns: formatting, parsing, validating. Must never: read or write files.
import { InvalidArgument } from './errors.js';

const STAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z$/;
export const STAMP_LENGTH = 30;

/** The fixed form of `ns` nanoseconds since the epoch. */
export function stampOf(ns: bigint): string {
  const iso = new Date(Number(ns / 1_000_000n)).toISOString();
  return `${iso.slice(0, 19)}.${String(ns % 1_000_000_000n).padStart(9, '0')}Z`;
}

let lastNs = 0n;
/**
 * Now, in the fixed form: the wall clock's milliseconds with the sub-millisecond
 * part of the monotonic clock, never equal to or before the previous call's.
 */
export function nowStamp(): string {
  let ns = BigInt(Date.now()) * 1_000_000n + (process.hrtime.bigint() % 1_000_000n);
  if (ns <= lastNs) ns = lastNs + 1n;
  lastNs = ns;
  return stampOf(ns);
}

export function isStamp(s: string): boolean {
  return STAMP.test(s);
}

const UNITS: Record<string, number> = { ns: 1e-6, us: 1e-3, µs: 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
const DURATION = /^(?:\d+(?:\.\d+)?(?:ns|us|µs|ms|s|m|h))+$/;
const UNIX = /^(\d{1,12})(?:\.(\d{1,9}))?$/;
const DATE = /^(\d{4})-(\d\d)-(\d\d)(?:T(\d\d)(?::(\d\d)(?::(\d\d)(?:\.(\d{1,9}))?)?)?)?(Z|[+-]\d\d:\d\d)?$/i;

/** Milliseconds of a Go-style duration (10m, 1h30m, 1.5h, 300ms), or undefined. */
function durationMs(text: string): number | undefined {
  if (text === '0') return 0;
  if (!DURATION.test(text)) return undefined;
  let ms = 0;
  for (const m of text.matchAll(/(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/g)) ms += Number(m[1]) * UNITS[m[2]!]!;
  return ms;
}

/**
 * A time as `docker logs --since/--until` takes it, in the fixed form: an RFC 3339
 * time or date (without a zone: local time), a Unix timestamp with an optional
 * fraction, or a duration before `nowMs` (10m, 1h30m). Throws one line on anything else.
 */
export function parseLogTime(flag: string, text: string, nowMs: number = Date.now()): string {
  const d = durationMs(text);
  if (d !== undefined) return stampOf(BigInt(Math.round((nowMs - d) * 1e6)));
  const u = UNIX.exec(text);
  if (u) return stampOf(BigInt(u[1]!) * 1_000_000_000n + BigInt((u[2] ?? '').padEnd(9, '0')));
  const m = DATE.exec(text);
  if (m) {
    const [, y, mo, da, h = '00', mi = '00', s = '00', frac = '', zone] = m;
    const fields = [Number(y), Number(mo) - 1, Number(da), Number(h), Number(mi), Number(s)] as const;
    const utc = new Date(Date.UTC(...fields));
    const valid = utc.getUTCMonth() === fields[1] && utc.getUTCDate() === fields[2] && fields[3] < 24 && fields[4] < 60 && fields[5] < 60;
    if (valid) {
      let ms = utc.getTime();
      if (zone === undefined) ms = new Date(...fields).getTime();
      else if (zone.toUpperCase() !== 'Z')
        ms -= (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4))) * 60_000;
      return stampOf(BigInt(ms) * 1_000_000n + BigInt(frac.padEnd(9, '0')));
    }
  }
  throw new InvalidArgument(
    `${flag} "${text.slice(0, 40)}" is not a time: use an RFC 3339 time (2026-11-26T10:00:00Z), a Unix timestamp (1764151200) or a duration before now (10m, 1h30m)`,
  );
}
