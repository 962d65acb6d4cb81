import { describe, expect, it } from 'vitest';
import { datelineLength } from './dateline.js';

const dateline = (text: string) => text.slice(0, datelineLength(text));

describe('datelineLength', () => {
  it('finds a dateline closed by a dash or colon', () => {
    expect(dateline('BAGHDAD (Reuters) - Militants attacked the base.')).toBe('BAGHDAD (Reuters) - ');
    expect(dateline('MOSUL, Iraq, June 10 — Troops fled.')).toBe('MOSUL, Iraq, June 10 — ');
  });
  it("finds one closed only by an agency's name in brackets", () => {
    expect(dateline('ATLANTA (AP) An aide to the mayor was indicted.')).toBe('ATLANTA (AP) ');
  });
  it('takes no acronym subject for a dateline', () => {
    expect(dateline('NATO (the alliance) said it would act.')).toBe('');
    expect(dateline('NATO said it would act.')).toBe('');
  });
});

describe('datelineLength: call letters', () => {
  it("takes a station's call letters in brackets as closing a dateline", () => {
    expect(datelineLength('WASHINGTON (RNS) Evangelical leaders praised him.')).toBe('WASHINGTON (RNS) '.length);
    expect(datelineLength('NATO (NAC) said it would act.')).toBe(0);
  });
});
