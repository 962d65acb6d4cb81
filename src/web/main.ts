/**
 * The page: one state object (see state.ts) mirrored in the URL; every change reloads only what
 * it affects — the timeline, the list, the map's clusters, the actor network, the control map or
 * the event panel — each from the server's aggregates, so 100,000 events stay quick.
 */
import type { Topology } from 'topojson-specification';
import { api, ApiError, type Codes, type Holding, staticJson } from './api.js';
import { actorColor, esc } from './colors.js';
import { EventMap } from './map.js';
import { drawNetwork } from './network.js';
import { eventPanel, eventRow } from './panel.js';
import { MODALITIES, readState, writeState, filterParams, type UiState, defaultState } from './state.js';
import { Timeline } from './timeline.js';

const $ = <T extends Element = HTMLElement>(sel: string) => document.querySelector<T>(sel)!;

let state: UiState = readState(location.search);
let nextCursor: string | null = null;
let fitted = state.at !== '';

// ---- requests: one in flight per channel, the older one aborted; a busy counter for tests ----
const inflight = new Map<string, AbortController>();
let busy = 0;
async function load<T>(channel: string, fetcher: (signal: AbortSignal) => Promise<T>, use: (value: T) => void): Promise<void> {
  inflight.get(channel)?.abort();
  const ctrl = new AbortController();
  inflight.set(channel, ctrl);
  document.documentElement.dataset.busy = String(++busy);
  try {
    const value = await fetcher(ctrl.signal);
    if (!ctrl.signal.aborted) (use(value), clearError(channel));
  } catch (e) {
    if (!ctrl.signal.aborted) showError(channel, e instanceof ApiError ? e.message : `could not load ${channel}: ${(e as Error).message}`);
  } finally {
    document.documentElement.dataset.busy = String(--busy);
  }
}

const errors = new Map<string, string>();
function showError(channel: string, message: string): void {
  errors.set(channel, message);
  renderErrors();
}
function clearError(channel: string): void {
  if (errors.delete(channel)) renderErrors();
}
function renderErrors(): void {
  const box = $('#error');
  box.hidden = errors.size === 0;
  box.textContent = [...errors.values()].join(' · ');
}

// ---- the views ----
const map = new EventMap($('#map'), {
  onCluster(c, cell) {
    if (c.eventId !== null) setState({ event: c.eventId });
    else setState({ cell: cell.map((v) => v.toFixed(4)).join(','), event: null });
  },
  onCountry(iso2) {
    if (state.view === 'map') setState({ country: state.country === iso2 ? '' : iso2, cell: '' });
  },
  onMove(at) {
    if (at !== state.at) setState({ at }, { history: 'replace' });
  },
  onHolding(h) {
    const last = h.evidence[h.evidence.length - 1];
    if (last) setState({ event: last.eventId });
  },
});
const timeline = new Timeline($<SVGSVGElement>('#timeline'), (from, to) => setState({ from, to, cell: '' }));

function loadTimeline(): Promise<void> {
  return load('timeline', (s) => api.timeline(filterParams(state, { dates: false, cell: false }), s), (t) => {
    timeline.set(t.days, state.from, state.to);
    $('#count-all').textContent = t.total.toLocaleString('en');
    $('#count-all-box').hidden = !state.from && !state.to;
  });
}

function loadList(): Promise<void> {
  const p = filterParams(state);
  p.set('limit', '50');
  return load('list', (s) => Promise.all([api.events(p, s), api.count(filterParams(state), s)]), ([page, { count }]) => {
    nextCursor = page.next;
    $('#events').innerHTML = page.items.map(eventRow).join('') || '<li class="muted empty">No event matches these filters.</li>';
    $('#more').hidden = !page.next;
    $('#count-shown').textContent = count.toLocaleString('en');
    $('#cell-chip').hidden = !state.cell;
  });
}

function loadMore(): Promise<void> {
  if (!nextCursor) return Promise.resolve();
  const p = filterParams(state);
  p.set('limit', '50');
  p.set('cursor', nextCursor);
  return load('more', (s) => api.events(p, s), (page) => {
    nextCursor = page.next;
    $('#events').insertAdjacentHTML('beforeend', page.items.map(eventRow).join(''));
    $('#more').hidden = !page.next;
  });
}

function loadClusters(): Promise<void> {
  const { zoom, bbox } = map.view();
  const p = filterParams(state, { cell: false });
  p.set('zoom', String(zoom));
  if (bbox) p.set('bbox', bbox);
  return load('map', (s) => api.clusters(p, s), (r) => {
    // a first visit without a saved view opens on the events, not on the whole world
    map.showClusters(r.clusters, r.cell);
    if (!fitted && r.clusters.length) map.fit(r.clusters);
    fitted = true;
    $('#count-map').textContent = r.clusters.reduce((n, c) => n + c.events, 0).toLocaleString('en');
  });
}

function loadNetwork(): Promise<void> {
  const p = filterParams(state);
  p.set('limit', '60');
  return load('actors', (s) => api.links(p, s), (r) => drawNetwork($<SVGSVGElement>('#network'), r.links, state.actor, (code) => setState({ actor: state.actor === code ? '' : code })));
}

let controlFitted = false;
function loadControl(): Promise<void> {
  return load('control', (s) => api.controlMap(state.date, s), (r) => {
    const slider = $<HTMLInputElement>('#control-slider');
    const day = (d: string) => Math.round(Date.parse(`${d}T00:00:00Z`) / 86_400_000);
    // after the newest claim nothing changes: the slider stops there, and so does the label
    const shown = r.last && r.date > r.last ? r.last : r.first && r.date < r.first ? r.first : r.date;
    if (r.first && r.last) {
      slider.min = String(day(r.first));
      slider.max = String(day(r.last));
      slider.value = String(day(shown));
      slider.disabled = false;
    } else slider.disabled = true;
    slider.setAttribute('aria-valuetext', shown);
    $('#control-date').textContent = r.first ? shown : 'no control claims yet';
    map.showHoldings(r.holdings);
    if (!controlFitted && !state.at) map.fit(r.holdings);
    controlFitted = true;
    renderHoldings(r.holdings);
  });
}

function renderHoldings(holdings: readonly Holding[]): void {
  const byActor = new Map<string, Holding[]>();
  for (const h of holdings) {
    const key = h.actor ?? '';
    byActor.set(key, [...(byActor.get(key) ?? []), h]);
  }
  const groups = [...byActor].sort((a, b) => b[1].length - a[1].length);
  $('#holdings').innerHTML =
    groups
      .map(([actor, list]) => `<li><h3><span class="swatch" style="background:${actorColor(actor || null)}"></span>${esc(actor ? (list[0].actorName ?? actor) : 'Lost, holder unknown')} <code>${esc(actor)}</code> <span class="muted">${list.length}</span></h3>
        <ul>${list.map((h) => `<li><button type="button" class="holding-row" data-event="${h.evidence[h.evidence.length - 1]?.eventId ?? ''}">${esc(h.place)}</button> <span class="muted">since ${esc(h.since)}${h.contest ? ' · contested' : ''}</span></li>`).join('')}</ul></li>`)
      .join('') || '<li class="muted empty">Nobody is reported to hold any place on this date.</li>';
}

function loadPanel(): Promise<void> {
  const panel = $('#panel');
  if (state.event === null) {
    map.highlight(null, null);
    panel.hidden = true;
    $('#list-box').hidden = false;
    return Promise.resolve();
  }
  const id = state.event;
  return load('event', (s) => api.event(id, s), (e) => {
    panel.innerHTML = eventPanel(e);
    if (e.location?.lat != null && e.location.lon != null) map.highlight(e.location.lat, e.location.lon);
    panel.hidden = false;
    $('#list-box').hidden = true;
    panel.querySelector<HTMLElement>('.close')!.focus();
  });
}

// ---- state changes ----
const FILTER_KEYS: ReadonlyArray<keyof UiState> = ['actor', 'root', 'plover', 'modality', 'country', 'q'];

/** Applies a change, mirrors it in the URL and reloads what depends on it. */
function setState(patch: Partial<UiState>, { history: mode = 'push' }: { history?: 'push' | 'replace' } = {}): void {
  const before = state;
  state = { ...state, ...patch };
  const changed = (Object.keys(patch) as Array<keyof UiState>).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(state[k]));
  if (changed.length === 0) return;
  const url = `${location.pathname}${writeState(state) ? `?${writeState(state)}` : ''}`;
  if (mode === 'push' && !(changed.length === 1 && changed[0] === 'at')) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
  refresh(changed);
}

/** Reloads what depends on the changed keys. */
function refresh(changed: ReadonlyArray<keyof UiState>): void {
  const has = (...keys: Array<keyof UiState>) => keys.some((k) => changed.includes(k));
  if (has('view')) showView();
  if (has(...FILTER_KEYS)) (syncForm(), void loadTimeline());
  else if (has('from', 'to')) (syncForm(), timeline.select(state.from, state.to), ($('#count-all-box').hidden = !state.from && !state.to));
  if (has(...FILTER_KEYS, 'from', 'to', 'cell')) void loadList();
  if (state.view === 'map' && has(...FILTER_KEYS, 'from', 'to', 'at', 'view')) void loadClusters();
  if (state.view === 'actors' && has(...FILTER_KEYS, 'from', 'to', 'view')) void loadNetwork();
  if (state.view === 'control' && has('date', 'view')) void loadControl();
  if (has('event')) void loadPanel();
}

function showView(): void {
  for (const tab of document.querySelectorAll<HTMLButtonElement>('[role=tab]')) {
    const on = tab.dataset.view === state.view;
    tab.setAttribute('aria-selected', String(on));
    tab.tabIndex = on ? 0 : -1;
  }
  $('#map-box').hidden = state.view === 'actors';
  $('#network-box').hidden = state.view !== 'actors';
  $('#control-bar').hidden = state.view !== 'control';
  $('#holdings-box').hidden = state.view !== 'control';
  $('#legend').hidden = state.view !== 'map';
  document.body.dataset.view = state.view;
  $('#count-map-box').hidden = state.view !== 'map';
  if (state.view !== 'actors') map.map.invalidateSize();
}

// ---- the filter form ----
const form = $<HTMLFormElement>('#filters');
function syncForm(): void {
  const set = (name: string, v: string) => ((form.elements.namedItem(name) as HTMLInputElement).value = v);
  set('actor', state.actor);
  set('root', state.root);
  set('plover', state.plover);
  set('country', state.country);
  set('q', state.q);
  set('from', state.from);
  set('to', state.to);
  for (const box of form.querySelectorAll<HTMLInputElement>('input[name=modality]')) box.checked = state.modality.includes(box.value as UiState['modality'][number]);
}

function readForm(): Partial<UiState> {
  const get = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value.trim();
  const modality = [...form.querySelectorAll<HTMLInputElement>('input[name=modality]:checked')].map((b) => b.value) as UiState['modality'];
  return {
    actor: get('actor').toUpperCase(),
    root: get('root'),
    plover: get('plover'),
    country: get('country'),
    q: get('q'),
    from: get('from'),
    to: get('to'),
    modality: modality.length ? modality : [...defaultState().modality],
  };
}

let typing: ReturnType<typeof setTimeout> | undefined;
form.addEventListener('input', (e) => {
  const target = e.target as HTMLInputElement;
  if (target.type !== 'text' && target.type !== 'search') return;
  clearTimeout(typing);
  typing = setTimeout(() => setState({ ...readForm(), cell: '' }), 350);
});
form.addEventListener('change', (e) => {
  const target = e.target as HTMLInputElement;
  if (target.type === 'text' || target.type === 'search') return;
  setState({ ...readForm(), cell: '' });
});
form.addEventListener('submit', (e) => {
  e.preventDefault();
  clearTimeout(typing);
  setState({ ...readForm(), cell: '' });
});
form.addEventListener('reset', (e) => {
  e.preventDefault();
  const d = defaultState();
  setState({ actor: d.actor, root: d.root, plover: d.plover, modality: d.modality, country: d.country, q: d.q, from: '', to: '', cell: '' });
});

// ---- other controls ----
for (const tab of document.querySelectorAll<HTMLButtonElement>('[role=tab]')) {
  tab.addEventListener('click', () => setState({ view: tab.dataset.view as UiState['view'] }));
  tab.addEventListener('keydown', (e) => {
    const tabs = [...document.querySelectorAll<HTMLButtonElement>('[role=tab]')];
    const i = tabs.indexOf(tab);
    const next = e.key === 'ArrowRight' ? tabs[(i + 1) % tabs.length] : e.key === 'ArrowLeft' ? tabs[(i + tabs.length - 1) % tabs.length] : null;
    if (next) (e.preventDefault(), next.focus(), next.click());
  });
}
$('#events').addEventListener('click', (e) => {
  const row = (e.target as HTMLElement).closest<HTMLElement>('.event-row');
  if (row) setState({ event: Number(row.dataset.id) });
});
$('#holdings').addEventListener('click', (e) => {
  const row = (e.target as HTMLElement).closest<HTMLElement>('.holding-row');
  if (row?.dataset.event) setState({ event: Number(row.dataset.event) });
});
$('#more').addEventListener('click', () => void loadMore());
$('#cell-chip').addEventListener('click', () => setState({ cell: '' }));
$('#panel').addEventListener('click', (e) => {
  if ((e.target as HTMLElement).closest('.close')) closePanel();
});
function closePanel(): void {
  const id = state.event;
  setState({ event: null });
  document.querySelector<HTMLElement>(`.event-row[data-id="${id}"]`)?.focus();
}
const slider = $<HTMLInputElement>('#control-slider');
let sliding: ReturnType<typeof setTimeout> | undefined;
slider.addEventListener('input', () => {
  const date = new Date(Number(slider.value) * 86_400_000).toISOString().slice(0, 10);
  $('#control-date').textContent = date;
  slider.setAttribute('aria-valuetext', date);
  clearTimeout(sliding);
  sliding = setTimeout(() => setState({ date }, { history: 'replace' }), 120);
});
document.addEventListener('keydown', (e) => {
  const editing = (e.target as HTMLElement).closest('input, select, textarea');
  if (e.key === 'Escape' && state.event !== null) (e.preventDefault(), closePanel());
  else if (e.key === '/' && !editing) (e.preventDefault(), (form.elements.namedItem('q') as HTMLInputElement).focus());
});
window.addEventListener('popstate', () => {
  const before = state;
  state = readState(location.search);
  const changed = (Object.keys(state) as Array<keyof UiState>).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(state[k]));
  if (changed.includes('at')) map.goTo(state.at);
  refresh(changed);
});

// ---- start ----
async function start(): Promise<void> {
  document.documentElement.dataset.busy = String(++busy);
  try {
    const [loadedCodes, topology] = await Promise.all([staticJson<Codes>('codes.json'), staticJson<Topology>('countries-50m.json')]);
    const codes = loadedCodes;
    const byNumeric = new Map(codes.countries.map((c) => [c.numeric, { iso2: c.iso2, name: c.name }]));
    map.setBaseMap(topology, (n) => byNumeric.get(n.padStart(3, '0')));
    fillSelect('root', codes.roots.map((r) => [r.code, `${r.code} ${r.name}`]));
    fillSelect('plover', codes.plover.map((p) => [p.type, p.type]));
    fillSelect('country', codes.countries.map((c) => [c.iso2, c.name]));
    $('#modality-boxes').innerHTML = MODALITIES.map((m) => `<label><input type="checkbox" name="modality" value="${m}"> ${m}</label>`).join('');
    void load('actor-list', (s) => api.actors(new URLSearchParams({ limit: '300' }), s), (actors) => {
      $('#actor-list').innerHTML = actors.map((a) => `<option value="${esc(a.code)}">${esc(a.name)}</option>`).join('');
    });
  } catch (e) {
    showError('start', `could not load the page's data: ${(e as Error).message}`);
  } finally {
    document.documentElement.dataset.busy = String(--busy);
  }
  map.goTo(state.at);
  syncForm();
  showView();
  refresh(['actor', 'from', 'cell', 'event', 'date', 'view']);
}

function fillSelect(name: string, options: Array<[string, string]>): void {
  const select = form.elements.namedItem(name) as HTMLSelectElement;
  select.insertAdjacentHTML('beforeend', options.map(([v, label]) => `<option value="${esc(v)}">${esc(label)}</option>`).join(''));
}

void start();
