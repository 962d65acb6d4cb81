/** Documents analyzed together, stage by stage, get exactly what each gets on its own. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../lexicon/load.js';
import { runMany, runOne } from './run-one.js';

const examples = readFileSync(join(import.meta.dirname, '..', '..', 'examples', 'dispatches.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as { id: string; date: string; title: string; text: string });

describe('runMany', () => {
  it('gives each document the outcome runOne gives it, a failing one included', () => {
    const lexicon = loadLexicon();
    const jobs = examples.map((e, index) => ({ index, name: e.id, input: { id: e.id, text: e.text, date: e.date, title: e.title } }));
    // a bad date fails its document only
    jobs.splice(1, 0, { index: 99, name: 'bad', input: { id: 'bad', text: 'Rebels attacked Kidal.', date: '12/06/2014', title: 'x' } });
    const together = runMany(jobs, lexicon, true, true);
    const alone = jobs.map((j) => runOne(j.index, j.name, j.input, lexicon, true, true));
    expect(together).toEqual(alone);
    expect(together[1].error?.message).toMatch(/bad date/);
    expect(together.filter((o) => o.error)).toHaveLength(1);
  });
});
