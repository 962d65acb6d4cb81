/**
 * The throughput benchmark (not a timed test): `npm run bench [-- --limit N]`.
 * Runs analyze over ../shared/corpus/reuters21578.jsonl on one core and on all cores and
 * prints MB/s, sentences/s, events/s and peak memory; then times a cold `faultline analyze`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { analyzeBatch, type Job } from '../dist/batch/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { limit: { type: 'string' }, corpus: { type: 'string' }, jobs: { type: 'string' } } });
const corpus = values.corpus ?? join(root, '..', 'shared', 'corpus', 'reuters21578.jsonl');
if (!existsSync(corpus)) {
  console.error(`bench: corpus not found at ${corpus} (pass --corpus FILE.jsonl)`);
  process.exit(2);
}
const limit = values.limit ? Number(values.limit) : Infinity;
const cores = values.jobs ? Number(values.jobs) : availableParallelism();

const jobs: Job[] = [];
let bytes = 0;
for (const line of readFileSync(corpus, 'utf8').split('\n')) {
  if (!line.trim() || jobs.length >= limit) continue;
  const o = JSON.parse(line) as { id: string; text: string; date?: string; title?: string };
  bytes += Buffer.byteLength(o.text);
  jobs.push({ index: jobs.length, name: o.id, input: { id: o.id, text: o.text, date: o.date, title: o.title ?? null } });
}
const mb = bytes / 1e6;
console.log(`corpus: ${jobs.length} documents, ${mb.toFixed(2)} MB of text`);

interface Row { mode: string; seconds: number; cpuSeconds: number; docs: number; failed: number; sentences: number; events: number; peakMB: number; perWorkerMB: number }
const rows: Row[] = [];

async function run(mode: string, threads: number): Promise<Row> {
  let sentences = 0;
  let events = 0;
  let failed = 0;
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  await analyzeBatch(jobs, {
    jobs: threads,
    onOutcome: (o) => {
      if (o.error) failed++;
      else if (o.summary) {
        sentences += o.summary.sentences;
        events += o.summary.events;
      }
    },
  });
  const seconds = (performance.now() - t0) / 1000;
  // every thread of the process: the analysis threads, and V8's compiler and collector threads beside them
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  clearInterval(sampler);
  peak = Math.max(peak, process.resourceUsage().maxRSS * 1024);
  const peakMB = peak / 1e6;
  return { mode, seconds, cpuSeconds, docs: jobs.length, failed, sentences, events, peakMB, perWorkerMB: peakMB / threads };
}

rows.push(await run('1 core', 1));
if (cores > 1) rows.push(await run(`${cores} cores`, cores));

console.log('\nmode       seconds    MB/s  MB/s/core   CPU s  MB/CPU-s  sentences/s   events/s  failed  peak RSS  per worker');
for (const r of rows) {
  const n = r.mode === '1 core' ? 1 : cores;
  console.log(
    `${r.mode.padEnd(9)} ${r.seconds.toFixed(1).padStart(8)} ${(mb / r.seconds).toFixed(2).padStart(7)} ${(mb / r.seconds / n).toFixed(2).padStart(10)} ${r.cpuSeconds.toFixed(1).padStart(7)} ${(mb / r.cpuSeconds).toFixed(2).padStart(9)} ${(r.sentences / r.seconds).toFixed(0).padStart(12)} ${(r.events / r.seconds).toFixed(0).padStart(10)} ${String(r.failed).padStart(7)} ${r.peakMB.toFixed(0).padStart(6)} MB ${r.perWorkerMB.toFixed(0).padStart(8)} MB`,
  );
}

// Cold start: one article through the built command line, as a user runs it.
const cli = join(root, 'dist', 'cli', 'index.js');
const article = join(root, 'examples', '2014-06-11-mosul.html');
const times: number[] = [];
for (let i = 0; i < 5; i++) {
  const t0 = performance.now();
  execFileSync(process.execPath, [cli, 'analyze', '--format', 'json', article], { stdio: ['ignore', 'ignore', 'ignore'] });
  times.push((performance.now() - t0) / 1000);
}
times.sort((a, b) => a - b);
const cold = times[Math.floor(times.length / 2)];
console.log('(CPU s counts every thread: on one core, V8 compiles and collects on the other core beside the analysis thread,\n most of it the warm-up of the first few thousand documents; MB/CPU-s is what one core does on its own)');

console.log(`\ncold start: faultline analyze of one article: median ${cold.toFixed(2)} s over ${times.length} runs (min ${times[0].toFixed(2)} s)`);

const single = rows[0];
console.log(`\ntargets: ≥ 1.0 MB/s per core: ${(mb / single.seconds).toFixed(2)} MB/s on one core ${mb / single.seconds >= 1 ? 'PASS' : 'BELOW'}; ` +
  `cold start ≤ 1.0 s: ${cold.toFixed(2)} s ${cold <= 1 ? 'PASS' : 'BELOW'}; ` +
  `peak ≤ 600 MB per worker: ${Math.max(...rows.map((r) => r.perWorkerMB)).toFixed(0)} MB ${Math.max(...rows.map((r) => r.perWorkerMB)) <= 600 ? 'PASS' : 'BELOW'}`);
mkdirSync(join(root, 'bench', 'reports'), { recursive: true });
writeFileSync(join(root, 'bench', 'reports', 'latest.json'), JSON.stringify({ date: new Date().toISOString(), documents: jobs.length, megabytes: mb, cores, rows, coldStartSeconds: times }, null, 2));
