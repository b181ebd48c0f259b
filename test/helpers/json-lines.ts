// Parses what `vxnet … --format json` prints for a listing: one JSON object per line (Docker's shape).
export function jsonLines<T = unknown>(text: string): T[] {
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}
