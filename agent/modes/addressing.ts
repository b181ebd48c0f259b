// Small address helpers shared by the modes. Inputs were validated by the
// controller; these only reshape them.
export function prefixLength(cidr: string): number {
  const len = Number(cidr.split('/')[1]);
  if (!Number.isInteger(len)) throw new Error(`not a CIDR: ${cidr}`);
  return len;
}
