#!/usr/bin/env node
// vxnet-agent's entry point: sets V8's flags, then loads and runs the agent
// (start.ts). V8 is told to favour memory over speed (--optimize-for-size, set
// here: no launcher has to pass it): the agent's live heap grows ~10 KB per
// workload, but with V8's default heap growth its RSS grew ~100 KB per
// workload (old-space pages kept after bursts of garbage). Set before the
// agent's modules are loaded (a dynamic import), the flag also shapes the heap
// their loading builds: measured, idle RSS 72 instead of 83 MB with the same
// modules; set after them, it reached only later growth.
// Must never: import anything of the agent statically.
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--optimize-for-size');
await import('./start.js');
