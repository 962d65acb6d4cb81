/**
 * The event query parameters, described once: the HTTP API builds its JSON schema (and so the
 * OpenAPI document) from this list, and the CLI builds its flags from it, so the two cannot drift.
 */

/** One query parameter: its name, what it means, and the shape its value must have. */
export interface ParamSpec {
  name: string;
  description: string;
  /** a regular expression the raw value must match (documentation and a first check) */
  pattern?: string;
  enum?: readonly string[];
  example?: string;
}

const DATE = '^\\d{4}-\\d{2}-\\d{2}$';
const ACTOR = '^[A-Za-z0-9-]{1,30}$';

/** Event filters, in the order the help lists them. */
export const FILTER_PARAMS: readonly ParamSpec[] = [
  { name: 'from', description: 'first event date, YYYY-MM-DD (inclusive)', pattern: DATE, example: '2014-01-01' },
  { name: 'to', description: 'last event date, YYYY-MM-DD (inclusive)', pattern: DATE, example: '2014-12-31' },
  { name: 'actor', description: 'actor code or prefix, as source or target (IRQ matches IRQGOV, IRQMIL)', pattern: ACTOR, example: 'IRQ' },
  { name: 'source', description: 'actor code or prefix, as source only', pattern: ACTOR },
  { name: 'target', description: 'actor code or prefix, as target only', pattern: ACTOR },
  { name: 'root', description: 'CAMEO root, two digits 01–20', pattern: '^\\d{2}$', example: '19' },
  { name: 'code', description: 'CAMEO code; matches itself and its sub-codes', pattern: '^\\d{2,4}$', example: '193' },
  { name: 'plover', description: 'PLOVER event type (ASSAULT, PROTEST, …)', pattern: '^[A-Za-z]+$', example: 'ASSAULT' },
  { name: 'country', description: 'country of the event location, ISO 3166-1 alpha-2 or alpha-3', pattern: '^[A-Za-z]{2,3}$', example: 'IRQ' },
  { name: 'bbox', description: 'bounding box west,south,east,north in degrees (west > east crosses the antimeridian)', example: '38,30,49,38' },
  { name: 'modality', description: 'comma list of asserted, negated, hypothetical, future, counterfactual', example: 'asserted' },
  { name: 'historical', description: 'true: only background history; false: only current events', enum: ['true', 'false'] },
  { name: 'q', description: 'full-text query over the documents the events come from' },
  { name: 'geonameId', description: 'GeoNames id of the event location', pattern: '^\\d+$', example: '99072' },
];

/** Page parameters. */
export const PAGE_PARAMS: readonly ParamSpec[] = [
  { name: 'limit', description: 'page size, 1–1000 (default 50)', pattern: '^\\d+$', example: '50' },
  { name: 'cursor', description: 'the `next` value of the previous page' },
];

/** Help lines for CLI flags made from parameter descriptions ("  --from YYYY-MM-DD …"). */
export function flagHelp(params: readonly ParamSpec[], width = 24): string {
  return params.map((p) => `  ${`--${p.name} ${p.example ?? 'X'}`.padEnd(width)}${p.description}`).join('\n');
}
