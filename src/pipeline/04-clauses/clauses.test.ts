import { describe, expect, it } from 'vitest';
import { run, words } from '../../../test/fixture.js';

function clauseOf(text: string, head: string) {
  const doc = run(text);
  const c = doc.clauses.find((x) => doc.tokens[x.head].text === head);
  if (!c) throw new Error(`no clause headed by ${head}`);
  return { doc, c };
}

describe('clauses', () => {
  it('finds subject and object', () => {
    const { doc, c } = clauseOf('Rebels attacked the army base near Aleppo.', 'attacked');
    expect(words(doc, c.subject)).toBe('Rebels');
    expect(words(doc, c.object)).toBe('the army base');
  });

  it('shares one subject across coordinated verbs', () => {
    const { doc, c } = clauseOf('Iraqi army soldiers abandoned their weapons and fled the city.', 'fled');
    expect(words(doc, c.subject)).toBe('Iraqi army soldiers');
  });

  it('finds the passive and its by-agent', () => {
    const { doc, c } = clauseOf('The convoy was attacked by rebels on Monday.', 'attacked');
    expect(c.passive).toBe(true);
    expect(words(doc, c.subject)).toBe('The convoy');
    expect(words(doc, c.agent)).toBe('rebels');
  });

  it('skips parentheses and verbless asides when looking for the subject', () => {
    const a = clauseOf('The Islamic State (as al-Qaeda in Iraq has rebranded itself) has taken control of Fallujah.', 'taken');
    expect(words(a.doc, a.c.subject)).toBe('The Islamic State');
    const b = clauseOf('It strengthens a group that, as recently as 2008, has been on its deathbed.', 'been');
    expect(words(b.doc, b.c.subject)).toBe('a group');
  });

  it('links infinitives to the verb they depend on, which controls their subject', () => {
    const { doc, c } = clauseOf('Obama wants to attack Syria.', 'attack');
    expect(doc.tokens[doc.clauses[c.parent!].head].text).toBe('wants');
    expect(words(doc, c.subject)).toBe('Obama');
  });

  it('does not read "had to pull" as an infinitive', () => {
    const { doc, c } = clauseOf('There was no reason why the U.S. had to pull its troops out.', 'pull');
    expect(words(doc, c.subject)).toBe('the U.S.');
  });

  it('marks reported clauses, before or after the speech verb', () => {
    const a = clauseOf('Officials said rebels attacked the base.', 'attacked');
    expect(a.doc.tokens[a.doc.clauses[a.c.reportedBy!].head].text).toBe('said');
    const b = clauseOf('Rebels attacked the base, officials said.', 'attacked');
    expect(b.doc.tokens[b.doc.clauses[b.c.reportedBy!].head].text).toBe('said');
  });

  it('keeps the next clause\'s subject out of the complement', () => {
    const { doc, c } = clauseOf('If Obama had tried to negotiate a deal, he could have succeeded.', 'succeeded');
    expect(words(doc, c.subject)).toBe('he');
  });
});

describe('regression: verbs the tagger reads as nouns', () => {
  it('retags "attack" in "rebels attack the base" and "plan" in "Rebels plan to"', () => {
    const a = run('If rebels attack the base, troops will respond.');
    expect(a.clauses.some((c) => a.tokens[c.head].text === 'attack')).toBe(true);
    const b = run('Rebels plan to attack the base.');
    expect(b.clauses.some((c) => b.tokens[c.head].text === 'plan')).toBe(true);
  });
});

describe('reduced relatives', () => {
  it('reads a bare participle after a noun, before the main verb, as a passive on that noun', () => {
    const { doc, c } = clauseOf('The civilians imprisoned for acting against Moscow were released by Putin.', 'imprisoned');
    expect(c.passive).toBe(true);
    expect(words(doc, c.subject)).toBe('The civilians');
  });

  it('keeps a main verb after its subject active ("Soldiers fled from Mosul.")', () => {
    const { c } = clauseOf('Soldiers fled from Mosul on Tuesday.', 'fled');
    expect(c.passive).toBe(false);
  });
});

describe('control of infinitives', () => {
  it('gives the infinitive the object of an object-control verb, and the subject otherwise', () => {
    const a = clauseOf('Obama urged Iran to attack Syria.', 'attack');
    expect(words(a.doc, a.c.subject)).toBe('Iran');
    const b = clauseOf('ISIS could use cash reserves to attack Baghdad.', 'attack');
    expect(words(b.doc, b.c.subject)).toBe('ISIS');
  });

  it('makes "There were 10 soldiers killed" passive and "Hundreds of UN troops" a whole subject', () => {
    const a = clauseOf('There were 10 Russian soldiers killed in Ukraine today.', 'killed');
    expect(a.c.passive).toBe(true);
    const b = clauseOf('Hundreds of UN troops withdrew from the border.', 'withdrew');
    expect(words(b.doc, b.c.subject)).toBe('Hundreds of UN troops');
  });
});

describe('regression: names and datelines', () => {
  it('does not let a word inside an actor name head a clause, and skips a dateline', () => {
    const { doc, c } = clauseOf('BAGHDAD — Sunni militants led by the Islamic State of Iraq and Syria seized control of Mosul on Tuesday.', 'seized');
    expect(words(doc, c.subject)).toBe('Sunni militants');
  });

  it('keeps "The United Nations called on both sides to allow" active', () => {
    const { c } = clauseOf('The United Nations called on both sides to allow aid convoys into the city.', 'called');
    expect(c.passive).toBe(false);
  });
});

describe('regression: the seed article\'s quoted speculation', () => {
  it('keeps the modal across an opening quote and finds the subject before it', () => {
    const { doc, c } = clauseOf('One analyst suggested that ISIS could “use cash reserves to bolster its military.”', 'use');
    expect(words(doc, c.subject)).toBe('ISIS');
    expect(doc.tokens[doc.clauses[c.parent!].head].text).toBe('suggested');
  });

  it('recognises a split infinitive ("to more effectively target")', () => {
    const { doc, c } = clauseOf('Their presence allowed the Iraqi military to more effectively target terrorists.', 'target');
    expect(doc.tokens[doc.clauses[c.parent!].head].text).toBe('allowed');
  });
});

describe('regression: naming participles', () => {
  it('does not read "the company called TRW" as a verb', () => {
    const doc = run('The company called TRW makes radar systems.');
    expect(doc.clauses.some((c) => doc.tokens[c.head].text === 'called')).toBe(false);
  });
});
