/** Runs the pipeline on one gold record, turning a thrown error into a value the report counts. */
import { runPipeline } from '../src/analyze.js';
import type { Lexicon } from '../src/lexicon/load.js';
import type { Doc } from '../src/types.js';

/** The document, or the error the pipeline threw on it. */
export type RunResult = { doc: Doc; error: null } | { doc: null; error: string };

/** Runs every stage on a text with its publication date; never throws. */
export function runRecord(id: string, text: string, date: string, lexicon: Lexicon): RunResult {
  try {
    return { doc: runPipeline({ id, text, date }, { lexicon, predicates: true }), error: null };
  } catch (e) {
    const err = e as Error & { code?: string };
    return { doc: null, error: `${err.name}${err.code ? ` (${err.code})` : ''}: ${err.message}` };
  }
}
