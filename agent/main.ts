#!/usr/bin/env node
// vxnet-agent's entry point: sets V8's flags (v8-flags.ts), then loads and
// runs the agent (start.ts). Set before the agent's modules are loaded (a
// dynamic import), --optimize-for-size also shapes the heap their loading
// builds: measured, idle RSS 72 instead of 83 MB with the same modules; set
// after them, it reached only later growth.
// Must never: import anything of the agent statically but its flags.
import { setFlagsFromString } from 'node:v8';
import { AGENT_V8_FLAGS } from './v8-flags.js';

for (const flag of AGENT_V8_FLAGS) setFlagsFromString(flag);
await import('./start.js');
