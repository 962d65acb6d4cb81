import { describe, expect, it } from 'vitest';
import { isFutureContext } from './future.js';

const at = (sentence: string, date: string): boolean => isFutureContext(sentence, sentence.indexOf(date));

describe('isFutureContext', () => {
  it('sees modals and scheduling words before the date', () => {
    expect(at('The ministers will meet on Friday.', 'on Friday')).toBe(true);
    expect(at('Talks are due to resume on Monday.', 'on Monday')).toBe(true);
    expect(at("They'll vote on Friday.", 'on Friday')).toBe(true);
    expect(at('The summit opens on Monday.', 'on Monday')).toBe(true);
  });

  it('stops at the clause boundary and at the reporting verb', () => {
    expect(at('He will resign, he said on Tuesday.', 'on Tuesday')).toBe(false);
    expect(at('The talks will go on, and on Tuesday militants struck.', 'on Tuesday')).toBe(false);
    expect(at('Officials said talks will resume on Friday.', 'on Friday')).toBe(true);
  });

  it('reads past narration as past', () => {
    expect(at('Soldiers fled Mosul on Tuesday.', 'on Tuesday')).toBe(false);
    expect(at('Losses due to fighting on Monday were heavy.', 'on Monday')).toBe(false);
  });
});
