// Bounded concurrency over a list: the one helper for "at most N at a time"
// (the kernel layer's batches and observations, the workload files manager,
// the fan-out benchmark's agent start-up).
// Must never start more than `limit` at once, never reorder results.

/**
 * Runs fn over items with at most `limit` in flight; results in item order.
 * Once a result satisfies `stopWhen`, items not yet started are skipped (and
 * have no result); those already running finish.
 */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
  stopWhen?: (r: R) => boolean,
): Promise<R[]> {
  const results: { r: R }[] = [];
  let next = 0;
  let stop = false;
  const worker = async () => {
    while (!stop && next < items.length) {
      const i = next++;
      const r = await fn(items[i]!);
      results[i] = { r };
      if (stopWhen?.(r)) stop = true;
    }
  };
  await Promise.all(Array.from({ length: Math.min(Math.max(1, limit), items.length) }, worker));
  return results.filter((x) => x !== undefined).map((x) => x.r);
}
