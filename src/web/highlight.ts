/**
 * Cuts an evidence sentence into runs for display, each marked with the part of the event it
 * shows (trigger, source, target, place, date). Pure: no DOM, tested in Node.
 */

/** What a highlighted run is. */
export type Role = 'trigger' | 'source' | 'target' | 'place' | 'date' | 'attribution';

/** A span in document offsets. */
export interface Mark {
  start: number;
  end: number;
  role: Role;
}

/** A run of the sentence, with its role or null for plain text. */
export interface Run {
  text: string;
  role: Role | null;
}

/** When marks overlap, the earlier role in this list wins. */
const PRIORITY: readonly Role[] = ['trigger', 'source', 'target', 'place', 'date', 'attribution'];

/**
 * The runs of `sentence` (which starts at document offset `offset`) under `marks`; marks outside
 * the sentence are clipped or dropped, overlaps go to the role of highest priority.
 */
export function highlightRuns(sentence: string, offset: number, marks: readonly Mark[]): Run[] {
  const n = sentence.length;
  const roles: Array<Role | null> = new Array(n).fill(null);
  const ordered = [...marks].sort((a, b) => PRIORITY.indexOf(b.role) - PRIORITY.indexOf(a.role));
  for (const m of ordered) {
    const from = Math.max(0, m.start - offset);
    const to = Math.min(n, m.end - offset);
    for (let i = from; i < to; i++) roles[i] = m.role;
  }
  const runs: Run[] = [];
  let start = 0;
  for (let i = 1; i <= n; i++) {
    if (i === n || roles[i] !== roles[start]) {
      runs.push({ text: sentence.slice(start, i), role: roles[start] });
      start = i;
    }
  }
  return runs;
}

/** The span of `needle` in the sentence (first whole-word match, any case) in document offsets, or null. */
export function findSpan(sentence: string, offset: number, needle: string | null | undefined): { start: number; end: number } | null {
  if (!needle) return null;
  const at = sentence.toLowerCase().indexOf(needle.toLowerCase());
  return at < 0 ? null : { start: offset + at, end: offset + at + needle.length };
}
