// Workload output on a real cluster whose agent caps it small (--log-max-size
// 64k --log-max-file 2): a command that prints far past the cap still shows its
// latest lines, in order, with older ones gone; the files on disk never exceed
// the cap; `logs -f` follows across rotations until the command exits;
// stdout and stderr come out on the CLI's own stdout and stderr; --timestamps
// prints each line's time; --since/--until select lines by it (the times are
// ordered by causality: the test makes the command print after it took the
// --since time, never by sleeping); an agent killed and restarted loses none
// of what its commands print meanwhile and does not break their output.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cluster } from './cluster.js';

const CAP = 64 * 1024;
const FILES = 2;
let c: Cluster;

before(async () => {
  c = await Cluster.start({ hosts: 1, agentArgs: ['--log-max-size', '64k', '--log-max-file', String(FILES)] });
});
after(async () => {
  await c?.stop();
});

/** The sizes of a workload's kept output files on h1 (the agent's state dir is the cluster's h1/). */
function segmentSizes(name: string): number[] {
  const dir = join(c.dir, 'h1', 'logs', name);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.log'))
    .map((f) => statSync(join(dir, f)).size);
}

const numbers = (out: string) => [...out.matchAll(/^line (\d+) /gm)].map((m) => Number(m[1]));

test('output past the cap: the latest lines in order, the older gone, never more than the cap on disk; logs -f goes on across rotations', async () => {
  // ~120 bytes a line on disk: 4,000 lines are ~480 KB, over seven times the 128 KB kept.
  const pad = 'x'.repeat(70);
  const script = `i=0; while [ $i -lt 4000 ]; do echo "line $i ${pad}"; i=$((i+1)); if [ $((i % 500)) -eq 0 ]; then echo "err $i" >&2; sleep 0.2; fi; done`;
  await c.cliOk(['run', '--host', 'h1', '--name', 'chatty', '--', 'sh', '-c', script]);
  const follow = c.cliProcess(['logs', '-f', 'chatty']);
  let followed = '';
  follow.stdout!.on('data', (d: Buffer) => (followed += d.toString()));
  const followExit = new Promise<number | null>((r) => follow.on('close', r));
  let worst = 0;
  let most = 0;
  await c.until(
    async () => {
      const sizes = segmentSizes('chatty');
      worst = Math.max(worst, ...sizes);
      most = Math.max(most, sizes.length);
      // the last two lines: "line 3999" (stdout) and "err 4000" (stderr)
      return /^line 3999 /m.test(await c.cliOk(['logs', '--tail', '2', 'chatty']));
    },
    60_000,
    () => `the last line never came: ${c.tail('agent-h1')}`,
  );
  assert.ok(worst > 0, 'the output files were found (positive control of the size check)');
  assert.ok(worst <= CAP, `a file reached ${worst} bytes, over the ${CAP}-byte cap`);
  assert.ok(most <= FILES, `${most} files kept, over ${FILES}`);
  const sizes = segmentSizes('chatty');
  assert.ok(sizes.reduce((a, b) => a + b, 0) <= CAP * FILES, `kept ${sizes.join('+')} bytes`);

  const all = await c.cli(['logs', 'chatty']);
  assert.equal(all.code, 0, all.stderr);
  const nums = numbers(all.stdout);
  assert.equal(nums.at(-1), 3999);
  assert.ok(nums[0]! > 0, 'older output is gone');
  assert.deepEqual(
    nums,
    nums.map((_, i) => nums[0]! + i),
    'the kept lines are whole and in order across the rotated files',
  );
  // stderr on stderr, stdout on stdout, as docker logs prints them
  assert.match(all.stderr, /^err 4000$/m);
  assert.doesNotMatch(all.stdout, /^err /m);

  assert.equal(await followExit, 0);
  const seen = numbers(followed);
  assert.equal(seen.at(-1), 3999, 'logs -f printed up to the last line and ended with the command');
  assert.ok(
    seen.every((n, i) => i === 0 || n > seen[i - 1]!),
    'logs -f never printed a line twice or out of order',
  );
});

test("--timestamps prints each line's time; --since and --until select lines by it", async () => {
  const trigger = join(c.dir, 'late-trigger');
  const script = `echo early; echo early-err >&2; while [ ! -e ${trigger} ]; do sleep 0.1; done; echo late; exec sleep 600`;
  const started = Date.now();
  await c.cliOk(['run', '--host', 'h1', '--name', 'clock', '--', 'sh', '-c', script]);
  await c.until(
    async () => /early/.test(await c.cliOk(['logs', 'clock'])),
    30_000,
    () => `no output: ${c.tail('agent-h1')}`,
  );
  // A time after "early" was printed and before "late" will be.
  const seenAt = Date.now();
  await c.until(() => Date.now() > seenAt + 1, 1_000, 'the clock did not move');
  const between = new Date(seenAt + 1).toISOString();
  writeFileSync(trigger, '');
  await c.until(
    async () => /late/.test(await c.cliOk(['logs', 'clock'])),
    30_000,
    () => `no late line: ${c.tail('agent-h1')}`,
  );

  const stamped = await c.cli(['logs', '--timestamps', 'clock']);
  assert.equal(stamped.code, 0, stamped.stderr);
  const lines = stamped.stdout.trimEnd().split('\n');
  assert.deepEqual(
    lines.map((l) => l.replace(/^\S+ /, '')),
    ['early', 'late'],
  );
  for (const l of lines) {
    const m = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z) /.exec(l);
    assert.ok(m, `no RFC 3339 nano time before "${l}"`);
    const ms = Date.parse(m[1]!);
    assert.ok(ms >= started - 1000 && ms <= Date.now() + 1000, `${m[1]} is not the time the line was printed`);
  }
  assert.match(stamped.stderr, /^\d{4}-\d\d-\d\dT\S+Z early-err\n$/);
  const without = await c.cli(['logs', 'clock']);
  assert.equal(without.stdout, 'early\nlate\n', 'no time without --timestamps');

  assert.equal(await c.cliOk(['logs', '--since', between, 'clock']), 'late\n');
  assert.equal(await c.cliOk(['logs', '--until', between, 'clock']), 'early\n');
  // positive controls through the same flag: a time before both, a duration, a Unix time
  assert.equal(await c.cliOk(['logs', '--since', new Date(started - 1000).toISOString(), 'clock']), 'early\nlate\n');
  assert.equal(await c.cliOk(['logs', '--since', '1h', 'clock']), 'early\nlate\n');
  assert.equal(await c.cliOk(['logs', '--since', ((seenAt + 1) / 1000).toFixed(3), 'clock']), 'late\n');
  const bad = await c.cli(['logs', '--since', 'yesterday', 'clock']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /^vxnet: --since "yesterday" is not a time: use an RFC 3339 time .*\n$/);
});

test('the agent killed and restarted: the command lives on, what it printed meanwhile is kept, its output still flows', async () => {
  const [go1, wrote, go2] = ['go1', 'wrote', 'go2'].map((f) => join(c.dir, `restart-${f}`)) as [string, string, string];
  const waitFor = (f: string) => `while [ ! -e ${f} ]; do sleep 0.1; done`;
  // Were the command's FIFO without a reader, `echo during` would kill it (SIGPIPE) and "wrote" never appear.
  const script = `echo before; ${waitFor(go1)}; echo during; : > ${wrote}; ${waitFor(go2)}; echo after; exec sleep 600`;
  await c.cliOk(['run', '--host', 'h1', '--name', 'survivor', '--', 'sh', '-c', script]);
  await c.until(
    async () => /before/.test(await c.cliOk(['logs', 'survivor'])),
    30_000,
    () => `no output: ${c.tail('agent-h1')}`,
  );
  // Only the agent (killAgent would take its process group, the commands with it).
  process.kill(c.pidOf('agent-h1')!, 'SIGKILL');
  await c.until(() => !c.running('agent-h1'), 10_000, 'the agent did not die');
  writeFileSync(go1, '');
  await c.until(() => existsSync(wrote), 30_000, 'the command did not survive printing while no agent ran');
  c.startAgent('h1', ['--log-max-size', '64k', '--log-max-file', String(FILES)]);
  await c.waitHostsReady();
  await c.until(
    async () => (await c.cli(['logs', 'survivor'])).stdout === 'before\nduring\n',
    30_000,
    () => `the line printed while the agent was down is not kept: ${c.tail('agent-h1')}`,
  );
  writeFileSync(go2, '');
  await c.until(
    async () => (await c.cli(['logs', 'survivor'])).stdout === 'before\nduring\nafter\n',
    30_000,
    () => `no output after the restart: ${c.tail('agent-h1')}`,
  );
  await c.cliOk(['rm', '-f', 'survivor']);
  await c.until(() => !existsSync(join(c.dir, 'h1', 'logs', 'survivor')), 30_000, 'the output of a removed workload was kept');
});

test("the agents' predictions of the kernel held all along", async () => {
  await c.assertPredictionsHeld();
});
