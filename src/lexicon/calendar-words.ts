/** Day and month names: the words several stages must not read as names, verbs or pattern words. */

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** Month names that are never ordinary words, so read as dates even in lower case ("in february"; not "may" or "march"). */
export const DATE_ONLY_MONTHS = MONTHS.filter((m) => m !== 'march' && m !== 'may');
