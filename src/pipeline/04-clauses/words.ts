/** Closed word classes the shallow clause analysis relies on. */

/** Verbs that report speech or thought: the clause they introduce is attributed to their subject. */
export const SPEECH_VERBS = new Set([
  'say', 'tell', 'report', 'claim', 'announce', 'state', 'add', 'insist', 'confirm', 'allege', 'quote',
  'note', 'explain', 'write', 'declare', 'assert', 'argue', 'stress', 'suggest', 'believe', 'think',
  'reveal', 'disclose', 'acknowledge', 'admit', 'indicate', 'maintain', 'contend', 'testify', 'recount',
  'tweet', 'post', 'comment', 'remark', 'estimate', 'predict', 'conclude', 'observe', 'emphasise', 'emphasize',
  'warn', 'deny',
]);

/** Subordinators and relative words that open a new clause. */
export const CLAUSE_OPENERS = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'because', 'while', 'whereas', 'although', 'though',
  'when', 'whenever', 'after', 'before', 'if', 'unless', 'since', 'until', 'as', 'where', 'so',
  'once', 'whether', 'why', 'how',
]);

/** Relative pronouns whose antecedent is the noun phrase before them. */
export const RELATIVES = new Set(['who', 'which', 'that', 'whom']);

/** Prepositions after which a place name is a location, not an actor. */
export const LOCATIVE_PREPS = new Set(['in', 'at', 'near', 'inside', 'outside', 'across', 'throughout', 'around', 'within', 'from', 'to', 'into', 'toward', 'towards', 'outskirts', 'of', 'on', 'over', 'via', 'through', 'between', 'along', 'off']);

/** Irregular past participles, for passive detection when the tagger's lemma equals the word. */
export const PARTICIPLE_END = /(?:ed|en|wn|ne|ung|ought|aught|lt|pt|id|ft|ck|ut|it|un|ot|ost|orn|uck|ound)$/;

/** Nouns naming an attack ("were killed in Israeli tank shelling", "in the firing"): coding looks for its doer before it or earlier in the story. */
export const ATTACK_NOUNS = new Set(['attack', 'attacks', 'strike', 'strikes', 'airstrike', 'airstrikes', 'shelling', 'bombing', 'bombings', 'raid', 'raids', 'fire', 'gunfire', 'firing', 'shooting', 'assault', 'offensive', 'bombardment', 'barrage', 'ambush', 'operation', 'crackdown']);
