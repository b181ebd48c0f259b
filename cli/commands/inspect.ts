// The JSON-only `inspect` verbs (`network inspect`, `inspect`): names in, one
// request, every view printed as JSON. One definition so both behave alike.
import { codecs, type Codec, type pb, type WireErrorBody } from '../../proto/index.js';
import { checkName } from '../../lib/names.js';
import { str } from '../args.js';
import { withClient } from '../client.js';
import { json, toPlain } from '../format.js';
import { UsageError } from '../errors.js';
import type { Command } from '../command.js';

export interface JsonInspect<Rep> {
  name: string;
  args: string;
  summary: string;
  /** What the names are ("network", "workload"): for validation messages. */
  kind: string;
  subject: string;
  reply: Codec<Rep>;
  views(reply: Rep): unknown[];
  viewType: keyof typeof pb;
}

export function jsonInspect<Rep extends { error?: WireErrorBody | null }>(o: JsonInspect<Rep>): Command {
  return {
    spec: {
      name: o.name,
      args: o.args,
      summary: o.summary,
      minArgs: 1,
      options: { format: { type: 'string', arg: 'json', desc: 'output format (json only)' } },
    },
    async run(ctx, p) {
      if ((str(p, 'format') ?? 'json') !== 'json') throw new UsageError(`${o.name} prints JSON only: use --format json`);
      const names = p.positionals.map((n) => checkName(o.kind, n));
      const reply = await withClient(ctx.globals, (c) => c.call(o.subject, codecs.nameRequest, { names }, o.reply));
      ctx.io.out(json(o.views(reply).map((v) => toPlain(o.viewType, v))));
      return 0;
    },
  };
}
