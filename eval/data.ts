/** Where the gold sets live and what their records look like (see shared/eval/README.md). */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (the folder above eval/). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The gold data folder: $FAULTLINE_EVAL_DATA, else ../shared/eval beside the repository. */
export function defaultDataDir(): string {
  return process.env.FAULTLINE_EVAL_DATA ?? resolve(REPO_ROOT, '..', 'shared', 'eval');
}

/** Reads a JSON Lines file into an array of records. */
export function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      try {
        return JSON.parse(line) as T;
      } catch (e) {
        throw new Error(`${path}:${i + 1}: ${(e as Error).message}`);
      }
    });
}

/** One expected event of a PETRARCH record. */
export interface PetrGoldEvent {
  source: string;
  target: string;
  code: string;
}

/** A record of events/petr2-gsr.jsonl (and the common part of petr-validate.jsonl). */
export interface PetrRecord {
  id: string;
  date: string;
  text: string;
  events: PetrGoldEvent[];
  noEvent: boolean;
  category: string | null;
}

/** A record of events/plover-gsr.jsonl (only the fields the harness reads). */
export interface PloverRecord {
  id: string;
  date: string;
  event: string;
  mode: string | null;
  source: Array<{ actorText: string; code: string; sector?: string }>;
  target: Array<{ actorText: string; code: string; sector?: string }>;
  eventText: string;
  text: string;
}

/** One annotated event token of a factuality record. */
export interface FactualityEvent {
  index: number;
  word: string;
  start: number;
  end: number;
  factuality: number;
}

/** A record of factuality/dev.jsonl. */
export interface FactualityRecord {
  id: string;
  source: string;
  text: string;
  tokens: string[];
  events: FactualityEvent[];
}

/** The gold files the harness reads, under a data folder. */
export function goldPaths(dataDir: string) {
  return {
    petr2: join(dataDir, 'events', 'petr2-gsr.jsonl'),
    petrValidate: join(dataDir, 'events', 'petr-validate.jsonl'),
    plover: join(dataDir, 'events', 'plover-gsr.jsonl'),
    factuality: join(dataDir, 'factuality', 'dev.jsonl'),
  };
}
