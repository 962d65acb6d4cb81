/**
 * The event list and the event panel: for every event, the words it came from, with the trigger,
 * source, target, place and date highlighted, and how sure the text is and who says so.
 */
import type { StoredEvent, StoredMention } from './api.js';
import { esc, QUAD_COLORS, QUAD_LABELS } from './colors.js';
import { findSpan, highlightRuns, type Mark } from './highlight.js';

/** One line of the event list, as a button. */
export function eventRow(e: StoredEvent): string {
  const who = `${esc(e.source.name)}${e.target ? ` → ${esc(e.target.name)}` : ''}`;
  const where = e.location ? ` · ${esc(e.location.name)}` : '';
  const badges = [
    e.modality !== 'asserted' ? `<span class="badge modality">${esc(e.modality)}</span>` : '',
    e.historical ? '<span class="badge">history</span>' : '',
    e.mentions > 1 ? `<span class="badge" title="${e.mentions} mentions in ${e.articles} articles from ${e.sources} sources">×${e.mentions}</span>` : '',
  ].join('');
  return `<li><button type="button" class="event-row" data-id="${e.id}" style="border-left-color:${QUAD_COLORS[e.quadClass - 1] ?? '#999'}">
    <span class="when">${esc(e.date)}</span> <b>${esc(e.name)}</b> ${badges}<br><span class="who">${who}${where}</span></button></li>`;
}

/** The marks of one mention's record, in document offsets. */
export function mentionMarks(m: StoredMention): Mark[] {
  const r = m.record;
  const marks: Mark[] = [{ ...r.evidence.trigger, role: 'trigger' }];
  if (r.source.end > r.source.start) marks.push({ start: r.source.start, end: r.source.end, role: 'source' });
  if (r.target && r.target.end > r.target.start) marks.push({ start: r.target.start, end: r.target.end, role: 'target' });
  if (r.location?.span) marks.push({ ...r.location.span, role: 'place' });
  else if (r.location) {
    const s = findSpan(m.sentence, m.sentenceStart, r.location.name);
    if (s) marks.push({ ...s, role: 'place' });
  }
  const date = findSpan(m.sentence, m.sentenceStart, r.date.text);
  if (date) marks.push({ ...date, role: 'date' });
  if (r.attribution && r.attribution.end > r.attribution.start) marks.push({ start: r.attribution.start, end: r.attribution.end, role: 'attribution' });
  return marks;
}

/** The evidence sentence of a mention with its parts marked. */
export function evidenceHtml(m: StoredMention): string {
  return highlightRuns(m.sentence, m.sentenceStart, mentionMarks(m))
    .map((run) => (run.role ? `<mark class="${run.role}" title="${run.role}">${esc(run.text)}</mark>` : esc(run.text)))
    .join('');
}

/** The whole panel of one event. */
export function eventPanel(e: StoredEvent & { mentionList: StoredMention[] }): string {
  const first = e.mentionList[0]?.record;
  const loc = e.location;
  const place = loc
    ? `${esc(loc.name)}${loc.admin1 && loc.admin1 !== loc.name ? `, ${esc(loc.admin1)}` : ''}${loc.country ? ` (${esc(loc.country)})` : ''} <span class="muted">${esc(loc.precision ?? '')}${loc.lat !== null ? ` · ${loc.lat.toFixed(3)}, ${loc.lon!.toFixed(3)}` : ''}</span>`
    : '<span class="muted">not placed</span>';
  const rows: Array<[string, string]> = [
    ['When', `${esc(e.date)}${e.dateEnd !== e.date ? ` – ${esc(e.dateEnd)}` : ''} <span class="muted">${esc(e.precision)}</span>`],
    ['Where', place],
    ['Who', `<mark class="source">${esc(e.source.name)}</mark> <code>${esc(e.source.code)}</code>${e.target ? ` → <mark class="target">${esc(e.target.name)}</mark> <code>${esc(e.target.code)}</code>` : ''}`],
    ['Modality', `<span class="badge modality ${esc(e.modality)}">${esc(e.modality)}</span>${e.historical ? ' <span class="badge">background history</span>' : ''}`],
    ['Says who', first?.attribution ? `<mark class="attribution">${esc(first.attribution.text)}</mark>${first.attribution.code ? ` <code>${esc(first.attribution.code)}</code>` : ''}` : '<span class="muted">the outlet itself</span>'],
    ['Rule', first ? `<code>${esc(first.rule)}</code>` : ''],
    ['Confidence', `${Math.round(e.confidence * 100)}%`],
  ];
  if (e.casualties && (e.casualties.dead !== null || e.casualties.injured !== null)) {
    rows.push(['Casualties', [e.casualties.dead !== null ? `${e.casualties.dead} dead` : '', e.casualties.injured !== null ? `${e.casualties.injured} injured` : ''].filter(Boolean).join(', ')]);
  }
  const mentions = e.mentionList
    .map((m) => {
      const link = m.url ? `<a href="${esc(m.url)}" target="_blank" rel="noopener">${esc(m.source ?? m.url)}</a>` : `<a href="/documents/${m.documentId}" target="_blank">${esc(m.source ?? `document ${m.documentId}`)}</a>`;
      return `<li><blockquote class="evidence">${evidenceHtml(m)}</blockquote>
        <div class="muted">${link}${m.record.modality !== 'asserted' ? ` · ${esc(m.record.modality)}` : ''}${m.mergeReason ? ` · merged: ${esc(m.mergeReason)}` : ''}</div></li>`;
    })
    .join('');
  return `<header><button type="button" class="close" aria-label="Close the event (Escape)">×</button>
      <h2><span class="quad" style="background:${QUAD_COLORS[e.quadClass - 1]}" title="${esc(QUAD_LABELS[e.quadClass - 1])}"></span>${esc(e.name)}</h2>
      <div class="muted">CAMEO <code>${esc(e.code)}</code> · PLOVER <code>${esc(e.ploverType)}${e.ploverMode ? `/${esc(e.ploverMode)}` : ''}</code> · ${esc(QUAD_LABELS[e.quadClass - 1])} · Goldstein ${e.goldstein}</div></header>
    <dl>${rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>
    <h3>${e.mentions} mention${e.mentions === 1 ? '' : 's'} · ${e.articles} article${e.articles === 1 ? '' : 's'} · ${e.sources} source${e.sources === 1 ? '' : 's'}</h3>
    <p class="legend-marks"><mark class="trigger">trigger</mark> <mark class="source">source</mark> <mark class="target">target</mark> <mark class="place">place</mark> <mark class="date">date</mark> <mark class="attribution">attribution</mark></p>
    <ol class="mentions">${mentions}</ol>`;
}
