// The `vxnet run` flags Docker users bring: -e/--env and --env-file,
// checked locally so a bad value never reaches the controller. Pure apart from
// reading the env file the user named.
import { readFileSync } from 'node:fs';
import { UsageError } from '../errors.js';

const ENV_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** `KEY=VALUE`, or `KEY` alone taking this shell's value (Docker's -e KEY); returns "KEY=VALUE". */
export function checkEnv(item: string, env: NodeJS.ProcessEnv): string {
  const eq = item.indexOf('=');
  const key = eq >= 0 ? item.slice(0, eq) : item;
  if (!ENV_KEY.test(key)) throw new UsageError(`invalid --env "${item}": expected KEY=VALUE with KEY of letters, digits and _`);
  if (eq >= 0) return item;
  return `${key}=${env[key] ?? ''}`;
}

/** Docker's env-file: one KEY=VALUE per line, # comments and blank lines skipped, KEY alone from this shell. */
export function readEnvFile(path: string, env: NodeJS.ProcessEnv = process.env): string[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read --env-file ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  return text
    .split('\n')
    .map((l) => l.replace(/\r$/, ''))
    .filter((l) => l.trim() !== '' && !l.trimStart().startsWith('#'))
    .map((l, i) => {
      try {
        return checkEnv(l.trimStart(), env);
      } catch {
        throw new UsageError(`invalid line ${i + 1} in --env-file ${path}: expected KEY=VALUE`);
      }
    });
}
