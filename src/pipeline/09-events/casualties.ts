/** Casualty counts stated in a sentence: "killing 6 civilians", "at least eight people were killed". */

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, a: 1, an: 1,
};

const NUM = String.raw`(\d{1,3}(?:,\d{3})+|\d+|(?:${Object.keys(NUMBER_WORDS).filter((w) => w.length > 2).join('|')})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)`;
const WHO = String.raw`(?:[a-z-]+\s+){0,3}?(?:people|persons?|civilians?|soldiers?|troops|police(?:m[ae]n)?|officers?|militants?|rebels?|fighters?|insurgents?|child(?:ren)?|wom[ae]n|m[ae]n|boys?|girls?|youths?|protesters?|demonstrators?|villagers?|residents?|members?|workers?|pilgrims?|worshippers?|students?|passengers?|others|personnel|constables?|guards?|migrants?|refugees?)`;
const KILL = String.raw`(?:killed|dead|died|slain|massacred|executed|murdered|beheaded|lynched|lost their lives|(?:shot|gunned|beaten|hacked|stabbed|burnt|burned|charred|bludgeoned) (?:dead|down|to death|alive))`;
const HURT = String.raw`(?:wounded|injured|hurt|maimed|sustained (?:\w+ )?injuries|received (?:\w+ )?injuries)`;

const PATTERNS: Array<{ re: RegExp; kind: 'dead' | 'injured' }> = [
  { re: new RegExp(String.raw`\b(?:killing|killed|kills|kill|shot dead|gunned down)\s+(?:at least\s+|more than\s+|some\s+|about\s+|nearly\s+|around\s+|up to\s+)?${NUM}\b`, 'gi'), kind: 'dead' },
  { re: new RegExp(String.raw`\b(?:wounding|wounded|injuring|injured)\s+(?:at least\s+|more than\s+|some\s+|about\s+|nearly\s+|around\s+)?${NUM}\b`, 'gi'), kind: 'injured' },
  { re: new RegExp(String.raw`\b${NUM}\s+${WHO}\s+(?:were\s+|was\s+|have been\s+|had been\s+|are\s+)?${KILL}`, 'gi'), kind: 'dead' },
  { re: new RegExp(String.raw`\b${NUM}\s+${WHO}\s+(?:were\s+|was\s+|have been\s+|had been\s+|are\s+)?${HURT}`, 'gi'), kind: 'injured' },
  { re: new RegExp(String.raw`\b${NUM}\s+(?:${KILL})\b`, 'gi'), kind: 'dead' },
  { re: new RegExp(String.raw`\b${NUM}\s+(?:${HURT})\b`, 'gi'), kind: 'injured' },
  { re: new RegExp(String.raw`\bdeath toll\s+(?:\w+\s+){0,3}?(?:to|of|at)\s+${NUM}\b`, 'gi'), kind: 'dead' },
];

/** Parses "2,500", "eight", "twenty-one" into a number, or null. */
export function parseCount(s: string): number | null {
  const w = s.toLowerCase().replace(/,/g, '');
  if (/^\d+$/.test(w)) return Number(w);
  const parts = w.split(/[- ]/);
  let n = 0;
  for (const p of parts) {
    const v = NUMBER_WORDS[p];
    if (v === undefined) return null;
    n += v;
  }
  return n;
}

/** Dead and injured counts stated in a sentence, or null when it states none. */
export function findCasualties(sentence: string): { dead: number | null; injured: number | null } | null {
  let dead: number | null = null;
  let injured: number | null = null;
  for (const { re, kind } of PATTERNS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(sentence))) {
      const n = parseCount(m[1]);
      if (n === null || n > 1_000_000) continue;
      // a year is not a death toll ("killed in 2011")
      if (n >= 1900 && n <= 2100 && !m[1].includes(',')) continue;
      if (kind === 'dead') dead = Math.max(dead ?? 0, n);
      else injured = Math.max(injured ?? 0, n);
    }
  }
  return dead === null && injured === null ? null : { dead, injured };
}
