// The coalescing loop and the back-off schedule (lib/coalesce.ts, lib/backoff.ts)
// the reconciler and the files manager share: bursts become one pass, a pass
// never overlaps another, a failed pass is retried, nothing runs after stop().
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { backoffMs, REPAIR_BACKOFF, WAIT_BACKOFF } from '../../lib/backoff.js';
import { Coalescer } from '../../lib/coalesce.js';

async function idle(c: Coalescer): Promise<void> {
  for (let i = 0; i < 300 && !c.idle; i++) await sleep(5);
  assert.ok(c.idle, 'the loop went idle');
}

test('backoff: base doubling per retry, capped', () => {
  assert.deepEqual(
    [0, 1, 2, 3, 4, 5, 6].map((n) => backoffMs(n, WAIT_BACKOFF)),
    [100, 200, 400, 800, 1600, 2000, 2000],
  );
  assert.equal(backoffMs(0, REPAIR_BACKOFF), 200);
  assert.equal(backoffMs(1000, REPAIR_BACKOFF), 30_000);
});

test('a burst of triggers becomes one pass; a trigger during a pass becomes exactly one more', async () => {
  let passes = 0;
  let inside = 0;
  let overlaps = 0;
  let release: (() => void) | undefined;
  const c = new Coalescer(
    async () => {
      passes++;
      if (++inside > 1) overlaps++;
      if (passes === 1) await new Promise<void>((r) => (release = r));
      inside--;
      return true;
    },
    { delayMs: 1, backoff: REPAIR_BACKOFF },
  );
  for (let i = 0; i < 10; i++) c.trigger();
  while (!release) await sleep(1);
  for (let i = 0; i < 10; i++) c.trigger();
  await sleep(20); // longer than delayMs: a timer-only loop would start a second pass now
  release();
  await idle(c);
  assert.equal(overlaps, 0, 'passes never overlap');
  assert.equal(passes, 2);
  await c.stop();
});

test('a failed pass is retried (at once with immediateRetry), then succeeds; nothing runs after stop()', async () => {
  const results = [false, false, true];
  let passes = 0;
  const c = new Coalescer(async () => results[passes++] ?? true, {
    delayMs: 1,
    backoff: { baseMs: 5, maxMs: 5 },
    immediateRetry: true,
  });
  c.trigger();
  for (let i = 0; i < 300 && passes < 3; i++) await sleep(5);
  assert.equal(passes, 3, 'two failures, then the successful retry');
  await idle(c);
  await c.stop();
  c.trigger(0);
  await sleep(20);
  assert.equal(passes, 3, 'no pass after stop()');
});

test('idleStart: an idle loop starts at once (same-tick triggers still one pass); right after a pass the window applies', async () => {
  let passes = 0;
  const c = new Coalescer(
    async () => {
      passes++;
      return true;
    },
    { delayMs: 60_000, idleStart: true, backoff: REPAIR_BACKOFF },
  );
  c.trigger();
  c.trigger();
  await idle(c); // would time out while a 60 s window is pending
  assert.equal(passes, 1, 'triggers of one tick made one pass, without the window');
  // Positive control through the same loop: a trigger right after a pass waits the window.
  c.trigger();
  await sleep(300);
  assert.equal(passes, 1, 'right after a pass, the window holds the next one');
  assert.ok(!c.idle, 'a pass is pending');
  await c.stop();
});
