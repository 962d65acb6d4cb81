import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { CHROME_RULES, chromeRuleFor, findRepeatedLines, normaliseLine, removeBoilerplate } from './boilerplate.js';

const SEED = '/work/shared/seed/000_bfba1ecb751b0907.txt';

describe('chromeRuleFor', () => {
  it.each(CHROME_RULES.map((r) => [r.id, r.example]))('rule %s removes its example "%s"', (id, example) => {
    expect(chromeRuleFor(example)).toBe(id);
  });

  it.each([
    'Subscribe Now & Pay Nothing',
    'Listen to Latest Podcast',
    '» Read more',
    'Share on Facebook',
    'Facebook | Twitter | LinkedIn | Email',
    'Follow us on Twitter @worldnews',
    'Related Articles',
    'ADVERTISEMENT',
    'Click here to subscribe.',
    'Copyright 2014 Reuters. All rights reserved.',
    'Sign up for our newsletter',
    'Filed under: Iraq, ISIS, Mosul',
    'By JANE DOE and JOHN SMITH',
    'Skip to main content',
    '3 comments',
    'Image copyright Getty Images',
    'Read more...',
    'Sign up for our newsletter.',
  ])('treats "%s" as chrome', (line) => {
    expect(chromeRuleFor(line)).not.toBeNull();
  });

  it.each([
    // the guard against over-eager cues: real short sentences and headlines
    'Rebels refuse to subscribe to the ceasefire.',
    'By Tuesday, the army had fled Mosul.',
    'More in Mosul fled as fighters advanced.',
    'Related developments were reported in Tikrit.',
    'Share prices fell in Baghdad',
    'Iraq shares a long border with Syria.',
    'Posted in Mosul, the sergeant said he had no orders.',
    'Published reports say 500,000 people fled.',
    'Follow-up talks are expected in Erbil',
    'The army will read the statement on television.',
    'Mosul falls to ISIS',
    'ISIS released a podcast calling for attacks.',
    'The militants handed out a newsletter listing rules for residents.',
    'Share this with the world, the commander told his men.',
    '“Subscribe to the rule of law,” the cleric said',
    'Donate to the flood victims, the governor urged.',
    '',
  ])('keeps "%s"', (line) => {
    expect(chromeRuleFor(line)).toBeNull();
  });

  it('keeps a long news sentence that mentions subscribing', () => {
    const line =
      'Many Sunni tribal leaders in Anbar, who once fought al-Qaeda alongside American troops, now say they will not subscribe to a government that has excluded them, and some have joined the revolt.';
    expect(chromeRuleFor(line)).toBeNull();
    expect(removeBoilerplate(`First paragraph.\n\n${line}`).removed).toEqual([]);
  });
});

describe('removeBoilerplate', () => {
  it.skipIf(!existsSync(SEED))('drops exactly the two chrome lines of the seed article', () => {
    const seed = readFileSync(SEED, 'utf8');
    const { text, removed } = removeBoilerplate(seed);
    expect(removed).toEqual(['Listen to Latest Podcast', 'Subscribe Now & Pay Nothing']);
    const kept = seed.split('\n').filter((l) => !removed.includes(l));
    // every other line survives, in order and unchanged; only the doubled blank lines go
    expect(text.split('\n').filter((l) => l !== '')).toEqual(kept.filter((l) => l !== ''));
    expect(text.trimEnd()).toBe(seed.slice(0, seed.indexOf('\n\nListen to Latest Podcast')));
  });

  it('keeps the text identical when nothing is chrome', () => {
    const text = 'Mosul fell on Tuesday.\n\n  Indented line kept as is  \n\n\nThird paragraph.';
    expect(removeBoilerplate(text)).toEqual({ text, removed: [] });
  });

  it('merges the blank lines a removed line leaves behind', () => {
    expect(removeBoilerplate('Share this article\n\nA.\n\nAdvertisement\n\nB.\n\nRelated stories').text).toBe('A.\n\nB.\n');
    expect(removeBoilerplate('A.\nAdvertisement\nB.').text).toBe('A.\nB.');
  });

  it('removes lines the caller knows repeat across the source', () => {
    const repeated = new Set([normaliseLine('The Daily Bugle is published by Bugle Media Group since 1962')]);
    const { text, removed } = removeBoilerplate('Mosul fell.\nThe Daily Bugle is published by Bugle Media Group since 1971', {
      repeated,
    });
    expect(text).toBe('Mosul fell.');
    expect(removed).toEqual(['The Daily Bugle is published by Bugle Media Group since 1971']);
  });
});

describe('normaliseLine', () => {
  it('trims, lower-cases, collapses spaces and folds digits', () => {
    expect(normaliseLine('  © 2014   World News, Page 12 ')).toBe('© 0 world news, page 0');
  });
});

describe('findRepeatedLines', () => {
  const footer = 'Copyright 2014 The Daily Bugle, 12 Main St';
  const body = (n: number) => `Story number ${n} about something else entirely, told at some length so it is not short at all, no, not short at all.`;

  it('finds a footer repeated in 3 of 4 documents of one source', () => {
    const docs = [
      { source: 'bugle.example', text: `${body(1)}\n\n${footer}` },
      { source: 'bugle.example', text: `${body(2)}\n\nCopyright 2015 The Daily Bugle, 12 Main St\n${footer}` },
      { source: 'bugle.example', text: `${body(3)}\n\n${footer.toUpperCase()}` },
      { source: 'bugle.example', text: body(4) },
    ];
    const repeated = findRepeatedLines(docs);
    expect(repeated.get('bugle.example')).toEqual(new Set([normaliseLine(footer)]));
    expect(removeBoilerplate(docs[0].text, { repeated: repeated.get('bugle.example') }).removed).toEqual([footer]);
    expect(findRepeatedLines(docs, { minDocs: 4 }).size).toBe(0);
  });

  it('does not count a line shared by different sources', () => {
    const line = 'Iraqi forces retook the town on Sunday';
    const docs = ['a.example', 'b.example', 'c.example', 'd.example'].map((source) => ({ source, text: `${body(1)}\n${line}` }));
    expect(findRepeatedLines(docs).size).toBe(0);
  });

  it('ignores long repeated lines', () => {
    const line = Array.from({ length: 25 }, (_, i) => `word${String.fromCharCode(97 + i)}`).join(' ');
    const docs = [1, 2, 3].map(() => ({ source: 's', text: line }));
    expect(findRepeatedLines(docs).size).toBe(0);
  });
});

describe('regression: repeated stories are not chrome', () => {
  it('does not treat a story filed 3 times in an archive of many as chrome', async () => {
    const { findRepeatedLines } = await import('./boilerplate.js');
    const story = 'Central bank governor Chang rejected a request\nby textile makers to halt the rise of the dollar';
    const docs = [story, story, story, ...Array.from({ length: 30 }, (_, i) => `Other story number ${i}\nabout something else`)].map((text) => ({ source: 'archive', text }));
    const found = findRepeatedLines(docs).get('archive') ?? new Set<string>();
    expect(found.has(normaliseLine('by textile makers to halt the rise of the dollar'))).toBe(false);
    expect(found.has(normaliseLine('about something else'))).toBe(true);
  });
});
