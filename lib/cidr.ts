// IPv4 addresses and CIDR blocks as plain numbers: parsing, containment, overlap.
// Owns: turning user text into validated numbers (via ip-address) with one-line
// errors that say what to fix. Must never: touch the store or know about networks.
import { Address4 } from 'ip-address';
import { InvalidArgument } from './errors.js';
import { printable } from './names.js';

export interface Cidr {
  /** Network address as an unsigned 32-bit number. */
  base: number;
  prefix: number;
  /** Number of addresses in the block. */
  size: number;
}

export function formatIp(n: number): string {
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}

export function formatCidr(c: Cidr): string {
  return `${formatIp(c.base)}/${c.prefix}`;
}

function toNumber(a: Address4): number {
  return Number(a.bigInt());
}

/** A plain IPv4 address (no prefix). */
export function parseIp(text: string, what = 'address'): number {
  if (text.includes('/') || !Address4.isValid(text)) {
    throw new InvalidArgument(`invalid ${what} "${printable(text)}": give an IPv4 address such as 10.0.0.5`);
  }
  return toNumber(new Address4(text));
}

export function tryParseIp(text: string): number | undefined {
  return !text.includes('/') && Address4.isValid(text) ? toNumber(new Address4(text)) : undefined;
}

/** A CIDR block; the host bits must be zero. */
export function parseCidr(text: string, what = 'subnet'): Cidr {
  const m = /^([^/]+)\/(\d{1,2})$/.exec(text);
  if (!m || !Address4.isValid(m[1]!) || Number(m[2]) > 32) {
    throw new InvalidArgument(`invalid ${what} "${printable(text)}": give an IPv4 CIDR such as 10.1.0.0/24`);
  }
  const prefix = Number(m[2]);
  const ip = toNumber(new Address4(m[1]!));
  const size = 2 ** (32 - prefix);
  const base = prefix === 0 ? 0 : (ip - (ip % size)) >>> 0;
  if (base !== ip) {
    throw new InvalidArgument(`invalid ${what} "${printable(text)}": host bits are set; use ${formatIp(base)}/${prefix}`);
  }
  return { base, prefix, size };
}

export function lastAddress(c: Cidr): number {
  return c.base + c.size - 1;
}

export function contains(c: Cidr, ip: number): boolean {
  return ip >= c.base && ip <= lastAddress(c);
}

export function within(inner: Cidr, outer: Cidr): boolean {
  return inner.base >= outer.base && lastAddress(inner) <= lastAddress(outer);
}

export function overlaps(a: Cidr, b: Cidr): boolean {
  return a.base <= lastAddress(b) && b.base <= lastAddress(a);
}

/** 02:42 followed by the four address bytes, as Docker derives it. */
export function macOf(ip: number): string {
  const b = [ip >>> 24, (ip >>> 16) & 255, (ip >>> 8) & 255, ip & 255];
  return ['02', '42', ...b.map((x) => x.toString(16).padStart(2, '0'))].join(':');
}
