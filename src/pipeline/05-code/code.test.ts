import { describe, expect, it } from 'vitest';
import { eventLines, run } from '../../../test/fixture.js';

describe('coding', () => {
  it('codes subject → target with the most specific rule and its id', () => {
    const doc = run('ISIS has taken control of Fallujah.');
    expect(eventLines(doc)).toEqual(['IMGMUSISI 192 IRQ asserted']);
    expect(doc.events[0].rule).toBe('19.take.control');
  });

  it('codes both verbs of a shared subject', () => {
    expect(eventLines(run('Iraqi army soldiers abandoned their weapons and attacked Mosul.'))).toEqual(['IRQMIL 0874 - asserted', 'IRQMIL 190 IRQ asserted']);
  });

  it('codes two coordinated verbs for one act once, with the target one of them names', () => {
    expect(eventLines(run('Iraqi army soldiers abandoned their weapons and fled the city of Mosul.'))).toEqual(['IRQMIL 0874 IRQ asserted']);
  });

  it('swaps roles in the passive', () => {
    expect(eventLines(run('Mosul was seized by ISIS.'))).toEqual(['IMGMUSISI 192 IRQ asserted']);
  });

  it('makes reciprocal events between co-subjects of a meeting', () => {
    expect(eventLines(run('Iraq and Iran met on Monday.')).sort()).toEqual(['IRN 040 IRQ asserted', 'IRQ 040 IRN asserted']);
  });

  it('uses optional words and choices', () => {
    expect(eventLines(run('Obama held peace talks with Maliki.'))).toEqual(['USAGOV 046 IRQGOV asserted', 'IRQGOV 046 USAGOV asserted']);
    expect(eventLines(run('Troops fired on the rebels.'))).toEqual(['---MIL 190 ---REB asserted']);
  });

  it('codes nominal events with the modifier as source', () => {
    expect(eventLines(run('The Iranian attack on Iraq was condemned.'))).toContain('IRN 190 IRQ asserted');
  });

  it('codes nothing without a source actor (outside violence, where the perpetrator may be unnamed)', () => {
    expect(run('Iraq was met on Monday.').events).toEqual([]);
  });

  it('codes the reported event, not the speech verb', () => {
    expect(eventLines(run('Officials said rebels attacked the army.'))).toEqual(['---REB 190 ---MIL asserted']);
  });
});

describe('regression: reduced relatives', () => {
  it('does not give a reduced relative the main verb\'s by-agent, and finds the main verb\'s subject past it', () => {
    const doc = run('The rebels seized for acting against Moscow were attacked by Iraqi troops.');
    expect(eventLines(doc)).toEqual(['IRQMIL 190 ---REB asserted']);
  });
});

describe('source roles', () => {
  it('codes a rule with source=ROLE only for sources with that role', () => {
    expect(eventLines(run('Iraqi soldiers fled Mosul.'))).toContain('IRQMIL 0874 IRQ asserted');
    expect(eventLines(run('Iraqi families fled Mosul.'))).toEqual([]);
  });
});

describe('capitals as targets', () => {
  it('codes a capital as the government in verbal events and as the country in material conflict', () => {
    expect(eventLines(run('Rebels attacked Baghdad.'))).toEqual(['---REB 190 IRQ asserted']);
    expect(eventLines(run('Obama met Baghdad on Monday.'))).toEqual(['USAGOV 040 IRQGOV asserted']);
  });
});

describe('passive agents inside attack nouns', () => {
  it('takes the actor qualifying "shelling" or "attack" as the source of a passive without by-agent', () => {
    expect(eventLines(run('Four soldiers were attacked in Iranian tank shelling on Friday.'))).toContain('IRN 190 ---MIL asserted');
  });
});

describe('one event, not two', () => {
  it('folds "…, killing N people" into the violent event before it', () => {
    const doc = run('Russian troops attacked Kharkiv on Tuesday, killing nine people.');
    expect(eventLines(doc)).toEqual(['RUSMIL 190 UKR asserted']);
    expect(doc.events[0].casualties).toEqual({ dead: 9, injured: null });
  });
});

describe('one event, not two (control)', () => {
  it('still codes a killing that is the main verb', () => {
    expect(eventLines(run('Rebels killed nine soldiers in Kharkiv.'))).toEqual(['---REB 190 UKRMIL asserted']);
  });
});

describe('unidentified perpetrators', () => {
  it('codes violence with no named perpetrator with source ---, and nothing else that way', () => {
    const doc = run('Two soldiers were attacked near Mosul on Friday.');
    expect(eventLines(doc)).toEqual(['--- 190 IRQMIL asserted']);
    expect(doc.events[0].source).toMatchObject({ code: '---', name: 'unidentified perpetrator', text: '' });
    expect(run('Mosul was seized on Friday.').events.map((e) => e.cameo.code)).toEqual(['192']);
    expect(run('The talks were held in Baghdad.').events).toEqual([]);
  });
});

describe('regression: precision on wire copy', () => {
  it('does not stretch a target slot over more than one noun phrase', () => {
    // "attack $ with" must not reach a "with" far beyond the object
    const doc = run('Rebels attacked the base that the army had built in the hills near the border with Syria.');
    expect(doc.events.map((e) => e.rule)).toContain('19.attack');
  });
});

describe('subjects and targets in phrases', () => {
  it('takes a named group over the generic description before it ("militant group ISIS")', () => {
    expect(eventLines(run('The militant group ISIS seized Mosul.'))).toEqual(['IMGMUSISI 192 IRQ asserted']);
  });

  it('falls back to an actor qualifying the subject, with lower confidence', () => {
    const doc = run('A report from Iraq attacked Iran.');
    expect(eventLines(doc)).toEqual(['IRQ 190 IRN asserted']);
    expect(doc.events[0].confidence).toBeLessThan(0.7);
  });

  it('codes "There were 10 soldiers attacked" with an unidentified perpetrator', () => {
    expect(eventLines(run('There were 10 Iraqi soldiers attacked in Mosul today.'))).toEqual(['--- 190 IRQMIL asserted']);
  });
});

describe('nominal events have their own modality', () => {
  it('codes "the Iranian attack on Iraq was cancelled" as negated', () => {
    expect(eventLines(run('The Iranian attack on Iraq was cancelled.'))).toContain('IRN 190 IRQ negated');
  });
});

describe('regression: metaphorical passives are not violence', () => {
  it('needs an actor as victim before coding an unidentified perpetrator', () => {
    expect(run('Last year results were attacked by low prices.').events).toEqual([]);
  });
});


