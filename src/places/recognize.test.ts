import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze.js';

function places(text: string) {
  return analyze({ text, date: '2018-04-10' }).places.map((p) => ({ text: p.text, name: p.name, featureCode: p.featureCode }));
}

describe('recognizePlaces: unions and bodies named like places', () => {
  it('finds the EU as Europe, whether it is the body itself or qualifies an agent', () => {
    expect(places('The EU imposed new sanctions.')).toContainEqual({ text: 'EU', name: 'Europe', featureCode: 'CONT' });
    expect(places('EU leaders met in Brussels on Thursday.')).toContainEqual({ text: 'EU', name: 'Europe', featureCode: 'CONT' });
  });

  it('leaves an organisation that only shares a place name alone', () => {
    expect(places('Hamas said the talks had failed.').map((p) => p.text)).not.toContain('Hamas');
  });
});

describe('recognizePlaces: small towns listed with a place', () => {
  it('finds a small town named in a list right after a place, as cued as that place', () => {
    expect(places('Officers from Bonham and Honey Grove assisted.').map((p) => p.text)).toEqual(['Bonham', 'Honey Grove']);
  });

  it('still needs a cue for a small town named alone', () => {
    expect(places('Honey Grove officials met on Monday.').map((p) => p.text)).not.toContain('Honey Grove');
  });
});
