/** `faultline control`: who is reported to hold a place over time, or which places an actor holds. */
import { parseCommandArgs, type CliCommand } from './command.js';
import type { ControlClaim, Store } from '../store/types.js';
import { claimsAboutPlace } from '../control/place-name.js';
import { holdingOn, holdingsOf, placeKey, timelines, type Holding } from '../control/timeline.js';

const USAGE = `Usage: faultline control PLACE [--date D]         the place's timeline of holders (or its holder on D)
       faultline control --actor CODE [--date D]  the places CODE is reported to hold on D (default today)

PLACE is a place name (any case) or a GeoNames id. CODE is an actor code or prefix: "IRQ" matches
IRQGOV and IRQMIL; a government and its military count as one side.

Options:
  --date YYYY-MM-DD     the day asked about
  --actor CODE          list the places this actor holds instead of one place's timeline
  --format F            table | json (default: table)
  --db PATH|URL         a SQLite file or a postgres:// URL (else FAULTLINE_DB, else ./faultline.db)
  -h, --help            this help

Exit status: 0 when answered, 1 when the store has no control claims about PLACE, 2 on bad usage.`;

/** What `faultline control` was asked. */
export interface ControlQuery {
  place?: string;
  actor?: string;
  date?: string;
  format: 'table' | 'json';
}

/** The control command. */
export const control: CliCommand = {
  usage: USAGE,
  async run(rest) {
    const args = parseCommandArgs(rest, USAGE, {
      date: { type: 'string' },
      actor: { type: 'string' },
      format: { type: 'string', default: 'table' },
      db: { type: 'string' },
    });
    if (typeof args === 'number') return args;
    const { values, positionals } = args;
    const format = values.format as string;
    if (format !== 'table' && format !== 'json') {
      process.stderr.write('faultline: --format must be table or json\n');
      return 2;
    }
    const date = values.date as string | undefined;
    if (date !== undefined && !isDate(date)) {
      process.stderr.write('faultline: --date must be a day, YYYY-MM-DD\n');
      return 2;
    }
    const actor = values.actor as string | undefined;
    // A multi-word name may come unquoted: "faultline control Deir ez-Zor".
    const place = positionals.join(' ').trim() || undefined;
    if ((place === undefined) === (actor === undefined)) {
      process.stderr.write(`faultline: give either a PLACE or --actor CODE\n\n${USAGE}\n`);
      return 2;
    }
    const target = (values.db as string | undefined) ?? process.env.FAULTLINE_DB ?? './faultline.db';
    // Loaded here so that `faultline --help` and the formatting tests need no database driver.
    const { openStore } = await import('../store/open.js');
    const store = await openStore(target);
    try {
      return await controlCommand(store, { place, actor, date, format });
    } finally {
      await store.close();
    }
  },
};

/** answers one control query from a store, writing to `out`; resolves to the exit code */
export async function controlCommand(store: Store, q: ControlQuery, out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<number> {
  if (q.actor !== undefined) {
    const date = q.date ?? today();
    const claims = await claimsAboutActorPlaces(store, q.actor, date);
    const held = holdingsOf(claims, q.actor, date);
    out.write((q.format === 'json' ? JSON.stringify({ actor: q.actor, date, holdings: held }, null, 2) : formatHoldings(q.actor, date, held)) + '\n');
    return 0;
  }
  const claims = await claimsAboutPlace(store, q.place!);
  if (claims.length === 0) {
    err.write(`faultline: no control claims about “${q.place}”\n`);
    return 1;
  }
  const line = bestTimeline(claims);
  if (q.date !== undefined) {
    const h = holdingOn(line, q.date);
    const place = line[0]!;
    out.write((q.format === 'json' ? JSON.stringify({ place: placeJson(place), date: q.date, holding: h }, null, 2) : formatHolder(place.place, q.date, h)) + '\n');
    return 0;
  }
  out.write((q.format === 'json' ? JSON.stringify({ place: placeJson(line[0]!), holdings: line }, null, 2) : formatTimeline(line)) + '\n');
  return 0;
}

/**
 * Every claim up to `date` about the places the actor's side ever claimed: others' claims are
 * needed too, since a later capture by someone else ends the actor's holding.
 */
async function claimsAboutActorPlaces(store: Store, actor: string, date: string): Promise<ControlClaim[]> {
  const code = actor.trim().toUpperCase();
  // A state code asks for its whole side (IRQGOV also holds what IRQMIL took): ask the store by country.
  const storeActor = /^[A-Z]{3}(GOV|MIL|COP|SPY|JUD|LEG)/.test(code) ? code.slice(0, 3) : code;
  const own = await store.controlClaims({ actor: storeActor, until: date });
  const places = new Map<string, ControlClaim>();
  for (const c of own) places.set(placeKey(c), c);
  const out: ControlClaim[] = [];
  for (const c of places.values()) {
    const all = c.geonameId !== null ? await store.controlClaims({ geonameId: c.geonameId, until: date }) : await store.controlClaims({ place: c.place, until: date });
    out.push(...all.filter((x) => placeKey(x) === placeKey(c)));
  }
  return out;
}

function bestTimeline(claims: ControlClaim[]): Holding[] {
  const lines = [...timelines(claims).values()];
  return lines.reduce((best, l) => (l.reduce((n, h) => n + h.evidence.length, 0) > best.reduce((n, h) => n + h.evidence.length, 0) ? l : best));
}

/** a place's holdings as a readable table, oldest first */
export function formatTimeline(line: readonly Holding[]): string {
  const first = line[0];
  if (!first) return '(no holdings)';
  const lines = [`${placeTitle(first)} — ${line.length} holding${line.length === 1 ? '' : 's'}`];
  const rows = line.map((h) => [h.since, h.until ?? '…', holderText(h), reportsText(h)]);
  const head = ['since', 'until', 'holder', 'evidence'];
  const widths = head.map((t, i) => Math.max(t.length, ...rows.map((r) => r[i]!.length)));
  const pad = (cells: string[]) => '  ' + cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  lines.push(pad(head));
  line.forEach((h, k) => {
    lines.push(pad(rows[k]!));
    if (h.contest) lines.push(`    contested: ${contestText(h)}`);
    const opener = h.evidence.find((c) => c.date.slice(0, 10) === h.since) ?? h.evidence[0];
    if (opener) lines.push(`    “${clip(oneLine(opener.sentence), 150)}”${opener.url ? ` ${opener.url}` : ''}`);
  });
  return lines.join('\n');
}

/** the holder of a place on one day, with every piece of evidence */
export function formatHolder(place: string, date: string, h: Holding | null): string {
  if (!h) return `No one is reported to hold ${place} on ${date} (no claim about it before then).`;
  const lines = [
    h.actor === null
      ? `${place} on ${date}: holder unknown since ${h.since}, after ${lostByText(h)} lost it`
      : `${place} on ${date}: ${h.actor} ${h.actorName ?? ''} since ${h.since}${h.until ? ` (until ${h.until})` : ''}`,
  ];
  if (h.contest) lines.push(`  contested: ${contestText(h)}`);
  lines.push('  evidence:');
  for (const c of h.evidence) {
    lines.push(`  ${c.date.slice(0, 10)}  ${c.actor} ${c.change} it (CAMEO ${c.code}, event ${c.eventId})`);
    lines.push(`    “${oneLine(c.sentence)}”`);
    if (c.url) lines.push(`    ${c.url}`);
  }
  return lines.join('\n');
}

/** the places an actor holds on one day as a readable table */
export function formatHoldings(actor: string, date: string, held: readonly Holding[]): string {
  if (held.length === 0) return `${actor} is not reported to hold any place on ${date}.`;
  const lines = [`${actor} on ${date}: ${held.length} place${held.length === 1 ? '' : 's'}`];
  const rows = held.map((h) => [h.place, h.country ?? '', h.geonameId !== null ? String(h.geonameId) : '', holderText(h), h.since, reportsText(h)]);
  const head = ['place', 'country', 'geonames', 'holder', 'since', 'evidence'];
  const widths = head.map((t, i) => Math.max(t.length, ...rows.map((r) => r[i]!.length)));
  lines.push('  ' + head.map((t, i) => t.padEnd(widths[i]!)).join('  ').trimEnd());
  for (const r of rows) lines.push('  ' + r.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd());
  return lines.join('\n');
}

function placeJson(h: Holding): { geonameId: number | null; name: string; country: string | null; lat: number | null; lon: number | null } {
  return { geonameId: h.geonameId, name: h.place, country: h.country, lat: h.lat, lon: h.lon };
}

function placeTitle(h: Holding): string {
  const extra = [h.country, h.geonameId !== null ? `GeoNames ${h.geonameId}` : null].filter(Boolean).join(', ');
  return extra ? `${h.place} (${extra})` : h.place;
}

function holderText(h: Holding): string {
  return h.actor === null ? `unknown (after ${lostByText(h)} lost it)` : clip(`${h.actor} ${h.actorName ?? ''}`.trim(), 40);
}

function lostByText(h: Holding): string {
  return h.lostBy.map((l) => l.actor).join(', ') || 'its holder';
}

function reportsText(h: Holding): string {
  const n = new Set(h.evidence.map((c) => c.eventId)).size;
  return `${n} report${n === 1 ? '' : 's'}`;
}

function contestText(h: Holding): string {
  const c = h.contest!;
  return `${c.winner} over ${c.rivals.map((r) => `${r.actor} (${r.reports})`).join(', ')}: ${c.reason}`;
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function clip(s: string, n: number): string {
  return s.length <= n ? s : s.slice(0, n - 1) + '…';
}

function isDate(s: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s));
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}
