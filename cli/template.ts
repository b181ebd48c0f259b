// Go-template-style --format strings, the subset Docker users type: fields,
// method-style fields with an argument, a few functions and pipelines. A tight
// grammar evaluated by walking data (no eval, no code from the user):
//
//   template := { TEXT | "{{" pipeline "}}" }       ("\t" and "\n" in TEXT are escapes, as in Docker)
//   pipeline := command { "|" command }            (the left value becomes the last argument)
//   command  := operand | FUNC { operand }
//   operand  := "." | "." FIELD { "." FIELD } [ STRING ] | STRING
//   FUNC     := json | index | join | upper | lower | title | len | truncate
//
// A FIELD that names a function of the row (e.g. .Label) takes the STRING after it.
// Field names match exactly, else case-insensitively (so .Name finds "name").
// An unknown field or function is a TemplateError naming what exists.
// Owns parsing and rendering only; what the fields are is the caller's.

export class TemplateError extends Error {
  override name = 'TemplateError';
}

type Operand = { kind: 'dot'; path: string[]; arg?: string } | { kind: 'string'; value: string };
type Cmd = { fn?: string; args: Operand[] };
type Node = { kind: 'text'; text: string } | { kind: 'action'; pipeline: Cmd[] };

const FUNCS = ['json', 'index', 'join', 'upper', 'lower', 'title', 'len', 'truncate'] as const;
type Func = (typeof FUNCS)[number];

export interface Template {
  /** True when the format started with `table`: print a header row and align columns. */
  table: boolean;
  /** Column headers for a table, from the fields used (".CreatedAt" → "CREATED AT"). */
  headers: string[];
  render(row: unknown): string;
}

export function compileTemplate(source: string): Template {
  let src = source;
  let isTable = false;
  if (/^table(\s|$)/.test(src)) {
    isTable = true;
    src = src.slice(5).trimStart();
  }
  const nodes = parse(src.replace(/\\t/g, '\t').replace(/\\n/g, '\n'));
  const headers = isTable ? headerCells(nodes) : [];
  return {
    table: isTable,
    headers,
    render: (row) => nodes.map((n) => (n.kind === 'text' ? n.text : show(evalPipeline(n.pipeline, row)))).join(''),
  };
}

function parse(src: string): Node[] {
  const nodes: Node[] = [];
  let i = 0;
  while (i < src.length) {
    const open = src.indexOf('{{', i);
    if (open < 0) {
      nodes.push({ kind: 'text', text: src.slice(i) });
      break;
    }
    if (open > i) nodes.push({ kind: 'text', text: src.slice(i, open) });
    const close = src.indexOf('}}', open + 2);
    if (close < 0) throw new TemplateError(`unclosed action in template at "${src.slice(open, open + 20)}": add }}`);
    nodes.push({ kind: 'action', pipeline: parsePipeline(src.slice(open + 2, close).replace(/^-\s|\s-$/g, '')) });
    i = close + 2;
  }
  return nodes;
}

function tokens(action: string): string[] {
  const out: string[] = [];
  const re = /\s*("(?:[^"\\]|\\.)*"|`[^`]*`|\||[^\s|"`]+)/y;
  let end = 0;
  for (;;) {
    const m = re.exec(action);
    if (!m) break;
    out.push(m[1]!);
    end = re.lastIndex;
  }
  if (action.slice(end).trim() !== '') throw new TemplateError(`cannot parse "{{${action}}}": unterminated string`);
  return out;
}

function parsePipeline(action: string): Cmd[] {
  const toks = tokens(action);
  if (toks.length === 0) throw new TemplateError('empty action {{}} in template');
  const cmds: Cmd[] = [];
  let cur: string[] = [];
  for (const t of [...toks, '|']) {
    if (t !== '|') {
      cur.push(t);
      continue;
    }
    if (cur.length === 0) throw new TemplateError(`empty command in "{{${action}}}"`);
    cmds.push(parseCommand(cur, action));
    cur = [];
  }
  return cmds;
}

function parseCommand(toks: string[], action: string): Cmd {
  const [head, ...rest] = toks;
  if (head!.startsWith('.') || head!.startsWith('"') || head!.startsWith('`')) {
    const op = parseOperand(head!, action);
    if (op.kind === 'dot' && rest.length === 1 && isString(rest[0]!)) return { args: [{ ...op, arg: unquote(rest[0]!) }] };
    if (rest.length > 0) throw new TemplateError(`unexpected "${rest[0]}" in "{{${action}}}"`);
    return { args: [op] };
  }
  if (!(FUNCS as readonly string[]).includes(head!)) {
    throw new TemplateError(`unknown function "${head}" in "{{${action}}}": use ${FUNCS.join(', ')} or a .Field`);
  }
  return { fn: head!, args: rest.map((t) => parseOperand(t, action)) };
}

function isString(t: string): boolean {
  return t.startsWith('"') || t.startsWith('`');
}

function unquote(t: string): string {
  if (t.startsWith('`')) return t.slice(1, -1);
  return JSON.parse(t) as string;
}

function parseOperand(t: string, action: string): Operand {
  if (isString(t)) return { kind: 'string', value: unquote(t) };
  if (t === '.') return { kind: 'dot', path: [] };
  if (/^(\.[A-Za-z_][A-Za-z0-9_]*)+$/.test(t)) return { kind: 'dot', path: t.slice(1).split('.') };
  throw new TemplateError(`cannot parse "${t}" in "{{${action}}}": expected .Field, "string" or a function`);
}

function evalPipeline(cmds: Cmd[], row: unknown): unknown {
  let piped: unknown;
  let first = true;
  for (const c of cmds) {
    const args = c.args.map((a) => evalOperand(a, row));
    if (!first) args.push(piped);
    first = false;
    if (!c.fn) {
      if (args.length !== 1) throw new TemplateError('a value cannot take a piped argument: put a function after |');
      piped = args[0];
    } else {
      piped = callFunc(c.fn as Func, args);
    }
  }
  return piped;
}

function evalOperand(op: Operand, row: unknown): unknown {
  if (op.kind === 'string') return op.value;
  let v: unknown = row;
  op.path.forEach((field, i) => {
    v = lookup(v, field, op.path.slice(0, i + 1));
  });
  if (typeof v === 'function') return (v as (a?: string) => unknown)(op.arg);
  if (op.arg !== undefined) throw new TemplateError(`.${op.path.join('.')} takes no argument`);
  return v;
}

function lookup(v: unknown, field: string, path: string[]): unknown {
  if (v === null || v === undefined) return undefined;
  if (typeof v !== 'object') throw new TemplateError(`.${path.join('.')}: ${path.slice(0, -1).join('.') || 'value'} has no fields`);
  const obj = v as Record<string, unknown>;
  if (field in obj) return obj[field];
  const key = Object.keys(obj).find((k) => k.toLowerCase() === field.toLowerCase());
  if (key !== undefined) return obj[key];
  const known = Object.keys(obj)
    .map((k) => `.${k}`)
    .join(', ');
  throw new TemplateError(`unknown field .${path.join('.')} in template; fields here: ${known}`);
}

function callFunc(fn: Func, args: unknown[]): unknown {
  const need = (n: number) => {
    if (args.length !== n) throw new TemplateError(`${fn} takes ${n} argument${n === 1 ? '' : 's'}, got ${args.length}`);
  };
  switch (fn) {
    case 'json':
      need(1);
      return JSON.stringify(args[0] ?? null);
    case 'index': {
      need(2);
      const [m, k] = args;
      if (m instanceof Map) return m.get(String(k)) ?? '';
      if (m && typeof m === 'object') return (m as Record<string, unknown>)[String(k)] ?? '';
      throw new TemplateError('index needs a map or list, e.g. {{index .Labels "key"}}');
    }
    case 'join':
      need(2);
      if (!Array.isArray(args[0])) throw new TemplateError('join needs a list, e.g. {{join .Aliases ","}}');
      return (args[0] as unknown[]).map(show).join(String(args[1]));
    case 'upper':
      need(1);
      return show(args[0]).toUpperCase();
    case 'lower':
      need(1);
      return show(args[0]).toLowerCase();
    case 'title':
      need(1);
      return show(args[0]).replace(/\b\w/g, (c) => c.toUpperCase());
    case 'len':
      need(1);
      return Array.isArray(args[0])
        ? args[0].length
        : args[0] && typeof args[0] === 'object'
          ? Object.keys(args[0]).length
          : show(args[0]).length;
    case 'truncate': {
      need(2);
      const [s, n] = typeof args[0] === 'number' ? [args[1], args[0]] : [args[0], args[1]];
      return show(s).slice(0, Number(n));
    }
  }
}

/** Go's default printing, close enough: lists as [a b], maps as map[k:v]; a value's own toString wins. */
function show(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[${v.map(show).join(' ')}]`;
  if (typeof v === 'object' && v.toString !== Object.prototype.toString) return String(v);
  if (typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b));
    return `map[${entries.map(([k, x]) => `${k}:${show(x)}`).join(' ')}]`;
  }
  return String(v);
}

/** Header cells for a `table` template: one per tab-separated cell, named after its fields. */
function headerCells(nodes: Node[]): string[] {
  const cells: string[][] = [[]];
  for (const n of nodes) {
    if (n.kind === 'text') {
      const parts = n.text.split('\t');
      for (let i = 1; i < parts.length; i++) cells.push([]);
      continue;
    }
    const name = headerName(n.pipeline);
    if (name) cells[cells.length - 1]!.push(name);
  }
  return cells.map((c) => c.join(' '));
}

function headerName(pipeline: Cmd[]): string {
  const ops = pipeline.flatMap((c) => c.args).filter((a): a is Extract<Operand, { kind: 'dot' }> => a.kind === 'dot');
  const dot = ops[0];
  if (!dot || dot.path.length === 0) return '';
  const last = dot.path[dot.path.length - 1]!;
  const words = last.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toUpperCase();
  return dot.arg !== undefined ? `${words} ${dot.arg.toUpperCase()}` : words;
}
