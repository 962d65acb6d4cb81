/** `faultline ingest PATH|URL…`: documents, feeds and pages into the knowledge base. */
import { availableParallelism } from 'node:os';
import { ingest as ingestInputs, watch, type IngestProgress, type IngestStats, type PollReport } from '../ingest/index.js';
import { openStore } from '../store/open.js';
import type { MergeOptions, Store } from '../store/types.js';
import { parseCommandArgs, usageError, type CliCommand } from './command.js';
import { Progress } from './progress.js';

const USAGE = `Usage: faultline ingest PATH|URL...   analyze documents, feeds and pages into the store

Inputs: files; folders (recursively); .jsonl files (one {"text","date","url","title","source","id"}
per line); HTML pages; RSS/Atom feeds (files or URLs); .txt lists of URLs (one per line); URLs.
A document whose content is already stored is skipped, so running the same command again
changes nothing, and an interrupted run picks up where it stopped.

Options:
  --db PATH|URL         the store: a SQLite file or postgres://… (default: $FAULTLINE_DB, else ./faultline.db)
  --jobs N              worker threads (default: all cores; 1 analyzes in the main thread)
  --date YYYY-MM-DD     publication date for inputs that state none
  --merge-days N        merge duplicates whose event dates differ by at most N days
  --merge-km N          … and whose places are at most N km apart
  --merge-digits N      … and whose CAMEO codes share N leading digits
  --no-merge            store every mention as its own event
  --watch               after ingesting, poll the feed and URL inputs (conditional GET) until
                        SIGINT/SIGTERM, ingesting new items; one line per poll
  --interval SECONDS    time between polls (default 300)
  -h, --help            this help

Prints a summary on stderr. Exit status: 0, or 1 when any document failed (failures are
recorded in the store with their error; the other documents are stored).`;

/** The ingest command. */
export const ingest: CliCommand = {
  usage: USAGE,
  async run(rest) {
    const args = parseCommandArgs(rest, USAGE, {
      db: { type: 'string' },
      jobs: { type: 'string' },
      date: { type: 'string' },
      'merge-days': { type: 'string' },
      'merge-km': { type: 'string' },
      'merge-digits': { type: 'string' },
      'no-merge': { type: 'boolean', default: false },
      watch: { type: 'boolean', default: false },
      interval: { type: 'string' },
    });
    if (typeof args === 'number') return args;
    const { values, positionals } = args;
    if (positionals.length === 0) return usageError(`give files, folders, feeds or URLs\n\n${USAGE}`);
    const num = (name: string, { integer = false, min = 0 } = {}): number | undefined | Error => {
      const raw = values[name];
      if (raw === undefined) return undefined;
      const n = Number(raw);
      if (raw === '' || !Number.isFinite(n) || n < min || (integer && !Number.isInteger(n))) return new Error(`--${name} must be a ${integer ? 'whole ' : ''}number ≥ ${min}`);
      return n;
    };
    const parsed = {
      jobs: num('jobs', { integer: true, min: 1 }),
      days: num('merge-days'),
      km: num('merge-km'),
      codeDigits: num('merge-digits', { integer: true, min: 1 }),
      interval: num('interval', { min: 1 }),
    };
    for (const v of Object.values(parsed)) if (v instanceof Error) return usageError(v.message);
    const date = values.date as string | undefined;
    if (date !== undefined && !/^\d{4}-\d\d-\d\d$/.test(date)) return usageError(`--date must be YYYY-MM-DD, got "${date}"`);
    const merge: Partial<MergeOptions> = {};
    if (values['no-merge']) merge.enabled = false;
    for (const k of ['days', 'km', 'codeDigits'] as const) if (parsed[k] !== undefined) merge[k] = parsed[k] as number;

    const target = (values.db as string | undefined) ?? process.env.FAULTLINE_DB ?? 'faultline.db';
    let store: Store;
    try {
      store = await openStore(target);
      await store.migrate();
    } catch (e) {
      process.stderr.write(`faultline: cannot open the store ${target}: ${(e as Error).message}\n`);
      return 1;
    }
    return runIngest(store, positionals, {
      jobs: (parsed.jobs as number | undefined) ?? availableParallelism(),
      merge,
      date,
      watch: values.watch === true,
      intervalSeconds: (parsed.interval as number | undefined) ?? 300,
    });
  },
};

interface RunOptions {
  jobs: number;
  merge: Partial<MergeOptions>;
  date?: string;
  watch: boolean;
  intervalSeconds: number;
}

/** Runs one ingest (or a watch), with a progress bar, SIGINT/SIGTERM handling and the summary. */
async function runIngest(store: Store, inputs: string[], { jobs, merge, date, watch: watching, intervalSeconds }: RunOptions): Promise<number> {
  let progress: Progress | null = null;
  let firstRun = true;
  const stop = new AbortController();
  const onSignal = () => {
    if (stop.signal.aborted) process.exit(130); // a second Ctrl-C: stop now (each stored document is complete)
    progress?.done();
    process.stderr.write('faultline: stopping after the current document…\n');
    stop.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const onProgress = (p: IngestProgress) => {
    if (firstRun && !progress) progress = new Progress(p.total);
    if (p.status === 'failed') {
      progress?.done();
      process.stderr.write(`faultline: ${p.name}: ${p.error}\n`);
    }
    progress?.tick(p.done, p.failed);
  };
  const onPoll = (r: PollReport) => {
    progress?.done();
    progress = null;
    firstRun = false;
    process.stderr.write(`faultline: ${pollLine(r)}\n`);
  };

  let stats: IngestStats;
  try {
    const options = { store, jobs, merge, date, onProgress, signal: stop.signal };
    stats = watching ? await watch(inputs, { ...options, intervalSeconds, onPoll }) : await ingestInputs(inputs, options);
  } catch (e) {
    (progress as Progress | null)?.done();
    process.stderr.write(`faultline: ingest failed: ${(e as Error).message} (the documents stored so far are kept; run the same command again to continue)\n`);
    await store.close().catch(() => {});
    return 1;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  (progress as Progress | null)?.done();
  if (watching && stats.urls === 0) process.stderr.write('faultline: --watch: no feed or URL inputs to poll\n');
  process.stderr.write(`faultline: ${summaryLine(stats)}\n`);
  await store.close();
  const code = stats.failed > 0 ? 1 : 0;
  // Stopped by a signal, analysis threads may still be running: their results are not wanted.
  if (stop.signal.aborted) process.exit(watching ? code : stats.stopped ? 130 : code);
  return code;
}

/** "300 documents: 290 new, 5 already known, 5 failed · 1234 mentions · 800 events created, 434 merged". */
export function summaryLine(s: IngestStats): string {
  const n = s.documents + s.known + s.failed;
  return (
    `${n} document${n === 1 ? '' : 's'}: ${s.documents} new, ${s.known} already known, ${s.failed} failed · ` +
    `${s.mentions} mention${s.mentions === 1 ? '' : 's'} · ${s.created} event${s.created === 1 ? '' : 's'} created, ${s.merged} merged` +
    (s.stopped ? ' (stopped early: run the same command again to continue)' : '')
  );
}

function pollLine(r: PollReport): string {
  const s = r.stats;
  const head = `poll ${r.poll} at ${r.at.slice(0, 19).replace('T', ' ')}Z`;
  if (r.error) return `${head}: failed: ${r.error}`;
  const fetched = r.poll === 1 ? '' : `${s.urls} URL${s.urls === 1 ? '' : 's'} (${s.notModified} not modified), ${s.newItems} new item${s.newItems === 1 ? '' : 's'} · `;
  return `${head}: ${fetched}${summaryLine(s)}`;
}
