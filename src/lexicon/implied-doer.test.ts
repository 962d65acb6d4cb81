import { describe, expect, it } from 'vitest';
import { loadLexicon } from './load.js';
import { IMPLIED_DOER, impliedDoerCues } from './implied-doer.js';

describe('implied doers', () => {
  const lex = loadLexicon();
  it('names only rules the lexicon has', () => {
    const ids = new Set(lex.rules.map((r) => r.id));
    for (const id of IMPLIED_DOER.keys()) expect(ids.has(id), id).toBe(true);
  });
  it("cues a sentence by a rule's head with the content words it needs, never by particles alone", () => {
    const cues = impliedDoerCues(lex.rules);
    for (const w of ['arrest', 'detain', 'remand', 'sentence', 'burst']) expect(cues.has(w), w).toBe(true);
    // "take into custody": "take" alone is no cue, "take" with "custody" is
    const take = cues.get('take') ?? [];
    expect(take.length).toBeGreaterThan(0);
    expect(take.every((needs) => needs.some((alts) => alts.has('custody')))).toBe(true);
    for (const needs of cues.values()) for (const words of needs) for (const alts of words) expect([...alts].every((w) => ['up', 'into', 'under', 'to'].includes(w))).toBe(false);
  });
});
