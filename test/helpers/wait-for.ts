// Polls a condition until it holds or time runs out, for tests that wait on
// something another process does. A check that throws counts as "not yet";
// on timeout the error says what was awaited, the check's last error and
// whatever `what` adds (logs). Must never sleep without checking first.

export interface WaitOptions {
  timeoutMs?: number;
  intervalMs?: number;
}

export async function waitFor(
  check: () => boolean | Promise<boolean>,
  what: string | (() => string | Promise<string>),
  { timeoutMs = 60_000, intervalMs = 300 }: WaitOptions = {},
): Promise<void> {
  const end = Date.now() + timeoutMs;
  let last = '';
  for (;;) {
    try {
      if (await check()) return;
    } catch (err) {
      last = (err as Error).message.trim();
    }
    if (Date.now() > end) throw new Error(`${typeof what === 'string' ? what : await what()}${last ? `\n(last error: ${last})` : ''}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/** Calls `fn` until it returns without throwing (a cluster electing leaders, a daemon starting); its value. */
export async function retrying<T>(fn: () => Promise<T>, what: string, opts: WaitOptions = {}): Promise<T> {
  const got: { value?: T } = {};
  await waitFor(
    async () => {
      got.value = await fn();
      return true;
    },
    what,
    opts,
  );
  return got.value as T;
}
