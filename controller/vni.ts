// VXLAN network identifiers: the pure choice of the lowest free VNI.
// Owns: the VNI range. Must never: write anything; uniqueness is enforced by
// the registry's compare-and-set, this only picks a candidate.
import { Exhausted } from '../lib/errors.js';

export const VNI_MIN = 256;
export const VNI_MAX = 1000;

export function lowestFreeVni(used: Iterable<number>): number {
  const taken = new Set(used);
  for (let v = VNI_MIN; v <= VNI_MAX; v++) if (!taken.has(v)) return v;
  throw new Exhausted(
    `all ${VNI_MAX - VNI_MIN + 1} VNIs (${VNI_MIN}-${VNI_MAX}) are in use: remove unused overlay networks (\`vxnet network prune\`) first`,
  );
}
