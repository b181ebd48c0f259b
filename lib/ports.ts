// Published ports, as the user writes them: the one parser of Docker's `-p`
// forms and of `--expose`, used by the CLI (caught before a round trip) and by
// the controller (which plans and claims from it). IPv4 only until IPv6 exists.
// Forms: CPORT, HPORT:CPORT, IP::CPORT, IP:HPORT:CPORT, each with /tcp or /udp,
// and ranges (8000-8002:80-82, or 8000-8010:80 = any one host port of the range).
// Must never: claim anything or touch the store.
import { InvalidArgument } from './errors.js';
import { printable } from './names.js';
import { formatIp, tryParseIp } from './ipv4.js';
import { formatIp6, tryParseIp6 } from './ip6.js';

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
  const [text, protocol] = splitProto(spec, spec.trim());
  const [hostIp, body] = splitHostIp(spec, text);
  const parts = body.split(':');
  let hostPart = '';
  let containerPart: string;
  if (parts.length === 1 && hostIp === undefined) containerPart = parts[0]!;
  else if (parts.length === 2) [hostPart, containerPart] = [parts[0]!, parts[1]!];
  else bad(spec, 'expected [IP:][HOST_PORT:]CONTAINER_PORT');
  const [cFrom, cTo] = range(spec, containerPart);
  const count = cTo - cFrom + 1;
  if (hostPart === '') {
    return Array.from({ length: count }, (_, i) => ({ protocol, hostIp: hostIp ?? '', containerPort: cFrom + i, hostFrom: 0, hostTo: 0 }));
  }
  const [hFrom, hTo] = range(spec, hostPart);
  if (count === 1) return [{ protocol, hostIp: hostIp ?? '', containerPort: cFrom, hostFrom: hFrom, hostTo: hTo }];
  if (hTo - hFrom + 1 !== count)
    bad(spec, `host range ${hFrom}-${hTo} and container range ${cFrom}-${cTo} differ in length: make them equal`);
  return Array.from({ length: count }, (_, i) => ({
    protocol,
    hostIp: hostIp ?? '',
    containerPort: cFrom + i,
    hostFrom: hFrom + i,
    hostTo: hFrom + i,
  }));
}

/**
 * The host address in front of the ports ("[::1]:8080:80", "10.0.0.1::80"),
 * canonical, and the rest ("8080:80", ":80"); undefined when there is none.
 */
function splitHostIp(spec: string, text: string): [string | undefined, string] {
  if (text.startsWith('[')) {
    const end = text.indexOf(']');
    if (end < 0 || text[end + 1] !== ':') bad(spec, 'write an IPv6 host address in brackets followed by a colon, e.g. [::1]:8080:80');
    const ip = tryParseIp6(text.slice(1, end));
    if (ip === undefined) bad(spec, `"${printable(text.slice(1, end))}" is not an IPv6 address`);
    return [formatIp6(ip), text.slice(end + 2)];
  }
  const colons = text.match(/:/g)?.length ?? 0;
  if (colons > 2) bad(spec, 'an IPv6 host address goes in brackets, e.g. [::1]:8080:80');
  if (colons < 2) return [undefined, text];
  const first = text.slice(0, text.indexOf(':'));
  const ip = tryParseIp(first);
  if (ip === undefined) bad(spec, `"${printable(first)}" is not an IPv4 address (an IPv6 one goes in brackets: [::1]:8080:80)`);
  return [formatIp(ip), text.slice(first.length + 1)];
}

/** Whether a published port's host address is IPv6 ("::" included). */
export function isHostIp6(hostIp: string): boolean {
  return hostIp.includes(':');
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
