/** Compiles the text dictionaries of a data folder into one serialisable lexicon. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addActorFile, type ActorEntry } from './actors.js';
import { caseKey, isAllCapsName, isDash, tokenKey } from './keys.js';
import { parseVerbFile, type VerbRule } from './verbs.js';

/** A name ready for the trie: its token keys, its entry and (for ALL-CAPS names) its surface. */
export interface CompiledName {
  keys: string[];
  entry: number;
  /** case-sensitive surface tokens, present only for ALL-CAPS names */
  caps?: string[];
}

/** The serialisable lexicon: what `data/_lexicon.json` holds. */
export interface CompiledLexicon {
  version: 1;
  entries: ActorEntry[];
  names: CompiledName[];
  rules: VerbRule[];
  problems: string[];
}

/** Reads the `actors/` and `verbs/` files of each folder (later folders take precedence). */
export function compileData(dirs: string[], tokenize: (name: string) => string[]): CompiledLexicon {
  const dict = { entries: [] as ActorEntry[], names: [] as { name: string; entry: number }[], problems: [] as string[] };
  const rules: VerbRule[] = [];
  // Later folders (user dictionaries) come first in lookup order, so load them first.
  for (const dir of [...dirs].reverse()) {
    const actorDir = join(dir, 'actors');
    for (const f of listTxt(actorDir)) addActorFile(dict, join(actorDir, f), readFileSync(join(actorDir, f), 'utf8'));
    const verbDir = join(dir, 'verbs');
    for (const f of listTxt(verbDir)) {
      rules.push(...parseVerbFile(join(verbDir, f), readFileSync(join(verbDir, f), 'utf8'), dict.problems, rules.length));
    }
  }
  const names: CompiledName[] = [];
  for (const n of dict.names) {
    const toks = tokenize(n.name).filter((t) => !isDash(t));
    if (toks.length === 0) continue;
    const compiled: CompiledName = { keys: toks.map(tokenKey), entry: n.entry };
    if (isAllCapsName(n.name)) compiled.caps = toks.map(caseKey);
    names.push(compiled);
  }
  return { version: 1, entries: dict.entries, names, rules, problems: dict.problems };
}

function listTxt(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt') && !f.startsWith('_'))
    .sort();
}
