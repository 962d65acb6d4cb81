/** `faultline analyze`: argument parsing for the analyze command (the work is in analyze.ts). */
import { analyzeCommand } from './analyze.js';
import { parseCommandArgs, type CliCommand } from './command.js';
import type { Format } from './format.js';

const USAGE = `Usage: faultline analyze [FILE|DIR|-]...   code documents (text, HTML, .jsonl) into events

Options:
  --date YYYY-MM-DD     publication date (else from HTML metadata, else today with a warning)
  --format F            table | json | jsonl | geojson (geojson: events with a place,
                        as one FeatureCollection) (default: table on a terminal; json for one
                        document, jsonl for many)
  --predicates          add every verbal predicate with its modality
  --jobs N              worker threads for many documents (default: all cores)
  --dict DIR            extra dictionaries laid out like data/ (repeatable); they win over ours
  -h, --help            this help

A .jsonl input holds one document per line: {"id","text","date","url","title"}.
Exit status: 0 when every document was analyzed, 1 when any failed (the others still print).`;

/** The analyze command. */
export const analyze: CliCommand = {
  usage: USAGE,
  async run(rest) {
    const args = parseCommandArgs(rest, USAGE, {
      date: { type: 'string' },
      format: { type: 'string' },
      predicates: { type: 'boolean', default: false },
      jobs: { type: 'string' },
      dict: { type: 'string', multiple: true, default: [] },
    });
    if (typeof args === 'number') return args;
    const { values, positionals } = args;
    const format = values.format as string | undefined;
    if (format && !['table', 'json', 'jsonl', 'geojson'].includes(format)) {
      process.stderr.write(`faultline: --format must be table, json, jsonl or geojson\n`);
      return 2;
    }
    const jobs = values.jobs !== undefined ? Number(values.jobs) : undefined;
    if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1)) {
      process.stderr.write(`faultline: --jobs must be a whole number ≥ 1\n`);
      return 2;
    }
    if (positionals.length === 0 && process.stdin.isTTY) {
      process.stderr.write(`faultline: give files, folders or - (standard input)\n\n${USAGE}\n`);
      return 2;
    }
    return analyzeCommand({
      inputs: positionals,
      date: values.date as string | undefined,
      format: format as Format | undefined,
      predicates: values.predicates as boolean,
      jobs,
      dict: values.dict as string[],
    });
  },
};
