// Child process of the footprint benchmark: one real Agent (watches,
// reconciler, heartbeat, exec server) on its own NATS connection, with a
// FakeKernel holding the kernel model in memory (so its RSS is an upper bound
// of the agent's: LinuxKernel keeps no such copy). Prints "ready" once
// converged; answers "endpoints" on stdin with how many it holds.
// Must never: touch the real kernel.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { connect } from '@nats-io/transport-node';
import { Agent } from '../agent/agent.js';
import { FakeKernel } from '../agent/kernel/fake.js';
import { silentLogger } from '../lib/log.js';

const [url, host] = process.argv.slice(2);
const dir = mkdtempSync(join(tmpdir(), 'vxbench-fp-'));
const nc = await connect({ servers: url!, name: host!, maxReconnectAttempts: 0 });
const agent = await Agent.start(
  nc,
  new FakeKernel({
    hostLinks: [
      { name: 'lo', kind: 'loopback', mtu: 65536, mac: '00:00:00:00:00:00', up: true, addresses: ['127.0.0.1/8'] },
      { name: 'eth0', kind: 'ether', mtu: 1500, mac: '02:00:00:00:00:01', up: true, addresses: ['198.18.252.1/24'] },
    ],
  }),
  { host: host!, underlayDev: 'eth0', vxlanPort: 4789, nsPrefix: 'vxp-', stateDir: dir, resyncSeconds: 30, heartbeatSeconds: 1 },
  silentLogger,
);
process.stdout.write('ready\n');
createInterface({ input: process.stdin })
  .on('line', (l) => {
    if (l === 'endpoints') {
      const n = [...agent.watcher.state.endpoints.values()].reduce((a, e) => a + e.size, 0);
      process.stdout.write(`endpoints ${n} converged ${agent.reconciler.lastReport.converged}\n`);
    }
  })
  .on('close', () => {
    rmSync(dir, { recursive: true, force: true });
    process.exit(0);
  });
process.on('SIGTERM', () => {
  rmSync(dir, { recursive: true, force: true });
  process.exit(0);
});
