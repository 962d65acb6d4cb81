/**
 * What the page shows, as one plain object that round-trips through the URL query string, so a
 * view can be shared by its link. Pure: no DOM, tested in Node.
 */

/** The three views. */
export type View = 'map' | 'actors' | 'control';

/** Modalities, in the order the filter lists them. */
export const MODALITIES = ['asserted', 'negated', 'hypothetical', 'future', 'counterfactual'] as const;
export type Modality = (typeof MODALITIES)[number];

/** By default only what the text asserts happened. */
export const DEFAULT_MODALITY: readonly Modality[] = ['asserted'];

/** Everything the URL carries. Empty strings mean "no filter". */
export interface UiState {
  view: View;
  actor: string;
  root: string;
  plover: string;
  modality: Modality[];
  country: string;
  q: string;
  /** YYYY-MM-DD, the timeline brush */
  from: string;
  to: string;
  /** the open event, or null */
  event: number | null;
  /** a map cell the list is narrowed to: west,south,east,north, or '' */
  cell: string;
  /** map centre and zoom: "lat,lon,zoom", or '' for the fitted default */
  at: string;
  /** the control view's date, or '' for the latest claim */
  date: string;
}

const VIEWS: readonly View[] = ['map', 'actors', 'control'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TEXT_KEYS = ['actor', 'root', 'plover', 'country', 'q', 'from', 'to', 'cell', 'at', 'date'] as const;

/** The state a fresh page starts in. */
export function defaultState(): UiState {
  return { view: 'map', actor: '', root: '', plover: '', modality: [...DEFAULT_MODALITY], country: '', q: '', from: '', to: '', event: null, cell: '', at: '', date: '' };
}

/** Reads a state from a query string; values that cannot be right are dropped, never guessed. */
export function readState(search: string): UiState {
  const p = new URLSearchParams(search);
  const s = defaultState();
  const view = p.get('view');
  if (view && (VIEWS as readonly string[]).includes(view)) s.view = view as View;
  for (const key of TEXT_KEYS) s[key] = (p.get(key) ?? '').trim().slice(0, 200);
  if (s.from && !DATE.test(s.from)) s.from = '';
  if (s.to && !DATE.test(s.to)) s.to = '';
  if (s.date && !DATE.test(s.date)) s.date = '';
  if (s.root && !/^\d{2}$/.test(s.root)) s.root = '';
  s.actor = s.actor.toUpperCase();
  s.plover = s.plover.toUpperCase();
  s.country = s.country.toUpperCase();
  const modality = p.get('modality');
  if (modality !== null) {
    const list = modality === 'any' ? [...MODALITIES] : modality.split(',').filter((m): m is Modality => (MODALITIES as readonly string[]).includes(m));
    s.modality = list.length ? list : [...DEFAULT_MODALITY];
  }
  const event = Number(p.get('event'));
  s.event = Number.isInteger(event) && event > 0 ? event : null;
  return s;
}

/** Writes a state as a query string (without '?'), leaving defaults out so links stay short. */
export function writeState(s: UiState): string {
  const p = new URLSearchParams();
  if (s.view !== 'map') p.set('view', s.view);
  for (const key of TEXT_KEYS) if (s[key]) p.set(key, s[key]);
  if (!sameModality(s.modality, DEFAULT_MODALITY)) p.set('modality', s.modality.length === MODALITIES.length ? 'any' : s.modality.join(','));
  if (s.event !== null) p.set('event', String(s.event));
  return p.toString();
}

/** The API's event filters for a state (what /events, /timeline, /clusters and /links take). */
export function filterParams(s: UiState, { dates = true, cell = true } = {}): URLSearchParams {
  const p = new URLSearchParams();
  if (s.actor) p.set('actor', s.actor);
  if (s.root) p.set('root', s.root);
  if (s.plover) p.set('plover', s.plover);
  if (s.country) p.set('country', s.country);
  if (s.q) p.set('q', s.q);
  if (s.modality.length && s.modality.length < MODALITIES.length) p.set('modality', s.modality.join(','));
  if (dates && s.from) p.set('from', s.from);
  if (dates && s.to) p.set('to', s.to);
  if (cell && s.cell) p.set('bbox', s.cell);
  return p;
}

function sameModality(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((m) => b.includes(m));
}
