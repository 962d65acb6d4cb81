/** Small text-formatting helpers for the report: numbers, Markdown tables, event lines. */
import type { Confusion } from './metrics.js';

/** A score with three decimals. */
export function f3(x: number): string {
  return x.toFixed(3);
}

/** Milliseconds as seconds with one decimal ("2.4 s"). */
export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** Text made safe for a Markdown table cell. */
export function cell(text: string | number): string {
  return String(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** A Markdown table. */
export function mdTable(headers: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  const line = (cells: ReadonlyArray<string | number>) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

/** A confusion matrix as a Markdown table, gold classes down, predictions across (optionally without all-zero columns). */
export function confusionTable(c: Confusion, { dropEmptyColumns = false } = {}): string {
  const keep = c.columns.map((_, j) => !dropEmptyColumns || c.matrix.some((row) => row[j] > 0));
  return mdTable(
    ['gold ↓ / ours →', ...c.columns.filter((_, j) => keep[j])],
    c.labels.map((label, i) => [label, ...c.matrix[i].filter((_, j) => keep[j])]),
  );
}

/** A confusion matrix as aligned plain-text lines. */
export function confusionText(c: Confusion, indent = '  '): string[] {
  const width = Math.max(8, ...c.columns.map((x) => x.length), ...c.labels.map((x) => x.length)) + 1;
  const pad = (s: string | number) => String(s).padStart(width);
  return [
    indent + pad('gold\\ours') + c.columns.map(pad).join(''),
    ...c.labels.map((label, i) => indent + pad(label) + c.matrix[i].map(pad).join('')),
  ];
}

/** An event as "SOURCE → TARGET CODE". */
export function eventLine(e: { source: string; target: string; code: string }): string {
  return `${e.source} → ${e.target} ${e.code}`;
}
