// Small address helpers shared by the modes. Inputs were validated by the
// controller; these only reshape them.
export function prefixLength(cidr: string): number {
  const len = Number(cidr.split('/')[1]);
  if (!Number.isInteger(len)) throw new Error(`not a CIDR: ${cidr}`);
  return len;
}

/** "172.31.0.1/16" → "172.31.0.0/16". */
export function subnetOf(cidr: string): string {
  const [ip, lenText] = cidr.split('/');
  const len = Number(lenText);
  const n = ip!.split('.').reduce((acc, b) => (acc << 8) + Number(b), 0) >>> 0;
  const mask = len === 0 ? 0 : (~0 << (32 - len)) >>> 0;
  const net = (n & mask) >>> 0;
  return `${[24, 16, 8, 0].map((s) => (net >>> s) & 255).join('.')}/${len}`;
}

/** Whether ip lies in cidr ("10.0.0.7", "10.0.0.0/24" → true). */
export function inSubnet(ip: string, cidr: string): boolean {
  return subnetOf(`${ip}/${prefixLength(cidr)}`) === subnetOf(cidr);
}
