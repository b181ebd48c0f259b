// The reporter: one run → <date>.json (everything), <date>.md (a short table
// of vxnet's figure, the baseline's, the ratio and the target verdict) and
// <date>.svg (a hand-written bar chart of the ratios: > 1 means vxnet leads).
// Must never: compute figures (benchmarks do) or depend on a package.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchResult, Row } from './util.js';

export interface RunReport {
  quick: boolean;
  prefix: string;
  startedAt: string;
  seconds: number;
  machine: Record<string, string>;
  results: BenchResult[];
  leftovers: string[];
}

export function writeReports(dir: string, run: RunReport): string[] {
  const date = run.startedAt.slice(0, 10);
  const base = join(dir, run.quick ? `${date}-quick` : date);
  writeFileSync(`${base}.json`, `${JSON.stringify(run, null, 2)}\n`);
  writeFileSync(`${base}.md`, markdown(run, `${base.split('/').pop()}.svg`));
  writeFileSync(`${base}.svg`, svg(run));
  return [`${base}.json`, `${base}.md`, `${base}.svg`];
}

const fmt = (n: number | null | undefined) => (n === null || n === undefined ? 'n/a' : String(n));

function verdict(r: Row): string {
  if (r.met === undefined || r.met === null) return r.target ? `${r.target}: not measured` : '';
  return `${r.met ? 'met' : '**missed**'} (${r.target})`;
}

function markdown(run: RunReport, chart: string): string {
  const lines = [
    `# vxnet benchmarks, ${run.startedAt.slice(0, 16).replace('T', ' ')} UTC${run.quick ? ' (quick smoke: small N, figures not meaningful)' : ''}`,
    '',
    `Machine: ${run.machine.cpus} vCPU ${run.machine.cpu}, ${run.machine.memGb} GB, kernel ${run.machine.kernel}, Node ${run.machine.node}. ` +
      `Run took ${run.seconds} s. Reproduce: \`npm run bench\`${run.quick ? ' -- --quick' : ''}.`,
    '',
    '| benchmark | metric | vxnet | baseline | ratio (>1: vxnet leads) | target |',
    '|---|---|---|---|---|---|',
  ];
  for (const r of run.results) {
    if (r.error) lines.push(`| ${r.name} | **failed**: ${r.error.split('\n')[0]} | | | | |`);
    for (const row of r.rows) {
      lines.push(
        `| ${r.name} | ${row.metric} (${row.unit}) | ${fmt(row.vxnet)} | ${row.baselineName ? `${row.baselineName}: ${fmt(row.baseline)}` : ''} | ${fmt(row.ratio)} | ${verdict(row)} |`,
      );
    }
  }
  lines.push('', `![ratios](${chart})`, '');
  for (const r of run.results) {
    if (r.notes.length === 0) continue;
    lines.push(`**${r.title}**`, '', ...r.notes.map((n) => `- ${n}`), '');
  }
  if (run.leftovers.length > 0) lines.push(`**Leftovers after the run:** ${run.leftovers.join('; ')}`, '');
  return `${lines.join('\n')}\n`;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Horizontal bars of vxnet/baseline ratios on a log scale, 1.0 marked. */
function svg(run: RunReport): string {
  const rows = run.results.flatMap((r) =>
    r.rows
      .filter((x) => x.ratio !== undefined && x.ratio !== null && x.ratio > 0)
      .map((x) => ({ label: `${r.name}: ${x.metric} vs ${x.baselineName ?? 'baseline'}`, ratio: x.ratio!, met: x.met })),
  );
  const W = 900;
  const left = 430;
  const barH = 18;
  const gap = 6;
  const top = 40;
  const H = top + rows.length * (barH + gap) + 40;
  const lo = Math.log10(0.01);
  const hi = Math.log10(100);
  const x = (v: number) => left + ((Math.log10(Math.min(100, Math.max(0.01, v))) - lo) / (hi - lo)) * (W - left - 20);
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12">`,
    `<rect width="${W}" height="${H}" fill="white"/>`,
    `<text x="10" y="20" font-size="14" font-weight="bold">vxnet / baseline, same run (log scale; right of 1 = vxnet leads)${run.quick ? ' — quick smoke' : ''}</text>`,
  ];
  for (const t of [0.01, 0.1, 1, 10, 100]) {
    out.push(
      `<line x1="${x(t)}" y1="${top - 6}" x2="${x(t)}" y2="${H - 30}" stroke="${t === 1 ? '#333' : '#ddd'}" stroke-width="${t === 1 ? 1.5 : 1}"/>`,
      `<text x="${x(t)}" y="${H - 14}" text-anchor="middle">${t}</text>`,
    );
  }
  rows.forEach((r, i) => {
    const y = top + i * (barH + gap);
    const color = r.met === false ? '#d9534f' : r.ratio >= 1 ? '#2e8b57' : '#e0a030';
    const x0 = x(1);
    const x1 = x(r.ratio);
    out.push(
      `<text x="${left - 8}" y="${y + barH - 5}" text-anchor="end">${esc(r.label.slice(0, 68))}</text>`,
      `<rect x="${Math.min(x0, x1)}" y="${y}" width="${Math.max(1, Math.abs(x1 - x0))}" height="${barH}" fill="${color}"/>`,
      `<text x="${Math.max(x0, x1) + 4}" y="${y + barH - 5}">${r.ratio}</text>`,
    );
  });
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
