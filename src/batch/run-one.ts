/** Analyzes one batch item, turning any failure into a reported error instead of a crash. */
import { runPipelines, toResult, type AnalyzeInput, type PipelineRun } from '../analyze.js';
import type { Lexicon } from '../lexicon/load.js';
import type { Outcome } from './outcome.js';

/**
 * Runs the pipeline on one document; never throws. `serialise` returns JSON instead of the object;
 * `forStore` leaves out the actor, date and place mentions, which the store does not keep (half the
 * JSON to pass back and parse).
 */
export function runOne(index: number, name: string, input: AnalyzeInput, lexicon: Lexicon, predicates: boolean, serialise = false, forStore = false): Outcome {
  return runMany([{ index, name, input }], lexicon, predicates, serialise, forStore)[0];
}

/** runOne for several documents at once, run stage by stage (see runPipelines); outcomes in input order. */
export function runMany(jobs: readonly { index: number; name: string; input: AnalyzeInput }[], lexicon: Lexicon, predicates: boolean, serialise = false, forStore = false): Outcome[] {
  let runs: PipelineRun[];
  try {
    runs = runPipelines(jobs.map((j) => j.input), { lexicon, predicates });
  } catch (error) {
    runs = jobs.map(() => ({ failed: true, error }));
  }
  return jobs.map(({ index, name }, k) => outcome(index, name, runs[k], predicates, serialise, forStore));
}

function outcome(index: number, name: string, run: PipelineRun, predicates: boolean, serialise: boolean, forStore: boolean): Outcome {
  try {
    if (run.failed) throw run.error;
    const full = toResult(run.doc, predicates);
    const result = forStore ? { ...full, actors: [], dates: [], places: [] } : full;
    const summary = { events: result.events.length, sentences: result.stats.sentences, characters: result.stats.characters, warnings: result.warnings };
    return serialise ? { index, name, json: JSON.stringify(result), summary } : { index, name, result, summary };
  } catch (e) {
    const err = e as Error & { code?: string };
    return { index, name, error: { code: err.code ?? 'error', message: err.message } };
  }
}
