// Validation of every user-supplied name that can end up as a KV key, a
// namespace, an interface or a file name. One rule set, used by CLI,
// controller and agent alike, so a name that passes here is safe everywhere.
import { createHash } from 'node:crypto';
import { InvalidArgument } from './errors.js';

// Docker's rule for container and network names, bounded so that a KV key
// `nw.<network>.ep.<workload>` and /etc/netns/<ns>/ stay short.
const NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,62}$/;
const HOST = /^[a-zA-Z0-9][a-zA-Z0-9-]{0,31}$/;
// Interface names: the kernel allows 15 bytes; we allow a safe subset.
const IFNAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,14}$/;

export function checkName(kind: string, name: string): string {
  if (!NAME.test(name)) {
    throw new InvalidArgument(
      `invalid ${kind} name "${printable(name)}": use 1-63 characters [a-zA-Z0-9_.-], starting with a letter or digit`,
    );
  }
  return name;
}

export function checkHostName(name: string): string {
  if (!HOST.test(name)) {
    throw new InvalidArgument(`invalid host name "${printable(name)}": use 1-32 characters [a-zA-Z0-9-], starting with a letter or digit`);
  }
  return name;
}

export function checkIfName(name: string): string {
  if (!IFNAME.test(name)) throw new InvalidArgument(`invalid interface name "${printable(name)}": use 1-15 characters [a-zA-Z0-9_.-]`);
  return name;
}

/**
 * KV keys and subjects use '.' as separator and names may contain dots, so a
 * dot becomes '=' (allowed in KV keys, never in a name: no collisions).
 */
export function keyToken(name: string): string {
  return name.replace(/\./g, '=');
}
export function fromKeyToken(token: string): string {
  return token.replace(/=/g, '.');
}

/** A short stable hex id derived from text: for interface names that must fit 15 bytes. */
export function shortHash(text: string, length = 8): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}

export function randomId(): string {
  return createHash('sha256').update(`${process.pid}-${Date.now()}-${Math.random()}`).digest('hex').slice(0, 12);
}

/** Makes user input safe to echo back in a one-line error. */
export function printable(text: string): string {
  const clean = [...text].map((c) => (c >= ' ' && c !== '\u007f' ? c : '?')).join('');
  return clean.length > 80 ? `${clean.slice(0, 77)}...` : clean;
}
