/** `faultline places FILE…` — the places a text names, each resolved to its GeoNames entry. */
import { readFileSync } from 'node:fs';
import { runPipeline } from '../analyze.js';
import type { DocPlace } from '../types.js';
import { parseCommandArgs, type CliCommand } from './command.js';

const USAGE = `Usage: faultline places [FILE|-]...   the places a text names, resolved against GeoNames

Options:
  --date YYYY-MM-DD   publication date (else from HTML metadata, else today)
  --format F          table | json (default: table on a terminal, else json)
  -h, --help          this help`;

/** The places command. */
export const places: CliCommand = {
  usage: USAGE,
  async run(rest) {
    const args = parseCommandArgs(rest, USAGE, { date: { type: 'string' }, format: { type: 'string' } });
    if (typeof args === 'number') return args;
    const { values, positionals } = args;
    const format = (values.format as string | undefined) ?? (process.stdout.isTTY ? 'table' : 'json');
    if (format !== 'table' && format !== 'json') {
      process.stderr.write('faultline: --format must be table or json\n');
      return 2;
    }
    const date = values.date as string | undefined;
    if (date && !/^\d{4}-\d\d-\d\d$/.test(date)) {
      process.stderr.write(`faultline: --date must be YYYY-MM-DD, got "${date}"\n`);
      return 2;
    }
    const files = positionals.length ? positionals : ['-'];
    let failed = 0;
    const all: Array<{ file: string; places: Array<Omit<DocPlace, 'tokenStart' | 'tokenEnd'>> }> = [];
    for (const file of files) {
      try {
        const raw = file === '-' ? readFileSync(0) : readFileSync(file);
        const doc = runPipeline({ text: new Uint8Array(raw), id: file, date: date ?? null }, { until: 'places' });
        for (const w of doc.warnings) process.stderr.write(`faultline: ${file}: warning: ${w}\n`);
        const found = doc.places.map(({ tokenStart, tokenEnd, ...p }) => p);
        if (format === 'json') all.push({ file, places: found });
        else process.stdout.write(placesTable(file, found) + '\n\n');
      } catch (e) {
        failed++;
        process.stderr.write(`faultline: ${file}: ${(e as Error).message}\n`);
      }
    }
    if (format === 'json') process.stdout.write(JSON.stringify(all.length === 1 ? all[0] : all, null, 2) + '\n');
    return failed ? 1 : 0;
  },
};

/** The places of one file as an aligned table. */
export function placesTable(file: string, found: ReadonlyArray<Omit<DocPlace, 'tokenStart' | 'tokenEnd'>>): string {
  const rows = found.map((p) => [
    `${p.start}-${p.end}`,
    p.text,
    p.name,
    p.featureCode,
    p.admin1 ?? '',
    p.country3 ?? p.country ?? '',
    p.lat !== null && p.lon !== null ? `${p.lat.toFixed(3)},${p.lon.toFixed(3)}` : '',
    p.geonameId !== null ? String(p.geonameId) : '',
    p.dateline ? 'dateline' : (p.kind ?? ''),
  ]);
  const head = ['span', 'text', 'name', 'code', 'admin1', 'country', 'lat,lon', 'geonames', ''];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => '  ' + cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  return [`${file} · ${found.length} place mention${found.length === 1 ? '' : 's'}`, line(head), ...rows.map(line)].join('\n');
}
