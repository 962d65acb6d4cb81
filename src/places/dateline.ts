/** Datelines: the place a story was filed from, which is not where its events happened. */

/** News agencies whose name in brackets closes a dateline ("ATLANTA (AP) An aide …"). */
export const AGENCIES: readonly string[] = ['AP', 'Reuters', 'AFP', 'UPI', 'Xinhua', 'dpa', 'IANS', 'PTI', 'ANI', 'CNN', 'Bloomberg', 'EFE', 'ANSA', 'TASS', 'Yonhap', 'Kyodo', 'Bernama', 'APA', 'IPS', 'CP', 'AA'];

const DATELINE = new RegExp(
  String.raw`^\s*[A-Z][A-Z .'’-]{2,}(?:,\s*[A-Z][A-Za-z .]+){0,2}(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:(?:\([^)]{1,40}\)\s*)?[-—–:]{1,2}\s|\((?:${AGENCIES.join('|')}|[A-Z]{2,5})\)\s+(?=[A-Z]))`,
);

/** The length of a leading dateline ("BAGHDAD (Reuters) -", "MOSUL, Iraq, June 10 —", "ATLANTA (AP) An aide …"), or 0. */
export function datelineLength(text: string): number {
  const m = DATELINE.exec(text);
  return m ? m[0].length : 0;
}

/** A place in capitals before a capitalised word, with no punctuation between ("SAN ANTONIO Turner Sports analyst …"). */
const BARE_DATELINE = /^\s*[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2} (?=[A-Z][a-z])/;

/** Paragraphs looked at for a dateline: a story may open under a photo caption or a headline. */
const DATELINE_PARAGRAPHS = 4;

/** A dateline's span in a text; `bare` when it is a town in capitals with no punctuation after it. */
export interface DatelineSpan {
  start: number;
  end: number;
  bare: boolean;
}

/**
 * The datelines of a text: the leading one, and one opening any of the first paragraphs ("Photo
 * caption.\n\nMANILA, Philippines – …") or run into by a caption; also, marked `bare`, a place in
 * capitals with no punctuation after it ("SAN ANTONIO Turner Sports …"), which only a dictionary can
 * tell from a name.
 */
export function datelineSpans(text: string): DatelineSpan[] {
  const out: DatelineSpan[] = [];
  let at = 0;
  for (let p = 0; p < DATELINE_PARAGRAPHS && at < text.length; p++) {
    const head = text.slice(at, at + 200);
    const n = datelineLength(head);
    const bare = n > 0 ? 0 : (BARE_DATELINE.exec(head)?.[0].length ?? 0);
    if (n > 0 || bare > 0) out.push({ start: at, end: at + (n || bare), bare: n === 0 });
    const next = text.indexOf('\n', at);
    if (next < 0) break;
    at = next + 1;
    while (at < text.length && /\s/.test(text[at])) at++;
  }
  // "… Photo by Angie de Silva/Rappler. MANILA, Philippines – Ahead of …": a caption run into the story
  for (const m of text.slice(0, CAPTION_CHARS).matchAll(AFTER_SENTENCE)) {
    const from = m.index + m[0].length;
    const n = datelineLength(text.slice(from, from + 200));
    if (n > 0 && !out.some((d) => d.start === from)) out.push({ start: from, end: from + n, bare: false });
  }
  return out;
}

/** How far into a text a caption may run on into the story's dateline. */
const CAPTION_CHARS = 600;
const AFTER_SENTENCE = /[.!?]["”’)]? (?=[A-Z]{3})/g;
