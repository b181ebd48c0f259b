// IPv4 addresses and CIDR blocks: vxnet's one module for them (controller,
// agent, CLI). Parsing user text into validated numbers (via ip-address) with
// one-line errors that say what to fix; containment, overlap; the MAC derived
// from an address. Must never: touch the store or know about networks.
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

export function isIpv4(text: string): boolean {
  return tryParseIp(text) !== undefined;
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

export function overlaps(a: Cidr, b: Cidr): boolean {
  return a.base <= lastAddress(b) && b.base <= lastAddress(a);
}

/**
 * 02:42 followed by the four address bytes, as Docker derives it: never
 * allocated, never colliding inside a subnet. The controller gives it to
 * endpoints; the agent programs it.
 */
export function macOf(ip: number | string): string {
  const n = typeof ip === 'number' ? ip : parseIp(ip);
  const b = [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
  return ['02', '42', ...b.map((x) => x.toString(16).padStart(2, '0'))].join(':');
}

/** An interface address "a.b.c.d/len" (host bits allowed) as its address and prefix; undefined when malformed. */
function tryParseIfAddr(text: string): { ip: number; prefix: number } | undefined {
  const m = /^([^/]+)\/(\d{1,2})$/.exec(text);
  const ip = m ? tryParseIp(m[1]!) : undefined;
  const prefix = Number(m?.[2]);
  return ip === undefined || prefix > 32 ? undefined : { ip, prefix };
}

/** Whether an IPv4 address lies in the subnet of an interface address "a.b.c.d/len". */
export function ifAddrContains(ifAddr: string, ip: string): boolean {
  const a = tryParseIfAddr(ifAddr);
  const b = tryParseIp(ip);
  if (a === undefined || b === undefined) return false;
  const size = 2 ** (32 - a.prefix);
  return Math.floor(a.ip / size) === Math.floor(b / size);
}

/** "172.31.0.1/16" → "172.31.0.0/16" (inputs validated upstream; throws on garbage). */
export function subnetOf(ifAddr: string): string {
  const a = tryParseIfAddr(ifAddr);
  if (!a) throw new InvalidArgument(`not an IPv4 interface address: ${printable(ifAddr)}`);
  const size = 2 ** (32 - a.prefix);
  return `${formatIp(a.ip - (a.ip % size))}/${a.prefix}`;
}

/** Whether ip lies in cidr ("10.0.0.7", "10.0.0.0/24" → true). */
export function inSubnet(ip: string, cidr: string): boolean {
  return ifAddrContains(cidr, ip);
}

/** The prefix length of "a.b.c.d/len". */
export function prefixLength(ifAddr: string): number {
  const a = tryParseIfAddr(ifAddr);
  if (!a) throw new InvalidArgument(`not an IPv4 interface address: ${printable(ifAddr)}`);
  return a.prefix;
}
