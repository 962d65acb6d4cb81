/**
 * The ingest benchmark (not a timed test): `npm run build && node --import tsx bench/ingest.ts [--limit N] [--jobs N] [--rounds N] [--single]`.
 * Times `analyze` alone (the worker pool, results discarded) against `ingest` into a fresh SQLite
 * store, over the same documents with the same number of threads, and prints MB/s for both and the
 * overhead of ingest (hashing, known-document checks, parsing results, store writes and merging).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { analyzeBatch, type Job } from '../dist/batch/index.js';
import { ingest, WRITE_BATCH } from '../dist/ingest/index.js';
import { findRepeatedLines } from '../dist/pipeline/01-clean/index.js';
import { openStore } from '../dist/store/open.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { limit: { type: 'string' }, corpus: { type: 'string' }, jobs: { type: 'string' }, rounds: { type: 'string' }, single: { type: 'boolean', default: false } } });
const corpus = values.corpus ?? join(root, '..', 'shared', 'corpus', 'reuters21578.jsonl');
if (!existsSync(corpus)) {
  console.error(`bench: corpus not found at ${corpus} (pass --corpus FILE.jsonl)`);
  process.exit(2);
}
const limit = values.limit ? Number(values.limit) : Infinity;
const threads = values.jobs ? Number(values.jobs) : availableParallelism();
const rounds = values.rounds ? Number(values.rounds) : 3;

// The same documents for both: the first `limit` lines, written to a temp file for ingest.
const tmp = mkdtempSync(join(tmpdir(), 'faultline-bench-ingest-'));
const lines = readFileSync(corpus, 'utf8').split('\n').filter((l) => l.trim()).slice(0, limit);
const input = join(tmp, 'corpus.jsonl');
writeFileSync(input, lines.join('\n') + '\n');
const jobs: Job[] = lines.map((line, index) => {
  const o = JSON.parse(line) as { id: string; text: string; date?: string; title?: string };
  return { index, name: o.id, input: { id: o.id, text: o.text, date: o.date, title: o.title ?? null } };
});
const bytes = jobs.reduce((n, j) => n + Buffer.byteLength(j.input.text as string), 0);
const mb = bytes / 1e6;
console.log(`corpus: ${jobs.length} documents, ${mb.toFixed(2)} MB of text, ${threads} thread${threads === 1 ? '' : 's'}`);

/** CPU seconds of this process, worker threads included: steadier than wall time on a shared machine. */
const cpu = (since?: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1e6;
};

interface Timing {
  wall: number;
  cpu: number;
}

function report(name: string, t: Timing, extra: string): void {
  console.log(`${name.padEnd(14)} ${t.wall.toFixed(1)} s wall (${(mb / t.wall).toFixed(2)} MB/s), ${t.cpu.toFixed(1)} s CPU (${(mb / t.cpu).toFixed(2)} MB/CPU-s) — ${extra}`);
}

async function analyzeAlone(): Promise<Timing> {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  // what `faultline analyze` does before the pool: page chrome repeated across the source
  const repeated = findRepeatedLines(jobs.map((j) => ({ source: corpus, text: j.input.text as string })));
  for (const j of jobs) j.input.repeated = repeated.get(corpus);
  let failed = 0;
  await analyzeBatch(jobs, { jobs: threads, onOutcome: (o) => void (o.error && failed++) });
  const t = { wall: (performance.now() - t0) / 1000, cpu: cpu(c0) };
  report('analyze alone:', t, `${failed} failed`);
  return t;
}

async function ingestAll(writeBatch = WRITE_BATCH): Promise<Timing> {
  const db = join(tmp, `kb-${Date.now()}.db`);
  const store = await openStore(db);
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const stats = await ingest([input], { store, jobs: threads, writeBatch });
  const t = { wall: (performance.now() - t0) / 1000, cpu: cpu(c0) };
  await store.close();
  report(writeBatch === 1 ? 'ingest, 1/txn:' : 'ingest:', t, `${stats.documents} new, ${stats.known} known, ${stats.failed} failed, ${stats.mentions} mentions, ${stats.created} events created, ${stats.merged} merged`);
  return t;
}

// Warm-up: in this thread (--jobs 1) the lexicon is loaded once and cached, so neither run pays it.
await analyzeBatch(jobs.slice(0, 20), { jobs: 1, onOutcome: () => {} });
// Rounds alternate the order (analyze, ingest, ingest, analyze…) so neither always gets the quieter
// machine. Each round gives one paired overhead; the median of those is the figure (on a shared
// machine one lucky run would skew a best-of comparison).
// With --single, each round also ingests with one transaction per document (the pre-batching way).
const pairs: Array<{ analyzed: Timing; ingested: Timing; single?: Timing }> = [];
for (let round = 0; round < rounds; round++) {
  if (round % 2 === 0) {
    const analyzed = await analyzeAlone();
    const ingested = await ingestAll();
    pairs.push({ analyzed, ingested, single: values.single ? await ingestAll(1) : undefined });
  } else {
    const single = values.single ? await ingestAll(1) : undefined;
    const ingested = await ingestAll();
    pairs.push({ analyzed: await analyzeAlone(), ingested, single });
  }
}
const overhead = (key: keyof Timing, of: 'ingested' | 'single' = 'ingested') => pairs.map((p) => (p[of]![key] - p.analyzed[key]) / p.analyzed[key]).sort((a, b) => a - b);
const median = (xs: number[]) => (xs.length % 2 ? xs[(xs.length - 1) / 2] : (xs[xs.length / 2 - 1] + xs[xs.length / 2]) / 2);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
console.log(`overhead of ingest over analyze alone, per round: wall ${overhead('wall').map(pct).join(', ')}; CPU ${overhead('cpu').map(pct).join(', ')}`);
console.log(`median overhead: ${pct(median(overhead('wall')))} wall, ${pct(median(overhead('cpu')))} CPU (aim ≤ 25%)`);
if (values.single) console.log(`one transaction per document instead: median ${pct(median(overhead('wall', 'single')))} wall, ${pct(median(overhead('cpu', 'single')))} CPU`);
rmSync(tmp, { recursive: true, force: true });
