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
