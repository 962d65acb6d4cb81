// Guards the scoring arithmetic of the accuracy harness (eval/metrics.ts): every expectation
// below was worked out by hand.
import { describe, expect, it } from 'vitest';
import {
  accuracy, addCounts, classCounts, confusionMatrix, greedyMatch, macroF1, matchingCounts, perClass, prf, ratio, zeroCounts,
} from '../eval/metrics.js';

describe('prf', () => {
  it('computes precision, recall and F1 from counts', () => {
    // P = 3/4, R = 3/5, F1 = 2·0.75·0.6 / 1.35 = 2/3
    const s = prf({ tp: 3, fp: 1, fn: 2 });
    expect(s.precision).toBeCloseTo(0.75, 10);
    expect(s.recall).toBeCloseTo(0.6, 10);
    expect(s.f1).toBeCloseTo(2 / 3, 10);
  });

  it('gives 0, not NaN, when a denominator is 0', () => {
    expect(prf({ tp: 0, fp: 0, fn: 0 })).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(prf({ tp: 0, fp: 0, fn: 4 })).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(prf({ tp: 0, fp: 2, fn: 0 })).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(ratio(1, 0)).toBe(0);
  });

  it('gives 1 for a perfect result', () => {
    expect(prf({ tp: 5, fp: 0, fn: 0 })).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it('adds counts', () => {
    const a = addCounts(zeroCounts(), { tp: 1, fp: 2, fn: 3 });
    addCounts(a, { tp: 10, fp: 20, fn: 30 });
    expect(a).toEqual({ tp: 11, fp: 22, fn: 33 });
  });
});

describe('greedyMatch', () => {
  const exact = (g: number, p: number) => g === p;
  const near = (g: number, p: number) => Math.abs(g - p) <= 1;

  it('pairs one to one and reports what is left', () => {
    const m = greedyMatch([5, 5, 9], [5, 7], [exact]);
    expect(m.pairs).toEqual([[0, 0]]);
    expect(m.unmatchedGold).toEqual([1, 2]);
    expect(m.unmatchedPred).toEqual([1]);
    expect(matchingCounts(m)).toEqual({ tp: 1, fp: 1, fn: 2 });
  });

  it('counts a repeated prediction once per gold item (multisets)', () => {
    expect(matchingCounts(greedyMatch([4, 4], [4, 4, 4], [exact]))).toEqual({ tp: 2, fp: 1, fn: 0 });
  });

  it('takes exact matches first so a loose match cannot steal them', () => {
    // gold 1 and 2, ours 2 and 0. With the loose test alone, gold 1 takes our 2 and gold 2 is
    // left with nothing (|2 - 0| = 2): 1 TP. Exact first: gold 2 takes our 2, gold 1 our 0: 2 TP.
    expect(matchingCounts(greedyMatch([1, 2], [2, 0], [near]))).toEqual({ tp: 1, fp: 1, fn: 1 });
    const m = greedyMatch([1, 2], [2, 0], [exact, near]);
    expect(m.pairs).toEqual([[1, 0], [0, 1]]);
    expect(matchingCounts(m)).toEqual({ tp: 2, fp: 0, fn: 0 });
  });

  it('handles empty sides', () => {
    expect(matchingCounts(greedyMatch([], [1, 2], [exact]))).toEqual({ tp: 0, fp: 2, fn: 0 });
    expect(matchingCounts(greedyMatch([1], [], [exact]))).toEqual({ tp: 0, fp: 0, fn: 1 });
  });
});

describe('confusion matrix and its scores', () => {
  // gold a: a a a b   gold b: b b c   gold c: a (none)
  const pairs: Array<[string, string]> = [
    ['a', 'a'], ['a', 'a'], ['a', 'a'], ['a', 'b'],
    ['b', 'b'], ['b', 'b'], ['b', 'c'],
    ['c', 'a'], ['c', '(none)'],
  ];
  const c = confusionMatrix(['a', 'b', 'c'], pairs);

  it('counts gold rows against predicted columns, adding unknown predictions as columns', () => {
    expect(c.columns).toEqual(['a', 'b', 'c', '(none)']);
    expect(c.matrix).toEqual([
      [3, 1, 0, 0],
      [0, 2, 1, 0],
      [1, 0, 0, 1],
    ]);
  });

  it('reads accuracy off the diagonal', () => {
    expect(accuracy(c)).toBeCloseTo(5 / 9, 10);
  });

  it('reads one-vs-rest counts per class', () => {
    expect(classCounts(c, 'a')).toEqual({ tp: 3, fp: 1, fn: 1 });
    expect(classCounts(c, 'b')).toEqual({ tp: 2, fp: 1, fn: 1 });
    expect(classCounts(c, 'c')).toEqual({ tp: 0, fp: 1, fn: 2 });
  });

  it('scores each class and averages the F1s', () => {
    const scores = perClass(c);
    expect(scores.map((s) => s.label)).toEqual(['a', 'b', 'c']);
    expect(scores.map((s) => s.support)).toEqual([4, 3, 2]);
    expect(scores[0].precision).toBeCloseTo(0.75, 10);
    expect(scores[0].f1).toBeCloseTo(0.75, 10);
    expect(scores[1].recall).toBeCloseTo(2 / 3, 10);
    expect(scores[1].f1).toBeCloseTo(2 / 3, 10);
    expect(scores[2].f1).toBe(0);
    // (0.75 + 0.6667 + 0) / 3
    expect(macroF1(scores)).toBeCloseTo((0.75 + 2 / 3) / 3, 10);
  });

  it('keeps given columns in order and scores a label without a column as never predicted', () => {
    const d = confusionMatrix(['x', 'y'], [['x', 'p'], ['y', 'q'], ['y', 'y']], ['q', 'p']);
    expect(d.columns).toEqual(['q', 'p', 'y']);
    expect(d.matrix).toEqual([[0, 1, 0], [1, 0, 1]]);
    expect(classCounts(d, 'x')).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(accuracy(d)).toBeCloseTo(1 / 3, 10);
  });

  it('rejects a gold label it was not given', () => {
    expect(() => confusionMatrix(['a'], [['z', 'a']])).toThrow(/gold label "z"/);
  });
});
