/** Segmentation: sentences, tokens with character offsets, POS and lemmas (wink-nlp), negation cues. */
import { nlp } from '../../nlp.js';
import type { Doc, Sentence, Token } from '../../types.js';
import type { Stage } from '../stage.js';
import { retagVerbs } from './retag.js';

/** Splits `doc.text` into sentences and tokens; every token gets offsets into the text. */
export const segment: Stage = {
  name: 'segment',
  run(doc, ctx) {
    const { hyphenated } = ctx.lexicon;
    const { tokens, sentences } = segmentText(doc.text, (word) => hyphenated.has(word));
    retagVerbs(tokens, (lemma) => ctx.lexicon.verbRules.has(lemma));
    doc.tokens = tokens;
    doc.sentences = sentences;
  },
};

const NEGATION_CUES = new Set(['not', "n't", 'n’t', 'never', 'no', 'nor', 'neither', 'without', 'cannot']);

/**
 * Tokenises and tags a text; sentences never cross a blank line (a paragraph break). A hyphenated
 * word the tagger split ("lathi-charged", "cease-fire", "sit-in") is one token again when `isHead`
 * knows it (the rules' hyphenated words).
 */
export function segmentText(text: string, isHead: (word: string) => boolean = () => false): { tokens: Token[]; sentences: Sentence[] } {
  const w = nlp();
  const its = w.its;
  const wdoc = w.readDoc(text);
  const all = wdoc.tokens();
  // wink's typings do not cover every `its` helper; the values are documented arrays.
  const out = all.out.bind(all) as (f?: unknown) => unknown[];
  const words = out() as string[];
  const pos = out(its.pos) as string[];
  const lemmas = out(its.lemma) as string[];
  const spans: number[][] = [];
  wdoc.sentences().each((s: { out: (f: unknown) => unknown }) => {
    spans.push(s.out(its.span) as number[]);
  });

  // wink emits line breaks as tokens; we drop them (sentences still split on blank lines).
  const tokens: Token[] = [];
  const keep = new Int32Array(words.length + 1);
  let cursor = 0;
  for (let i = 0; i < words.length; i++) {
    const t = words[i];
    keep[i] = tokens.length;
    if (isBlank(t)) continue;
    let at = text.indexOf(t, cursor);
    // wink may normalise a token's text; then keep our place and take its length as written.
    const found = at >= 0 && at - cursor <= 64;
    if (!found) at = skipSpace(text, cursor);
    const end = Math.min(text.length, at + t.length);
    const norm = t.toLowerCase();
    tokens.push({
      // (where wink's word was found as written it is the text: no copy of it)
      text: found && end - at === t.length ? t : text.slice(at, end),
      norm,
      pos: pos[i] ?? "X",
      // wink gives no lemma for some capitalised words ("Cannot"): fall back to the word
      lemma: pos[i] === 'VERB' && RE_PREFIXED.test(norm) ? reLemma(norm) : (lemmas[i] ?? t).toLowerCase(),
      start: at,
      end,
      sentence: 0,
      negationCue: NEGATION_CUES.has(norm),
    });
    cursor = end;
    joinHyphenated(tokens, isHead);
  }
  keep[words.length] = tokens.length;

  const sentences: Sentence[] = [];
  for (const [a, b] of spans) {
    const from = keep[a];
    const to = keep[b + 1];
    if (to > from) splitOnParagraphs(text, tokens, from, to, sentences);
  }
  sentences.forEach((s, si) => {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) tokens[i].sentence = si;
  });
  return { tokens, sentences };
}

/** A verb written with its "re-" apart ("re-opened", "re-imposing"), which the tagger leaves unlemmatised. */
const RE_PREFIXED = /^re-\p{Ll}{3,}$/u;
const reLemmas = new Map<string, string>();

/** "re-opened" → "reopen": "re" and the lemma of the rest (see retagVerbs for "re-imposed" → "impose"). */
function reLemma(norm: string): string {
  let lemma = reLemmas.get(norm);
  if (lemma === undefined) {
    const rest = norm.slice(3);
    const tokens = nlp().readDoc(rest).tokens();
    const lemmas = (tokens.out.bind(tokens) as (f?: unknown) => unknown[])(nlp().its.lemma);
    const base = lemmas.length === 1 ? String(lemmas[0]) : rest;
    lemma = `re${base.toLowerCase()}`;
    if (reLemmas.size < 10_000) reLemmas.set(norm, lemma);
  }
  return lemma;
}

/** Joins the last three tokens "X - Y" (written without spaces) into one when "x-y" (or x and Y's lemma) is a word of our rules, or the pronoun "no-one". */
function joinHyphenated(tokens: Token[], isHead: (word: string) => boolean): void {
  const n = tokens.length;
  if (n < 3 || tokens[n - 2].text !== '-') return;
  const [a, h, b] = [tokens[n - 3], tokens[n - 2], tokens[n - 1]];
  if (a.end !== h.start || h.end !== b.start || !/^\p{L}/u.test(b.text)) return;
  const text = `${a.text}-${b.text}`;
  // "no-one was injured": a pronoun written with a hyphen
  if (a.norm === 'no' && b.norm === 'one') {
    tokens.length = n - 3;
    tokens.push({ ...a, text, norm: 'no-one', pos: 'PRON', lemma: 'no-one', end: b.end, negationCue: true });
    return;
  }
  const byLemma = `${a.norm}-${b.lemma}`;
  const lemma = isHead(byLemma) ? byLemma : isHead(`${a.norm}-${b.norm}`) ? `${a.norm}-${b.norm}` : null;
  if (!lemma) return;
  // "tear-gassed", "lathi-charged": a verb when its last part is one; "cease-fire", "sit-in": a noun
  const pos = b.pos === 'VERB' && !b.norm.endsWith('ing') ? 'VERB' : 'NOUN';
  tokens.length = n - 3;
  tokens.push({ ...a, text, norm: text.toLowerCase(), pos, lemma, end: b.end, negationCue: false });
}

/** Whether a wink token is only whitespace (a line break), without trimming a copy of it. */
function isBlank(t: string): boolean {
  for (let i = 0; i < t.length; i++) if (!WHITE.test(t[i])) return false;
  return true;
}
const WHITE = /\s/;

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i])) i++;
  return i;
}

function splitOnParagraphs(text: string, tokens: Token[], from: number, to: number, out: Sentence[]): void {
  let start = from;
  for (let i = from + 1; i < to; i++) {
    if (isParagraphBreak(text, tokens[i - 1].end, tokens[i].start)) {
      out.push(makeSentence(tokens, start, i));
      start = i;
    }
  }
  if (start < to) out.push(makeSentence(tokens, start, to));
}

/** Whether text[from, to) holds a blank line (/\n\s*\n/), looked for only where there is a line break at all. */
function isParagraphBreak(text: string, from: number, to: number): boolean {
  // (a loop over the gap, not indexOf: a text without line breaks would be searched to its end each time)
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return /\n\s*\n/.test(text.slice(i, to));
  return false;
}

function makeSentence(tokens: Token[], a: number, b: number): Sentence {
  return { start: tokens[a].start, end: tokens[b - 1].end, tokenStart: a, tokenEnd: b };
}
