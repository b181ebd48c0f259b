// One way to print a listing (`ps`, `network ls`, `host ls`), as Docker does:
// a default table, `--format json` (one JSON object per line), a Go-style
// template (`--format '{{.Name}}'`, `table …`), `-q`, and `-f/--filter`.
// Each verb says what its rows are; this module owns the flags' meaning.
// It never talks to NATS.
import type { Parsed } from './args.js';
import { list, str } from './args.js';
import type { OptionSpec } from './args.js';
import { UsageError } from './errors.js';
import { table } from './format.js';
import { compileTemplate, TemplateError } from './template.js';

export const FORMAT_OPTION: OptionSpec = {
  type: 'string',
  arg: 'FORMAT',
  desc: "table (default), json (one object per line), or a Go template such as '{{.Name}}' or 'table {{.Name}}\\t{{.Host}}'",
};
export const QUIET_OPTION: OptionSpec = { type: 'boolean', short: 'q', desc: 'only print names' };
export const FILTER_OPTION: OptionSpec = {
  type: 'string',
  short: 'f',
  multiple: true,
  arg: 'KEY=VALUE',
  desc: 'filter rows; the same key twice matches either, different keys must all match',
};
export const NO_TRUNC_OPTION: OptionSpec = { type: 'boolean', desc: 'do not truncate output' };

export interface Listing<V> {
  /** The fields a template and `{{json .}}` see, Docker-style names (Name, Host, Labels...). */
  row(v: V): Record<string, unknown>;
  /** The full record for `--format json`. */
  plain(v: V): Record<string, unknown>;
  /** The default table. */
  headers: string[];
  cells(v: V, noTrunc: boolean): string[];
  /** `-q` prints this. */
  name(v: V): string;
  /** Filter keys and how each matches one value. */
  filters: Record<string, (v: V, value: string) => boolean>;
}

/** Docker's label filter: `label=k` (present) or `label=k=v` (equal). */
export function labelMatches(labels: Record<string, string> | null | undefined, value: string): boolean {
  const eq = value.indexOf('=');
  const k = eq >= 0 ? value.slice(0, eq) : value;
  if (!labels || !(k in labels)) return false;
  return eq < 0 || labels[k] === value.slice(eq + 1);
}

/** Labels as Docker's listings show them ("a=1,b=2"), still indexable: {{index .Labels "a"}}. */
export function labelField(labels: Record<string, string> | null | undefined): Record<string, string> {
  const out: Record<string, string> = { ...(labels ?? {}) };
  Object.defineProperty(out, 'toString', {
    enumerable: false,
    value: () =>
      Object.entries(labels ?? {})
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => `${k}=${v}`)
        .join(','),
  });
  return out;
}

function applyFilters<V>(listing: Listing<V>, views: V[], specs: readonly string[]): V[] {
  const byKey = new Map<string, string[]>();
  for (const spec of specs) {
    const eq = spec.indexOf('=');
    const key = eq > 0 ? spec.slice(0, eq) : '';
    if (!key || !(key in listing.filters)) {
      const keys = Object.keys(listing.filters).join(', ');
      throw new UsageError(`invalid --filter "${spec}": expected KEY=VALUE with KEY one of ${keys}`);
    }
    byKey.set(key, [...(byKey.get(key) ?? []), spec.slice(eq + 1)]);
  }
  return views.filter((v) => [...byKey].every(([k, values]) => values.some((value) => listing.filters[k]!(v, value))));
}

export function renderListing<V>(listing: Listing<V>, views: V[], p: Parsed): string {
  const shown = applyFilters(listing, views, list(p, 'filter'));
  if (p.values.quiet === true) return shown.map((v) => `${listing.name(v)}\n`).join('');
  const format = str(p, 'format') ?? 'table';
  if (format === 'table')
    return table(
      listing.headers,
      shown.map((v) => listing.cells(v, p.values['no-trunc'] === true)),
    );
  if (format === 'json') return shown.map((v) => `${JSON.stringify(listing.plain(v))}\n`).join('');
  try {
    const t = compileTemplate(format);
    const lines = shown.map((v) => t.render(listing.row(v)));
    if (t.table)
      return table(
        t.headers,
        lines.map((l) => l.split('\t')),
      );
    return lines.map((l) => `${l}\n`).join('');
  } catch (err) {
    if (err instanceof TemplateError) throw new UsageError(`invalid --format: ${err.message}`);
    throw err;
  }
}

/** One template over one value (inspect -f): no table, no filters. */
export function renderTemplate(format: string, value: unknown): string {
  try {
    return `${compileTemplate(format).render(value)}\n`;
  } catch (err) {
    if (err instanceof TemplateError) throw new UsageError(`invalid --format: ${err.message}`);
    throw err;
  }
}
