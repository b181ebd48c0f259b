#!/usr/bin/env node
// vxnet-controller's entry point: sets V8's flags, then loads and runs the
// controller (start.ts). As for the agent (agent/main.ts says why and what it
// measured there): --optimize-for-size before any module loads, so V8 keeps
// the heap small rather than fast; the controller's RSS at 10,001 workloads
// swung between 183 and 339 MB from one run to the next with V8's default
// heap growth.
// Must never: import anything of the controller statically.
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--optimize-for-size');
await import('./start.js');
