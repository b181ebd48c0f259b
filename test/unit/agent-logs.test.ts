// Workload output as the agent keeps it (agent/services/logs/): the CRI-format
// records, rotation of the segment files under the cap (never over it on disk,
// offsets that keep their meaning so logs -f goes on across a rotation,
// `truncated` once older output is gone), a half-written record cut after a
// crash, reading by --since/--until/--tail, real FIFOs carrying a real
// process's stdout and stderr, the time forms the CLI accepts and the one-line
// refusals of bad ones (CLI flags and the agent's config).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeLines, encodeRecord, MAX_LINE_PIECE, parseRecord, type Records } from '../../agent/services/logs/format.js';
import { listSegments, LogStore, MIN_LOG_SIZE } from '../../agent/services/logs/store.js';
import { readLog, type ReadRequest } from '../../agent/services/logs/read.js';
import { readRequestOf } from '../../agent/services/logs/server.js';
import { fifoPaths, WorkloadOutput } from '../../agent/services/logs/output.js';
import { spawnStreaming } from '../../agent/kernel/run.js';
import { LinuxKernel } from '../../agent/kernel/linux.js';
import { isStamp, nowStamp, parseLogTime, stampOf } from '../../lib/log-time.js';
import { RecordPrinter } from '../../cli/commands/logs.js';
import { main } from '../../cli/app.js';
import { loadAgentConfig, type AgentConfig } from '../../agent/config/config.js';
import { codecs, type LogRecord } from '../../proto/index.js';

const text = (b: Uint8Array) => Buffer.from(b).toString();
/** A time n seconds after a fixed start. */
const at = (n: number) => stampOf(1_764_150_000_000_000_000n + BigInt(n) * 1_000_000_000n);

/** One record as Records. */
const one = (r: Buffer): Records => ({ bytes: r, ends: [r.length] });
/** Records as one buffer each. */
const split = (r: Records): Buffer[] => r.ends.map((end, i) => r.bytes.subarray(r.ends[i - 1] ?? 0, end));

function tempDir(t: { after(fn: () => void): void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'vxnet-logs-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Every record readLog returns, following `more` page by page. */
function readAll(dir: string, req: Omit<ReadRequest, 'maxBytes'>, maxBytes = 1000) {
  let r = readLog(dir, { ...req, maxBytes });
  const out = [...r.records];
  const first = r;
  while (r.more) {
    r = readLog(dir, { from: r.endOffset, maxBytes, ...(req.until ? { until: req.until } : {}) });
    out.push(...r.records);
  }
  return { records: out, truncated: first.truncated, endOffset: r.endOffset };
}

test('format: a record per line, long lines in 16 KiB pieces, an unfinished line kept for the next chunk', () => {
  const t = at(0);
  const { records, rest } = encodeLines(t, 'stdout', Buffer.from('one\ntwo\npart'), false);
  assert.deepEqual(split(records).map(text), [`${t} stdout F one\n`, `${t} stdout F two\n`]);
  assert.equal(text(rest), 'part');
  const long = Buffer.alloc(MAX_LINE_PIECE * 2 + 5, 'x');
  const pieces = split(encodeLines(t, 'stderr', Buffer.concat([long, Buffer.from('\n')]), false).records).map(
    (r) => parseRecord(r.subarray(0, -1))!,
  );
  assert.deepEqual(
    pieces.map((p) => [p.stream, p.partial, p.bytes.length]),
    [
      ['stderr', true, MAX_LINE_PIECE],
      ['stderr', true, MAX_LINE_PIECE],
      ['stderr', false, 5],
    ],
  );
  // flush: the unfinished line is written as a piece (the command exited)
  const flushed = encodeLines(t, 'stdout', Buffer.from('prompt> '), true);
  assert.equal(flushed.rest.length, 0);
  assert.deepEqual(parseRecord(split(flushed.records)[0]!.subarray(0, -1)), {
    time: t,
    stream: 'stdout',
    partial: true,
    bytes: Buffer.from('prompt> '),
  });
  // not a record: undefined, never a throw
  assert.equal(parseRecord(Buffer.from('garbage')), undefined);
  assert.equal(parseRecord(Buffer.from(`${t} stdin  F x`)), undefined);
});

test('rotation: segments never exceed the cap, the oldest go, offsets keep their meaning across rotations', (t) => {
  const dir = tempDir(t);
  const limits = { maxSize: MIN_LOG_SIZE, maxFile: 3 };
  const store = new LogStore(dir, limits);
  const line = (i: number) => encodeRecord(at(i), i % 2 ? 'stderr' : 'stdout', false, Buffer.from(`line ${i} ${'.'.repeat(200)}`));
  // logs -f: a reader that follows by offset while the writer rotates
  let followed = 0;
  let offset = 0;
  let gaps = 0;
  for (let i = 0; i < 3000; i++) {
    store.append(one(line(i)));
    if (i % 97 === 0) {
      const r = readAll(dir, { from: offset });
      if (r.truncated) gaps++;
      for (const rec of r.records) assert.equal(text(rec.bytes).split(' ')[1], String(followed++));
      offset = r.endOffset;
    }
  }
  store.close();
  assert.equal(gaps, 0, 'a reader that kept up never lost output');
  const files = readdirSync(dir);
  assert.equal(files.length, 3, files.join(' '));
  for (const f of files) assert.ok(statSync(join(dir, f)).size <= limits.maxSize, `${f} is over the cap`);
  const segs = listSegments(dir);
  for (let i = 1; i < segs.length; i++) assert.equal(segs[i]!.start, segs[i - 1]!.start + statSync(segs[i - 1]!.path).size);
  // everything kept, in order, ending with the latest line; older output is gone
  const all = readAll(dir, {});
  assert.equal(all.truncated, true);
  assert.match(text(all.records.at(-1)!.bytes), /^line 2999 /);
  const nums = all.records.map((r) => Number(text(r.bytes).split(' ')[1]));
  assert.deepEqual(
    nums,
    nums.map((_, i) => nums[0]! + i),
  );
  assert.deepEqual(
    all.records.slice(-2).map((r) => r.stream),
    ['stdout', 'stderr'],
  );
  // a follower that fell behind a rotation: told so, goes on at the oldest kept
  const behind = readLog(dir, { from: 0, maxBytes: 1000 });
  assert.equal(behind.truncated, true);
  assert.equal(behind.records[0]!.offset, segs[0]!.start);
  // positive control: from an offset still kept, nothing is truncated
  assert.equal(readLog(dir, { from: segs[1]!.start, maxBytes: 1000 }).truncated, false);
});

test('rotation: one chunk larger than the cap is cut between records, never inside one', (t) => {
  const dir = tempDir(t);
  const store = new LogStore(dir, { maxSize: MIN_LOG_SIZE, maxFile: 10 });
  const lines = Array.from({ length: 3000 }, (_, i) => `chunk ${i} ${'#'.repeat(60)}\n`).join('');
  store.append(encodeLines(at(1), 'stdout', Buffer.from(lines), false).records);
  store.close();
  const files = readdirSync(dir);
  assert.ok(files.length > 2, `${files.length} files`);
  for (const f of files) assert.ok(statSync(join(dir, f)).size <= MIN_LOG_SIZE, `${f} is over the cap`);
  const got = readAll(dir, {}).records.map((r) => text(r.bytes));
  assert.equal(got.length, 3000);
  assert.equal(`${got.join('\n')}\n`, lines);
});

test('a record half-written when the agent died is cut; the time goes on from the last record', (t) => {
  const dir = tempDir(t);
  const s1 = new LogStore(dir, { maxSize: MIN_LOG_SIZE, maxFile: 2 });
  s1.append(one(encodeRecord(at(5), 'stdout', false, Buffer.from('whole'))));
  s1.close();
  const seg = listSegments(dir)[0]!.path;
  appendFileSync(seg, `${at(6)} stdout F half`);
  const s2 = new LogStore(dir, { maxSize: MIN_LOG_SIZE, maxFile: 2 });
  assert.equal(s2.lastTime, at(5));
  s2.append(one(encodeRecord(at(7), 'stdout', false, Buffer.from('next'))));
  s2.close();
  assert.deepEqual(
    readAll(dir, {}).records.map((r) => text(r.bytes)),
    ['whole', 'next'],
  );
});

test('read: --since, --until and --tail select lines; pieces of a line count as one', (t) => {
  const dir = tempDir(t);
  const store = new LogStore(dir, { maxSize: MIN_LOG_SIZE, maxFile: 5 });
  for (let i = 0; i < 600; i++) store.append(one(encodeRecord(at(i), 'stdout', false, Buffer.from(`l${i} ${'-'.repeat(300)}`))));
  const a = encodeRecord(at(600), 'stdout', true, Buffer.from('a'));
  store.append({ bytes: Buffer.concat([a, encodeRecord(at(600), 'stdout', false, Buffer.from('b'))]), ends: [a.length, 2 * a.length] });
  store.close();
  assert.ok(listSegments(dir).length > 2, 'the test spans several segments');
  const first = (req: Omit<ReadRequest, 'maxBytes'>) => readAll(dir, req).records.map((r) => text(r.bytes).split(' ')[0]);
  assert.deepEqual(first({ since: at(590) }), ['l590', 'l591', 'l592', 'l593', 'l594', 'l595', 'l596', 'l597', 'l598', 'l599', 'a', 'b']);
  assert.deepEqual(first({ since: at(100), until: at(102) }), ['l100', 'l101', 'l102']);
  // a since between two records' times starts at the next one
  assert.deepEqual(first({ since: stampOf(1_764_150_000_000_000_000n + 100_500_000_000n), until: at(101) }), ['l101']);
  assert.deepEqual(first({ tailLines: 2 }), ['l599', 'a', 'b']);
  assert.deepEqual(first({ tailLines: 0 }), []);
  assert.deepEqual(first({ tailLines: 2, until: at(300) }), ['l299', 'l300']);
  assert.deepEqual(first({ tailLines: 50, since: at(598) }), ['l598', 'l599', 'a', 'b']);
  assert.equal(first({ since: at(1000) }).length, 0);
  // an empty newest file (the agent stopped between starting it and writing) changes nothing
  const last = listSegments(dir).at(-1)!;
  writeFileSync(join(dir, `${String(last.start + statSync(last.path).size).padStart(16, '0')}.log`), '');
  assert.deepEqual(first({ since: at(599) }), ['l599', 'a', 'b']);
  assert.deepEqual(first({ tailLines: 1 }), ['a', 'b']);
  // nothing kept yet: empty, not an error
  assert.deepEqual(readLog(join(dir, 'none'), { maxBytes: 10 }), { records: [], truncated: false, endOffset: 0, more: false });
});

test('requests: an older CLI (no records) gets the last 64 KiB as before; a bad time is refused in one line', (t) => {
  assert.deepEqual(readRequestOf({ workload: 'w' }), { maxBytes: 64 * 1024, tailLines: Number.MAX_SAFE_INTEGER, tailBytes: 64 * 1024 });
  assert.deepEqual(readRequestOf({ workload: 'w', records: true, tail: true, tailLines: 5, since: at(1) }), {
    maxBytes: 256 * 1024,
    perRecord: 40,
    since: at(1),
    tailLines: 5,
  });
  assert.throws(
    () => readRequestOf({ workload: 'w', records: true, since: '10m' }),
    /^InvalidArgument: since must be an RFC 3339 UTC time with 9 fraction digits, got "10m"$/,
  );
  const dir = tempDir(t);
  const store = new LogStore(dir, { maxSize: MIN_LOG_SIZE, maxFile: 3 });
  for (let i = 0; i < 1000; i++) store.append(one(encodeRecord(at(i), 'stdout', false, Buffer.from(`old ${i} ${'='.repeat(100)}`))));
  store.close();
  const legacy = readLog(dir, readRequestOf({ workload: 'w' }));
  const bytes = legacy.records.reduce((n, r) => n + r.bytes.length + 1, 0);
  assert.ok(bytes <= 64 * 1024 && bytes > 60 * 1024, `${bytes} bytes`);
  assert.match(text(legacy.records.at(-1)!.bytes), /^old 999 /);
});

test('a reply of one-byte lines still fits in one NATS message (1 MiB): each record counts its overhead', (t) => {
  const dir = tempDir(t);
  const store = new LogStore(dir, { maxSize: 64 * 1024 * 1024, maxFile: 1 });
  store.append(encodeLines(at(1), 'stdout', Buffer.from('x\n'.repeat(200_000)), false).records);
  store.close();
  const replySize = (perRecord?: number) => {
    const r = readLog(dir, { maxBytes: 256 * 1024, ...(perRecord ? { perRecord } : {}) });
    const records = r.records.map((x) => ({ time: x.time, stderr: false, data: Buffer.from('x\n') }));
    return codecs.logsReply.encode({ records, endOffset: r.endOffset, more: r.more, running: true }).length;
  };
  assert.ok(replySize(40) < 1024 * 1024, `${replySize(40)} bytes`);
  assert.ok(replySize() > 1024 * 1024, 'positive control: without the overhead counted it would not fit');
});

test("FIFOs: a real process's stdout and stderr, a time per line, its unfinished last line when it exits", async (t) => {
  const dir = tempDir(t);
  const p = fifoPaths(dir);
  await new LinuxKernel().makeFifos([p.stdout, p.stderr]);
  assert.equal(statSync(p.stdout).mode & 0o777, 0o600);
  const errors: Error[] = [];
  const out = new WorkloadOutput(dir, { maxSize: MIN_LOG_SIZE, maxFile: 2 }, (e) => errors.push(e));
  t.after(() => out.close());
  const before = nowStamp();
  const proc = spawnStreaming(['sh', '-c', 'echo out1; echo err1 >&2; printf "no newline"'], undefined, { output: p });
  assert.equal(await proc.exited, 0);
  out.drain(true);
  const recs = readAll(dir, {}).records;
  assert.deepEqual(recs.map((r) => [r.stream, text(r.bytes), r.partial]).sort(), [
    ['stderr', 'err1', false],
    ['stdout', 'no newline', true],
    ['stdout', 'out1', false],
  ]);
  for (const r of recs) assert.ok(isStamp(r.time) && r.time > before, r.time);
  assert.deepEqual(errors, []);
});

test('the CLI prints each stream to its own fd, with a time before each line when asked', () => {
  const got: [number, string][] = [];
  const io = { raw: (fd: 1 | 2, d: Uint8Array) => got.push([fd, text(d)]) };
  const recs: LogRecord[] = [
    { time: at(1), data: Buffer.from('a\n') },
    { time: at(2), data: Buffer.from('b1') },
    { time: at(2), data: Buffer.from('b2\n') },
    { time: at(3), stderr: true, data: Buffer.from('e\n') },
  ];
  new RecordPrinter(io, true).print(recs);
  assert.deepEqual(got, [
    [1, `${at(1)} a\n${at(2)} b1b2\n`],
    [2, `${at(3)} e\n`],
  ]);
  got.length = 0;
  new RecordPrinter(io, false).print(recs);
  assert.deepEqual(got, [
    [1, 'a\nb1b2\n'],
    [2, 'e\n'],
  ]);
});

test("--since/--until: Docker's forms", () => {
  const now = Date.UTC(2026, 10, 26, 12, 0, 0);
  assert.equal(parseLogTime('--since', '10m', now), '2026-11-26T11:50:00.000000000Z');
  assert.equal(parseLogTime('--since', '1h30m', now), '2026-11-26T10:30:00.000000000Z');
  assert.equal(parseLogTime('--since', '1.5s', now), '2026-11-26T11:59:58.500000000Z');
  assert.equal(parseLogTime('--since', '1795694400', now), '2026-11-26T12:00:00.000000000Z');
  assert.equal(parseLogTime('--since', '1795694400.000000123', now), '2026-11-26T12:00:00.000000123Z');
  assert.equal(parseLogTime('--since', '2026-11-26T10:00:00.123456789Z', now), '2026-11-26T10:00:00.123456789Z');
  assert.equal(parseLogTime('--since', '2026-11-26T10:00:00+02:00', now), '2026-11-26T08:00:00.000000000Z');
  assert.equal(parseLogTime('--since', '2026-11-26T10:00:00-01:30', now), '2026-11-26T11:30:00.000000000Z');
  // no zone: local time, as Docker reads it
  assert.equal(parseLogTime('--since', '2026-11-26T10:00', now), stampOf(BigInt(new Date(2026, 10, 26, 10, 0).getTime()) * 1_000_000n));
  assert.equal(parseLogTime('--since', '2026-11-26', now), stampOf(BigInt(new Date(2026, 10, 26).getTime()) * 1_000_000n));
  for (const bad of ['soon', '', '-10m', '10', '10 m', '2026-13-01', '2026-02-30T00:00:00Z', '2026-11-26T25:00:00Z', '1h-5m', 'now']) {
    if (bad === '10') continue; // a Unix timestamp (1970-01-01T00:00:10Z), as Docker reads it
    assert.throws(
      () => parseLogTime('--since', bad, now),
      /--since ".*" is not a time: use an RFC 3339 time .* a Unix timestamp .* a duration before now/,
      bad,
    );
  }
});

test('bad --since/--until/--tail: one line, exit 2, before anything is asked', async () => {
  for (const [argv, want] of [
    [['logs', '--since', 'yesterday', 'web'], /^vxnet: --since "yesterday" is not a time: use an RFC 3339 time/],
    [['logs', '--until', '2026-11-31', 'web'], /^vxnet: --until "2026-11-31" is not a time/],
    [['logs', '--tail', 'ten', 'web'], /invalid --tail "ten"/],
  ] as const) {
    let err = '';
    const code = await main(['--nats', 'nats://127.0.0.1:1', ...argv], {
      out: () => undefined,
      err: (s) => (err += s),
      raw: () => undefined,
    });
    assert.equal(code, 2, `${argv.join(' ')}: ${err}`);
    assert.match(err, want);
    assert.equal(err.trim().split('\n').length, 1, err);
  }
});

test('agent config: workloadLogs caps with Docker sizes (default 10m x 3); bad values name the key', (t) => {
  const load = (argv: string[]) => loadAgentConfig(['--host', 'h1', ...argv]) as AgentConfig;
  assert.equal(load([]).logLimits, undefined, 'unset: the supervisor uses DEFAULT_LOG_LIMITS');
  assert.deepEqual(load(['--log-max-size', '20m', '--log-max-file', '5']).logLimits, { maxSize: 20 * 1024 * 1024, maxFile: 5 });
  assert.deepEqual(load(['--log-max-size', '512k']).logLimits, { maxSize: 512 * 1024, maxFile: 3 });
  const dir = tempDir(t);
  const file = join(dir, 'agent.json');
  appendFileSync(file, JSON.stringify({ workloadLogs: { maxSize: '1g', maxFile: 2 } }));
  assert.deepEqual(load(['--config', file]).logLimits, { maxSize: 1024 ** 3, maxFile: 2 });
  // a flag overrides one key of the file, the other stays
  assert.deepEqual(load(['--config', file, '--log-max-file', '4']).logLimits, { maxSize: 1024 ** 3, maxFile: 4 });
  assert.throws(() => load(['--log-max-size', '10x']), /^InvalidArgument: --log-max-size must be a size from \d+k to 1g, such as "10m"/);
  assert.throws(() => load(['--log-max-size', '1k']), /--log-max-size must be a size/);
  assert.throws(() => load(['--log-max-file', '0']), /--log-max-file must be an integer in 1-100, got 0/);
  const bad = join(dir, 'bad.json');
  appendFileSync(bad, JSON.stringify({ workloadLogs: { maxSize: '10m', maxFiles: 3 } }));
  assert.throws(() => load(['--config', bad]), /unknown config key "workloadLogs.maxFiles"/);
});
