/**
 * Event detection on real police news: IndiaPoliceEvents (shared/eval/detection/ipe-dev.jsonl,
 * Times of India, March 2002, mostly lower-cased). Each sentence is labelled with what the police
 * did in it: KILL, ARREST, FORCE, FAIL (failed to intervene), ANY_ACTION. A document's sentences
 * go through the pipeline together (so "they" can find "police"), and each sentence gets the
 * labels its police events imply, by the mapping in `labelsOf`.
 */
import { join } from 'node:path';
import { analyze } from '../src/analyze.js';
import { hasRole } from '../src/pipeline/05-code/code.js';
import type { Lexicon } from '../src/lexicon/load.js';
import type { EventRecord } from '../src/types.js';
import { readJsonl } from './data.js';
import { prf, zeroCounts, type Counts, type Prf } from './metrics.js';

/** The labels of IndiaPoliceEvents, in the order they are reported. */
export const DETECTION_LABELS = ['KILL', 'ARREST', 'FORCE', 'FAIL', 'ANY_ACTION'] as const;
/** One IndiaPoliceEvents label. */
export type DetectionLabel = (typeof DETECTION_LABELS)[number];

interface IpeRecord {
  docId: number;
  sentId: number;
  date: string;
  text: string;
  labels: DetectionLabel[];
}

/** A sentence we labelled differently from the gold, for --verbose. */
export interface DetectionMiss {
  label: DetectionLabel;
  kind: 'miss' | 'false positive';
  text: string;
  ours: string[];
}

/** The figures of the detection evaluation. */
export interface DetectionScores {
  documents: number;
  sentences: number;
  labels: Array<{ label: DetectionLabel; gold: number } & Counts & Prf>;
  /** micro-averaged over KILL, ARREST, FORCE and FAIL */
  micro: Prf;
  errors: number;
  misses: DetectionMiss[];
}

/** Police and troops keeping order: the roles IndiaPoliceEvents asks about (in these stories the army is called out to quell riots, and the paramilitary are police). */
const POLICE_ROLES = ['COP', 'MIL'];

/** Misses kept for --verbose and the JSON report (KILL, ARREST, FORCE, FAIL only). */
const MAX_MISSES = 400;
const KILLING = /\b(kill|killed|killing|killings|shot dead|gunned down|die|died|dead|lynched|succumbed|fell to)\b/;

/** The IndiaPoliceEvents labels one event of ours implies, given its trigger words (none unless the police did it). */
export function labelsOf(e: EventRecord, trigger: string): DetectionLabel[] {
  if (!hasRole(e.source.code, POLICE_ROLES)) return [];
  // "police did not intervene", "police remained mute spectators" (negated acts) are failures to act
  if (e.modality === 'negated') return ['FAIL'];
  if (e.modality !== 'asserted') return [];
  const out: DetectionLabel[] = ['ANY_ACTION'];
  const c = e.cameo.code;
  if (c.startsWith('173')) out.push('ARREST');
  if (c.startsWith('175') || c.startsWith('18') || c.startsWith('19') || c.startsWith('20')) out.push('FORCE');
  if ((e.casualties?.dead ?? 0) > 0 || /^(1823|186|20)/.test(c) || (/^1[89]/.test(c) && KILLING.test(trigger.toLowerCase()))) out.push('KILL');
  return out;
}

/** Runs the pipeline over every dev document and scores the sentence labels. */
export function evalDetection(dataDir: string, lexicon: Lexicon): DetectionScores {
  const records = readJsonl<IpeRecord>(join(dataDir, 'detection', 'ipe-dev.jsonl'));
  const docs = new Map<number, IpeRecord[]>();
  for (const r of records) {
    const list = docs.get(r.docId);
    if (list) list.push(r);
    else docs.set(r.docId, [r]);
  }
  const counts = new Map<DetectionLabel, Counts>(DETECTION_LABELS.map((l) => [l, zeroCounts()]));
  const misses: DetectionMiss[] = [];
  let errors = 0;
  for (const sents of docs.values()) {
    // sentences joined by blank lines, which a sentence never crosses
    let text = '';
    const starts: number[] = [];
    for (const s of sents) {
      starts.push(text.length);
      text += `${s.text}\n\n`;
    }
    const ours = sents.map(() => new Set<DetectionLabel>());
    const why = sents.map((): string[] => []);
    try {
      const r = analyze({ text, date: sents[0].date, id: String(sents[0].docId) }, { lexicon });
      for (const e of r.events) {
        const trigger = r.document.text.slice(e.evidence.trigger.start, e.evidence.trigger.end);
        const labels = labelsOf(e, trigger);
        if (labels.length === 0) continue;
        let si = 0;
        while (si + 1 < starts.length && starts[si + 1] <= e.evidence.trigger.start) si++;
        for (const l of labels) ours[si].add(l);
        why[si].push(`${e.cameo.code} ${e.source.code}→${e.target?.code ?? '-'} "${trigger}" ${e.modality}`);
      }
    } catch {
      errors++;
    }
    sents.forEach((s, i) => {
      for (const l of DETECTION_LABELS) {
        const g = s.labels.includes(l);
        const o = ours[i].has(l);
        const c = counts.get(l)!;
        if (g && o) c.tp++;
        else if (o) c.fp++;
        else if (g) c.fn++;
        if (g !== o && l !== 'ANY_ACTION' && misses.length < MAX_MISSES) misses.push({ label: l, kind: g ? 'miss' : 'false positive', text: s.text, ours: why[i] });
      }
    });
  }
  const labels = DETECTION_LABELS.map((l) => {
    const c = counts.get(l)!;
    return { label: l, gold: c.tp + c.fn, ...c, ...prf(c) };
  });
  const micro = zeroCounts();
  for (const l of labels) if (l.label !== 'ANY_ACTION') (micro.tp += l.tp), (micro.fp += l.fp), (micro.fn += l.fn);
  return { documents: docs.size, sentences: records.length, labels, micro: prf(micro), errors, misses };
}
