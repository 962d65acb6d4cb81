/** `faultline analyze [FILE|DIR|-]…` — code documents into events and print them. */
import { availableParallelism } from 'node:os';
import { readFileSync } from 'node:fs';
import { analyzeBatch, outcomeJson, outcomeResult, type Outcome } from '../batch/index.js';
import { findRepeatedLines } from '../pipeline/01-clean/index.js';
import { eventFeatures, formatTable, type Format } from './format.js';
import { readInputs } from './inputs.js';
import { Progress } from './progress.js';

/** Options of the analyze command, as parsed from the command line. */
export interface AnalyzeCommand {
  inputs: string[];
  date?: string;
  format?: Format;
  predicates: boolean;
  jobs?: number;
  dict: string[];
}

/** Runs the analyze command; returns the process exit code (1 when any document failed). */
export async function analyzeCommand(cmd: AnalyzeCommand, out: NodeJS.WritableStream = process.stdout): Promise<number> {
  if (cmd.date && !/^\d{4}-\d\d-\d\d$/.test(cmd.date)) {
    process.stderr.write(`faultline: --date must be YYYY-MM-DD, got "${cmd.date}"\n`);
    return 2;
  }
  const { jobs, problems, sources } = readInputs(cmd.inputs.length ? cmd.inputs : ['-'], { date: cmd.date, stdin: () => readFileSync(0) });
  let failed = problems.length;
  for (const p of problems) process.stderr.write(`faultline: ${p.name}: ${p.message}\n`);
  if (jobs.length === 0) return failed > 0 ? 1 : 0;

  // Chrome lines repeated across one source's documents (footers, share rows) are boilerplate.
  if (jobs.length >= 3) {
    const docs = jobs.map((j, k) => ({ source: sources[k], text: typeof j.input.text === 'string' ? j.input.text : Buffer.from(j.input.text).toString('utf8') }));
    const repeated = findRepeatedLines(docs);
    jobs.forEach((j, k) => {
      const set = repeated.get(sources[k]);
      if (set && set.size > 0) j.input.repeated = set;
    });
  }

  const isTTY = (out as NodeJS.WriteStream).isTTY === true;
  const format: Format = cmd.format ?? (isTTY ? 'table' : jobs.length === 1 && cmd.inputs.length <= 1 && !cmd.inputs.some((a) => /\.jsonl$/i.test(a)) ? 'json' : 'jsonl');
  const progress = new Progress(jobs.length);
  let done = 0;
  const results: unknown[] = [];
  const features: object[] = [];
  const onOutcome = (o: Outcome) => {
    done++;
    // clear the progress line before printing anything under it (stderr messages, or results on the same terminal)
    if (o.error || o.summary?.warnings.length || isTTY) progress.done();
    if (o.error) {
      failed++;
      process.stderr.write(`faultline: ${o.name}: ${o.error.message}\n`);
    } else if (o.summary) {
      for (const w of o.summary.warnings) process.stderr.write(`faultline: ${o.name}: warning: ${w}\n`);
      if (format === 'jsonl') out.write(outcomeJson(o) + '\n');
      else if (format === 'geojson') features.push(...eventFeatures(outcomeResult(o)!));
      else if (format === 'table') out.write(formatTable(outcomeResult(o)!, { color: isTTY }) + '\n\n');
      else results.push(outcomeResult(o));
    }
    progress.tick(done, failed);
  };
  await analyzeBatch(jobs, { jobs: cmd.jobs ?? availableParallelism(), predicates: cmd.predicates, dictDirs: cmd.dict, onOutcome });
  progress.done();
  if (format === 'geojson') out.write(JSON.stringify({ type: 'FeatureCollection', features }, null, 2) + '\n');
  if (format === 'json' && results.length > 0) out.write(JSON.stringify(results.length === 1 ? results[0] : results, null, 2) + '\n');
  return failed > 0 ? 1 : 0;
}
