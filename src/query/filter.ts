/**
 * Parses the flat string parameters of the API query string and of the CLI flags into an
 * `EventFilter` and a `PageRequest`. Every bad value is a `QueryError` naming the parameter,
 * so the API can answer 400 and the CLI exit 2 with the same message.
 */
import { cameoRoot, isCameoCode, isPloverType, normalizeCameoCode } from '../ontology/index.js';
import type { EventFilter, PageRequest } from '../store/types.js';
import type { Modality } from '../types.js';
import { isCountryCode } from '../ontology/countries.js';
import { QueryError } from './errors.js';

/** Raw parameters as they arrive: a query string object or parsed CLI flags. */
export type RawParams = Readonly<Record<string, string | undefined>>;

/** Options of `parseEventQuery`. */
export interface ParseOptions {
  /** page size when `limit` is absent */
  defaultLimit?: number;
  /** largest page size accepted */
  maxLimit?: number;
}

const MODALITIES: readonly Modality[] = ['asserted', 'negated', 'hypothetical', 'future', 'counterfactual'];
const MAX_TEXT = 500;

/** Parses event filters and page parameters; unknown keys are left to the caller's schema. */
export function parseEventQuery(raw: RawParams, { defaultLimit = 50, maxLimit = 1000 }: ParseOptions = {}): { filter: EventFilter; page: PageRequest } {
  return { filter: parseEventFilter(raw), page: parsePage(raw, { defaultLimit, maxLimit }) };
}

/** Parses the event filters only (exports take no page). */
export function parseEventFilter(raw: RawParams): EventFilter {
  const filter: EventFilter = {};
  const from = value(raw, 'from');
  const to = value(raw, 'to');
  if (from !== undefined) filter.from = parseDate('from', from);
  if (to !== undefined) filter.to = parseDate('to', to);
  if (filter.from && filter.to && filter.from > filter.to) throw new QueryError('from', `"from" (${filter.from}) is after "to" (${filter.to})`);
  for (const name of ['actor', 'source', 'target'] as const) {
    const v = value(raw, name);
    if (v !== undefined) filter[name] = parseActor(name, v);
  }
  const root = value(raw, 'root');
  if (root !== undefined) filter.root = parseRoot(root);
  const code = value(raw, 'code');
  if (code !== undefined) filter.code = parseCode(code);
  const plover = value(raw, 'plover');
  if (plover !== undefined) filter.ploverType = parsePlover(plover);
  const country = value(raw, 'country');
  if (country !== undefined) filter.country = parseCountry(country);
  const bbox = value(raw, 'bbox');
  if (bbox !== undefined) filter.bbox = parseBbox(bbox);
  const modality = value(raw, 'modality');
  if (modality !== undefined) filter.modality = parseModality(modality);
  const historical = value(raw, 'historical');
  if (historical !== undefined) filter.historical = parseBoolean('historical', historical);
  const q = value(raw, 'q');
  if (q !== undefined) filter.q = parseText('q', q);
  const geonameId = value(raw, 'geonameId');
  if (geonameId !== undefined) filter.geonameId = parsePositiveInt('geonameId', geonameId);
  return filter;
}

/** Parses `limit` (1…maxLimit, default defaultLimit) and the opaque `cursor`. */
export function parsePage(raw: RawParams, { defaultLimit = 50, maxLimit = 1000 }: ParseOptions = {}): PageRequest {
  const limit = parseWholeNumber('limit', value(raw, 'limit'), 1, maxLimit, defaultLimit);
  const cursor = value(raw, 'cursor');
  return { limit, cursor: cursor === undefined ? null : parseText('cursor', cursor) };
}

/** A whole number between min and max (`limit`, `zoom`); absent or empty gives `fallback`. */
export function parseWholeNumber(name: string, text: string | undefined, min: number, max: number, fallback: number): number {
  if (text === undefined || text === '') return fallback;
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < min || n > max) throw new QueryError(name, `"${name}" must be a whole number between ${min} and ${max}, got "${text}"`);
  return n;
}

/** A value, trimmed; an empty value counts as absent (an HTML form sends `from=` when left blank). */
function value(raw: RawParams, name: string): string | undefined {
  const v = raw[name];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw new QueryError(name, `"${name}" must be given once, as text`);
  const trimmed = v.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** YYYY-MM-DD that names a real calendar day. */
export function parseDate(name: string, v: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (m) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const d = new Date(Date.UTC(year, month - 1, day));
    if (d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day) return v;
    throw new QueryError(name, `"${name}" is not a calendar date: ${v}`);
  }
  throw new QueryError(name, `"${name}" must be a date YYYY-MM-DD, got "${v}"`);
}

function parseActor(name: string, v: string): string {
  // Codes are runs of three characters ('IRQ', 'MIL', '---'), but a prefix of any length is a fair filter.
  if (!/^[A-Za-z0-9-]{1,30}$/.test(v)) throw new QueryError(name, `"${name}" must be a CAMEO actor code or prefix (letters, digits, '-'), got "${v}"`);
  return v.toUpperCase();
}

function parseRoot(v: string): string {
  if (!/^\d{2}$/.test(v) || cameoRoot(v) !== v || Number(v) < 1 || Number(v) > 20) throw new QueryError('root', `"root" must be a CAMEO root 01–20 (two digits), got "${v}"`);
  return v;
}

function parseCode(v: string): string {
  const canonical = /^\d{2,4}$/.test(v) ? normalizeCameoCode(v) : null;
  if (canonical === null || !isCameoCode(canonical)) throw new QueryError('code', `"code" must be a CAMEO event code such as 19, 193 or 0874, got "${v}"`);
  return canonical;
}

function parsePlover(v: string): string {
  const type = v.toUpperCase();
  if (!isPloverType(type)) throw new QueryError('plover', `"plover" must be a PLOVER event type (AGREE, CONSULT, … ASSAULT), got "${v}"`);
  return type;
}

function parseCountry(v: string): string {
  const code = v.toUpperCase();
  if (!/^[A-Z]{2,3}$/.test(code) || !isCountryCode(code)) throw new QueryError('country', `"country" must be an ISO 3166-1 alpha-2 or alpha-3 code (IQ, IRQ), got "${v}"`);
  return code;
}

function parseBbox(v: string): [number, number, number, number] {
  const parts = v.split(',').map((p) => p.trim());
  const numbers = parts.map(Number);
  if (parts.length !== 4 || parts.some((p) => p === '') || numbers.some((n) => !Number.isFinite(n))) {
    throw new QueryError('bbox', `"bbox" must be four numbers west,south,east,north, got "${v}"`);
  }
  const [west, south, east, north] = numbers as [number, number, number, number];
  if ([west, east].some((x) => x < -180 || x > 180)) throw new QueryError('bbox', `"bbox" longitudes must lie in -180…180, got "${v}"`);
  if ([south, north].some((y) => y < -90 || y > 90)) throw new QueryError('bbox', `"bbox" latitudes must lie in -90…90, got "${v}"`);
  if (south > north) throw new QueryError('bbox', `"bbox" south (${south}) is north of north (${north})`);
  // west > east is a box across the antimeridian (170,-10,-170,10): the store reads it as two longitude ranges.
  return [west, south, east, north];
}

function parseModality(v: string): Modality[] {
  const items = v.split(',').map((p) => p.trim().toLowerCase()).filter((p) => p !== '');
  const bad = items.filter((p) => !(MODALITIES as readonly string[]).includes(p));
  if (items.length === 0 || bad.length > 0) {
    throw new QueryError('modality', `"modality" must be a comma list of ${MODALITIES.join(', ')}; not understood: "${bad.join(',') || v}"`);
  }
  return [...new Set(items)] as Modality[];
}

function parseBoolean(name: string, v: string): boolean {
  if (v === 'true') return true;
  if (v === 'false') return false;
  throw new QueryError(name, `"${name}" must be true or false, got "${v}"`);
}

function parseText(name: string, v: string): string {
  if (v.length > MAX_TEXT) throw new QueryError(name, `"${name}" is too long (${v.length} characters; at most ${MAX_TEXT})`);
  return v;
}

function parsePositiveInt(name: string, v: string): number {
  const n = Number(v);
  if (!/^\d+$/.test(v) || !Number.isSafeInteger(n) || n < 1) throw new QueryError(name, `"${name}" must be a whole number ≥ 1, got "${v}"`);
  return n;
}
