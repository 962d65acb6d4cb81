// Guards the accuracy harness's matching rules: actor-code comparison, per-sentence event
// matching, the PLOVER 0.5b1 name map and the factuality class mapping.
import { describe, expect, it } from 'vitest';
import { lenientActorMatch, strictActorMatch } from '../eval/actor-codes.js';
import { matchSentence, scoreSentence, type OurEvent, type Triple } from '../eval/events.js';
import { alignOffset, goldClass, ourClass, tokenAt } from '../eval/factuality.js';
import { matchingCounts } from '../eval/metrics.js';
import { ploverName05 } from '../eval/plover.js';
import { labelsOf } from '../eval/detection.js';
import type { Token } from '../src/types.js';

describe('actor codes', () => {
  it('strict: equal once the "-" padding is gone', () => {
    expect(strictActorMatch('---REB', 'REB')).toBe(true);
    expect(strictActorMatch('---', '')).toBe(true);
    expect(strictActorMatch('USAGOV', 'USA')).toBe(false);
  });

  it('lenient: same first three characters, and same role when both have one', () => {
    expect(lenientActorMatch('USAGOV', 'USA')).toBe(true);
    expect(lenientActorMatch('USA', 'USAGOV')).toBe(true);
    expect(lenientActorMatch('IRQGOVMIL', 'IRQGOV')).toBe(true);
    expect(lenientActorMatch('USAGOV', 'USAMIL')).toBe(false);
    expect(lenientActorMatch('IGOUNO', 'IGOEUREEC')).toBe(false);
    expect(lenientActorMatch('---', '---')).toBe(true);
    expect(lenientActorMatch('---REB', 'SYRREB')).toBe(false);
    expect(lenientActorMatch('USA', '---')).toBe(false);
  });
});

const ev = (source: string, target: string, code: string): OurEvent => ({ source, target, code, rule: 'r', trigger: 't', modality: 'asserted' });
const t = (source: string, target: string, code: string): Triple => ({ source, target, code });

describe('sentence matching', () => {
  it('scores root, code and triples separately', () => {
    const gold = [t('USAGOV', 'IRN', '042')];
    const ours = [ev('USA', 'IRN', '043')];
    expect(matchingCounts(matchSentence(gold, ours, 'root'))).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(matchingCounts(matchSentence(gold, ours, 'code'))).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(matchingCounts(matchSentence(gold, [ev('USA', 'IRN', '042')], 'tripleLenient'))).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(matchingCounts(matchSentence(gold, [ev('USA', 'IRN', '042')], 'tripleStrict'))).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  it('pairs exact triples first (both directions of a meeting)', () => {
    const gold = [t('LBNGOV', 'USAMIL', '046'), t('USAMIL', 'LBNGOV', '046')];
    const ours = [ev('USAMIL', 'LBNGOV', '046')];
    const m = matchSentence(gold, ours, 'code');
    expect(m.pairs).toEqual([[1, 0]]);
  });

  it('counts our events on a no-event sentence as false positives', () => {
    const r = scoreSentence({ id: 'x', date: '2008-01-01', text: 's', events: [], noEvent: true, category: 'AFP' }, [ev('FRA', '---', '111')], null);
    expect(r.counts.root).toEqual({ tp: 0, fp: 1, fn: 0 });
    expect(r.counts.tripleLenient).toEqual({ tp: 0, fp: 1, fn: 0 });
  });
});

describe('PLOVER 0.5b1 names', () => {
  it('renames the types 0.5b1 called otherwise', () => {
    expect(ploverName05('REQUEST', 'assist', '101')).toBe('DEMAND');
    expect(ploverName05('ACCUSE', 'investigate', '090')).toBe('INVESTIGATE');
    expect(ploverName05('ACCUSE', 'disapprove', '111')).toBe('DISAPPROVE');
    expect(ploverName05('ASSAULT', 'heavy-weapons', '195')).toBe('FIGHT');
    expect(ploverName05('ASSAULT', 'torture', '1822')).toBe('ASSAULT');
    expect(ploverName05('ASSAULT', 'destroy', '1712')).toBe('COERCE');
    expect(ploverName05('AGREE', null, '030')).toBe('AGREE');
  });
});

describe('factuality classes', () => {
  it('folds gold values at ±1.5', () => {
    expect(goldClass(3)).toBe('asserted');
    expect(goldClass(1.5)).toBe('asserted');
    expect(goldClass(1.4)).toBe('uncertain');
    expect(goldClass(0)).toBe('uncertain');
    expect(goldClass(-1.4)).toBe('uncertain');
    expect(goldClass(-1.5)).toBe('negated');
    expect(goldClass(-3)).toBe('negated');
  });

  it('folds our modalities', () => {
    expect(ourClass('asserted')).toBe('asserted');
    expect(ourClass('negated')).toBe('negated');
    expect(ourClass('hypothetical')).toBe('uncertain');
    expect(ourClass('future')).toBe('asserted');
    expect(ourClass('future', true)).toBe('uncertain');
    expect(ourClass('counterfactual')).toBe('uncertain');
  });

  it('finds the token that holds an offset', () => {
    const tok = (start: number, end: number) => ({ start, end }) as Token;
    const tokens = [tok(0, 3), tok(4, 9), tok(9, 10)];
    expect(tokenAt(tokens, 0)).toBe(0);
    expect(tokenAt(tokens, 5)).toBe(1);
    expect(tokenAt(tokens, 9)).toBe(2);
    expect(tokenAt(tokens, 3)).toBe(-1);
    expect(tokenAt(tokens, 10)).toBe(-1);
  });

  it('realigns an offset by the word when cleaning changed the text', () => {
    expect(alignOffset('a b c', 'a b c', 2, 'b')).toBe(2);
    expect(alignOffset('x said y said', '  x said y said', 11, 'said')).toBe(9);
    expect(alignOffset('abc', 'xyz', 0, 'q')).toBe(-1);
  });
});

describe('police event detection labels (IndiaPoliceEvents)', () => {
  const event = (code: string, source: string, modality: string, dead = 0) =>
    ({ cameo: { code }, source: { code: source }, modality, casualties: dead ? { dead, injured: 0 } : null }) as unknown as Parameters<typeof labelsOf>[0];

  it('labels only what the police (or troops keeping order) did', () => {
    expect(labelsOf(event('173', '---COP', 'asserted'), 'arrested')).toEqual(['ANY_ACTION', 'ARREST']);
    expect(labelsOf(event('173', 'INDCOP', 'asserted'), 'arrested')).toEqual(['ANY_ACTION', 'ARREST']);
    expect(labelsOf(event('173', '---MIL', 'asserted'), 'arrested')).toEqual(['ANY_ACTION', 'ARREST']);
    expect(labelsOf(event('173', '---REB', 'asserted'), 'abducted')).toEqual([]);
  });

  it('tells force from killing, and a negated act is a failure to act', () => {
    expect(labelsOf(event('175', '---COP', 'asserted'), 'lathi-charged')).toEqual(['ANY_ACTION', 'FORCE']);
    expect(labelsOf(event('190', '---COP', 'asserted'), 'killed')).toEqual(['ANY_ACTION', 'FORCE', 'KILL']);
    expect(labelsOf(event('190', '---COP', 'asserted', 3), 'opened fire')).toEqual(['ANY_ACTION', 'FORCE', 'KILL']);
    expect(labelsOf(event('190', '---COP', 'asserted'), 'succumbed to the police firing')).toEqual(['ANY_ACTION', 'FORCE', 'KILL']);
    expect(labelsOf(event('190', '---COP', 'asserted'), 'fell to police bullets')).toEqual(['ANY_ACTION', 'FORCE', 'KILL']);
    expect(labelsOf(event('190', '---COP', 'negated'), 'intervene')).toEqual(['FAIL']);
    expect(labelsOf(event('190', '---COP', 'hypothetical'), 'fire')).toEqual([]);
  });
});
