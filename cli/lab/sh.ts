// The lab's only way to run a short command: lib/run.ts (an argument array,
// never a shell string). Failures become LabCommandError with argv, exit code
// and stderr, so `lab up`/`lab down` can report exactly what went wrong.
import { run } from '../../lib/run.js';

export class LabCommandError extends Error {
  override name = 'LabCommandError';
  constructor(
    readonly argv: readonly string[],
    readonly exitCode: number | undefined,
    readonly stderr: string,
    options?: { cause?: unknown },
  ) {
    super(`${argv.join(' ')} failed (exit ${exitCode ?? '?'}): ${stderr.trim().split('\n')[0] || 'no output'}`, options);
  }
}

export class LabError extends Error {
  override name = 'LabError';
}

export interface ShResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** Runs argv; throws LabCommandError on a non-zero exit unless `allowFail`. */
export async function sh(argv: readonly string[], opts: { allowFail?: boolean; input?: string } = {}): Promise<ShResult> {
  const r = await run(argv, opts.input !== undefined ? { stdin: opts.input } : {});
  const trim = (t: string) => t.replace(/\r?\n$/, '');
  const res = { stdout: trim(r.stdout), stderr: trim(r.stderr), exitCode: r.exitCode ?? -1 };
  if (res.exitCode !== 0 && !opts.allowFail) throw new LabCommandError(argv, r.exitCode, res.stderr || (r.startError ?? r.signal ?? ''));
  return res;
}

/** `ip -j …` parsed; [] when ip prints nothing (e.g. no namespaces). */
export async function ipJson<T = Record<string, unknown>>(args: readonly string[]): Promise<T[]> {
  const r = await sh(['ip', '-j', ...args]);
  return r.stdout.trim() ? (JSON.parse(r.stdout) as T[]) : [];
}
