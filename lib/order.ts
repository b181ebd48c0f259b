// The daemons' order of strings: by UTF-16 code unit (bytewise for ASCII, as
// Go and so Docker sort names), the same on every machine whatever its locale.
// Must never: use the locale. localeCompare makes V8 load ICU's collator,
// which pages ~4 MB of the node binary's data into every daemon that sorts.
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
