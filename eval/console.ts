/** What the harness prints: a compact summary, and with --verbose every miss. */
import { confusionText, eventLine, f3, seconds } from './format.js';
import type { EvalReport } from './report.js';

/** The compact summary: headline figures beside their targets, per-category counts, timings. */
export function summaryLines(r: EvalReport): string[] {
  const out: string[] = [];
  const target = (name: string) => {
    const t = r.targets.find((x) => x.name === name);
    return t ? `   target ≥ ${t.min.toFixed(2)}  ${t.status}` : '';
  };
  out.push(`faultline eval — commit ${r.commit ?? '?'}${r.uncommitted ? ` (+${r.uncommitted} uncommitted)` : ''}; lexicon ${r.lexicon.entries} entries, ${r.lexicon.rules} rules`);
  if (r.lexicon.warning) out.push(`WARNING: ${r.lexicon.warning}`);
  if (r.events) {
    const p = r.events.petr2;
    const m = p.metrics;
    const prf = (s: { precision: number; recall: number; f1: number }) => `F1 ${f3(s.f1)}  (P ${f3(s.precision)} R ${f3(s.recall)})`;
    out.push(
      '',
      `petr2-gsr: ${p.records} sentences, ${p.goldEvents} gold events, ${p.ourEvents} ours` +
        (p.errors.length ? `, ${p.errors.length} pipeline errors` : '') +
        (p.skipped.length ? `; not scored (empty text): ${p.skipped.join(', ')}` : ''),
    );
    out.push(`  root    ${prf(m.root)}${target('petr2-gsr CAMEO root F1')}`);
    out.push(`  code    ${prf(m.code)}`);
    out.push(`  triple  ${prf(m.tripleLenient)} lenient | strict F1 ${f3(m.tripleStrict.f1)}${target('petr2-gsr triple F1 (lenient actors)')}`);
    out.push('  category   sent gold ours  rootTP tripleTP');
    for (const c of p.categories) {
      out.push(`  ${c.category.padEnd(9)} ${String(c.records).padStart(5)} ${String(c.goldEvents).padStart(4)} ${String(c.ourEvents).padStart(4)} ${String(c.root.tp).padStart(7)} ${String(c.tripleLenient.tp).padStart(8)}`);
    }
    const pl = r.events.plover;
    out.push(
      `plover-gsr: type accuracy ${f3(pl.anyMatchAccuracy)} (first event ${f3(pl.firstEventAccuracy)}; event precision ${f3(pl.eventPrecision)}; ` +
        `${pl.recordsWithTypedEvents}/${pl.records} sentences coded)`,
    );
    const v = r.events.validate;
    out.push(`petr-validate smoke: events on ${v.recordsWithEvents}/${v.records} sentences (${v.ourEvents} events${v.errors ? `, ${v.errors} errors` : ''})`);
  }
  if (r.factuality) {
    const f = r.factuality;
    const o = f.overall;
    out.push('', `factuality dev: ${o.events} events; accuracy ${f3(o.accuracy)}, macro-F1 ${f3(o.macroF1)}${target('factuality macro-F1 (3 classes)')}`);
    out.push(`  per class F1: ${o.classes.map((c) => `${c.label} ${f3(c.f1)}`).join(', ')}; all-asserted baseline macro-F1 ${f3(f.baselineAllAsserted.macroF1)}`);
    out.push(`  with 'future' counted as uncertain (the mapping before 2026-11-25): accuracy ${f3(f.futureAsUncertain.accuracy)}, macro-F1 ${f3(f.futureAsUncertain.macroF1)}`);
    out.push(`  per source: ${Object.entries(f.bySource).map(([k, s]) => `${k} acc ${f3(s.accuracy)} macro-F1 ${f3(s.macroF1)} (${s.events})`).join('; ')}`);
    if (f.unplaced || f.errors.length) out.push(`  no prediction for ${f.unplaced} events; pipeline errors on ${f.errors.length} sentences`);
    out.push(...confusionText(o.confusion));
  }
  if (r.geo) {
    out.push('');
    for (const g of r.geo) {
      const name = `${g.dataset} accuracy within 161 km (gold spans)`;
      out.push(`${g.dataset}: ${g.resolvable} toponyms; acc@161km ${f3(g.acc161)}${target(name)}; exact id ${f3(g.exactId)}; country ${f3(g.country)}; mean ${Math.round(g.meanKm)} km; unresolved ${g.unresolved}`);
      out.push(`  recognition P ${f3(g.recognition.precision)} R ${f3(g.recognition.recall)} F1 ${f3(g.recognition.f1)} (overlap F1 ${f3(g.recognitionOverlap.f1)})`);
    }
    const t = r.targets.find((x) => x.name.startsWith('place recognition'));
    if (t) out.push(`place recognition F1, both sets: ${f3(t.value)}   target ≥ ${t.min.toFixed(2)}  ${t.status}`);
  }
  if (r.detection) {
    const d = r.detection;
    out.push('', `IndiaPoliceEvents dev: ${d.sentences} sentences; police event detection micro-F1 ${f3(d.micro.f1)} (P ${f3(d.micro.precision)} R ${f3(d.micro.recall)})${d.errors ? `; pipeline errors on ${d.errors} documents` : ''}`);
    out.push(`  ${d.labels.map((l) => `${l.label} F1 ${f3(l.f1)} (P ${f3(l.precision)} R ${f3(l.recall)}, ${l.gold} gold)`).join('; ')}`);
  }
  const t = r.timings;
  out.push(
    '',
    `time: ${seconds(t.totalMs)} (lexicon ${seconds(t.lexiconMs)}` +
      (t.eventsMs !== null ? `, events ${seconds(t.eventsMs)}` : '') +
      (t.factualityMs !== null ? `, factuality ${seconds(t.factualityMs)}` : '') +
      ')',
  );
  return out;
}

/** Every miss and false positive, for developers hunting mistakes. */
export function verboseLines(r: EvalReport): string[] {
  const out: string[] = [];
  for (const g of r.geo ?? []) {
    out.push(`== ${g.dataset}: toponyms not within 161 km (first ${g.misses.length})`);
    for (const m of g.misses) out.push(`  ${m.id} "${m.phrase}" gold ${m.gold} | ours ${m.ours}${m.km !== null ? ` (${m.km} km)` : ''}`);
    out.push('');
  }
  if (r.events) {
    const p = r.events.petr2;
    out.push(`== petr2-gsr misses and false positives (lenient triple): ${p.misses.length} sentences`);
    for (const m of p.misses) {
      out.push('', `${m.id} [${m.category}] ${m.text}`);
      if (m.error) out.push(`  ERROR ${m.error}`);
      for (const g of m.gold) out.push(`  ${g.matched ? 'ok  ' : 'MISS'} gold ${eventLine(g)}`);
      if (m.gold.length === 0) out.push('       gold: no event');
      for (const o of m.ours) out.push(`  ${o.matched ? 'ok  ' : 'FP  '} ours ${eventLine(o)}   rule ${o.rule} "${o.trigger}" ${o.modality}`);
      if (m.ours.length === 0) out.push('       ours: nothing coded');
    }
    const pl = r.events.plover;
    out.push('', `== plover-gsr sentences without the gold type: ${pl.misses.length}`);
    for (const m of pl.misses) {
      out.push(`${m.id}  gold ${m.gold} "${m.eventText}"  ours ${m.ours.map((o) => `${o.type}(${o.cameo} "${o.trigger}")`).join(' ') || '-'}${m.error ? `  ERROR ${m.error}` : ''}`);
      out.push(`    ${m.text}`);
    }
  }
  if (r.detection) {
    out.push('', `== IndiaPoliceEvents: sentences labelled differently (first ${r.detection.misses.length})`);
    for (const m of r.detection.misses) out.push(`${m.kind === 'miss' ? 'MISS' : 'FP  '} ${m.label.padEnd(10)} ${m.text.slice(0, 240)}${m.ours.length ? `  | ours ${m.ours.join('; ')}` : ''}`);
  }
  if (r.factuality) {
    const f = r.factuality;
    out.push('', `== factuality: ${f.misses.length} wrongly classed events (gold value → class, ours)`);
    for (const m of f.misses) {
      const marked = `${m.text.slice(0, m.start)}[[${m.word}]]${m.text.slice(m.start + m.word.length)}`;
      out.push(`${m.id} #${m.index} "${m.word}" gold ${m.value} → ${m.gold}, ours ${m.modality ?? '(none)'}`);
      out.push(`    ${marked}`);
    }
  }
  return out;
}
