// What the host's resolver does with one query, decided from the asker's
// view alone (pure; the wire format is dns-packet's): answer a name of the
// view (A and AAAA; PTR for its addresses under in-addr.arpa and ip6.arpa;
// NODATA for other types of a known name, and for AAAA of an IPv4-only one),
// say NXDOMAIN for an unknown single-label name (it never leaves the host:
// dnsmasq's --domain-needed), hand everything else to the upstreams, and
// refuse anyone who is not a local workload of that network.
// Negative answers carry a synthetic SOA of the root (the bare names vxnet
// answers have no other parent; TTL 0, minimum 0) so that clients that
// cache negatives (RFC 2308) do not keep them: names come and go.
// Must never answer a name outside the view, never forward a bare name.
import * as packet from 'dns-packet';
import type { NameIndex, View } from './names.js';
import { formatIp6 } from '../../../lib/ip6.js';

export const RCODE = { NOERROR: 0, FORMERR: 1, SERVFAIL: 2, NXDOMAIN: 3, NOTIMP: 4, REFUSED: 5 } as const;
const OPCODE_QUERY = 0;
/** Answers of local names live for 0 s: a name may move or go any moment. */
const TTL = 0;
const SOA: packet.SoaAnswer = {
  type: 'SOA',
  name: '',
  ttl: TTL,
  class: 'IN',
  data: { mname: 'vxnet-resolver', rname: 'hostmaster.vxnet-resolver', serial: 1, refresh: 3600, retry: 600, expire: 86400, minimum: 0 },
};

export type Decision =
  | { kind: 'answer'; response: Buffer }
  /** Send `query` (the original bytes) to these servers and relay the reply. */
  | { kind: 'forward'; query: Buffer; id: number; servers: readonly string[] }
  | { kind: 'drop' };

/** Header fields of a response to `query`: same id and opcode, RD copied, RA set, QR set. */
function flagsFor(query: Buffer, rcode: number, authoritative: boolean): number {
  const q = query.readUInt16BE(2);
  const opcode = (q >> 11) & 0xf;
  return (
    (opcode << 11) | (authoritative ? packet.AUTHORITATIVE_ANSWER : 0) | (q & packet.RECURSION_DESIRED) | packet.RECURSION_AVAILABLE | rcode
  );
}

/** A response with no records (errors): the question is echoed when it could be read. */
export function errorResponse(query: Buffer, rcode: number, questions: packet.Question[] = []): Buffer {
  return packet.encode({ type: 'response', id: query.readUInt16BE(0), flags: flagsFor(query, rcode, false), questions });
}

export function decide(query: Buffer, index: NameIndex, view: View | undefined, upstreams: readonly string[]): Decision {
  if (query.length < 12) return { kind: 'drop' };
  if (query.readUInt16BE(2) & 0x8000) return { kind: 'drop' }; // a response: never answer one
  let q: packet.DecodedPacket;
  try {
    q = packet.decode(query);
  } catch {
    return { kind: 'answer', response: errorResponse(query, RCODE.FORMERR) };
  }
  const questions = q.questions ?? [];
  if (((query.readUInt16BE(2) >> 11) & 0xf) !== OPCODE_QUERY) return { kind: 'answer', response: errorResponse(query, RCODE.NOTIMP) };
  if (questions.length !== 1) return { kind: 'answer', response: errorResponse(query, RCODE.FORMERR, questions) };
  if (!view) return { kind: 'answer', response: errorResponse(query, RCODE.REFUSED, questions) };
  const question = questions[0]!;
  const reply = (rcode: number, answers: packet.Answer[], authorities: packet.Answer[] = []): Decision => ({
    kind: 'answer',
    response: packet.encode({
      type: 'response',
      id: q.id ?? 0,
      flags: flagsFor(query, rcode, true),
      questions: [question],
      answers,
      authorities,
    }),
  });
  const negative = (rcode: number) => reply(rcode, [], [SOA]);
  const cls = question.class ?? 'IN';
  if (cls !== 'IN' && cls !== 'ANY') return { kind: 'answer', response: errorResponse(query, RCODE.REFUSED, [question]) };

  const ptrOf = reverseAddress(question.name);
  if (ptrOf !== undefined) {
    const name = index.reverse(view, ptrOf);
    if (name !== undefined) {
      if (question.type !== 'PTR' && (question.type as string) !== 'ANY') return negative(RCODE.NOERROR);
      return reply(RCODE.NOERROR, [{ type: 'PTR', name: question.name, ttl: TTL, class: 'IN', data: name }]);
    }
  } else {
    const ips = index.lookup(view, question.name);
    if (ips) {
      const any = (question.type as string) === 'ANY';
      const answers = ips
        .map((ip) => ({
          type: ip.includes(':') ? ('AAAA' as const) : ('A' as const),
          name: question.name,
          ttl: TTL,
          class: 'IN' as const,
          data: ip,
        }))
        .filter((a) => any || a.type === question.type);
      // NODATA: the name exists, not with this type (AAAA of an IPv4-only workload, MX...): never NXDOMAIN.
      if (answers.length === 0) return negative(RCODE.NOERROR);
      return reply(RCODE.NOERROR, answers);
    }
    if (!question.name.replace(/\.$/, '').includes('.')) return negative(RCODE.NXDOMAIN);
  }
  if (upstreams.length === 0) return { kind: 'answer', response: errorResponse(query, RCODE.SERVFAIL, [question]) };
  return { kind: 'forward', query, id: q.id ?? 0, servers: upstreams };
}

/**
 * The address of a full reverse name: four octets under in-addr.arpa, or 32
 * nibbles under ip6.arpa (as RFC 5952 text, the form the index holds);
 * undefined otherwise (a partial name is a zone, for the upstreams).
 */
export function reverseAddress(name: string): string | undefined {
  const six = /^((?:[0-9a-f]\.){32})ip6\.arpa\.?$/i.exec(name);
  if (six) return formatIp6(BigInt(`0x${six[1]!.split('.').reverse().join('')}`));
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.in-addr\.arpa\.?$/i.exec(name);
  if (!m) return undefined;
  const octets = m.slice(1, 5).reverse().map(Number);
  return octets.every((o) => o <= 255) ? octets.join('.') : undefined;
}
