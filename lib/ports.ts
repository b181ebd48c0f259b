// Published ports, as the user writes them: the one parser of Docker's `-p`
// forms and of `--expose`, used by the CLI (caught before a round trip) and by
// the controller (which plans and claims from it). IPv4 only until IPv6 exists.
// Forms: CPORT, HPORT:CPORT, IP::CPORT, IP:HPORT:CPORT, each with /tcp or /udp,
// and ranges (8000-8002:80-82, or 8000-8010:80 = any one host port of the range).
// Must never: claim anything or touch the store.
import { InvalidArgument } from './errors.js';
import { printable } from './names.js';
import { formatIp, tryParseIp } from './ipv4.js';

type Proto = 'tcp' | 'udp';

/** One container port to publish; hostFrom/hostTo = 0 means "any port of the configured range". */
export interface PortRequest {
  protocol: Proto;
  hostIp: string;
  containerPort: number;
  hostFrom: number;
  hostTo: number;
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
  if (body.startsWith('[') || (body.match(/:/g)?.length ?? 0) > 2)
    bad(spec, 'IPv6 host addresses are not supported yet: give an IPv4 address, or none');
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

/** Parses `--expose` values ("80", "80/udp", "2000-2002/tcp") as requests for any host port (what -P publishes). */
export function parseExpose(spec: string): PortRequest[] {
  const [body, protocol] = splitProto(spec, spec.trim());
  const [from, to] = range(spec, body);
  return Array.from({ length: to - from + 1 }, (_, i) => ({ protocol, hostIp: '', containerPort: from + i, hostFrom: 0, hostTo: 0 }));
}

/** Canonical text of an expose spec, as stored in the Workload. */
export function formatExpose(spec: string): string {
  const [body, protocol] = splitProto(spec, spec.trim());
  const [from, to] = range(spec, body);
  return `${from === to ? from : `${from}-${to}`}/${protocol}`;
}
