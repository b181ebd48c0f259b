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
}

export interface Ctx {
  globals: GlobalValues;
  io: Io;
}

export interface Command {
  spec: CommandSpec;
  /** Returns the process exit code; throws CliError (or VxnetError) on failure. */
  run(ctx: Ctx, p: Parsed): Promise<number>;
}

export const FORMAT_OPTION = { type: 'string', arg: 'json|table', desc: 'output format' } as const;
export const QUIET_OPTION = { type: 'boolean', short: 'q', desc: 'only print names' } as const;
