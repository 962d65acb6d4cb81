/** Turns the command line's FILE|DIR|- arguments into documents, in order. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import type { Job } from '../batch/index.js';

/** A document that could not even be read, reported like an analysis failure. */
export interface InputProblem {
  name: string;
  message: string;
}

const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.html', '.htm', '.xhtml', '.md', '.jsonl', '.ndjson', '']);

/** Reads every input argument into jobs (documents) and problems (unreadable inputs). */
export function readInputs(args: string[], { date, stdin }: { date?: string; stdin: () => Buffer }): { jobs: Job[]; problems: InputProblem[]; sources: string[] } {
  const jobs: Job[] = [];
  const problems: InputProblem[] = [];
  const sources: string[] = [];
  const push = (name: string, source: string, input: Job['input']) => {
    jobs.push({ index: jobs.length, name, input: { ...input, date: input.date ?? date } });
    sources.push(source);
  };
  for (const arg of args) {
    if (arg === '-') {
      const buf = stdin();
      if (looksLikeJsonl(buf)) readJsonl(buf.toString('utf8'), 'stdin', push, problems);
      else push('stdin', 'stdin', { id: 'stdin', text: buf });
      continue;
    }
    let files: string[];
    try {
      files = statSync(arg).isDirectory() ? listFiles(arg) : [arg];
    } catch (e) {
      problems.push({ name: arg, message: `cannot read: ${(e as Error).message}` });
      continue;
    }
    for (const f of files) {
      try {
        const buf = readFileSync(f);
        if (/\.(jsonl|ndjson)$/i.test(f)) readJsonl(buf.toString('utf8'), f, push, problems);
        else push(f, dirname(f), { id: f, text: buf });
      } catch (e) {
        problems.push({ name: f, message: `cannot read: ${(e as Error).message}` });
      }
    }
  }
  return { jobs, problems, sources };
}

/** Every text-like file below a folder, sorted, hidden files skipped. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...listFiles(p));
    else if (e.isFile() && TEXT_EXTENSIONS.has(extname(e.name).toLowerCase())) out.push(p);
  }
  return out;
}

function looksLikeJsonl(buf: Buffer): boolean {
  const head = buf.subarray(0, 2000).toString('utf8').trimStart();
  if (!head.startsWith('{')) return false;
  const firstLine = head.split('\n', 1)[0];
  try {
    const o = JSON.parse(firstLine) as unknown;
    return typeof o === 'object' && o !== null && 'text' in o;
  } catch {
    return false;
  }
}

/** One document per line: { id, text, date, url, title, source }. A bad line is a problem, not a stop. */
function readJsonl(text: string, file: string, push: (name: string, source: string, input: Job['input']) => void, problems: InputProblem[]): void {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    const where = `${file}:${i + 1}`;
    let o: Record<string, unknown>;
    try {
      o = JSON.parse(line) as Record<string, unknown>;
    } catch (e) {
      problems.push({ name: where, message: `not valid JSON: ${(e as Error).message}` });
      continue;
    }
    if (typeof o.text !== 'string') {
      problems.push({ name: where, message: 'no "text" string on this line' });
      continue;
    }
    const id = o.id !== undefined && o.id !== null ? String(o.id) : where;
    const date = typeof o.date === 'string' && o.date ? o.date.slice(0, 10) : undefined;
    const url = typeof o.url === 'string' ? o.url : null;
    const source = typeof o.source === 'string' ? o.source : url ? hostOf(url) : file;
    push(id, source, { id, text: o.text, date, url, title: typeof o.title === 'string' ? o.title : null });
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
