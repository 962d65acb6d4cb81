/** `--watch`: ingest once, then poll the feed and URL inputs on an interval with conditional GET. */
import { setTimeout as sleep } from 'node:timers/promises';
import { PollState } from './feeds.js';
import { ingest, ingestExpansion, type IngestOptions, type IngestStats } from './ingest.js';
import { expandInputs } from './sources.js';

/** Options of `watch`: those of `ingest`, the interval, and a report per poll. */
export interface WatchOptions extends IngestOptions {
  /** seconds between polls (default 300) */
  intervalSeconds?: number;
  /** called after every poll, the first (full) ingest included */
  onPoll?: (report: PollReport) => void;
  /** stops the watch: the document being written is finished, then it returns */
  signal: AbortSignal;
}

/** One poll: its number (1 is the first, full ingest), when it ended, what it did, or why it failed. */
export interface PollReport {
  poll: number;
  at: string;
  stats: IngestStats;
  /** URLs being polled */
  polled: number;
  error?: string;
}

/** Ingests the inputs, then re-polls their feeds and URLs until the signal aborts; returns the totals. */
export async function watch(inputs: string[], { intervalSeconds = 300, onPoll, ...options }: WatchOptions): Promise<IngestStats> {
  const state = options.state ?? new PollState();
  const { signal, date } = options;
  const fetch = { ...options.fetch, signal: options.fetch?.signal ?? signal };
  const totals = await ingest(inputs, { ...options, state });
  onPoll?.({ poll: 1, at: new Date().toISOString(), stats: { ...totals }, polled: state.polled.size });
  for (let poll = 2; !signal.aborted && state.polled.size > 0; poll++) {
    try {
      await sleep(intervalSeconds * 1000, undefined, { signal });
    } catch {
      break; // aborted while waiting
    }
    try {
      const expansion = await expandInputs([...state.polled], { date, fetch, state });
      const stats = await ingestExpansion(expansion, { ...options, state });
      addStats(totals, stats);
      onPoll?.({ poll, at: new Date().toISOString(), stats, polled: state.polled.size });
    } catch (e) {
      // one bad poll (a worker crash, a store hiccup) is reported; the next poll tries again
      onPoll?.({ poll, at: new Date().toISOString(), stats: emptyStats(), polled: state.polled.size, error: (e as Error).message });
    }
  }
  totals.stopped = signal.aborted;
  return totals;
}

function emptyStats(): IngestStats {
  return { documents: 0, known: 0, failed: 0, mentions: 0, created: 0, merged: 0, urls: 0, notModified: 0, newItems: 0, stopped: false };
}

function addStats(into: IngestStats, s: IngestStats): void {
  for (const k of ['documents', 'known', 'failed', 'mentions', 'created', 'merged', 'urls', 'notModified', 'newItems'] as const) into[k] += s[k];
}
