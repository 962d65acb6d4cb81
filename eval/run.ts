/**
 * The accuracy harness: `node --import tsx eval/run.ts [--verbose] [--only events|factuality|geo|detection] [--data DIR]`.
 * Prints a summary beside the targets, writes eval/reports/latest.{md,json}, and exits 0
 * whatever the figures: it is a measurement, not a test.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { COMPILED_PATH, DATA_DIR, loadLexicon, type Lexicon } from '../src/lexicon/load.js';
import { summaryLines, verboseLines } from './console.js';
import { defaultDataDir, REPO_ROOT } from './data.js';
import { evalPetr2, evalPetrValidate } from './events.js';
import { evalDetection } from './detection.js';
import { evalFactuality } from './factuality.js';
import { evalGeo } from './geo.js';
import { evalPlover } from './plover.js';
import { readTargets, renderMarkdown, type EvalReport } from './report.js';

/** The command-line options. */
export interface RunOptions {
  verbose: boolean;
  only: 'events' | 'factuality' | 'geo' | 'detection' | null;
  dataDir: string;
}

const USAGE = 'usage: node --import tsx eval/run.ts [--verbose] [--only events|factuality|geo|detection] [--data DIR]';

/** Reads the command line; throws with the usage on anything it does not know. */
export function parseArgs(argv: readonly string[]): RunOptions {
  const opts: RunOptions = { verbose: false, only: null, dataDir: defaultDataDir() };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const value = () => inline ?? argv[++i];
    if (flag === '--verbose' || flag === '-v') opts.verbose = true;
    else if (flag === '--only') {
      const v = value();
      if (v !== 'events' && v !== 'factuality' && v !== 'geo' && v !== 'detection') throw new Error(`--only takes events, factuality, geo or detection, not "${v}"\n${USAGE}`);
      opts.only = v;
    } else if (flag === '--data') opts.dataDir = value();
    else throw new Error(`unknown argument "${argv[i]}"\n${USAGE}`);
  }
  return opts;
}

function git(args: string[]): string | null {
  try {
    return execFileSync('git', args, { cwd: REPO_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

/** Why the compiled lexicon may not reflect data/*.txt, or null when it does. */
export function lexiconWarning(): string | null {
  if (!existsSync(COMPILED_PATH)) return null; // loadLexicon compiles the .txt files itself
  const built = statSync(COMPILED_PATH).mtimeMs;
  const newer = readdirSync(DATA_DIR, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.txt') && !f.startsWith('places'))
    .filter((f) => statSync(join(DATA_DIR, f)).mtimeMs > built);
  if (newer.length === 0) return null;
  return `data/_lexicon.json is older than ${newer.length} dictionary file(s) (${newer.slice(0, 3).join(', ')}${newer.length > 3 ? ', …' : ''}): ` +
    'these figures use the stale compiled lexicon — run `npm run build:data`';
}

function timed<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const value = f();
  return [value, performance.now() - t0];
}

/** Runs the selected evaluations and returns the full report. */
export function evaluate({ only, dataDir }: RunOptions): EvalReport {
  const t0 = performance.now();
  const warning = lexiconWarning();
  const [lexicon, lexiconMs] = timed((): Lexicon => loadLexicon());
  const [events, eventsMs] = only !== null && only !== 'events'
    ? [null, null]
    : timed(() => ({ petr2: evalPetr2(dataDir, lexicon), plover: evalPlover(dataDir, lexicon), validate: evalPetrValidate(dataDir, lexicon) }));
  const [factuality, factualityMs] = only !== null && only !== 'factuality' ? [null, null] : timed(() => evalFactuality(dataDir, lexicon));
  const [geo, geoMs] = only !== null && only !== 'geo' ? [null, null] : timed(() => evalGeo(dataDir, lexicon));
  const [detection, detectionMs] = only !== null && only !== 'detection' ? [null, null] : timed(() => evalDetection(dataDir, lexicon));
  const status = git(['status', '--porcelain']);
  const report: EvalReport = {
    generatedAt: new Date().toISOString(),
    commit: git(['rev-parse', '--short', 'HEAD']),
    uncommitted: status === null ? null : status.split('\n').filter(Boolean).length,
    node: process.version,
    dataDir,
    lexicon: { entries: lexicon.entries.length, names: lexicon.names.length, rules: lexicon.rules.length, problems: lexicon.problems.length, warning },
    timings: { lexiconMs, eventsMs, factualityMs, geoMs, detectionMs, totalMs: 0 },
    events,
    factuality,
    geo,
    detection,
    targets: [],
  };
  report.targets = readTargets(report);
  report.timings.totalMs = performance.now() - t0;
  return report;
}

/** Writes latest.md and latest.json under eval/reports/ and returns their paths. */
export function writeReport(report: EvalReport): string[] {
  const dir = join(REPO_ROOT, 'eval', 'reports');
  mkdirSync(dir, { recursive: true });
  const md = join(dir, 'latest.md');
  const json = join(dir, 'latest.json');
  writeFileSync(md, renderMarkdown(report));
  writeFileSync(json, JSON.stringify(report, null, 2) + '\n');
  return [md, json];
}

function main(): void {
  // `… | head` closes the pipe early: stop quietly instead of throwing EPIPE
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  let opts: RunOptions;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error((e as Error).message);
    process.exitCode = 2;
    return;
  }
  let report: EvalReport;
  try {
    report = evaluate(opts);
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { path?: string };
    if (err.code !== 'ENOENT') throw e;
    console.error(`eval: gold data not found: ${err.path} — pass --data DIR or set FAULTLINE_EVAL_DATA`);
    process.exitCode = 1;
    return;
  }
  const paths = writeReport(report);
  if (opts.verbose) console.log(verboseLines(report).join('\n') + '\n');
  console.log(summaryLines(report).join('\n'));
  console.log(`report: ${paths.map((p) => relative(process.cwd(), p)).join(', ')}`);
  process.exitCode = 0;
}

main();
