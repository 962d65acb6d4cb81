import { afterAll, describe, expect, it } from 'vitest';
import { addActorFile, firstDay, lastDay, personCode, type ActorDictionary } from './actors.js';
import { compileData } from './compile.js';
import { buildLexicon, matchNameAt } from './load.js';
import { tokenizeName } from '../nlp.js';
import { compilePattern, parseVerbFile } from './verbs.js';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

function fixtureDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'faultline-lex-'));
  made.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name.split('/')[0]), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('dates of office', () => {
  it('expands partial dates to the first and last day', () => {
    expect(firstDay('2006')).toBe('2006-01-01');
    expect(lastDay('2006')).toBe('2006-12-31');
    expect(lastDay('2008-02')).toBe('2008-02-29');
    expect(firstDay('2014-09-08')).toBe('2014-09-08');
  });

  it('codes a person by the role that covers the date, else as elite of the nearest role country', () => {
    const dict: ActorDictionary = { entries: [], names: [], problems: [] };
    addActorFile(dict, 'people.txt', 'Nouri al-Maliki | Maliki | IRQGOV 2006-05-20..2014-09-08\nBarack Obama | Obama | USALEG 2005-01-03..2008-11-16 ; USAGOV 2009-01-20..2017-01-20\n');
    expect(dict.problems).toEqual([]);
    const [maliki, obama] = dict.entries;
    expect(personCode(maliki.roles!, '2014-06-10')).toBe('IRQGOV');
    expect(personCode(maliki.roles!, '2016-01-01')).toBe('IRQELI');
    expect(personCode(obama.roles!, '2006-03-01')).toBe('USALEG');
    expect(personCode(obama.roles!, '2008-12-15')).toBe('USAELI');
    expect(personCode(obama.roles!, '2014-06-11')).toBe('USAGOV');
  });

  it('reports a malformed role instead of silently dropping it', () => {
    const dict: ActorDictionary = { entries: [], names: [], problems: [] };
    addActorFile(dict, 'people.txt', 'Someone | | IRQGOV from 2006\n');
    expect(dict.problems.join('\n')).toMatch(/bad role/);
  });
});

describe('verb patterns', () => {
  it('compiles heads, choices, optional words and the target slot', () => {
    const p = compilePattern('hold (peace) talks|negotiations with $')!;
    expect(p.heads).toEqual(['hold']);
    expect(p.items).toEqual([
      { kind: 'word', alts: ['peace'], optional: true },
      { kind: 'word', alts: ['talks', 'negotiations'], optional: false },
      { kind: 'word', alts: ['with'], optional: false },
      { kind: 'target' },
    ]);
    expect(compilePattern('~capture of $')!.nominal).toBe(true);
  });

  it('reports a rule id used twice in one file', () => {
    const problems: string[] = [];
    parseVerbFile('17-coerce.txt', '# Moscow pressured Yerevan.\n170  pressure  pressure $\n# Moscow pressured Yerevan to quit.\n170  pressure  pressure $! to\n', problems);
    expect(problems).toEqual([expect.stringContaining('rule id pressure is used twice')]);
  });

  it('reads the reversed flag (the $ actor is the doer) with or without source roles', () => {
    const p = compilePattern('receive weapons from $ reversed')!;
    expect(p.reversed).toBe(true);
    expect(p.items.at(-1)).toEqual({ kind: 'target' });
    expect(compilePattern('receive weapons from $ source=REB reversed')!.sourceRoles).toEqual(['REB']);
    expect(compilePattern('attack $')!.reversed).toBe(false);
  });

  it('requires an example sentence above each rule and gives rules file-scoped ids', () => {
    const problems: string[] = [];
    const rules = parseVerbFile('19-fight.txt', '# Rebels attacked the base.\n190  attack  attack $\n190  shoot  shoot at $\n', problems);
    expect(rules.map((r) => r.id)).toEqual(['19.attack', '19.shoot']);
    expect(rules[0].example).toBe('Rebels attacked the base.');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/shoot has no example/);
  });
});

describe('name matching', () => {
  const dir = fixtureDir({
    'actors/countries.txt': 'USA | United States | U.S. ; US | American ; Americans | Washington |\nIRQ | Iraq | | Iraqi | Baghdad | Mosul\n',
    'actors/groups.txt': 'IMGMUSISI | Islamic State | ISIS ; al-Qaeda in Iraq | Iraq ; 2013-\n',
  });
  const lex = buildLexicon(compileData([dir], tokenizeName));
  const toks = (s: string) => tokenizeName(s).map((text) => ({ text }));

  it('finds the longest name, skipping dashes', () => {
    const t = toks('the Islamic State took Mosul');
    const m = matchNameAt(lex, t, 1, t.length)!;
    expect([m.start, m.end]).toEqual([1, 3]);
    const t2 = toks('al Qaeda in Iraq said');
    expect(matchNameAt(lex, t2, 0, t2.length)?.end).toBe(4);
  });

  it('matches ALL-CAPS names only in capitals', () => {
    const caps = toks('US troops');
    expect(matchNameAt(lex, caps, 0, caps.length)).not.toBeNull();
    const lower = toks('us troops');
    expect(matchNameAt(lex, lower, 0, lower.length)).toBeNull();
    const dotted = toks('U.S. troops');
    expect(matchNameAt(lex, dotted, 0, dotted.length)).not.toBeNull();
  });

  it('lets user dictionaries add entries without touching ours', () => {
    const user = fixtureDir({ 'actors/groups.txt': 'IRQREBXYZ | Brigade of Examples | the Example Brigade | Iraq ; 2020-\n' });
    const both = buildLexicon(compileData([dir, user], tokenizeName));
    const t = toks('the Example Brigade attacked');
    expect(matchNameAt(both, t, 0, t.length)).not.toBeNull();
    expect(matchNameAt(lex, t, 0, t.length)).toBeNull();
  });
});

describe('regressions', () => {
  it('keeps columns when a field is empty ("| |")', () => {
    const dict: ActorDictionary = { entries: [], names: [], problems: [] };
    addActorFile(dict, 'countries.txt', 'SYR | Syria | | Syrian ; Syrians | Damascus | Aleppo\n');
    expect(dict.problems).toEqual([]);
    expect(dict.entries.map((e) => `${e.kind}:${e.name}`)).toEqual(['country:Syria', 'demonym:Syria', 'capital:Damascus', 'city:Aleppo']);
  });

  it('keeps `|` choices inside verb patterns', () => {
    const rules = parseVerbFile('19-fight.txt', '# Troops fired on protesters.\n190  fire.at  fire at|on $\n', []);
    expect(rules[0].items[0]).toEqual({ kind: 'word', alts: ['at', 'on'], optional: false });
  });
});
