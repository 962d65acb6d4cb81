/** Output formats of `faultline analyze`: a readable table, JSON, JSON Lines. */
import type { AnalysisResult, EventRecord } from '../types.js';

/** The formats `--format` accepts. */
export type Format = 'table' | 'json' | 'jsonl' | 'geojson';

/** A GeoJSON Feature for each event with coordinates (RFC 7946: [lon, lat]). */
export function eventFeatures(r: AnalysisResult): object[] {
  const out: object[] = [];
  for (const e of r.events) {
    const l = e.location;
    if (!l || l.lat === null || l.lon === null) continue;
    out.push({
      type: 'Feature',
      id: e.id,
      geometry: { type: 'Point', coordinates: [l.lon, l.lat] },
      properties: {
        document: r.document.id,
        url: r.document.url,
        date: e.date.value,
        datePrecision: e.date.precision,
        cameo: e.cameo.code,
        eventName: e.cameo.name,
        quadClass: e.cameo.quadClass,
        goldstein: e.cameo.goldstein,
        plover: e.plover.type,
        source: e.source.code,
        sourceText: e.source.text,
        target: e.target?.code ?? null,
        targetText: e.target?.text ?? null,
        place: l.name,
        geonameId: l.geonameId,
        admin1: l.admin1,
        country: l.country,
        precision: l.precision,
        modality: e.modality,
        historical: e.historical,
        sentence: r.document.text.slice(e.evidence.sentence.start, e.evidence.sentence.end),
        rule: e.rule,
        confidence: e.confidence,
      },
    });
  }
  return out;
}

/** One document as a readable block of text for a terminal. */
export function formatTable(r: AnalysisResult, { color = false }: { color?: boolean } = {}): string {
  const dim = (s: string) => (color ? `\x1b[2m${s}\x1b[0m` : s);
  const bold = (s: string) => (color ? `\x1b[1m${s}\x1b[0m` : s);
  const lines: string[] = [];
  const d = r.document;
  lines.push(bold(`${d.id}${d.title ? ` — ${d.title}` : ''}`) + dim(`  published ${d.publishedAt} · ${r.events.length} event${r.events.length === 1 ? '' : 's'} · ${r.actors.length} actor mentions`));
  for (const w of r.warnings) lines.push(dim(`  warning: ${w}`));
  if (r.events.length === 0) {
    lines.push(dim('  (no events)'));
    return lines.join('\n');
  }
  const rows = r.events.map((e) => [
    dateCell(e),
    clip(`${e.source.code} ${e.source.text}`, 28),
    clip(`${e.cameo.code} ${e.cameo.name}`, 34),
    e.target ? clip(`${e.target.code} ${e.target.text}`, 24) : '—',
    e.location ? clip(`${e.location.name}${e.location.country ? ', ' + e.location.country : ''} (${e.location.precision})`, 26) : '—',
    e.modality + (e.historical ? ' (historical)' : ''),
    e.rule,
  ]);
  const head = ['date', 'source', 'event (CAMEO)', 'target', 'place', 'modality', 'rule'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const pad = (cells: string[]) => '  ' + cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  lines.push(dim(pad(head)));
  r.events.forEach((e, k) => {
    lines.push(pad(rows[k]));
    const s = d.text.slice(e.evidence.sentence.start, e.evidence.sentence.end).replace(/\s+/g, ' ');
    const extra = [e.attribution ? `per ${e.attribution.text}` : '', e.casualties ? casualtyText(e) : ''].filter(Boolean).join(' · ');
    lines.push(dim(`    “${clip(s, 150)}”${extra ? ' — ' + extra : ''}`));
  });
  return lines.join('\n');
}

function dateCell(e: EventRecord): string {
  const p = e.date.precision === 'publication' ? 'pub' : e.date.precision;
  return `${e.date.value} ${p}`;
}

function casualtyText(e: EventRecord): string {
  const c = e.casualties!;
  return [c.dead !== null ? `${c.dead} dead` : '', c.injured !== null ? `${c.injured} injured` : ''].filter(Boolean).join(', ');
}

function clip(s: string, n: number): string {
  return s.length <= n ? s : s.slice(0, n - 1) + '…';
}
