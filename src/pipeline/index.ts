/**
 * The pipeline, in the order it runs. Order matters: each stage reads what the stages
 * before it put on the document and adds its own layer; none reaches into a later one.
 * This list is the architecture.
 */
import { clean } from './01-clean/stage.js';
import { segment } from './02-segment/index.js';
import { mentions } from './03-mentions/index.js';
import { clauses } from './04-clauses/index.js';
import { code } from './05-code/index.js';
import { modality } from './06-modality/index.js';
import { dates } from './07-dates/stage.js';
import { places } from './08-places/index.js';
import { events } from './09-events/index.js';
import type { Stage } from './stage.js';

export const PIPELINE: readonly Stage[] = [
  clean, //     text/HTML → cleaned text (boilerplate gone)
  segment, //   sentences, tokens, POS, lemmas
  mentions, //  actors: countries, groups, people (by date), agents, pronouns
  clauses, //   subject, verb group, objects, passive, reported speech
  code, //      CAMEO code from verb patterns: source, target, rule id
  modality, //  asserted / negated / hypothetical / future / counterfactual, and who says so
  dates, //     date expressions resolved against the publication date
  places, //    place mentions resolved against the gazetteer (GeoNames)
  events, //    the event records: dates, places, actors by date, casualties, evidence
];

export type { Stage, Context } from './stage.js';
