/** The few calls the page makes to the API, typed with the store's own shapes. */
import type { Holding } from '../control/timeline.js';
import type { ActorLink, ActorSummary, DayCount, EventCluster, Page, StoredEvent, StoredMention } from '../store/types.js';

export type { ActorLink, ActorSummary, DayCount, EventCluster, Holding, StoredEvent, StoredMention };

/** An API error, with the API's own message. */
export class ApiError extends Error {}

/** GETs a JSON resource; an error response becomes an ApiError with the API's message. */
export async function getJson<T>(path: string, params?: URLSearchParams, signal?: AbortSignal): Promise<T> {
  const qs = params && [...params.keys()].length ? `?${params}` : '';
  const res = await fetch(`${path}${qs}`, { signal, headers: { accept: 'application/json' } });
  const body = (await res.json().catch(() => null)) as { message?: string } | null;
  if (!res.ok) throw new ApiError(body?.message ?? `${path}: HTTP ${res.status}`);
  return body as T;
}

export const api = {
  events: (p: URLSearchParams, signal?: AbortSignal) => getJson<Page<StoredEvent>>('/events', p, signal),
  count: (p: URLSearchParams, signal?: AbortSignal) => getJson<{ count: number }>('/events/count', p, signal),
  event: (id: number, signal?: AbortSignal) => getJson<StoredEvent & { mentionList: StoredMention[] }>(`/events/${id}`, undefined, signal),
  timeline: (p: URLSearchParams, signal?: AbortSignal) => getJson<{ total: number; days: DayCount[] }>('/timeline', p, signal),
  clusters: (p: URLSearchParams, signal?: AbortSignal) => getJson<{ zoom: number; cell: number; clusters: EventCluster[] }>('/clusters', p, signal),
  links: (p: URLSearchParams, signal?: AbortSignal) => getJson<{ links: ActorLink[] }>('/links', p, signal),
  actors: (p: URLSearchParams, signal?: AbortSignal) => getJson<ActorSummary[]>('/actors', p, signal),
  controlMap: (date: string, signal?: AbortSignal) => getJson<{ date: string; first: string | null; last: string | null; holdings: Holding[] }>('/control/map', date ? new URLSearchParams({ date }) : undefined, signal),
  stats: () => getJson<{ documents: number; failed: number; mentions: number; events: number }>('/stats'),
};

/** Code lists for the filters, written at build time (dist/ui/codes.json). */
export interface Codes {
  roots: Array<{ code: string; name: string; quadClass: number }>;
  plover: Array<{ type: string; description: string }>;
  countries: Array<{ numeric: string; iso2: string; iso3: string; name: string }>;
}

/** Fetches a static file of the UI as JSON. */
export async function staticJson<T>(file: string): Promise<T> {
  const res = await fetch(file);
  if (!res.ok) throw new ApiError(`${file}: HTTP ${res.status}`);
  return (await res.json()) as T;
}
