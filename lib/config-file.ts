// Strict daemon configuration: reads a JSON config file and checks it (merged
// with flags) against a zod schema. Unknown keys, wrong types and out-of-range
// values become one InvalidArgument line naming the key, so a typo such as
// "replica": 3 stops the daemon at start instead of being ignored.
// Owns: the file reading, the error line, the schema building blocks shared by
// the agent and the controller. Must never: know either daemon's options.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { InvalidArgument, errorMessage } from './errors.js';

/** Keys starting with `_` (e.g. `_doc` in the samples) are comments, at any depth. */
function dropComments(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(dropComments);
  if (v === null || typeof v !== 'object') return v;
  return Object.fromEntries(
    Object.entries(v)
      .filter(([k]) => !k.startsWith('_'))
      .map(([k, x]) => [k, dropComments(x)]),
  );
}

/** The config file as an object ({} without a file); one line on any failure. */
export function readConfigFile(path: string | undefined): Record<string, unknown> {
  if (!path) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new InvalidArgument(`cannot read config file ${path}: ${errorMessage(err)}`);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new InvalidArgument(`config file ${path} must hold a JSON object ({"key": value, ...})`);
  }
  return dropComments(parsed) as Record<string, unknown>;
}

export const intIn = (min: number, max: number) => {
  const error = `must be an integer in ${min}-${max}`;
  return z.number({ error }).int({ error }).min(min, { error }).max(max, { error });
};

export const text = () => z.string({ error: 'must be a string' }).min(1, { error: 'must not be empty' });

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let v = raw;
  for (const p of path) v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[p] : undefined;
  return v;
}

function describe(v: unknown): string {
  if (v === undefined) return 'nothing';
  const s = JSON.stringify(v);
  return s === undefined ? String(v) : s.length > 40 ? `${s.slice(0, 37)}...` : s;
}

/** Names where a key's value came from: `config key "x" in FILE` or `--flag`. */
export type Where = (key: string) => string;

export const inFile =
  (file: string | undefined): Where =>
  (key) =>
    `config key "${key}"${file ? ` in ${file}` : ''}`;

/** One line for the first problem: which key, what is wrong, what it got. */
function issueLine(issue: z.core.$ZodIssue, raw: unknown, where: Where): string {
  const at = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((k) => (at ? `${at}.${k}` : k));
    return `unknown ${where(keys[0]!)}: remove it or fix its spelling (every option is in deploy/config)`;
  }
  let why = issue.message;
  // zod's own wording for schemas that carry no message of ours.
  if (issue.code === 'invalid_type' && /^Invalid input/.test(why)) why = `must be ${issue.expected}`;
  else if (/^(Too big|Too small|Invalid)/.test(why)) why = `is invalid (${why})`;
  return `${where(at)} ${why}, got ${describe(valueAt(raw, issue.path))}`;
}

/** Checks raw against the schema; throws one InvalidArgument line naming the key. */
export function parseStrict<S extends z.ZodType>(schema: S, raw: unknown, where: Where): z.output<S> {
  const r = schema.safeParse(raw);
  if (r.success) return r.data;
  throw new InvalidArgument(issueLine(r.error.issues[0]!, raw, where));
}

/** A numeric flag's text as a number when it is one, else as given (so the error shows it). */
export function flagNumber(s: string | undefined): number | string | undefined {
  return s !== undefined && /^-?\d+$/.test(s.trim()) ? Number(s) : s;
}
