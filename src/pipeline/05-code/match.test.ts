import { describe, expect, it } from 'vitest';
import { compilePattern } from '../../lexicon/verbs.js';
import type { VerbRule } from '../../lexicon/verbs.js';
import { segmentText } from '../02-segment/segment.js';
import { matchRule } from './match.js';

function rule(pattern: string): VerbRule {
  const c = compilePattern(pattern)!;
  return { id: 't.x', code: '082', heads: c.heads, nominal: false, items: c.items, sourceRoles: null, reversed: c.reversed, needsTarget: c.needsTarget, example: '', specificity: 1, order: 0, pattern };
}

function tryMatch(pattern: string, text: string, head: string) {
  const { tokens } = segmentText(text);
  const h = tokens.findIndex((t) => t.text === head);
  return matchRule(rule(pattern), tokens, h + 1, tokens.length);
}

describe('matchRule', () => {
  it('matches words in order with gaps, by lemma or form', () => {
    expect(tryMatch('postpone strike|protest|march', 'The union postponed the planned march.', 'postponed')).not.toBeNull();
  });

  it('regression: a pattern word does not match a month name ("March")', () => {
    expect(tryMatch('postpone strike|protest|march', 'The committee postponed until March 10 its meeting.', 'postponed')).toBeNull();
  });

  it('regression: a target slot spans one noun phrase, not a whole clause', () => {
    expect(tryMatch('give $ loan|loans', 'It gave no details of the repayment terms of the loans.', 'gave')).toBeNull();
    expect(tryMatch('give $ loan|loans', 'The bank gave Egypt new loans.', 'gave')).not.toBeNull();
  });
});

describe('optional final preposition', () => {
  it('matches "renewed negotiations" with `renew talks|negotiations with $`, without a target', () => {
    const m = tryMatch('renew talks|negotiations with $', 'Israel and Lebanon renewed negotiations today.', 'renewed');
    expect(m).not.toBeNull();
    expect(m!.slot).toBeNull();
  });

  it('keeps a content word required: `plan to visit $` does not match "plans to launch"', () => {
    expect(tryMatch('plan to visit|meet $', 'Israel plans to launch an offensive.', 'plans')).toBeNull();
  });

  it('keeps a bare preposition required: `fire at $` does not match "fired the minister"', () => {
    expect(tryMatch('fire at|on $', 'The president fired the minister.', 'fired')).toBeNull();
  });
});

describe('regression: capitalised model names still match', () => {
  it('matches "F-16s" in `sell $ f-16s`', () => {
    expect(tryMatch('sell $ jets|f-16s', 'The US is selling Maliki F-16s.', 'selling')).not.toBeNull();
  });
});
