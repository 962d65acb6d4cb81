/** Turns a compiled lexicon into fast lookup structures: a name trie and rule indexes. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tokenizeName } from '../nlp.js';
import type { ActorEntry } from './actors.js';
import { compileData, type CompiledLexicon } from './compile.js';
import { caseKey, isDash, tokenKey } from './keys.js';
import { impliedDoerCues, type ImpliedDoerCues } from './implied-doer.js';
import type { VerbRule } from './verbs.js';

/** A node of the name trie, keyed by token keys. */
export interface TrieNode {
  next: Map<string, TrieNode> | null;
  /** indexes into `Lexicon.names` of names ending here */
  ends: number[] | null;
  /** whether any name ending here must match in capitals */
  capsCheck?: boolean;
}

/** The runtime lexicon every stage reads. */
export interface Lexicon {
  entries: ActorEntry[];
  entryById: Map<string, ActorEntry>;
  names: CompiledLexicon['names'];
  trie: TrieNode;
  /** verbal rules by head lemma, most specific first */
  verbRules: Map<string, VerbRule[]>;
  /** nominal rules by head lemma, most specific first */
  nounRules: Map<string, VerbRule[]>;
  /** what marks a sentence as maybe telling an act whose doer goes without saying (see implied-doer.ts) */
  impliedDoerCues: ImpliedDoerCues;
  /** hyphenated words of the rules ("cease-fire", "lathi-charge"), which segmentation keeps whole */
  hyphenated: Set<string>;
  /** the same rules by head, split by the first word they require (so a clause tries only rules whose words it has) */
  verbAnchors: Map<string, AnchoredRules>;
  nounAnchors: Map<string, AnchoredRules>;
  rules: VerbRule[];
  problems: string[];
}

/** The folder of our own dictionaries (works from src/ under tsx and from dist/). */
export const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data');
/** The generated, precompiled form of DATA_DIR. */
export const COMPILED_PATH = join(DATA_DIR, '_lexicon.json');

let cached: Lexicon | null = null;

/** Loads our lexicon (precompiled when available) plus any user dictionary folders. */
export function loadLexicon({ extraDirs = [] as string[] } = {}): Lexicon {
  if (extraDirs.length === 0 && cached) return cached;
  let compiled: CompiledLexicon;
  if (extraDirs.length === 0 && existsSync(COMPILED_PATH)) {
    compiled = JSON.parse(readFileSync(COMPILED_PATH, 'utf8')) as CompiledLexicon;
  } else {
    compiled = compileData([DATA_DIR, ...extraDirs], tokenizeName);
  }
  const lex = buildLexicon(compiled);
  if (extraDirs.length === 0) cached = lex;
  return lex;
}

/** Builds the trie and rule indexes of a compiled lexicon. */
export function buildLexicon(compiled: CompiledLexicon): Lexicon {
  const trie: TrieNode = { next: null, ends: null };
  compiled.names.forEach((n, i) => {
    let node = trie;
    for (const k of n.keys) {
      node.next ??= new Map();
      let child = node.next.get(k);
      if (!child) {
        child = { next: null, ends: null };
        node.next.set(k, child);
      }
      node = child;
    }
    (node.ends ??= []).push(i);
    if (n.caps) node.capsCheck = true;
  });
  const verbRules = new Map<string, VerbRule[]>();
  const nounRules = new Map<string, VerbRule[]>();
  for (const r of compiled.rules) {
    const index = r.nominal ? nounRules : verbRules;
    for (const h of r.heads) {
      const list = index.get(h) ?? [];
      list.push(r);
      index.set(h, list);
    }
  }
  const hyphenated = new Set<string>();
  for (const r of compiled.rules) {
    for (const h of r.heads) if (h.includes('-')) hyphenated.add(h);
    for (const it of r.items) if (it.kind === 'word') for (const w of it.alts) if (w.includes('-')) hyphenated.add(w);
  }
  const bySpecificity = (a: VerbRule, b: VerbRule) => b.specificity - a.specificity || a.order - b.order;
  for (const list of verbRules.values()) list.sort(bySpecificity);
  for (const list of nounRules.values()) list.sort(bySpecificity);
  const verbAnchors = anchorIndex(verbRules);
  const nounAnchors = anchorIndex(nounRules);
  const entryById = new Map(compiled.entries.map((e) => [e.id, e]));
  const impliedDoer = impliedDoerCues(compiled.rules);
  return { entries: compiled.entries, entryById, names: compiled.names, trie, verbRules, nounRules, hyphenated, impliedDoerCues: impliedDoer, verbAnchors, nounAnchors, rules: compiled.rules, problems: compiled.problems };
}

/** A head's rules: those that need no word after the head, and the others by their first required word. */
export interface AnchoredRules {
  free: VerbRule[];
  byWord: Map<string, VerbRule[]>;
}

const FUNCTION_WORDS = new Set(['to', 'with', 'on', 'of', 'in', 'at', 'for', 'against', 'from', 'by', 'into', 'the', 'a', 'an', 'and', 'over', 'about', 'that', 'as', 'up', 'out', 'off', 'down', 'back', 'away']);

function anchorIndex(index: Map<string, VerbRule[]>): Map<string, AnchoredRules> {
  const out = new Map<string, AnchoredRules>();
  for (const [head, rules] of index) {
    const a: AnchoredRules = { free: [], byWord: new Map() };
    for (const r of rules) {
      // anchor on the first required content word: "to" or "with" would make the rule a candidate everywhere
      const required = r.items.filter((it) => it.kind === 'word' && !it.optional);
      const first = required.find((it) => it.kind === 'word' && !it.alts.some((a) => FUNCTION_WORDS.has(a))) ?? required[0];
      if (!first || first.kind !== 'word') {
        a.free.push(r);
        continue;
      }
      for (const w of first.alts) {
        const list = a.byWord.get(w) ?? [];
        list.push(r);
        a.byWord.set(w, list);
      }
    }
    out.set(head, a);
  }
  return out;
}

/** A name match in running text: tokens [start, end) and the names that match there. */
export interface NameMatch {
  start: number;
  end: number;
  names: number[];
}

/** Finds the longest dictionary name starting at token `i` (dashes skipped), or null. */
export function matchNameAt(lex: Lexicon, tokens: readonly { text: string; norm?: string }[], i: number, limit: number): NameMatch | null {
  let node: TrieNode | undefined = lex.trie;
  let best: NameMatch | null = null;
  let j = i;
  while (j < limit && node?.next) {
    const tok = tokens[j];
    const t = tok.text;
    if (j > i && t.length === 1 && isDash(t)) {
      j++;
      continue;
    }
    node = node.next.get(keyOf(tok));
    if (!node) break;
    j++;
    if (node.ends) {
      // most names are not ALL-CAPS: then every name ending here matches, no check or copy needed
      const ok = node.capsCheck ? node.ends.filter((ni) => capsAgree(lex.names[ni].caps, tokens, i, j)) : node.ends;
      if (ok.length > 0) best = { start: i, end: j, names: ok };
    }
  }
  return best;
}

/** The lookup key of a token, cheaply from its lower-cased form when it has one. */
function keyOf(tok: { text: string; norm?: string }): string {
  const n = tok.norm;
  if (n === undefined || n.length < 2) return tokenKey(tok.text);
  return n.includes('.') || n.includes('’') || n.includes('‘') ? tokenKey(tok.text) : n;
}

function capsAgree(caps: string[] | undefined, tokens: readonly { text: string }[], start: number, end: number): boolean {
  if (!caps) return true;
  let c = 0;
  for (let j = start; j < end; j++) {
    if (isDash(tokens[j].text)) continue;
    if (caseKey(tokens[j].text) !== caps[c++]) return false;
  }
  return true;
}
