/** faultline: political-conflict news in, coded, sourced, dated events out. */
export { analyze, runPipeline, toResult, newDoc, type AnalyzeInput, type AnalyzeOptions } from './analyze.js';
export { loadLexicon, type Lexicon } from './lexicon/load.js';
export { PIPELINE } from './pipeline/index.js';
export { InputError } from './pipeline/01-clean/index.js';
export { findRepeatedLines } from './pipeline/01-clean/index.js';
export { cameoInfo, ploverFor } from './ontology/index.js';
export type * from './types.js';
export { resolvePlaces, type PlaceSpan, type ResolveOptions } from './places/resolve.js';
export { loadGazetteer, placeKey, type Gazetteer, type GazEntry } from './places/gazetteer.js';
