// Output of the CLI: docker-style aligned tables, JSON, and small value
// formatters (ages, ports). Pure functions returning strings, so tests can
// check exactly what a user sees; printing is the commands' job.
import { pb, Protocol, type PortMapping } from '../proto/index.js';

/** Columns separated by three spaces, padded to the widest cell; the last column is not padded. */
export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!)))
      .join('   ')
      .trimEnd();
  return `${[line(headers), ...rows.map(line)].join('\n')}\n`;
}

export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** A decoded protobuf message as plain JSON: enums by name, every field present (defaults included), drivers as Docker spells them. */
export function toPlain(type: keyof typeof pb, message: unknown): Record<string, unknown> {
  const t = pb[type] as unknown as { toObject(m: unknown, o: object): Record<string, unknown>; fromObject(o: unknown): unknown };
  const m = t.fromObject(message ?? {});
  return dockerDrivers(t.toObject(m, { enums: String, longs: Number, bytes: String, defaults: true, arrays: true, objects: true }));
}

/** Every `driver` field lower-case ("overlay", "bridge"); the default bridge and the gateway bridge, which have no driver enum, are "bridge". */
function dockerDrivers<T>(value: T): T {
  if (Array.isArray(value)) for (const v of value) dockerDrivers(v);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    for (const [k, v] of Object.entries(o)) {
      if (k === 'driver' && typeof v === 'string') {
        o[k] = v === 'DRIVER_UNSPECIFIED' ? (o.network === 'bridge' || o.network === 'gwbridge' ? 'bridge' : '') : v.toLowerCase();
      } else dockerDrivers(v);
    }
  }
  return value;
}

/** "3s ago", "5m ago", "2h ago", "4d ago"; "never" for 0. */
export function ago(ms: number | null | undefined, now = Date.now()): string {
  if (!ms) return 'never';
  const s = Math.max(0, Math.round((now - ms) / 1000));
  if (s < 60) return `${s}s ago`;
  if (s < 3600) return `${Math.floor(s / 60)}m ago`;
  if (s < 86400) return `${Math.floor(s / 3600)}h ago`;
  return `${Math.floor(s / 86400)}d ago`;
}

export function protoName(p: Protocol | null | undefined): string {
  return p === Protocol.UDP ? 'udp' : 'tcp';
}

/** Docker's `port` line: "80/tcp -> 0.0.0.0:8080". */
export function portLine(p: PortMapping): string {
  const hostIp = p.hostIp || '0.0.0.0';
  const host = hostIp.includes(':') ? `[${hostIp}]` : hostIp;
  return `${p.containerPort ?? 0}/${protoName(p.protocol)} -> ${host}:${p.hostPort ?? 0}`;
}

/** Docker's `ps` PORTS cell: "0.0.0.0:8080->80/tcp, 53/udp". */
export function portsCell(ports: readonly PortMapping[] | null | undefined, expose: readonly string[] | null | undefined = []): string {
  const published = (ports ?? []).map(
    (p) => `${p.hostIp || '0.0.0.0'}:${p.hostPort ?? 0}->${p.containerPort ?? 0}/${protoName(p.protocol)}`,
  );
  const exposed = (expose ?? []).filter((e) => !(ports ?? []).some((p) => `${p.containerPort}/${protoName(p.protocol)}` === withProto(e)));
  return [...published, ...exposed.map(withProto)].join(', ');
}

function withProto(e: string): string {
  return e.includes('/') ? e : `${e}/tcp`;
}

/** A command line for display, truncated like docker's COMMAND column. */
export function commandCell(argv: readonly string[] | null | undefined, max = 30): string {
  const text = (argv ?? []).join(' ');
  const quoted = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return quoted ? `"${quoted}"` : '';
}
