// The agent process after its V8 flags are set (main.ts): reads its
// settings, connects to NATS (forever: the data plane keeps forwarding while
// NATS is away), and runs the Agent. On SIGTERM it stops watching and
// reporting but leaves the kernel as it is: workloads keep their network
// across agent restarts; `--teardown` is the uninstall path that removes
// everything the agent made. SIGHUP forces a resync (a fresh observation of
// the kernel) now. Must never be the entry point itself: main.ts imports it
// only after setting the flags, so that loading these modules already runs
// under them.
import { mkdirSync } from 'node:fs';
import { connectNats } from '../lib/nats.js';
import { createLogger } from '../lib/log.js';
import { errorMessage } from '../lib/errors.js';
import { AGENT_USAGE, loadAgentConfig } from './config/config.js';
import { LinuxKernel } from './kernel/linux.js';
import { Agent } from './agent.js';
import { DEFAULT_ETC_NETNS } from './services/files.js';
import { predictKernel } from './pipeline/predict.js';
import { teardown } from './teardown.js';
import { DEFAULT_AGENT_SOCKET } from '../lib/agent-protocol.js';

async function main(): Promise<void> {
  let cfg: ReturnType<typeof loadAgentConfig>;
  try {
    cfg = loadAgentConfig(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`vxnet-agent: ${errorMessage(err)}\n${AGENT_USAGE}\n`);
    process.exit(2);
  }
  if (cfg === 'help') {
    process.stdout.write(`${AGENT_USAGE}\n`);
    return;
  }
  const log = createLogger(`agent:${cfg.host}`);
  mkdirSync(cfg.stateDir, { recursive: true });
  if (cfg.teardown) {
    await teardown(new LinuxKernel(), { ...cfg, etcNetnsDir: DEFAULT_ETC_NETNS }, log);
    log.info({ prefix: cfg.nsPrefix }, 'everything this agent made on the host is removed');
    return;
  }
  const nc = await connectNats(cfg.nats);
  log.info({ nats: cfg.nats.servers, prefix: cfg.nsPrefix }, 'connected');
  void (async () => {
    for await (const s of nc.status()) log.info({ status: s.type }, 'nats connection');
  })();
  const agent = await Agent.start(
    nc,
    new LinuxKernel(),
    {
      ...cfg,
      socket: cfg.socket ?? DEFAULT_AGENT_SOCKET,
      predict: predictKernel,
      etcNetnsDir: DEFAULT_ETC_NETNS,
    },
    log,
  );
  log.info('agent running');

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping (the kernel state stays as it is)');
    await agent.stop();
    await nc.drain().catch(() => undefined);
    process.exit(0);
  };
  // An operator who changed the kernel by hand need not wait for the periodic resync.
  process.on('SIGHUP', () => {
    log.info('SIGHUP: observing the kernel again');
    agent.reconciler.resync();
  });
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((err) => {
  process.stderr.write(`vxnet-agent: ${errorMessage(err)}\n`);
  process.exit(1);
});
