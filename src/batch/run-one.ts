/** Analyzes one batch item, turning any failure into a reported error instead of a crash. */
import { analyze, type AnalyzeInput } from '../analyze.js';
import type { Lexicon } from '../lexicon/load.js';
import type { AnalysisResult } from '../types.js';

/** What a batch reports for one document: its result or why it failed. */
export interface Outcome {
  index: number;
  name: string;
  result?: AnalysisResult;
  error?: { code: string; message: string };
}

/** Runs the pipeline on one document; never throws. */
export function runOne(index: number, name: string, input: AnalyzeInput, lexicon: Lexicon, predicates: boolean): Outcome {
  try {
    return { index, name, result: analyze(input, { lexicon, predicates }) };
  } catch (e) {
    const err = e as Error & { code?: string };
    return { index, name, error: { code: err.code ?? 'error', message: err.message } };
  }
}
