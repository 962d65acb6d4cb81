/**
 * Golden files of hand-written sentences, one file per construction (test/golden/in/*.txt).
 * Each line is `date | sentence => expected events`; every expected event must be coded.
 * The full output is kept in test/golden/out/ as a regression record; regenerate it with
 * UPDATE_GOLDEN=1 npm test, and read the diff before committing it.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import type { EventRecord } from '../src/types.js';

const dir = join(import.meta.dirname, 'golden');
const update = process.env.UPDATE_GOLDEN === '1';

interface Case {
  date: string;
  text: string;
  expected: string[];
  line: number;
}

function readCases(file: string): Case[] {
  const out: Case[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((raw, i) => {
      const line = raw.trim();
      if (!line || line.startsWith('#')) return;
      const m = /^(\d{4}-\d\d-\d\d)\s*\|\s*(.+?)\s*=>\s*(.+)$/.exec(line);
      if (!m) throw new Error(`${file}:${i + 1}: not "date | sentence => expected"`);
      out.push({ date: m[1], text: m[2].replace(/\\n/g, '\n'), expected: m[3].split(';').map((s) => s.trim()), line: i + 1 });
    });
  return out;
}

/** One event as a line: SOURCE CODE TARGET MODALITY DATE [historical] [@attribution]. */
function summary(e: EventRecord): string {
  return [e.source.code, e.cameo.code, e.target?.code ?? '-', e.modality, e.date.value, e.historical ? 'historical' : '', e.attribution ? `@${e.attribution.text}` : '']
    .filter(Boolean)
    .join(' ');
}

function glob(pattern: string, value: string): boolean {
  if (pattern === '*') return true;
  if (pattern.endsWith('*')) return value.startsWith(pattern.slice(0, -1));
  return pattern === value;
}

/** Whether an event matches an expectation like `IRQMIL 0874 IRQ asserted 2014-06-10 @officials`. */
function matches(spec: string, e: EventRecord): boolean {
  const [main, attribution] = spec.split(/\s+@/);
  const [src, code, tgt, modality, date, historical] = main.trim().split(/\s+/);
  if (!glob(src, e.source.code) || !glob(code, e.cameo.code) || !glob(tgt, e.target?.code ?? '-')) return false;
  if (modality && !glob(modality, e.modality)) return false;
  if (date && !glob(date, e.date.value)) return false;
  if (historical === 'historical' && !e.historical) return false;
  if (attribution && e.attribution?.text !== attribution.trim()) return false;
  return true;
}

const files = readdirSync(join(dir, 'in')).filter((f) => f.endsWith('.txt')).sort();

describe.each(files)('golden %s', (file) => {
  const cases = readCases(join(dir, 'in', file));
  const results = cases.map((c) => analyze({ text: c.text, date: c.date, id: `${file}:${c.line}` }));
  const record = cases.map((c, k) => [c.text.replace(/\n/g, '\\n'), ...results[k].events.map((e) => '  ' + summary(e))].join('\n')).join('\n') + '\n';
  const outFile = join(dir, 'out', file);

  it('matches the recorded output', () => {
    if (update || !existsSync(outFile)) writeFileSync(outFile, record);
    expect(record).toBe(readFileSync(outFile, 'utf8'));
  });

  it.each(cases.map((c, k) => [`line ${c.line}: ${c.text.slice(0, 70)}`, c, results[k]] as const))('%s', (_name, c, r) => {
    const got = r.events.map(summary);
    for (const spec of c.expected) {
      if (spec === 'none') expect(got, 'no event expected').toEqual([]);
      else expect(r.events.some((e) => matches(spec, e)), `expected "${spec}" among:\n${got.join('\n') || '(no events)'}`).toBe(true);
    }
  });
});
