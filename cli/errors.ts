// Errors of the `vxnet` CLI and the exit code each one maps to.
// The CLI prints exactly one line, `vxnet: <message>`, and never a stack trace:
//   2 = usage (caught locally), 1 = the controller (or agent) refused, 3 = nobody reachable.
import { VxnetError, Code } from '../lib/errors.js';

const EXIT_REMOTE = 1;
const EXIT_USAGE = 2;
const EXIT_UNREACHABLE = 3;

export class CliError extends Error {
  override name = 'CliError';
  constructor(
    readonly exitCode: number,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** A malformed command line: unknown flag, missing argument, bad value. */
export class UsageError extends CliError {
  override name = 'UsageError';
  constructor(message: string) {
    super(EXIT_USAGE, message);
  }
}

/** The controller or an agent answered with an error. */
export class RemoteError extends CliError {
  override name = 'RemoteError';
  constructor(
    message: string,
    readonly code?: number,
  ) {
    super(EXIT_REMOTE, message);
  }
}

/** NATS cannot be reached, or nothing answers on the subject in time. */
export class UnreachableError extends CliError {
  override name = 'UnreachableError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(EXIT_UNREACHABLE, message, options);
  }
}

/** Maps any error to (exit code, one-line message) for main(). */
export function exitFor(err: unknown): { code: number; message: string } {
  const oneLine = (s: string) => s.replace(/\s*\n\s*/g, ' ').trim() || 'unknown error';
  if (err instanceof CliError) return { code: err.exitCode, message: oneLine(err.message) };
  if (err instanceof VxnetError) {
    // Local validation (lib/names.ts) throws InvalidArgument: that is a usage error.
    if (err.code === Code.INVALID_ARGUMENT) return { code: EXIT_USAGE, message: oneLine(err.message) };
    if (err.code === Code.UNAVAILABLE) return { code: EXIT_UNREACHABLE, message: oneLine(err.message) };
    return { code: EXIT_REMOTE, message: oneLine(err.message) };
  }
  return { code: EXIT_REMOTE, message: oneLine(err instanceof Error ? err.message : String(err)) };
}
