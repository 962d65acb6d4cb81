import { describe, expect, it } from 'vitest';
import { segmentText } from './segment.js';

describe('segment', () => {
  it('gives every token offsets into the text', () => {
    const text = 'Iraqi soldiers fled “the city” on Tuesday. U.S. troops can\'t stay—really.';
    const { tokens } = segmentText(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.find((t) => t.text === 'fled')!.lemma).toBe('flee');
    expect(tokens.find((t) => t.text === 'U.S.')!.pos).toBe('PROPN');
  });

  it('never lets a sentence cross a blank line, and drops line-break tokens', () => {
    const text = 'The latest news\n\nRebels attacked the base.\nTroops fled.';
    const { tokens, sentences } = segmentText(text);
    expect(tokens.some((t) => t.text.trim() === '')).toBe(false);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(['The latest news', 'Rebels attacked the base.', 'Troops fled.']);
    for (const s of sentences) for (let i = s.tokenStart; i < s.tokenEnd; i++) expect(tokens[i].sentence).toBe(sentences.indexOf(s));
  });

  it('handles empty text', () => {
    expect(segmentText('')).toEqual({ tokens: [], sentences: [] });
  });
});

describe('regression: words wink gives no lemma', () => {
  it('does not crash on a capitalised "Cannot" (Reuters doc 6177)', () => {
    const { tokens } = segmentText('Cannot say. The minister said officials Cannot confirm it.');
    expect(tokens.every((t) => typeof t.lemma === 'string' && t.lemma.length > 0)).toBe(true);
  });
});

describe('hyphenated words the tagger splits', () => {
  const known = new Set(['lathi-charge', 'cease-fire']);
  it('joins them into one token when our rules know the word', () => {
    const text = 'Police lathi-charged the crowd and tear-gassed it after the cease-fire broke down.';
    const { tokens } = segmentText(text, (w) => known.has(w));
    const lathi = tokens.find((t) => t.norm === 'lathi-charged')!;
    expect(lathi).toMatchObject({ pos: 'VERB', lemma: 'lathi-charge' });
    expect(text.slice(lathi.start, lathi.end)).toBe('lathi-charged');
    expect(tokens.find((t) => t.norm === 'cease-fire')).toMatchObject({ pos: 'NOUN', lemma: 'cease-fire' });
    // a word we do not know stays as the tagger gave it
    expect(tokens.some((t) => t.norm === 'tear-gassed')).toBe(false);
    expect(tokens.some((t) => t.norm === 'gassed')).toBe(true);
  });
  it('leaves words apart when spaces surround the hyphen', () => {
    const { tokens } = segmentText('a cease - fire', (w) => known.has(w));
    expect(tokens.map((t) => t.text)).toEqual(['a', 'cease', '-', 'fire']);
  });
});
