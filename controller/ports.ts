// Published ports: the pure parser of Docker's `-p` forms and of `--expose`,
// and the plan of which host ports a workload asks for.
// Forms: CPORT, HPORT:CPORT, IP::CPORT, IP:HPORT:CPORT, each with /tcp or /udp,
// and ranges (8000-8002:80-82, or 8000-8010:80 = any one host port of the range).
// Must never: claim anything (claims.ts) or touch the store.
import { InvalidArgument } from '../lib/errors.js';
import { printable } from '../lib/names.js';
import { formatIp, tryParseIp } from '../lib/ipv4.js';

export type Proto = 'tcp' | 'udp';

/** One container port to publish; hostFrom/hostTo = 0 means "any port of the configured range". */
export interface PortRequest {
  protocol: Proto;
  hostIp: string;
  containerPort: number;
  hostFrom: number;
  hostTo: number;
}

export interface Exposed {
  protocol: Proto;
  port: number;
}

function bad(spec: string, why: string): never {
  throw new InvalidArgument(`invalid port spec "${printable(spec)}": ${why}`);
}

function splitProto(spec: string, text: string): [string, Proto] {
  const slash = text.lastIndexOf('/');
  if (slash < 0) return [text, 'tcp'];
  const p = text.slice(slash + 1).toLowerCase();
  if (p !== 'tcp' && p !== 'udp') bad(spec, `unknown protocol "${printable(p)}": use tcp or udp`);
  return [text.slice(0, slash), p];
}

function range(spec: string, text: string): [number, number] {
  const m = /^(\d{1,5})(?:-(\d{1,5}))?$/.exec(text);
  if (!m) bad(spec, `"${printable(text)}" is not a port or a FROM-TO range`);
  const from = Number(m[1]);
  const to = m[2] === undefined ? from : Number(m[2]);
  if (from < 1 || to > 65535) bad(spec, 'ports must be between 1 and 65535');
  if (from > to) bad(spec, `range ${from}-${to} runs backwards: write ${to}-${from}`);
  return [from, to];
}

/** Parses one `-p` spec into one request per container port. */
export function parsePublish(spec: string): PortRequest[] {
  const [body, protocol] = splitProto(spec, spec.trim());
  if (body.startsWith('[') || (body.match(/:/g)?.length ?? 0) > 2) bad(spec, 'only IPv4 host addresses are supported');
  const parts = body.split(':');
  let hostIp = '';
  let hostPart = '';
  let containerPart: string;
  if (parts.length === 1) containerPart = parts[0]!;
  else if (parts.length === 2) [hostPart, containerPart] = [parts[0]!, parts[1]!];
  else {
    const ip = tryParseIp(parts[0]!);
    if (ip === undefined) bad(spec, `"${printable(parts[0]!)}" is not an IPv4 address`);
    hostIp = formatIp(ip);
    [hostPart, containerPart] = [parts[1]!, parts[2]!];
  }
  const [cFrom, cTo] = range(spec, containerPart);
  const count = cTo - cFrom + 1;
  if (hostPart === '') {
    return Array.from({ length: count }, (_, i) => ({ protocol, hostIp, containerPort: cFrom + i, hostFrom: 0, hostTo: 0 }));
  }
  const [hFrom, hTo] = range(spec, hostPart);
  if (count === 1) return [{ protocol, hostIp, containerPort: cFrom, hostFrom: hFrom, hostTo: hTo }];
  if (hTo - hFrom + 1 !== count)
    bad(spec, `host range ${hFrom}-${hTo} and container range ${cFrom}-${cTo} differ in length: make them equal`);
  return Array.from({ length: count }, (_, i) => ({ protocol, hostIp, containerPort: cFrom + i, hostFrom: hFrom + i, hostTo: hFrom + i }));
}

/** Parses `--expose` values: "80", "80/udp", "2000-2002/tcp". */
export function parseExpose(spec: string): Exposed[] {
  const [body, protocol] = splitProto(spec, spec.trim());
  const [from, to] = range(spec, body);
  return Array.from({ length: to - from + 1 }, (_, i) => ({ protocol, port: from + i }));
}

/** Canonical text of an expose spec, as stored in the Workload. */
export function formatExpose(spec: string): string {
  const [body, protocol] = splitProto(spec, spec.trim());
  const [from, to] = range(spec, body);
  return `${from === to ? from : `${from}-${to}`}/${protocol}`;
}

/**
 * Everything a run publishes: the `-p` specs, then with `-P` every exposed
 * port not already published, to a random host port.
 */
export function planPorts(publish: readonly string[], publishAll: boolean, expose: readonly string[]): PortRequest[] {
  const out = publish.flatMap(parsePublish);
  const exposed = expose.flatMap(parseExpose);
  const seen = new Set<string>();
  for (const r of out) {
    const key = `${r.protocol}:${r.hostIp}:${r.hostFrom}:${r.hostTo}`;
    if (r.hostFrom !== 0 && r.hostFrom === r.hostTo) {
      if (seen.has(key)) throw new InvalidArgument(`host port ${r.hostFrom}/${r.protocol} is published twice: publish it once`);
      seen.add(key);
    }
  }
  if (publishAll) {
    for (const e of exposed) {
      if (!out.some((r) => r.protocol === e.protocol && r.containerPort === e.port)) {
        out.push({ protocol: e.protocol, hostIp: '', containerPort: e.port, hostFrom: 0, hostTo: 0 });
      }
    }
  }
  return out;
}
