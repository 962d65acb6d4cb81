import { describe, expect, it } from 'vitest';
import { datelineLength, datelineSpans } from './dateline.js';

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

describe('datelineSpans', () => {
  const spans = (text: string, bare = false) => datelineSpans(text).filter((d) => bare || !d.bare).map((d) => text.slice(d.start, d.end));
  it('finds a dateline under a caption or headline paragraph, or one a caption runs into', () => {
    expect(spans('Fog grounds flights.\n\nLONDON (Reuters) - Fog hit Heathrow.')).toEqual(['LONDON (Reuters) - ']);
    expect(spans('Photo by Angie de Silva/Rappler. MANILA, Philippines – Ahead of Easter, the archbishop spoke.')).toEqual(['MANILA, Philippines – ']);
  });
  it('takes a town in capitals with no stop after it only when asked', () => {
    expect(spans('SAN ANTONIO Turner Sports analyst Charles Barkley spoke.')).toEqual([]);
    expect(spans('SAN ANTONIO Turner Sports analyst Charles Barkley spoke.', true)).toEqual(['SAN ANTONIO ']);
    expect(spans('He said NATO would act. NATO said on Monday it would.', true)).toEqual([]);
  });
});
