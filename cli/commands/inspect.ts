// The `inspect` verbs (`network inspect`, `inspect`): names in, one request,
// every view printed as JSON (an array, as Docker does), or one line per view
// through a Go-style template (`-f '{{.Workload.Host}}'`). One definition so
// both behave alike.
import { codecs, type Codec, type pb, type WireErrorBody } from '../../proto/index.js';
import { checkName } from '../../lib/names.js';
import { str } from '../args.js';
import { withClient } from '../client.js';
import { json, toPlain } from '../format.js';
import { renderTemplate } from '../listing.js';
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
      options: {
        format: {
          type: 'string',
          short: 'f',
          arg: 'FORMAT',
          desc: "json (default), or a Go template printed once per item, e.g. '{{.Workload.Host}}' or '{{json .Status}}'",
        },
      },
    },
    async run(ctx, p) {
      const names = p.positionals.map((n) => checkName(o.kind, n));
      const format = str(p, 'format') ?? 'json';
      const reply = await withClient(ctx.globals, (c) => c.call(o.subject, codecs.nameRequest, { names }, o.reply));
      const views = o.views(reply).map((v) => toPlain(o.viewType, v));
      ctx.io.out(format === 'json' ? json(views) : views.map((v) => renderTemplate(format, v)).join(''));
      return 0;
    },
  };
}
