/** Datelines: the place a story was filed from, which is not where its events happened. */

/** The length of a leading dateline ("BAGHDAD (Reuters) -", "MOSUL, Iraq, June 10 —", "ATLANTA (AP) An aide …"), or 0. */
export function datelineLength(text: string): number {
  const m = /^\s*[A-Z][A-Z .'’-]{2,}(?:,\s*[A-Z][A-Za-z .]+){0,2}(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:(?:\([^)]{1,40}\)\s*)?[-—–:]{1,2}\s|\((?:AP|Reuters|AFP|UPI|Xinhua|dpa|IANS|PTI|ANI|CNN|Bloomberg|EFE|ANSA|TASS|Yonhap|Kyodo|Bernama|IPS|CP|AA|[A-Z]{2,5})\)\s+(?=[A-Z]))/.exec(text);
  return m ? m[0].length : 0;
}
