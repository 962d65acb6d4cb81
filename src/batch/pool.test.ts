/** The worker pool: results in input order, and a thread that dies on one document without taking the others down. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeBatch, type Job } from './pool.js';
import { outcomeResult, type Outcome } from './outcome.js';

const seedDir = join(import.meta.dirname, '..', '..', '..', 'shared', 'seed');
const seed = readFileSync(join(seedDir, '000_bfba1ecb751b0907.txt'), 'utf8');

function job(index: number, text: string): Job {
  return { index, name: `doc-${index}`, input: { id: `doc-${index}`, text, date: '2014-06-12' } };
}

describe('analyzeBatch with worker threads', () => {
  it('reports a document that kills its thread (out of memory) as failed and still analyzes every other one, in order', async () => {
    // about 4 MB of distinct sentences: far more than a 200 MB heap holds while analysing it
    const huge = Array.from({ length: 40_000 }, (_, i) => `Rebels attacked the town of Kidal on day ${i} and police arrested ${i} men.`).join(' ');
    const jobs = [0, 1, 2, 3, 4, 5, 6].map((i) => job(i, i === 3 ? huge : seed));
    const outcomes: Outcome[] = [];
    await analyzeBatch(jobs, { jobs: 2, heapMb: 200, onOutcome: (o) => outcomes.push(o) });
    expect(outcomes.map((o) => o.index)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(outcomes[3].error?.code).toBe('ERR_WORKER_OUT_OF_MEMORY');
    expect(outcomes[3].error?.message).toMatch(/died on this document/);
    for (const o of outcomes.filter((o) => o.index !== 3)) {
      expect(o.error).toBeUndefined();
      expect(o.summary?.events).toBeGreaterThan(5);
    }
  }, 60_000);

  it('for the store, passes back the same events and document without the actor, date and place mentions', async () => {
    const jobs = [0, 1].map((i) => job(i, seed));
    const full: Outcome[] = [];
    const slim: Outcome[] = [];
    await analyzeBatch(jobs, { jobs: 2, onOutcome: (o) => full.push(o) });
    await analyzeBatch(jobs, { jobs: 2, forStore: true, onOutcome: (o) => slim.push(o) });
    for (let i = 0; i < 2; i++) {
      const a = outcomeResult(full[i])!;
      const b = outcomeResult(slim[i])!;
      expect(a.actors.length).toBeGreaterThan(0);
      expect([b.actors, b.dates, b.places]).toEqual([[], [], []]);
      expect(b.events).toEqual(a.events);
      expect(b.document).toEqual(a.document);
      expect(slim[i].json!.length).toBeLessThan(full[i].json!.length * 0.8);
    }
  }, 60_000);
});
