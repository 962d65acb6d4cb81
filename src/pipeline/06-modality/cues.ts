/** The words that make a predicate not asserted. Each set has an example of what it catches. */

/** "will attack", "shall meet", "'ll go", "won't" (wo + n't) */
export const FUTURE_AUX = new Set(['will', 'shall', "'ll", 'wo']);

/** "could use", "might take", "may strike" — the event is possible, not reported as real */
export const MODAL_AUX = new Set(['could', 'might', 'may', 'would', 'should', 'must', 'can', 'ca', 'ought', "'d"]);

/** "did not flee", "never attacked" */
export const NEGATORS = new Set(['not', "n't", 'n’t', 'never', 'no', 'neither', 'nor', 'without']);

/** Verbs whose infinitive or that-clause is an event still to come: "plans to attack", "vowed to retake". */
export const FUTURE_VERBS = new Set([
  'plan', 'intend', 'expect', 'schedule', 'prepare', 'aim', 'vow', 'promise', 'pledge', 'threaten', 'set',
  'agree', 'decide', 'resolve', 'determine', 'announce', 'go', 'mean', 'commit', 'undertake', 'arrange',
]);

/** Verbs whose complement may or may not happen: "wants to attack", "urged Iran to stop". */
export const HYPOTHETICAL_VERBS = new Set([
  'want', 'hope', 'seek', 'try', 'attempt', 'urge', 'ask', 'call', 'consider', 'propose', 'suggest', 'wish',
  'need', 'offer', 'demand', 'request', 'encourage', 'push', 'press', 'plead', 'appeal', 'invite', 'recommend',
  'advise', 'allow', 'permit', 'authorize', 'authorise', 'order', 'instruct', 'tell', 'struggle', 'strive',
  'fear', 'warn', 'speculate', 'imagine', 'doubt', 'question', 'wonder', 'debate', 'discuss', 'mull', 'weigh',
  'consider', 'threaten', 'expect', 'predict', 'forecast', 'believe', 'think', 'suspect', 'estimate', 'pressure', 'lobby',
  // effort verbs: "are fighting to keep the boy" — the outcome is still open
  'fight', 'battle', 'scramble', 'vie', 'endeavor', 'endeavour', 'campaign',
  // a requirement is not compliance: "proposals to require banks to inform the Bank"
  'require',
  // a plot is not the act: "plotted to attack a police station"
  'plot', 'conspire', 'scheme',
]);

/** Verbs that say their complement did not happen: "failed to stop", "refused to withdraw". */
export const NEGATING_VERBS = new Set(['fail', 'refuse', 'decline', 'deny', 'avoid', 'neglect', 'reject', 'prevent', 'stop', 'cease', 'abandon', 'halt', 'forbid', 'ban', 'block', 'resist']);

/** Adjectives before "to" that point ahead: "is certain to become", "is likely to strike". */
export const FUTURE_ADJECTIVES = new Set(['certain', 'likely', 'sure', 'set', 'due', 'bound', 'expected', 'poised', 'about', 'scheduled', 'slated', 'unlikely', 'going']);

/** Adverbs that hedge: "possibly", "perhaps". */
export const HEDGES = new Set(['possibly', 'perhaps', 'maybe', 'probably', 'potentially', 'conceivably', 'hypothetically', 'supposedly']);

/** Conjunctions that make their clause a condition: "if", "unless". */
export const CONDITIONALS = new Set(['if', 'unless', 'whether', 'lest', 'provided', 'suppose', 'supposing', 'assuming']);


/** Event nouns that name something not (yet) real: "a threat to", "the proposal to", "its offer". */
export const IRREALIS_NOUNS = new Set([
  'threat', 'possibility', 'prospect', 'risk', 'danger', 'chance', 'likelihood', 'scenario', 'potential', 'hope', 'idea', 'option', 'proposal',
]);

/** Of IRREALIS_NOUNS, those that are themselves only a possibility: "the risk", "the chance" (a threat, a hope or a proposal is made or held). */
export const POSSIBILITY_NOUNS = new Set(['possibility', 'prospect', 'risk', 'danger', 'chance', 'likelihood', 'scenario', 'potential', 'option']);

/** Nouns that ask or plan for an act named after who asks: "pressure from Congress to help", "calls by the UN to halt". */
export const DIRECTIVE_NOUNS = new Set([
  'pressure', 'call', 'demand', 'request', 'appeal', 'plea', 'order', 'push', 'bid', 'attempt', 'effort', 'plan', 'proposal',
  'offer', 'threat', 'pledge', 'promise', 'decision', 'invitation', 'mandate', 'authorization', 'authorisation', 'permission', 'ultimatum', 'campaign',
]);

/** Prepositions after which a gerund is a fact, not a possibility: "after taking office", "assist it in developing a plan". */
export const TEMPORAL_PREPS = new Set(['after', 'since', 'before', 'while', 'upon', 'on', 'despite', 'by', 'when', 'until', 'following', 'in']);

/** Determiners and possessives that presuppose their noun's event: "the bombing", "its involvement", "Thursday's ruling". */
export const DEFINITE_DETERMINERS = new Set(['the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'your', 'my', "'s", '’s']);

/** Modifiers that make an event noun not (yet) real even after "the": "the planned attack", "NATO's potential involvement". */
export const IRREALIS_MODIFIERS = new Set([
  'planned', 'proposed', 'possible', 'potential', 'prospective', 'future', 'upcoming', 'forthcoming', 'impending', 'intended',
  'expected', 'anticipated', 'threatened', 'rumored', 'rumoured', 'hypothetical', 'would-be', 'likely', 'probable', 'pending', 'eventual',
  'attempted',
]);

/**
 * Nouns whose infinitive is an act not (yet) done: "efforts to woo", "the right to speak", "a move to dismiss".
 * After any other noun the infinitive is a purpose or a role and shares its clause's modality:
 * "retained three bankers to assist it", "became the last country to ratify".
 */
export const MODAL_NOUNS = new Set([
  ...DIRECTIVE_NOUNS, ...IRREALIS_NOUNS,
  'effort', 'ability', 'capability', 'capacity', 'right', 'power', 'authority', 'opportunity', 'option', 'way', 'need', 'reason',
  'intent', 'intention', 'willingness', 'readiness', 'desire', 'wish', 'aim', 'goal', 'mission', 'motion', 'move', 'drive', 'commitment',
  'determination', 'agreement', 'deal', 'license', 'licence', 'freedom', 'incentive', 'obligation', 'duty', 'failure', 'refusal',
  'reluctance', 'time', 'mechanism', 'means', 'scheme', 'strategy', 'vote', 'resolution', 'deadline', 'eagerness', 'temptation',
  'urge', 'tendency', 'struggle', 'fight', 'battle', 'race', 'rush', 'responsibility', 'permission', 'approval', 'consent',
  // instruments aimed at an act: "a package of measures to help farmers", "legislation to prohibit new banks"
  'measure', 'step', 'legislation', 'law', 'bill', 'policy',
]);

/** Adjectives whose infinitive states a fact or a role: "pleased to see", "sorry to leave", "the first to arrive". */
export const FACTIVE_ADJECTIVES = new Set([
  'pleased', 'happy', 'glad', 'sad', 'sorry', 'proud', 'surprised', 'delighted', 'relieved', 'disappointed', 'shocked', 'saddened',
  'thrilled', 'upset', 'angry', 'astonished', 'amazed', 'lucky', 'fortunate', 'first', 'last', 'only', 'second', 'third', 'latest',
]);

/** Verbs whose object names an act wanted, sought or awaited, not done: "seeking the withdrawal", "requires shareholder approval", "called for a conference". */
export const WANTING_VERBS = new Map<string, 'hypothetical' | 'future'>([
  ...['seek', 'demand', 'request', 'require', 'recommend', 'propose', 'urge', 'want', 'need', 'fear', 'consider', 'suggest', 'advocate',
    'mull', 'weigh', 'study', 'discuss', 'debate', 'favor', 'favour', 'threaten', 'ask', 'call', 'hope', 'press', 'push', 'appeal', 'wait',
    'lobby', 'petition', 'risk', 'contemplate', 'envisage', 'envision', 'explore', 'plot'].map((v) => [v, 'hypothetical'] as const),
  ...['plan', 'expect', 'promise', 'pledge', 'vow', 'schedule', 'await', 'anticipate'].map((v) => [v, 'future'] as const),
]);

/** Of WANTING_VERBS, those that want only what comes after "for": "called for the return", "pressed for a trial" (not "called the ruling outrageous"). */
export const FOR_OBJECT_VERBS = new Set(['call', 'ask', 'hope', 'press', 'push', 'appeal', 'wait', 'lobby', 'petition']);

/** Nouns whose "of" phrase names an event that may or may not come: "the possibility of a ground assault", "the lack of opportunities". */
export const OPEN_OF_NOUNS = new Set([...IRREALIS_NOUNS, 'fear', 'lack', 'absence', 'likelihood', 'prospect']);

/** Verbs whose gerund object is not said to happen: "is considering urging Bush" (hypothetical), "avoid tendering" (negated). */
export const GERUND_GOVERNORS = new Map<string, 'hypothetical' | 'negated'>([
  ...['consider', 'propose', 'suggest', 'recommend', 'contemplate', 'discuss', 'mull', 'weigh', 'favor', 'favour', 'advocate', 'urge',
    'risk', 'imagine', 'envisage', 'envision', 'try', 'attempt'].map((v) => [v, 'hypothetical'] as const),
  ...['avoid', 'resist', 'quit', 'cease', 'stop', 'halt', 'refrain', 'escape'].map((v) => [v, 'negated'] as const),
]);

/** Verbs and nouns after which a base-form verb is a demand, not a fact: "demanding Elian be returned", "a suggestion that his country seek IMF help". */
export const MANDATIVE_WORDS = new Set([
  'demand', 'insist', 'suggest', 'recommend', 'ask', 'require', 'urge', 'propose', 'request', 'order', 'command', 'advise', 'stipulate',
  'decree', 'suggestion', 'proposal', 'recommendation', 'insistence', 'requirement', 'demanding', 'requiring', 'asking',
]);
