/** What a batch reports for each document, and how to read it (light: no pipeline code is loaded). */
import type { AnalysisResult } from '../types.js';

/** What a batch reports for one document: its result (as an object, or as JSON from a worker) or why it failed. */
export interface Outcome {
  index: number;
  name: string;
  /** the result, when analyzed in this thread */
  result?: AnalysisResult;
  /** the result serialised by a worker thread (cheaper to pass back than the object) */
  json?: string;
  /** counts and warnings, always present on success */
  summary?: { events: number; sentences: number; characters: number; warnings: string[] };
  error?: { code: string; message: string };
}

/** The result of a successful outcome as an object (parsing a worker's JSON when needed). */
export function outcomeResult(o: Outcome): AnalysisResult | null {
  if (o.result) return o.result;
  return o.json ? (JSON.parse(o.json) as AnalysisResult) : null;
}

/** The result of a successful outcome as one line of JSON. */
export function outcomeJson(o: Outcome): string | null {
  return o.json ?? (o.result ? JSON.stringify(o.result) : null);
}
