// The V8 flags the agent runs with: agent/main.ts sets them before the
// agent's modules load, and the setup benchmark starts its reconciler child
// with them, so what it times runs under the agent's heap settings.
// --optimize-for-size: V8 favours memory over speed (with V8's default heap
// growth the agent's RSS grew ~100 KB per workload where its live heap grew
// ~10 KB). --semi-space-growth-factor=1: the young generation stays at its
// initial size; V8 reads this flag whenever it would grow it, so setting it at
// run time works (--max-semi-space-size is read once, when the heap is made,
// and would need every launcher to pass it). Under the footprint benchmark's
// 1,000-workload load V8 had grown it to 15.5 MB resident; with the flag
// 2.1 MB, same convergence time.
// Must never: import anything (main.ts loads it before the agent).
export const AGENT_V8_FLAGS = ['--optimize-for-size', '--semi-space-growth-factor=1'] as const;
