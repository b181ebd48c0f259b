// Command-line parsing for `vxnet`: global connection flags, one strict
// node:util parseArgs per verb, generated --help, and the small value checks
// (k=v, IP, CIDR, counts) that can be caught before anything is sent.
// It never talks to NATS: a parse error always exits 2 without a round trip.
import { parseArgs } from 'node:util';
import { isIP } from 'node:net';
import { UsageError } from './errors.js';
import { InvalidArgument } from '../lib/errors.js';

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  /** Placeholder shown in --help, e.g. "CIDR". */
  arg?: string;
  desc: string;
  /** Other long names Docker users type for the same flag, e.g. "net" for "network". */
  aliases?: string[];
}

export interface CommandSpec {
  /** "network create" */
  name: string;
  /** Arguments after the options, e.g. "NETWORK" or "NAME [NAME...]". */
  args: string;
  summary: string;
  options: Record<string, OptionSpec>;
  minArgs?: number;
  maxArgs?: number;
  /** Example lines shown in --help. */
  examples?: string[];
}

export interface Parsed {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
  /** Everything after the first `--` (a command to run), or undefined if there was no `--`. */
  rest: string[] | undefined;
  help: boolean;
}

/** Global flags, accepted anywhere before `--`. */
export const GLOBAL_OPTIONS: Record<string, OptionSpec> = {
  nats: {
    type: 'string',
    arg: 'URL',
    desc: 'NATS server(s), comma-separated (env VXNET_NATS; default: the running lab, else nats://127.0.0.1:4222)',
  },
  creds: { type: 'string', arg: 'FILE', desc: 'NATS credentials file (env VXNET_NATS_CREDS)' },
  user: { type: 'string', arg: 'USER', desc: 'NATS user (env VXNET_NATS_USER)' },
  password: { type: 'string', arg: 'PASSWORD', desc: 'NATS password (env VXNET_NATS_PASSWORD)' },
  'tls-ca': { type: 'string', arg: 'FILE', desc: 'CA to verify the NATS server (env VXNET_NATS_TLS_CA)' },
  'tls-cert': { type: 'string', arg: 'FILE', desc: 'client certificate (env VXNET_NATS_TLS_CERT)' },
  'tls-key': { type: 'string', arg: 'FILE', desc: 'client key (env VXNET_NATS_TLS_KEY)' },
};

export type GlobalValues = Partial<Record<keyof typeof GLOBAL_OPTIONS, string>>;

/** Removes global flags (before any `--`) from argv, wherever they are. */
export function extractGlobals(argv: readonly string[]): { globals: GlobalValues; rest: string[] } {
  const globals: Record<string, string> = {};
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    const m = /^--([a-z-]+)(?:=(.*))?$/s.exec(a);
    if (m && m[1]! in GLOBAL_OPTIONS) {
      let value = m[2];
      if (value === undefined) {
        value = argv[i + 1];
        if (value === undefined || value.startsWith('-')) throw new UsageError(`flag --${m[1]} needs a value`);
        i++;
      }
      globals[m[1]!] = value;
      continue;
    }
    rest.push(a);
  }
  return { globals, rest };
}

export function parseCommand(spec: CommandSpec, argv: readonly string[]): Parsed {
  const dd = argv.indexOf('--');
  const rest = dd >= 0 ? argv.slice(dd + 1) : undefined;
  const before = normalizeFlags(spec, dd >= 0 ? argv.slice(0, dd) : [...argv]);
  // -h is help only where the verb does not use it (`run -h NAME` is the hostname, as in Docker).
  const shortH = Object.values(spec.options).some((o) => o.short === 'h');
  const options: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }> = {
    help: { type: 'boolean', ...(shortH ? {} : { short: 'h' }) },
  };
  for (const [k, o] of Object.entries(spec.options)) {
    options[k] = { type: o.type, ...(o.short ? { short: o.short } : {}), ...(o.multiple ? { multiple: true } : {}) };
  }
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; options: typeof options; strict: true; allowPositionals: true; tokens: true }>>;
  try {
    parsed = parseArgs({ args: before, options, strict: true, allowPositionals: true, tokens: true });
  } catch (err) {
    throw new UsageError(`${describeParseError(err)}; see 'vxnet ${spec.name} --help'`);
  }
  const seen = new Set<string>();
  for (const t of parsed.tokens) {
    if (t.kind !== 'option' || options[t.name]?.multiple || options[t.name]?.type !== 'string') continue;
    if (seen.has(t.name)) throw new UsageError(`flag --${t.name} given twice: give it once; see 'vxnet ${spec.name} --help'`);
    seen.add(t.name);
  }
  const values = parsed.values as Parsed['values'];
  const help = values.help === true;
  if (!help) {
    const n = parsed.positionals.length;
    if (spec.minArgs !== undefined && n < spec.minArgs) {
      throw new UsageError(`'vxnet ${spec.name}' needs ${spec.args}; see 'vxnet ${spec.name} --help'`);
    }
    if (spec.maxArgs !== undefined && n > spec.maxArgs) {
      throw new UsageError(
        `unexpected argument "${parsed.positionals[spec.maxArgs]}" for 'vxnet ${spec.name}'; see 'vxnet ${spec.name} --help'`,
      );
    }
  }
  return { values, positionals: parsed.positionals, rest, help };
}

/**
 * Docker's spellings made canonical before parsing: alias names (--net → --network)
 * and boolean values (--all=true, --all=false; Docker's flags accept both).
 */
function normalizeFlags(spec: CommandSpec, args: string[]): string[] {
  const canonical = new Map<string, string>();
  for (const [k, o] of Object.entries(spec.options)) for (const a of o.aliases ?? []) canonical.set(a, k);
  const out: string[] = [];
  for (const a of args) {
    const m = /^--([A-Za-z0-9][A-Za-z0-9-]*)(=(.*))?$/s.exec(a);
    if (!m) {
      out.push(a);
      continue;
    }
    const name = canonical.get(m[1]!) ?? m[1]!;
    const value = m[3];
    if (spec.options[name]?.type === 'boolean' && value !== undefined) {
      if (value === 'true') out.push(`--${name}`);
      else if (value !== 'false')
        throw new UsageError(`flag --${name} takes true or false, not "${value}"; see 'vxnet ${spec.name} --help'`);
      continue;
    }
    out.push(value === undefined ? `--${name}` : `--${name}=${value}`);
  }
  return out;
}

function describeParseError(err: unknown): string {
  const e = err as { code?: string; message?: string };
  const quoted = /'([^']+)'/.exec(e.message ?? '')?.[1];
  switch (e.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown flag ${quoted ?? ''}`.trim();
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
      const flag = quoted?.split(' ')[0] ?? 'a flag';
      return /ambiguous|missing/.test(e.message ?? '') ? `flag ${flag} needs a value` : `flag ${flag} takes no value`;
    }
    default:
      return (e.message ?? String(err)).split('\n')[0]!;
  }
}

export function helpText(spec: CommandSpec, withGlobals = true): string {
  const lines = [`Usage: vxnet ${spec.name} [OPTIONS] ${spec.args}`.trimEnd(), '', spec.summary, ''];
  const opts = Object.entries(spec.options);
  if (opts.length > 0) lines.push('Options:', ...optionLines(spec.options), '');
  if (withGlobals) lines.push('Global options:', ...optionLines(GLOBAL_OPTIONS), '');
  if (spec.examples?.length) lines.push('Examples:', ...spec.examples.map((e) => `  ${e}`), '');
  return lines.join('\n');
}

function optionLines(options: Record<string, OptionSpec>): string[] {
  const left = Object.entries(options).map(([k, o]) => {
    const names = [`--${k}`, ...(o.aliases ?? []).map((a) => `--${a}`)].join(', ');
    const flag = `${o.short ? `-${o.short}, ` : '    '}${names}${o.arg ? ` ${o.arg}` : ''}`;
    return [flag, `${o.desc}${o.multiple ? ' (repeatable)' : ''}`] as const;
  });
  const w = Math.max(...left.map(([f]) => f.length));
  return left.map(([f, d]) => `  ${f.padEnd(w)}   ${d}`);
}

// ------------------------------------------------------------ value helpers

export function str(p: Parsed, key: string): string | undefined {
  const v = p.values[key];
  return typeof v === 'string' ? v : undefined;
}
export function bool(p: Parsed, key: string): boolean {
  return p.values[key] === true;
}
export function list(p: Parsed, key: string): string[] {
  const v = p.values[key];
  return Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
}

/** `k=v` pairs (a bare `k` means an empty value), as Docker's --label / -o. */
export function keyValues(items: readonly string[], flag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of items) {
    const eq = item.indexOf('=');
    const k = eq >= 0 ? item.slice(0, eq) : item;
    if (k.length === 0) throw new UsageError(`invalid --${flag} "${item}": expected key=value`);
    out[k] = eq >= 0 ? item.slice(eq + 1) : '';
  }
  return out;
}

/** Any IP address (a DNS server may be IPv6). */
export function checkIp(value: string, flag: string): string {
  if (isIP(value) === 0) throw new UsageError(`invalid --${flag} "${value}": not an IP address`);
  return value;
}

/** Runs a lib/ check; its InvalidArgument becomes a usage error (exit 2, no round trip). */
export function usage(check: () => unknown, value = ''): string {
  try {
    check();
  } catch (err) {
    if (err instanceof InvalidArgument) throw new UsageError(err.message);
    throw err;
  }
  return value;
}

/** `--add-host name:ip` (Docker's form; the IP may itself contain colons). */
export function checkAddHost(value: string): string {
  const i = value.indexOf(':');
  const name = i > 0 ? value.slice(0, i) : '';
  const ip = i > 0 ? value.slice(i + 1) : '';
  if (!name || (isIP(ip) === 0 && ip !== 'host-gateway')) {
    throw new UsageError(`invalid --add-host "${value}": expected name:ip, e.g. db:10.0.0.5`);
  }
  return value;
}

export function intInRange(value: string | undefined, flag: string, min: number, max: number, dflt: number): number {
  if (value === undefined) return dflt;
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new UsageError(`invalid --${flag} "${value}": expected a whole number from ${min} to ${max}`);
  }
  return Number(value);
}
