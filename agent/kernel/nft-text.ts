// The text of vxnet's nftables table turned into structure (model NftTable):
// the content hash in its comment, the number of rules in its chains (an
// outside `nft flush table` keeps the table, its comment and its elements but
// drops every rule; counting rules tells), its named maps and their elements
// (published ports live there, so publishing one is an `add element`, not a
// rewrite of the table); and the `nft -f` lines that change elements.
// Works on `nft list table` output (nftables 1.0.6) and on vxnet's own
// rendering (the fake kernel parses what it is given to apply), which is
// written in the same one-rule-per-line layout. Pure text: never spawns anything.
import type { NftElement, NftTable } from '../model/kernel-objects.js';

/** The structure of a table's text, as observe() reports it. */
export function parseNftTableText(text: string): NftTable {
  const hash = /comment "vxnet:([0-9a-f]{16})"/.exec(text)?.[1];
  return { ...(hash ? { hash } : {}), rules: countNftRules(text), maps: [...nftMaps(text)], elements: parseNftElements(text) };
}

// Listed and rendered elements use single spaces inside; only the line breaks
// and indentation of a long listing surround them. Trimming is enough then,
// and this runs once per published port on every pass: keep it cheap.
const norm = (s: string) => {
  const t = s.trim();
  return /\s\s|[\t\n]/.test(t) ? t.replace(/\s+/g, ' ') : t;
};

/** Elements of every named map of the table text, in listing order. */
export function parseNftElements(text: string | undefined): NftElement[] {
  if (!text) return [];
  const out: NftElement[] = [];
  // The map's body before `elements` (type, flags) has no braces; elements hold none either.
  for (const m of text.matchAll(/map (\S+) \{[^{}]*?elements = \{([^}]*)\}/g)) {
    for (const item of m[2]!.split(',')) {
      // IPv6 addresses hold colons too: the key/value separator is the one with spaces around it.
      const [key, value] = item.split(/\s:\s/);
      if (key === undefined || value === undefined || norm(key) === '') continue;
      out.push({ map: m[1]!, key: norm(key), value: norm(value) });
    }
  }
  return out;
}

/** Rules in the chains of the table text (hook lines, braces and blanks excluded). */
export function countNftRules(text: string | undefined): number {
  if (!text) return 0;
  let inChain = false;
  let n = 0;
  for (const raw of text.split('\n')) {
    const l = raw.trim();
    if (/^chain \S+ \{$/.test(l)) {
      inChain = true;
      continue;
    }
    if (!inChain) continue;
    if (l === '}') {
      inChain = false;
      continue;
    }
    if (l === '' || /^(type|policy|comment) /.test(l)) continue;
    n++;
  }
  return n;
}

/** `nft -f` lines for one change of elements: deletions first, so a key can get a new value in the same transaction. */
export function renderNftElements(table: string, add: readonly NftElement[], del: readonly NftElement[]): string[] {
  return [
    ...del.map((e) => `delete element ${table} ${e.map} { ${e.key} }`),
    ...add.map((e) => `add element ${table} ${e.map} { ${e.key} : ${e.value} }`),
  ];
}

/** Names of the named maps declared in the table text. */
function nftMaps(text: string): Set<string> {
  return new Set([...text.matchAll(/^\s*map (\S+) \{/gm)].map((m) => m[1]!));
}
