import { describe, expect, it } from 'vitest';
import { loadLexicon } from './load.js';
import { IMPLIED_DOER, impliedDoerWords } from './implied-doer.js';

describe('implied doers', () => {
  const lex = loadLexicon();
  it('names only rules the lexicon has', () => {
    const ids = new Set(lex.rules.map((r) => r.id));
    for (const id of IMPLIED_DOER.keys()) expect(ids.has(id), id).toBe(true);
  });
  it('marks sentences by the content word of each rule, not by its particles or common verbs', () => {
    const words = impliedDoerWords(lex.rules);
    for (const w of ['arrest', 'detain', 'custody', 'curfew', 'shells', 'remand']) expect(words.has(w), w).toBe(true);
    for (const w of ['up', 'into', 'under', 'take', 'place', 'impose']) expect(words.has(w), w).toBe(false);
  });
});
