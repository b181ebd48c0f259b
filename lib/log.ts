// Structured logs (pino, JSON on stderr) for the daemons. The CLI does not log:
// it prints results on stdout and one error line on stderr.
import { pino, type Logger } from 'pino';

export type { Logger };

export function createLogger(component: string, level = process.env.VXNET_LOG_LEVEL ?? 'info'): Logger {
  return pino({ name: component, level, base: { component } }, pino.destination(2));
}

/** For tests and libraries that take a logger but should stay quiet. */
export const silentLogger: Logger = pino({ level: 'silent' });
