// Typed errors shared by every part of vxnet.
// A VxnetError carries a wire code so the controller can send it to the CLI and
// the CLI can print the one line and pick the exit code; kernel and wire errors
// carry what an operator needs to see why a command failed.
import { ErrorCode } from '../proto/gen/error-codes.js';

// The wire codes as a plain object (generated from the .proto like the rest of
// proto/gen/), so loading the errors does not load protobufjs.
export const Code = ErrorCode;
export type Code = ErrorCode;

/** "NOT_FOUND" for 2; the number itself for a code this build does not know. */
export function codeName(code: number): string {
  return Object.entries(Code).find(([, v]) => v === code)?.[0] ?? String(code);
}

export class VxnetError extends Error {
  override name = 'VxnetError';
  constructor(
    readonly code: Code,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The user asked for something malformed; the message says what to change. */
export class InvalidArgument extends VxnetError {
  override name = 'InvalidArgument';
  constructor(message: string) {
    super(Code.INVALID_ARGUMENT, message);
  }
}
export class NotFound extends VxnetError {
  override name = 'NotFound';
  constructor(message: string) {
    super(Code.NOT_FOUND, message);
  }
}
export class AlreadyExists extends VxnetError {
  override name = 'AlreadyExists';
  constructor(message: string) {
    super(Code.ALREADY_EXISTS, message);
  }
}
export class Exhausted extends VxnetError {
  override name = 'Exhausted';
  constructor(message: string) {
    super(Code.EXHAUSTED, message);
  }
}
export class FailedPrecondition extends VxnetError {
  override name = 'FailedPrecondition';
  constructor(message: string) {
    super(Code.FAILED_PRECONDITION, message);
  }
}
export class PermissionDenied extends VxnetError {
  override name = 'PermissionDenied';
  constructor(message: string) {
    super(Code.PERMISSION_DENIED, message);
  }
}

export class Unavailable extends VxnetError {
  override name = 'Unavailable';
  constructor(message: string, options?: { cause?: unknown }) {
    super(Code.UNAVAILABLE, message, options);
  }
}

/** A compare-and-set lost against another writer: retry with fresh state. */
export class ConflictError extends VxnetError {
  override name = 'ConflictError';
  constructor(
    readonly key: string,
    options?: { cause?: unknown },
  ) {
    super(Code.CONFLICT, `concurrent update of ${key}`, options);
  }
}

/**
 * A compare-and-set the store accepted and then lost to a racing write with
 * the same expected revision (a replicated NATS stream can accept both:
 * controller/store-kv.ts). As a ConflictError it is a lost CAS to every
 * caller; a caller whose change may have been built upon by a legitimate
 * successor (a CAS on top of it) can tell the two apart.
 */
export class Superseded extends ConflictError {
  override name = 'Superseded';
}

/** Bytes on the wire or in the store that do not decode to what they claim to be. */
export class WireError extends VxnetError {
  override name = 'WireError';
  constructor(
    readonly type: string,
    reason: string,
    options?: { cause?: unknown },
  ) {
    super(Code.INVALID_ARGUMENT, `malformed ${type}: ${reason}`, options);
  }
}

/** A kernel command (ip, bridge, nft) that failed, with everything needed to reproduce it. */
export class KernelCommandError extends Error {
  override name = 'KernelCommandError';
  constructor(
    readonly argv: readonly string[],
    readonly netns: string | undefined,
    readonly exitCode: number | undefined,
    readonly stderr: string,
    readonly failingLine: string | undefined,
    options?: { cause?: unknown },
  ) {
    const where = netns ? ` in netns ${netns}` : '';
    const line = failingLine ? ` at "${failingLine}"` : '';
    super(`${argv.join(' ')}${where} failed (exit ${exitCode ?? '?'})${line}: ${stderr.trim().split('\n')[0] ?? ''}`, options);
  }
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
