// What a verb is: a CommandSpec (flags, arguments, help) and a run function
// that gets parsed arguments and an Io to print to. Keeping output behind Io
// lets tests run main() in-process and see exactly what a user would.
import type { CommandSpec, GlobalValues, Parsed } from './args.js';

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Raw bytes to stdout (1) or stderr (2): exec output is not necessarily text. */
  raw(stream: 1 | 2, data: Uint8Array): void;
  /** Reads one line from stdin (prompts); undefined at end of input. */
  readLine?(): Promise<string | undefined>;
  /** Stdin as raw chunks (exec -i); undefined when there is none. */
  stdin?(): AsyncIterable<Uint8Array>;
  /** True when stdin is a pipe or a file (exec then forwards it by default, as `docker exec -i` would). */
  stdinIsPipe?: boolean;
  /** Routes SIGINT/SIGTERM to `cb` instead of exiting, until the returned function is called. */
  onSignal?(cb: (signal: NodeJS.Signals) => void): () => void;
}

export interface Ctx {
  globals: GlobalValues;
  io: Io;
}

export interface Command {
  spec: CommandSpec;
  /**
   * Exit code for vxnet's own failures instead of 1/2/3, for verbs whose exit code is
   * otherwise the remote command's (exec: 125, Docker's choice), so they never collide.
   */
  ownFailureCode?: number;
  /** Returns the process exit code; throws CliError (or VxnetError) on failure. */
  run(ctx: Ctx, p: Parsed): Promise<number>;
}
