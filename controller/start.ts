// vxnet-controller's body (main.ts loads it once V8's flags are set):
// flags/config → NATS connection (reconnects forever) →
// KV bucket (created when missing) → admin API and host feeds.
// SIGTERM/SIGINT: stop taking requests, finish those in flight, drain, exit 0.
// Must never: hold state that is not in the KV bucket (beyond caches).
import { errorMessage } from '../lib/errors.js';
import { createLogger } from '../lib/log.js';
import { connectNats, natsSettingsFromEnv } from '../lib/nats.js';
import { loadConfig } from './config.js';
import { startController } from './service.js';
import { ControllerMetrics } from './metrics.js';
import { serveMetrics } from '../lib/metrics.js';

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.includes('--help') || argv.includes('-h')) {
    const { USAGE } = await import('./config.js');
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const config = loadConfig(argv);
  const log = createLogger('controller', config.logLevel);
  const nc = await connectNats(
    natsSettingsFromEnv({
      servers: config.nats,
      creds: config.creds,
      user: config.user,
      password: config.password,
      tlsCa: config.tlsCa,
      tlsCert: config.tlsCert,
      tlsKey: config.tlsKey,
      name: 'vxnet-controller',
      reconnect: true,
    }),
  );
  log.info({ server: nc.getServer() }, 'connected to NATS');
  void (async () => {
    for await (const s of nc.status()) {
      if (s.type === 'disconnect' || s.type === 'reconnect' || s.type === 'error') log.warn({ status: s.type }, 'NATS connection status');
    }
  })();
  const metrics = config.metrics ? new ControllerMetrics() : undefined;
  const controller = await startController({
    nc,
    log,
    ...(metrics ? { metrics } : {}),
    replicas: config.replicas,
    config: {
      defaultPool: config.defaultPool,
      defaultPrefix: config.defaultPrefix,
      defaultPool6: config.defaultPool6,
      defaultPrefix6: config.defaultPrefix6,
      hostDownAfterMs: config.hostDownAfterMs,
      portRange: config.portRange,
      heartbeatWriteMs: config.heartbeatWriteMs,
      addressCacheMs: config.addressCacheMs,
      orphanGraceMs: config.orphanGraceMs,
    },
  });
  const server =
    metrics && config.metrics
      ? await serveMetrics(metrics.registry, config.metrics, () => (nc.isClosed() ? 'the NATS connection is closed' : undefined), log)
      : undefined;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping');
    try {
      await server?.close();
      await controller.stop();
      await nc.drain();
      process.exit(0);
    } catch (err) {
      log.error({ err: errorMessage(err) }, 'unclean stop');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((err) => {
  process.stderr.write(`vxnet-controller: ${errorMessage(err)}\n`);
  process.exit(1);
});
