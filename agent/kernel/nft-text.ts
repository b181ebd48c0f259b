// The text of vxnet's nftables table, read and (for the fake kernel) edited:
// the elements of its named maps (published ports live there, so publishing
// one is an `add element`, not a rewrite of the table), and the number of
// rules in its chains (an outside `nft flush table` keeps the table, its
// comment and its elements but drops every rule; counting rules tells).
// Works on `nft list table` output (nftables 1.0.6) and on vxnet's own
// rendering, which is written in the same one-rule-per-line layout.
// Pure text: never spawns anything.
import type { NftElement } from '../model/kernel-objects.js';

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
      const [key, value] = item.split(':');
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

export const elementId = (e: NftElement) => `${e.map}\u0000${e.key}`;

/** `nft -f` lines for one change of elements: deletions first, so a key can get a new value in the same transaction. */
export function renderNftElements(table: string, add: readonly NftElement[], del: readonly NftElement[]): string[] {
  return [
    ...del.map((e) => `delete element ${table} ${e.map} { ${e.key} }`),
    ...add.map((e) => `add element ${table} ${e.map} { ${e.key} : ${e.value} }`),
  ];
}

/** Names of the named maps declared in the table text. */
export function nftMaps(text: string): Set<string> {
  return new Set([...text.matchAll(/^\s*map (\S+) \{/gm)].map((m) => m[1]!));
}

/**
 * The table text with its maps holding exactly `elements` (for the fake
 * kernel): existing element lists are dropped, new ones written after each
 * map's `type` line, as `nft list table` places them.
 */
export function withNftElements(text: string, elements: readonly NftElement[]): string {
  let out = text.replace(/(\n[ \t]*map \S+ \{\n[ \t]*type [^\n]*)\n[ \t]*elements = \{[^}]*\}/g, '$1');
  const byMap = new Map<string, NftElement[]>();
  for (const e of elements) {
    const list = byMap.get(e.map);
    if (list) list.push(e);
    else byMap.set(e.map, [e]);
  }
  for (const [map, els] of byMap) {
    const list = els.map((e) => `${e.key} : ${e.value}`).join(', ');
    out = out.replace(
      new RegExp(`(\\n([ \\t]*)map ${map.replace(/[^\w]/g, '\\$&')} \\{\\n[ \\t]*type [^\\n]*)`),
      (_all, head: string, indent: string) => `${head}\n${indent}  elements = { ${list} }`,
    );
  }
  return out;
}
