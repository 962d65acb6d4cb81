import { describe, expect, it } from 'vitest';
import { run } from '../../../test/fixture.js';

const actors = (text: string, date?: string) => run(text, date).actors.map((a) => `${a.text}=${a.code}`);

describe('actor mentions', () => {
  it('combines a demonym or country with agents', () => {
    expect(actors('Iraqi army soldiers fled.')).toEqual(['Iraqi army soldiers=IRQMIL']);
    expect(actors("Iraq's government protested.")).toEqual(["Iraq's government=IRQGOV"]);
    expect(actors('Sunni militants seized bases.')).toEqual(['Sunni militants=---REBSUN']);
  });

  it('does not let a "-backed" demonym code the group it modifies', () => {
    expect(actors('Iranian-backed militants attacked the base.')).toEqual(['militants=---REB']);
  });

  it('does not take agent words that modify another noun as actors ("police stations")', () => {
    expect(actors('Militants seized police stations.')).toEqual(['Militants=---REB']);
  });

  it('codes a capital as its government and a city as its country', () => {
    expect(actors('Washington warned Tehran.')).toEqual(['Washington=USAGOV', 'Tehran=IRNGOV']);
    expect(actors('Troops left Mosul.')).toEqual(['Troops=---MIL', 'Mosul=IRQ']);
  });

  it('carries a country over coordinated agents ("American generals and diplomats")', () => {
    expect(actors('American generals and diplomats met.')).toEqual(['American generals=USAMIL', 'diplomats=USAGOV']);
  });

  it('codes people by the date and picks the namesake in office', () => {
    expect(actors('Maliki spoke.', '2014-06-11')).toEqual(['Maliki=IRQGOV']);
    expect(actors('Maliki spoke.', '2016-01-01')).toEqual(['Maliki=IRQELI']);
    expect(actors('Bush spoke.', '1990-05-01')[0]).toBe('Bush=USAGOV');
    expect(run('Bush spoke.', '1990-05-01').actors[0].name).toBe('George H. W. Bush');
    expect(run('Bush spoke.', '2004-05-01').actors[0].name).toBe('George W. Bush');
  });

  it('resolves pronouns and "the group" to the nearest compatible actor', () => {
    const doc = run('ISIS took Mosul. The group freed prisoners. President Obama said he was worried.');
    const byText = Object.fromEntries(doc.actors.map((a) => [a.text, a.code]));
    expect(byText['The group']).toBe('IMGMUSISI');
    expect(byText['he']).toBe('USAGOV');
  });

  it('does not resolve "she" to a person an earlier "he" showed to be a man', () => {
    const doc = run('President Obama said he was worried. His wife marched on Wednesday. She has visited the court weekly.');
    expect(doc.actors.map((a) => a.text)).toContain('he');
    expect(doc.actors.map((a) => a.text)).not.toContain('She');
  });

  it('does not resolve an expletive "it"', () => {
    expect(actors('ISIS took Mosul. It is not just Iraq that is threatened.').filter((a) => a.startsWith('It'))).toEqual([]);
  });

  it('takes a titled unknown name into the actor and recognises the bare surname later', () => {
    const doc = run('Lebanese President Michel Suleiman met the army chief. Suleiman later left.');
    expect(doc.actors.map((a) => `${a.text}=${a.code}`)).toEqual(['Lebanese President Michel Suleiman=LBNGOV', 'army=---MIL', 'Suleiman=LBNGOV'].filter((x) => x !== 'army=---MIL' || doc.actors.some((a) => a.text === 'army')));
  });

  it('matches ALL-CAPS names only in capitals', () => {
    expect(actors('The UN condemned it.')).toContain('UN=IGOUNO');
    expect(actors('Let us go.')).toEqual([]);
  });
});

describe('institutions named before their country', () => {
  it('codes "the government of Iraq" and "a court in Syria" with the country', () => {
    expect(actors('The government of Iraq protested.')).toEqual(['government of Iraq=IRQGOV']);
    expect(actors('Soldiers of Iraq fled.')).toEqual(['Soldiers of Iraq=IRQMIL']);
    expect(actors('Troops in Iraq fled.')).toEqual(['Troops=---MIL', 'Iraq=IRQ']);
  });
});

describe('regression: place names inside proper names', () => {
  it('reads "The New York Times" as media and "Malaysia Airlines"-style names as business, not the place', () => {
    expect(actors('The Washington Post reported the attack.')).toEqual(['Washington Post=USAMED']);
    expect(actors('Syria Airlines cancelled flights.')).toEqual(['Syria Airlines=SYRBUS']);
    expect(actors('Fans filled Baghdad Stadium.')).toEqual([]);
  });
});

describe('regression: proper names are capitalised', () => {
  it('does not read lower-case common words as places in normally cased text, but does in all-lower-case text', () => {
    expect(actors('The army saw through the ruse of the militants near Mosul.').map((a) => a.split('=')[0])).not.toContain('mosul');
    expect(actors('Troops left mosul on Tuesday. The Army said so.')).not.toContain('mosul=IRQ');
    expect(actors('troops left mosul on tuesday.')).toContain('mosul=IRQ');
  });
});

describe('definite generic groups', () => {
  it('resolves "the militant group" to the nearest named group', () => {
    const doc = run('Jets struck an Islamic State target, part of a campaign against the militant group that holds Mosul.');
    expect(doc.actors.find((a) => a.text === 'militant group')?.code).toBe('IMGMUSISI');
  });
});

describe('plural pronouns with coordinated antecedents', () => {
  it('gives "they" every actor of "Obama and Maliki"', () => {
    const doc = run('Obama and Maliki said they would attack Syria.');
    const they = doc.actors.filter((a) => a.text === 'they').map((a) => a.code).sort();
    expect(they).toEqual(['IRQGOV', 'USAGOV']);
    expect(doc.events.map((e) => e.source.code).sort()).toEqual(['IRQGOV', 'USAGOV']);
  });
});

describe('titles before unknown names', () => {
  it('takes a name after a title, or after a body and a title, but not after a body or a plural alone', () => {
    expect(actors('Army State Secretary Hans Tietmeyer said Bonn would act.')).toContain('Army State Secretary Hans Tietmeyer=---MIL');
    expect(actors('President Hans Tietmeyer said Bonn would act.')).toContain('President Hans Tietmeyer=---GOV');
    expect(actors('The women told police Bassett threatened them.')).toContain('police=---COP');
  });
});
