/** The full report: its shape, the targets it is read against, and its Markdown form. */
import type { Petr2Report, ValidateSmoke, Miss } from './events.js';
import type { FactualityReport, FactualityScores } from './factuality.js';
import type { DetectionScores } from './detection.js';
import type { GeoScores } from './geo.js';
import { confusionTable, eventLine, f3, mdTable, seconds } from './format.js';
import { PLOVER_05_NAMES, type PloverReport } from './plover.js';

/** Everything one run of the harness measured. */
export interface EvalReport {
  generatedAt: string;
  commit: string | null;
  /** files changed since the commit (git status --short lines), when git could tell */
  uncommitted: number | null;
  node: string;
  dataDir: string;
  lexicon: { entries: number; names: number; rules: number; problems: number; warning: string | null };
  timings: { lexiconMs: number; eventsMs: number | null; factualityMs: number | null; geoMs?: number | null; detectionMs?: number | null; totalMs: number };
  events: { petr2: Petr2Report; plover: PloverReport; validate: ValidateSmoke } | null;
  factuality: FactualityReport | null;
  geo?: GeoScores[] | null;
  detection?: DetectionScores | null;
  targets: TargetResult[];
}

/** A figure read against its target. */
export interface TargetResult {
  name: string;
  value: number;
  min: number;
  status: 'PASS' | 'BELOW';
}

/** The targets: figure name, how to read it off the report, and the minimum. */
const TARGETS: ReadonlyArray<{ name: string; read: (r: EvalReport) => number | undefined; min: number }> = [
  { name: 'petr2-gsr triple F1 (lenient actors)', read: (r) => r.events?.petr2.metrics.tripleLenient.f1, min: 0.7 },
  { name: 'petr2-gsr CAMEO root F1', read: (r) => r.events?.petr2.metrics.root.f1, min: 0.85 },
  { name: 'factuality macro-F1 (3 classes)', read: (r) => r.factuality?.overall.macroF1, min: 0.65 },
  { name: 'GeoWebNews accuracy within 161 km (gold spans)', read: (r) => r.geo?.find((g) => g.dataset === 'GeoWebNews')?.acc161, min: 0.9 },
  { name: 'TR-News accuracy within 161 km (gold spans)', read: (r) => r.geo?.find((g) => g.dataset === 'TR-News')?.acc161, min: 0.88 },
  { name: 'place recognition F1 (both sets, exact spans)', read: (r) => geoRecognitionF1(r.geo), min: 0.8 },
];

/** Micro-averaged recognition F1 over the geoparsing datasets (exact spans). */
export function geoRecognitionF1(geo: GeoScores[] | null | undefined): number | undefined {
  if (!geo || geo.length === 0) return undefined;
  const tp = geo.reduce((a, g) => a + g.recognition.tp, 0);
  const fp = geo.reduce((a, g) => a + g.recognition.fp, 0);
  const fn = geo.reduce((a, g) => a + g.recognition.fn, 0);
  const p = tp + fp ? tp / (tp + fp) : 0;
  const rc = tp + fn ? tp / (tp + fn) : 0;
  return p + rc ? (2 * p * rc) / (p + rc) : 0;
}

/** The detection section of the Markdown report. */
function detectionMarkdown(d: DetectionScores): string[] {
  return [
    '## Police event detection (IndiaPoliceEvents dev)',
    '',
    `${d.sentences} sentences in ${d.documents} Times of India documents; a sentence gets a label when one of our events with a police source implies it ` +
      '(eval/detection.ts `labelsOf`): ARREST 173x, FORCE 175x/18x–20x, KILL a killing, FAIL a negated act, ANY_ACTION any asserted act.' +
      (d.errors ? ` Pipeline errors on ${d.errors} documents.` : ''),
    '',
    mdTable(['label', 'gold', 'precision', 'recall', 'F1'], [...d.labels.map((l) => [l.label, l.gold, f3(l.precision), f3(l.recall), f3(l.f1)]), ['micro (KILL, ARREST, FORCE, FAIL)', '', f3(d.micro.precision), f3(d.micro.recall), f3(d.micro.f1)]]),
    '',
  ];
}

/** The geoparsing section of the Markdown report. */
function geoMarkdown(geo: GeoScores[]): string[] {
  return [
    '## Places (geoparsing)',
    '',
    'Resolution is scored on the gold spans (GeoWebNews without its non-toponym types); recognition runs the pipeline (segment → mentions → places) on the text as given.',
    '',
    mdTable(
      ['dataset', 'articles', 'toponyms', 'acc ≤161 km', 'mean km', 'unresolved', 'exact id', 'country', 'recog. P', 'recog. R', 'recog. F1', 'overlap F1'],
      geo.map((g) => [g.dataset, g.articles, g.resolvable, f3(g.acc161), Math.round(g.meanKm), g.unresolved, `${f3(g.exactId)} (${g.exactIdOf})`, `${f3(g.country)} (${g.countryOf})`, f3(g.recognition.precision), f3(g.recognition.recall), f3(g.recognition.f1), f3(g.recognitionOverlap.f1)]),
    ),
    '',
  ];
}

/** The targets whose figures this run measured, each with PASS or BELOW. */
export function readTargets(r: EvalReport): TargetResult[] {
  const out: TargetResult[] = [];
  for (const t of TARGETS) {
    const value = t.read(r);
    if (value === undefined) continue;
    out.push({ name: t.name, value, min: t.min, status: value >= t.min ? 'PASS' : 'BELOW' });
  }
  return out;
}

/** The wording of the actor-code matching, shared by the Markdown and console output. */
export const ACTOR_MATCHING = [
  'STRICT: actor codes are equal once the "-" padding is removed ("---REB" = "REB"; no target is "---", i.e. "").',
  'LENIENT: the first three characters (country / IGO / "---") are equal and, when both codes have a role ' +
    '(characters 4–6), the roles are equal too: USAGOV ~ USA ~ USAGOVMIL, IRQMUS ~ IRQ, but USAGOV ≁ USAMIL, IGOUNO ≁ IGOEUREEC.',
  'Matching is per sentence, one to one, greedy: exact (strict) triples first, then the metric\'s own test.',
  'root: CAMEO root (2 digits) equal, actors ignored. code: full CAMEO code equal, actors ignored. ' +
    'triple: source, target and full code (lenient or strict actors). Our events on a noEvent record are false positives.',
];

function prfRows(p: Petr2Report): Array<Array<string | number>> {
  const names = { root: 'CAMEO root', code: 'full code', tripleLenient: 'triple (lenient actors)', tripleStrict: 'triple (strict actors)' };
  return (Object.keys(names) as Array<keyof typeof names>).map((m) => {
    const s = p.metrics[m];
    return [names[m], s.tp, s.fp, s.fn, f3(s.precision), f3(s.recall), f3(s.f1)];
  });
}

/** A miss as Markdown lines: the sentence, then gold and ours marked matched (✓) or not (✗). */
export function missLines(m: Miss): string[] {
  const lines = [`- **${m.id}** [${m.category}] ${m.text}`];
  if (m.error) lines.push(`  - pipeline error: ${m.error}`);
  for (const g of m.gold) lines.push(`  - gold ${g.matched ? '✓' : '✗ missed'}: \`${eventLine(g)}\``);
  if (m.gold.length === 0) lines.push('  - gold: no event');
  for (const o of m.ours) {
    lines.push(`  - ours ${o.matched ? '✓' : '✗ false positive'}: \`${eventLine(o)}\` rule ${o.rule}, "${o.trigger}", ${o.modality}`);
  }
  if (m.ours.length === 0) lines.push('  - ours: nothing coded');
  return lines;
}

function petr2Markdown(p: Petr2Report): string[] {
  return [
    '## Events — petr2-gsr (CAMEO coding)',
    '',
    `${p.file}: ${p.records} sentences, ${p.goldEvents} gold events, ${p.noEventRecords} no-event sentences; we coded ${p.ourEvents} events.` +
      (p.errors.length ? ` Pipeline errors on ${p.errors.length} sentences (scored as coding nothing).` : '') +
      (p.skipped.length ? ` Not scored (empty text in the gold file): ${p.skipped.join(', ')}.` : ''),
    '',
    ...ACTOR_MATCHING.map((l) => `- ${l}`),
    '',
    mdTable(['metric', 'TP', 'FP', 'FN', 'P', 'R', 'F1'], prfRows(p)),
    '',
    '### Per category',
    '',
    mdTable(
      ['category', 'sentences', 'gold', 'ours', 'root TP', 'root F1', 'triple TP (lenient)', 'triple F1 (lenient)'],
      p.categories.map((c) => [c.category, c.records, c.goldEvents, c.ourEvents, c.root.tp, f3(c.root.f1), c.tripleLenient.tp, f3(c.tripleLenient.f1)]),
    ),
    '',
    `False positives (lenient triple) by our modality: ${Object.entries(p.falsePositivesByModality).map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}.`,
    '',
    ...(p.errors.length ? ['Pipeline errors:', '', ...p.errors.map((e) => `- ${e.id}: ${e.error}`), ''] : []),
    `### Misses and false positives (lenient triple): ${p.misses.length} sentences`,
    '',
    ...p.misses.flatMap(missLines),
    '',
  ];
}

function ploverMarkdown(p: PloverReport): string[] {
  return [
    '## Events — plover-gsr (PLOVER type, secondary)',
    '',
    `${p.file}: ${p.records} sentences, one gold event type each. ` +
      `Our PLOVER types are renamed to the gold's PLOVER 0.5b1 names: ${Object.keys(PLOVER_05_NAMES).join(', ')} ` +
      '(REQUEST → DEMAND; ACCUSE → INVESTIGATE when its mode is investigate, else DISAPPROVE; ASSAULT → FIGHT for CAMEO 19x/20x, ' +
      'COERCE for CAMEO 1712, else ASSAULT); other types keep their names. Events without a PLOVER type (CAMEO 01) are left out.',
    '',
    mdTable(
      ['figure', 'value'],
      [
        ['type accuracy (any of our events has the gold type)', f3(p.anyMatchAccuracy)],
        ['first-event accuracy (our first typed event has it)', f3(p.firstEventAccuracy)],
        ['event precision (our typed events with the record\'s type)', `${f3(p.eventPrecision)} of ${p.ourTypedEvents}`],
        ['sentences with a typed event of ours', `${p.recordsWithTypedEvents} / ${p.records}`],
        ['pipeline errors', p.errors.length],
      ],
    ),
    '',
    mdTable(
      ['gold type', 'sentences', 'hits', 'our events of this type', 'of them on this type\'s sentences'],
      p.types.map((t) => [t.type, t.records, t.hits, t.ourEvents, t.ourCorrect]),
    ),
    '',
    'Gold type × the type of our first typed event (columns nobody was given are left out):',
    '',
    confusionTable(p.confusion, { dropEmptyColumns: true }),
    '',
    `<details><summary>${p.misses.length} sentences without the gold type</summary>`,
    '',
    ...p.misses.map(
      (m) => `- **${m.id}** gold ${m.gold}${m.goldMode ? `/${m.goldMode}` : ''} ("${m.eventText}"); ours ${m.ours.map((o) => `${o.type} ${o.cameo} "${o.trigger}"`).join(', ') || 'none'}${m.error ? `; error ${m.error}` : ''} — ${m.text}`,
    ),
    '',
    '</details>',
    '',
  ];
}

function validateMarkdown(v: ValidateSmoke): string[] {
  return [
    '## Events — petr-validate (smoke only)',
    '',
    `${v.file}: fictional actors and verbs, so not scored. We coded at least one event on ${v.recordsWithEvents} of ${v.records} sentences ` +
      `(${v.ourEvents} events in all; pipeline errors on ${v.errors}).`,
    '',
  ];
}

function scoresRow(name: string, s: FactualityScores): Array<string | number> {
  return [name, s.events, f3(s.accuracy), f3(s.macroF1), ...s.classes.map((c) => f3(c.f1))];
}

function factualityMarkdown(f: FactualityReport): string[] {
  const o = f.overall;
  return [
    '## Factuality — modality of event tokens',
    '',
    `${f.file}: ${f.sentences} sentences, ${o.events} gold event tokens. Each sentence's text goes through the pipeline ` +
      "(date 2000-01-01); a gold event's start offset picks our token, whose modality is modalityOfToken().",
    '',
    'Mapping:',
    '',
    ...f.mapping.split('\n').map((l) => `- ${l}`),
    '',
    mdTable(
      ['set', 'events', 'accuracy', 'macro-F1', ...o.classes.map((c) => `F1 ${c.label}`)],
      [scoresRow('all', o), ...Object.entries(f.bySource).map(([k, s]) => scoresRow(k, s))],
    ),
    '',
    'By where the gold token falls in our analysis (a token that heads none of our clauses takes the modality of the narrowest clause around it):',
    '',
    mdTable(
      ['placement', 'events', 'accuracy', 'macro-F1', ...o.classes.map((c) => `F1 ${c.label}`)],
      Object.entries(f.byPlacement).map(([k, s]) => scoresRow(k, s)),
    ),
    '',
    `Baseline (everything asserted): accuracy ${f3(f.baselineAllAsserted.accuracy)}, macro-F1 ${f3(f.baselineAllAsserted.macroF1)}.`,
    `With 'future' counted as uncertain (the mapping before 2026-11-25): accuracy ${f3(f.futureAsUncertain.accuracy)}, macro-F1 ${f3(f.futureAsUncertain.macroF1)}.`,
    `Realigned by word search (cleaning changed the text): ${f.realigned}; without a prediction: ${f.unplaced}; pipeline errors: ${f.errors.length}` +
      (f.errors.length ? ` (${f.errors.map((e) => e.id).join(', ')})` : '') + '.',
    '',
    mdTable(
      ['class', 'support', 'P', 'R', 'F1'],
      o.classes.map((c) => [c.label, c.support, f3(c.precision), f3(c.recall), f3(c.f1)]),
    ),
    '',
    'Confusion (3 classes):',
    '',
    confusionTable(o.confusion),
    '',
    'Gold class × our raw modality:',
    '',
    confusionTable(f.byModality),
    '',
    ...Object.entries(f.bySource).flatMap(([k, s]) => [`Confusion, ${k}:`, '', confusionTable(s.confusion), '']),
    `The ${f.misses.length} wrongly classed events are listed in latest.json (\`factuality.misses\`) and by \`--verbose\`.`,
    '',
  ];
}

/** The whole report as Markdown. */
export function renderMarkdown(r: EvalReport): string {
  const t = r.timings;
  const lines = [
    '# faultline accuracy report',
    '',
    `Generated ${r.generatedAt} on commit ${r.commit ?? 'unknown'}` +
      (r.uncommitted ? ` with ${r.uncommitted} uncommitted change(s)` : '') +
      `, node ${r.node}. Data: ${r.dataDir}.`,
    `Lexicon: ${r.lexicon.entries} entries, ${r.lexicon.names} names, ${r.lexicon.rules} rules, ${r.lexicon.problems} problems.` +
      (r.lexicon.warning ? ` **${r.lexicon.warning}**` : ''),
    `Time: ${seconds(t.totalMs)} in all (lexicon ${seconds(t.lexiconMs)}` +
      (t.eventsMs !== null ? `, events ${seconds(t.eventsMs)}` : '') +
      (t.factualityMs !== null ? `, factuality ${seconds(t.factualityMs)}` : '') +
      ').',
    '',
    '## Targets',
    '',
    mdTable(
      ['figure', 'value', 'target', 'status'],
      r.targets.map((x) => [x.name, f3(x.value), `≥ ${x.min.toFixed(2)}`, x.status]),
    ),
    '',
  ];
  if (r.events) lines.push(...petr2Markdown(r.events.petr2), ...ploverMarkdown(r.events.plover), ...validateMarkdown(r.events.validate));
  if (r.factuality) lines.push(...factualityMarkdown(r.factuality));
  if (r.geo) lines.push(...geoMarkdown(r.geo));
  if (r.detection) lines.push(...detectionMarkdown(r.detection));
  return lines.map((l) => l.replace(/\s+$/, '')).join('\n') + '\n';
}
