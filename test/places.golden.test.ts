/**
 * Golden cases for places (test/golden/places/*.txt): recognition, resolution and event
 * location, one rule per group of lines. Each line is `date | text => expectation; …` with
 * expectations:
 *   place TEXT CC [FCODE]        a place mention with this text resolves to country CC (ISO-2),
 *                                its feature code starting with FCODE when given
 *   noplace TEXT                 no place mention has this text
 *   event CODE NAME|- [PRECISION] an event with this CAMEO code (glob *) is located at NAME
 *                                (words of the place's name, or its ISO-2 country; - for none)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { placeKey } from '../src/places/gazetteer.js';
import type { AnalysisResult } from '../src/types.js';

const dir = join(import.meta.dirname, 'golden', 'places');

interface Case {
  file: string;
  line: number;
  date: string;
  text: string;
  expected: string[];
}

function readCases(file: string): Case[] {
  const out: Case[] = [];
  readFileSync(join(dir, file), 'utf8')
    .split('\n')
    .forEach((raw, i) => {
      const line = raw.trim();
      if (!line || line.startsWith('#')) return;
      const m = /^(\d{4}-\d\d-\d\d)\s*\|\s*(.+?)\s*=>\s*(.+)$/.exec(line);
      if (!m) throw new Error(`${file}:${i + 1}: not "date | text => expectations"`);
      out.push({ file, line: i + 1, date: m[1], text: m[2].replace(/\\n/g, '\n'), expected: m[3].split(';').map((s) => s.trim()).filter(Boolean) });
    });
  return out;
}

function glob(pattern: string, value: string): boolean {
  return pattern.endsWith('*') ? value.startsWith(pattern.slice(0, -1)) : pattern === value;
}

/** Why an expectation fails on a result, or null when it holds. */
function check(spec: string, r: AnalysisResult): string | null {
  const [kind, ...args] = spec.split(/\s+/);
  if (kind === 'place') {
    // the place text may hold spaces: the last one or two words are the country and feature code
    const fcode = args.length >= 3 && /^[A-Z0-9]{2,6}$/.test(args[args.length - 1]) && /^[A-Z]{2}$/.test(args[args.length - 2]) ? args.pop()! : null;
    const cc = args.pop()!;
    const text = args.join(' ');
    const p = r.places.find((x) => x.text === text);
    if (!p) return `no place "${text}" (found: ${r.places.map((x) => x.text).join(', ') || 'none'})`;
    if (p.country !== cc) return `"${text}" resolved to ${p.name}, ${p.country} (${p.featureCode}), expected ${cc}`;
    if (fcode && !p.featureCode.startsWith(fcode)) return `"${text}" has feature code ${p.featureCode}, expected ${fcode}`;
    return null;
  }
  if (kind === 'noplace') {
    const text = args.join(' ');
    return r.places.some((x) => x.text === text) ? `"${text}" should not be a place` : null;
  }
  if (kind === 'event') {
    const [code, where, precision] = args;
    const events = r.events.filter((e) => glob(code, e.cameo.code));
    if (events.length === 0) return `no event ${code} (found: ${r.events.map((e) => e.cameo.code).join(', ') || 'none'})`;
    const ok = events.some((e) => {
      if (where === '-') return e.location === null;
      const l = e.location;
      return l !== null && (placeKey(l.name).includes(placeKey(where.replace(/_/g, ' '))) || l.country === where) && (!precision || l.precision === precision);
    });
    return ok ? null : `event ${code} located at ${events.map((e) => (e.location ? `${e.location.name}, ${e.location.country} (${e.location.precision})` : 'nowhere')).join(' / ')}, expected ${where} ${precision ?? ''}`;
  }
  return `unknown expectation "${spec}"`;
}

for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
  describe(`places golden: ${file}`, () => {
    for (const c of readCases(file)) {
      it(`line ${c.line}: ${c.text.slice(0, 70)}`, () => {
        const r = analyze({ text: c.text, date: c.date });
        const failures = c.expected.map((e) => check(e, r)).filter((x): x is string => x !== null);
        expect(failures).toEqual([]);
      });
    }
  });
}
