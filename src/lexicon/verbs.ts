/** Reads the verb-pattern files (data/verbs/NN-*.txt) into rules. */
import { readRecords } from './text-format.js';

/** One element of a pattern after the head: a word with alternatives (`next` when it must follow the word before it directly, adverbs aside), or the target slot. */
export type PatternItem = { kind: 'word'; alts: string[]; optional: boolean; next?: boolean } | { kind: 'target' };

/** A compiled verb (or nominal) rule. */
export interface VerbRule {
  /** `<root>.<id>`, e.g. `19.attack` — travels with every event it codes */
  id: string;
  /** CAMEO code, or `000` for a blocking rule */
  code: string;
  /** lemma alternatives of the head word */
  heads: string[];
  nominal: boolean;
  items: PatternItem[];
  /** the example sentence written above the rule */
  example: string;
  /** roles the source must have (`source=MIL|REB`), or null for any source */
  sourceRoles: string[] | null;
  /** the `$` actor is the doer and the clause's subject the receiver ("received weapons from $") */
  reversed: boolean;
  /** the pattern wrote `$!`: no event without an actor there ("wants Putin to attack", not "wants to attack") */
  needsTarget: boolean;
  /** more required words = more specific; decides between rules that match */
  specificity: number;
  /** position in the lexicon, the tie-breaker */
  order: number;
  pattern: string;
}

const RULE_RE = /^(\d{3,4})\s+(\S+)\s+(.+)$/;

/** Parses one verb file; problems (bad lines, missing examples) are appended to `problems`. */
export function parseVerbFile(fileName: string, text: string, problems: string[], orderStart = 0): VerbRule[] {
  const base = fileName.replace(/^.*\//, '').replace(/\.txt$/, '');
  const root = /^(\d\d)/.exec(base)?.[1] ?? base;
  const rules: VerbRule[] = [];
  const ids = new Set<string>();
  for (const r of readRecords(text, fileName)) {
    const line = r.raw;
    const m = RULE_RE.exec(line);
    const where = `${fileName}:${r.line}`;
    if (!m) {
      problems.push(`${where}: not "CODE ID PATTERN": ${line}`);
      continue;
    }
    if (!r.comment) problems.push(`${where}: rule ${m[2]} has no example sentence above it`);
    if (ids.has(m[2])) problems.push(`${where}: rule id ${m[2]} is used twice in this file`);
    ids.add(m[2]);
    const compiled = compilePattern(m[3], where, problems);
    if (!compiled) continue;
    rules.push({
      id: `${root}.${m[2]}`,
      code: m[1],
      heads: compiled.heads,
      nominal: compiled.nominal,
      items: compiled.items,
      sourceRoles: compiled.sourceRoles,
      reversed: compiled.reversed,
      needsTarget: compiled.needsTarget,
      example: r.comment ?? '',
      // a rule for one kind of doer ("torch $ source=OPP": rioting) outranks one that names the object ("torch homes")
      specificity: compiled.items.reduce((n, it) => n + (it.kind === 'word' ? (it.optional ? 0 : 2) : 1), 0) + (compiled.sourceRoles ? 3 : 0),
      order: orderStart + rules.length,
      pattern: m[3],
    });
  }
  return rules;
}

/** Compiles `attack $` / `~capture of $` / `hold (peace) talks with $` into head and items. */
export function compilePattern(
  pattern: string,
  where = 'pattern',
  problems: string[] = [],
): { heads: string[]; nominal: boolean; items: PatternItem[]; sourceRoles: string[] | null; reversed: boolean; needsTarget: boolean } | null {
  let sourceRoles: string[] | null = null;
  const reversedMatch = /\s+reversed\s*$/.exec(pattern);
  if (reversedMatch) pattern = pattern.slice(0, reversedMatch.index);
  const roleMatch = /\s+source=([A-Za-z|]+)\s*$/.exec(pattern);
  if (roleMatch) {
    sourceRoles = roleMatch[1].toUpperCase().split('|');
    pattern = pattern.slice(0, roleMatch.index);
  }
  const words = pattern.trim().toLowerCase().split(/\s+/);
  let head = words.shift() ?? '';
  const nominal = head.startsWith('~');
  if (nominal) head = head.slice(1);
  if (!head || head === '$') {
    problems.push(`${where}: pattern must start with a word: ${pattern}`);
    return null;
  }
  const items: PatternItem[] = [];
  let needsTarget = false;
  for (const w of words) {
    if (w === '$' || w === '$!') {
      items.push({ kind: 'target' });
      if (w === '$!') needsTarget = true;
      continue;
    }
    const next = w.startsWith('=');
    const word = next ? w.slice(1) : w;
    const optional = word.startsWith('(') && word.endsWith(')');
    const body = optional ? word.slice(1, -1) : word;
    const alts = body.split('|').filter(Boolean);
    if (alts.length === 0) {
      problems.push(`${where}: empty word in pattern: ${pattern}`);
      return null;
    }
    items.push(next ? { kind: 'word', alts, optional, next } : { kind: 'word', alts, optional });
  }
  return { heads: head.split('|').filter(Boolean), nominal, items, sourceRoles, reversed: reversedMatch !== null, needsTarget };
}
