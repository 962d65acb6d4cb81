/** A small fixed lexicon for stage tests, so they test mechanisms, not our evolving dictionaries. */
import { join } from 'node:path';
import { compileData } from '../src/lexicon/compile.js';
import { buildLexicon, type Lexicon } from '../src/lexicon/load.js';
import { tokenizeName } from '../src/nlp.js';
import { runPipeline } from '../src/analyze.js';
import type { Doc } from '../src/types.js';

let lex: Lexicon | null = null;

/** The fixture lexicon (test/fixtures/data). */
export function fixtureLexicon(): Lexicon {
  lex ??= buildLexicon(compileData([join(import.meta.dirname, 'fixtures', 'data')], tokenizeName));
  return lex;
}

/** Runs the whole pipeline on a text with the fixture lexicon. */
export function run(text: string, date = '2014-06-11'): Doc {
  return runPipeline({ text, date, id: 't' }, { lexicon: fixtureLexicon(), predicates: true });
}

/** The words of a token span, for readable assertions. */
export function words(doc: Doc, span: [number, number] | null): string {
  return span ? doc.tokens.slice(span[0], span[1]).map((t) => t.text).join(' ') : '';
}

/** Events as `SOURCE CODE TARGET modality` lines. */
export function eventLines(doc: Doc): string[] {
  return doc.events.map((e) => `${e.source.code} ${e.cameo.code} ${e.target?.code ?? '-'} ${e.modality}`);
}
