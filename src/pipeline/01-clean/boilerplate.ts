/**
 * Page chrome in plain text: lines that are calls to action, share rows, legal footers and
 * the like. A line is chrome only when it is short and matches a rule, or when the caller
 * knows it repeats across one source's pages; everything else is kept exactly as written.
 */

/** A chrome rule: the `example` is a line it must remove (the tests check every one). */
export interface ChromeRule {
  id: string;
  example: string;
  pattern: RegExp;
  /** longest line, in words, the rule may remove */
  maxWords: number;
  /** the rule is ambiguous, so it never removes a line that ends like a sentence */
  loose?: boolean;
}

export interface BoilerplateOptions {
  /** normalised lines (see `normaliseLine`) known to repeat across the source's pages */
  repeated?: Set<string>;
}

export interface BoilerplateResult {
  text: string;
  /** the removed lines, as written, in order */
  removed: string[];
}

/** Lines longer than this are chrome only when they repeat across a source's pages. */
const SHORT_WORDS = 12;
/** Repeated lines longer than this are more likely shared content than chrome. */
const REPEATED_MAX_WORDS = 20;

/**
 * Ambiguous cues ("share", "podcast", "advertisement" …) are `loose`: they also occur in short
 * news sentences ("ISIS released a podcast calling for attacks."), which end like sentences
 * and chrome does not. Unmistakable cues (copyright, cookie notices) are not loose.
 */
const rule = (
  id: string,
  example: string,
  pattern: RegExp,
  { maxWords = SHORT_WORDS, loose = false }: { maxWords?: number; loose?: boolean } = {},
): ChromeRule => ({ id, example, pattern, maxWords, loose });

/** The first rule that matches names the removal. */
export const CHROME_RULES: readonly ChromeRule[] = [
  rule(
    'subscribe',
    'Subscribe Now & Pay Nothing',
    /^subscribe\b|\bsubscribe (now|today|here|for (free|only|just|unlimited|full|our|the|\$)|to (our|the|this) (newsletter|podcast|channel|feed|magazine|print edition))\b|\bsubscribers? (only|exclusive)\b|\b(already|become) a subscriber\b/i,
    { loose: true },
  ),
  rule(
    'podcast',
    'Listen to Latest Podcast',
    /\bpodcasts?\b|^listen (to (this|the|our|latest|today'?s?)\b|now\b|live\b|on (apple|spotify|google)\b)|^listen\s*:?$/i,
    { loose: true },
  ),
  rule('newsletter', 'Get our daily newsletter', /\bnewsletters?\b/i, { loose: true }),
  rule('inbox', 'Get the best of the Dispatch delivered to your inbox every morning.', /\b(to|in) your inbox\b/i, {
    maxWords: 25,
  }),
  rule(
    'sign-up',
    'Sign up for our daily briefing.',
    /^(sign ?(up|in)|log ?(in|out)|create (a|an|your) (free )?account)\b|^register( (now|for|here|today)\b|\s*$)|\bsign up (for|to|now|today|here)\b|\bnot a (member|subscriber)\b|\balready have an account\b/i,
  ),
  rule(
    'share',
    'Share this article',
    /^share( (this|on|via|article|story|page|to)\b| the (article|story|page)\b|\s*[:!]?\s*$)|\bshare (on|via|to) (facebook|twitter|x|linkedin|whatsapp|e-?mail|telegram|reddit)\b/i,
    { loose: true },
  ),
  rule(
    'social-row',
    'Facebook Twitter WhatsApp Email',
    /^(?:(?:facebook|twitter|x|linkedin|whatsapp|e-?mail|print|reddit|pinterest|telegram|tumblr|flipboard|messenger|instagram|youtube|tiktok|threads|bluesky|mastodon|share|tweet|copy(?: link)?|comments?|sms)\b[\s|•·,/:-]*){2,}$/i,
    { maxWords: 24 },
  ),
  rule(
    'follow',
    'Follow us on Twitter',
    /\bfollow (us|me)\b|^follow @|^follow \S+( \S+)? on (twitter|x|facebook|instagram|linkedin|threads|bluesky)\b/i,
    { loose: true },
  ),
  rule(
    'related',
    'You may also like',
    /^(related( (articles?|stories|posts|coverage|content|links|reading|news|topics|videos?|items))?\s*(:|$)|see also\b|you (may|might) (also )?(like|enjoy|be interested in|have missed)|(most|more) (read|popular|viewed|shared|commented)\b|recommended( (for you|stories|articles|reading))?\s*(:|$)|more (from|on|stories|news|in|about)\b|trending( now| stories)?\s*(:|$)|top stories\s*(:|$)|editor'?s picks?\b|also read\b)/i,
    { loose: true },
  ),
  rule(
    'read-more',
    'Read more: Iraq army flees Mosul',
    /\bread (more|next|also|the full (story|article))\b|^read\s*:|\b(continue|keep) reading\b/i,
    { loose: true },
  ),
  rule(
    'advertisement',
    'Story continues below advertisement',
    /\badvertisements?\b|^(advert|ad|ads|sponsored( content)?|promoted( content)?|paid (content|post)|partner content)\s*:?$|^(ads|sponsored|promoted|presented|brought to you) by\b/i,
    { loose: true },
  ),
  rule(
    'cookie',
    'We use cookies to give you the best experience on our website.',
    /\b(we|this (site|website)) uses? cookies\b|\bcookie (policy|settings|preferences|consent|notice)\b|\baccept (all )?cookies\b|^cookies?$/i,
    { maxWords: 40 },
  ),
  rule('click-here', 'Click here to find out more.', /\b(click|tap) here\b/i),
  rule(
    'copyright',
    '© 2014 Commentary Magazine. All Rights Reserved.',
    /\ball rights reserved\b|^(©|\(c\) ?\d{4}|copyright\s*(©|\(c\)|\d{4}|by\b))|^(image|photo|picture|video)s? (copyright|credit)\b/i,
    { maxWords: 30 },
  ),
  rule(
    'posted-in',
    'Posted in Middle East, Iraq',
    /^(posted|filed|published) (in|under|by)\b|^(tags?|topics?|categories|category|keywords)\s*:/i,
    { loose: true },
  ),
  rule(
    'byline',
    'By Max Boot',
    /^[Bb]y:? (?:[A-Z][\p{L}'’.-]*\.? ?){1,4}(?:(?:,|\||and|&|-|–|—) ?(?:[A-Z][\p{L}'’.-]*\.? ?){1,4})*$/u,
    { loose: true },
  ),
  rule(
    'credits',
    '(Reporting by Ahmed Rasheed; Additional reporting by Isabel Coles in Arbil; Editing by Philippa Fletcher)',
    /^\(?(?:[Aa]dditional )?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled) by [A-Z]/,
    { maxWords: 40 },
  ),
  rule(
    'timestamp',
    'Updated: 10 June 2014 14:32 GMT',
    /^(first published|published|updated|last updated|posted)( on| at)?\s*:?\s*([a-z]+,?\s+)?\d/i,
    { loose: true },
  ),
  rule(
    'navigation',
    'Back to top',
    /^(home|menu|search|print|e-?mail|comments?|\d+ comments?|leave a (comment|reply)|back to top|skip to (main )?(content|navigation)|loading\W*|close|next|previous|prev|next article|previous article|toggle navigation|show more|load more|view comments|view all|see all|jump to|open in app|watch( (now|live|video|the video))?)\s*[:»›>]*$/i,
  ),
  rule(
    'app',
    'Download the Al Jazeera app',
    /\b(download|get|install) (the|our) (\S+ ){0,3}app\b|\bavailable on the app store\b/i,
  ),
  rule(
    'support',
    'Support our journalism',
    /^(donate|support (us|our (journalism|work|reporting))|become a (member|patron|supporter)|join (the conversation|the discussion|us))\b/i,
    { loose: true },
  ),
  rule(
    'legal',
    'Privacy Policy | Terms of Use | Contact Us',
    /\b(privacy (policy|notice|settings)|terms (of|and) (use|service|conditions)|contact us|about us|accessibility statement|do not sell my)\b/i,
  ),
  rule('symbols', '• • •', /^[^\p{L}\p{N}]+$/u),
];

// Quotation marks stay: '“Subscribe to the law,” the cleric said' is a quote, not a button.
const LEADING_SYMBOLS = /^[^\p{L}\p{N}©("'“‘«„]+/u;
// An ellipsis is not a sentence end: "Read more..." is still a link.
const SENTENCE_END = /(?<!\.)[.!?]["'”’)\]]*$/;
const WHITESPACE = /\s+/g;
const DIGITS = /\d+/g;
const NON_BLANK = /\S/;
const MAX_RULE_WORDS = Math.max(...CHROME_RULES.map((r) => r.maxWords));
/** A cheap upper bound before counting words: no rule looks at lines longer than this. */
const MAX_RULE_CHARS = MAX_RULE_WORDS * 20;
// Most short lines are prose that no rule matches: one pass of the case-insensitive rules'
// alternation rules them all out at once (an alternation matches exactly when one of its
// branches does), so only the others need testing one by one.
const CASELESS_RULES = CHROME_RULES.filter((r) => r.pattern.flags === 'i');
const ANY_CASELESS = new RegExp(CASELESS_RULES.map((r) => `(?:${r.pattern.source})`).join('|'), 'i');
const CASED_RULES = CHROME_RULES.filter((r) => !CASELESS_RULES.includes(r));

/** The id of the chrome rule that matches `line`, or null when the line is content. */
export function chromeRuleFor(line: string): string | null {
  const trimmed = line.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_RULE_CHARS) return null;
  const words = countWords(trimmed, MAX_RULE_WORDS + 1);
  if (words > MAX_RULE_WORDS) return null;
  const sentence = SENTENCE_END.test(trimmed);
  // Bullets and arrows ("» Read more") do not change what a line is.
  const subject = trimmed.replace(LEADING_SYMBOLS, '') || trimmed;
  for (const r of ANY_CASELESS.test(subject) ? CHROME_RULES : CASED_RULES) {
    if (words > r.maxWords || (r.loose && sentence)) continue;
    if (r.pattern.test(subject)) return r.id;
  }
  return null;
}

/** Counts whitespace-separated words, stopping at `limit`: most lines are long prose, and only "short or not" matters. */
function countWords(text: string, limit: number): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);
    if (space) inWord = false;
    else if (!inWord) {
      inWord = true;
      if (++words >= limit) return words;
    }
  }
  return words;
}

/** Lower-cases, trims, collapses spaces and folds digit runs to "0", so "© 2014" and "© 2015" compare equal. */
export function normaliseLine(line: string): string {
  return line.trim().toLowerCase().replace(WHITESPACE, ' ').replace(DIGITS, '0');
}

/** Drops chrome lines and keeps every other line exactly, in order; blank lines left doubled are merged. */
export function removeBoilerplate(text: string, { repeated }: BoilerplateOptions = {}): BoilerplateResult {
  const lines = text.split('\n');
  const kept: string[] = [];
  const removed: string[] = [];
  let justRemoved = false;
  for (const line of lines) {
    const blank = !NON_BLANK.test(line);
    if (blank) {
      // Removing "A\n\nchrome\n\nB" would leave two blank lines between A and B.
      if (justRemoved && (kept.length === 0 || !NON_BLANK.test(kept[kept.length - 1]))) continue;
      kept.push(line);
      continue;
    }
    if (chromeRuleFor(line) !== null || (repeated !== undefined && repeated.has(normaliseLine(line)))) {
      removed.push(line);
      justRemoved = true;
      continue;
    }
    justRemoved = false;
    kept.push(line);
  }
  return { text: removed.length === 0 ? text : kept.join('\n'), removed };
}

export interface RepeatedLinesOptions {
  /** a line must occur in at least this many documents of one source */
  minDocs?: number;
  /** and in at least this share of the source's documents: a footer is on most pages of a site,
   * while a story that was filed three times in an archive of thousands is not chrome */
  minShare?: number;
}

/** Per source, the short normalised lines that occur in at least `minDocs` of its documents. */
export function findRepeatedLines(
  docs: Array<{ source: string; text: string }>,
  { minDocs = 3, minShare = 0.2 }: RepeatedLinesOptions = {},
): Map<string, Set<string>> {
  const counts = new Map<string, Map<string, number>>();
  const docsPerSource = new Map<string, number>();
  for (const { source, text } of docs) {
    docsPerSource.set(source, (docsPerSource.get(source) ?? 0) + 1);
    let perSource = counts.get(source);
    if (!perSource) counts.set(source, (perSource = new Map()));
    const seen = new Set<string>();
    for (const line of text.split('\n')) {
      const norm = normaliseLine(line);
      if (norm === '' || seen.has(norm)) continue;
      if (countWords(norm, REPEATED_MAX_WORDS + 1) > REPEATED_MAX_WORDS) continue;
      seen.add(norm);
      perSource.set(norm, (perSource.get(norm) ?? 0) + 1);
    }
  }
  const result = new Map<string, Set<string>>();
  for (const [source, perSource] of counts) {
    const lines = new Set<string>();
    const needed = Math.max(minDocs, Math.ceil(minShare * (docsPerSource.get(source) ?? 0)));
    for (const [norm, n] of perSource) if (n >= needed) lines.add(norm);
    if (lines.size > 0) result.set(source, lines);
  }
  return result;
}
