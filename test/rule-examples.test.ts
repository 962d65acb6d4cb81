/**
 * Every verb rule carries an example sentence (data/verbs/*.txt). Running the pipeline on them is
 * the lexicon's own check: an example that does not code its rule's CAMEO code points at a dead
 * pattern, an actor we lack or a parsing gap. Most must code; the share may only go up.
 */
import { describe, expect, it } from 'vitest';
import { runPipelines } from '../src/analyze.js';
import { loadLexicon } from '../src/lexicon/load.js';

/** The share of examples that code their rule's code, as last measured (raise it when it rises). */
const FLOOR = 0.9;

describe('rule examples', () => {
  it(`code their own rule's CAMEO code in at least ${FLOOR * 100}% of rules`, () => {
    const lexicon = loadLexicon();
    const rules = lexicon.rules.filter((r) => r.code !== '000');
    const runs = runPipelines(rules.map((r) => ({ text: r.example, date: '2024-01-01' })), { lexicon });
    const failing: string[] = [];
    rules.forEach((r, i) => {
      const run = runs[i];
      if (run.failed || !run.doc.events.some((e) => e.cameo.code === r.code)) failing.push(`${r.id} (${r.code}): ${r.example}`);
    });
    const share = 1 - failing.length / rules.length;
    expect(share, `${failing.length} of ${rules.length} examples do not code their rule, e.g.\n${failing.slice(0, 20).join('\n')}`).toBeGreaterThanOrEqual(FLOOR);
  }, 60_000);
});
