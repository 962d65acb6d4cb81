/**
 * Scoring helpers shared by the harness: precision/recall/F1 from counts, one-to-one greedy
 * matching, confusion matrices and the per-class and macro figures read off them.
 * Convention (as scikit-learn's zero_division=0): a ratio with a zero denominator is 0.
 */

/** True positives, false positives and false negatives of one comparison. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Precision, recall and F1 (all in [0, 1]). */
export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

/** Empty counts. */
export function zeroCounts(): Counts {
  return { tp: 0, fp: 0, fn: 0 };
}

/** Adds `b` into `a` and returns `a`. */
export function addCounts(a: Counts, b: Counts): Counts {
  a.tp += b.tp;
  a.fp += b.fp;
  a.fn += b.fn;
  return a;
}

/** n / d, or 0 when d is 0. */
export function ratio(n: number, d: number): number {
  return d === 0 ? 0 : n / d;
}

/** Precision, recall and F1 of a set of counts. */
export function prf({ tp, fp, fn }: Counts): Prf {
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return { precision, recall, f1: ratio(2 * precision * recall, precision + recall) };
}

/** The result of matching gold items with predicted items one to one. */
export interface Matching {
  /** [gold index, predicted index] pairs, in the order they were made */
  pairs: Array<[number, number]>;
  /** gold indexes left unmatched (false negatives) */
  unmatchedGold: number[];
  /** predicted indexes left unmatched (false positives) */
  unmatchedPred: number[];
}

/**
 * Greedy one-to-one matching: each tier (a looser test than the one before) pairs, in gold
 * order, every still-unmatched gold item with the first still-unmatched prediction it accepts.
 * Putting the exact test first keeps a loose test from stealing a prediction an exact one needs.
 */
export function greedyMatch<G, P>(gold: readonly G[], pred: readonly P[], tiers: ReadonlyArray<(g: G, p: P) => boolean>): Matching {
  const goldUsed = new Array<boolean>(gold.length).fill(false);
  const predUsed = new Array<boolean>(pred.length).fill(false);
  const pairs: Array<[number, number]> = [];
  for (const accepts of tiers) {
    for (let g = 0; g < gold.length; g++) {
      if (goldUsed[g]) continue;
      for (let p = 0; p < pred.length; p++) {
        if (predUsed[p] || !accepts(gold[g], pred[p])) continue;
        goldUsed[g] = predUsed[p] = true;
        pairs.push([g, p]);
        break;
      }
    }
  }
  return {
    pairs,
    unmatchedGold: gold.map((_, i) => i).filter((i) => !goldUsed[i]),
    unmatchedPred: pred.map((_, i) => i).filter((i) => !predUsed[i]),
  };
}

/** The counts of a matching. */
export function matchingCounts(m: Matching): Counts {
  return { tp: m.pairs.length, fp: m.unmatchedPred.length, fn: m.unmatchedGold.length };
}

/**
 * A confusion matrix: `matrix[i][j]` counts items of gold class `labels[i]` predicted as
 * `columns[j]`. `columns` is `labels` plus any predicted value outside them (e.g. "(none)").
 */
export interface Confusion {
  labels: string[];
  columns: string[];
  matrix: number[][];
}

/**
 * Builds a confusion matrix from (gold, predicted) pairs over the given gold labels; columns
 * start as given (the labels by default) and gain any other predicted value in order of appearance.
 */
export function confusionMatrix(
  labels: readonly string[],
  pairs: Iterable<readonly [gold: string, predicted: string]>,
  startColumns: readonly string[] = labels,
): Confusion {
  const list = [...pairs];
  const columns = [...startColumns];
  for (const [, p] of list) if (!columns.includes(p)) columns.push(p);
  for (const [g] of list) if (!labels.includes(g)) throw new Error(`gold label "${g}" is not one of ${labels.join(', ')}`);
  const matrix = labels.map(() => columns.map(() => 0));
  for (const [g, p] of list) matrix[labels.indexOf(g)][columns.indexOf(p)]++;
  return { labels: [...labels], columns, matrix };
}

/** Share of items on the diagonal (predicted as their gold class). */
export function accuracy(c: Confusion): number {
  let right = 0;
  let all = 0;
  c.labels.forEach((label, i) => {
    const j = c.columns.indexOf(label);
    if (j >= 0) right += c.matrix[i][j];
    all += c.matrix[i].reduce((a, b) => a + b, 0);
  });
  return ratio(right, all);
}

/** P/R/F1 of one class with its support (number of gold items). */
export interface ClassScore extends Prf {
  label: string;
  support: number;
}

/** The counts of one class read off a confusion matrix (one-vs-rest). */
export function classCounts(c: Confusion, label: string): Counts {
  const i = c.labels.indexOf(label);
  const j = c.columns.indexOf(label);
  const tp = j >= 0 ? c.matrix[i][j] : 0;
  const goldTotal = c.matrix[i].reduce((a, b) => a + b, 0);
  const predTotal = j >= 0 ? c.matrix.reduce((a, row) => a + row[j], 0) : 0;
  return { tp, fp: predTotal - tp, fn: goldTotal - tp };
}

/** Per-class precision, recall, F1 and support, in label order. */
export function perClass(c: Confusion): ClassScore[] {
  return c.labels.map((label) => {
    const counts = classCounts(c, label);
    return { label, support: counts.tp + counts.fn, ...prf(counts) };
  });
}

/** Unweighted mean of the per-class F1 scores (every label counts, even one without support). */
export function macroF1(scores: readonly ClassScore[]): number {
  return ratio(
    scores.reduce((a, s) => a + s.f1, 0),
    scores.length,
  );
}
