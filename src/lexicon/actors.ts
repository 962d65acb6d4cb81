/** Reads the actor dictionaries (countries, identities, organisations, state institutions, groups, people, agents). */
import { readRecords, splitList, type RecordLine } from './text-format.js';

/** A role held by a person between two dates (inclusive, YYYY-MM-DD; `to` null = still). */
export interface Role {
  code: string;
  from: string;
  to: string | null;
}

/** What a dictionary name stands for. */
export type EntryKind =
  | 'country'
  | 'demonym'
  | 'capital'
  | 'city'
  | 'identity'
  | 'organization'
  | 'group'
  | 'person'
  | 'agent';

/** One actor dictionary entry: a thing several names can point to. */
export interface ActorEntry {
  id: string;
  kind: EntryKind;
  /** CAMEO code: country, org or group code; for agents the role (MIL); for people '' */
  code: string;
  name: string;
  roles?: Role[];
}

/** A name as written in a dictionary, pointing at an entry. */
export interface NameRecord {
  name: string;
  entry: number;
}

/** Entries and the names that point at them. */
export interface ActorDictionary {
  entries: ActorEntry[];
  names: NameRecord[];
  problems: string[];
}

const ROLE_RE = /^([A-Z-]{3,})\s+(\d{4}(?:-\d\d){0,2})?\.\.(\d{4}(?:-\d\d){0,2})?$/;

/** Expands a partial date to its first day (`2006` → `2006-01-01`). */
export function firstDay(d: string): string {
  if (d.length === 4) return `${d}-01-01`;
  if (d.length === 7) return `${d}-01`;
  return d;
}

/** Expands a partial date to its last day (`2006-02` → `2006-02-28`). */
export function lastDay(d: string): string {
  if (d.length === 4) return `${d}-12-31`;
  if (d.length === 7) {
    const [y, m] = d.split('-').map(Number);
    const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return `${d}-${String(days).padStart(2, '0')}`;
  }
  return d;
}

/** Parses `CODE FROM..TO` role strings of people.txt. */
export function parseRoles(field: string | undefined, where: string, problems: string[]): Role[] {
  const roles: Role[] = [];
  for (const item of splitList(field)) {
    const m = ROLE_RE.exec(item);
    if (!m) {
      problems.push(`${where}: bad role "${item}"`);
      continue;
    }
    roles.push({ code: m[1], from: m[2] ? firstDay(m[2]) : '0000-01-01', to: m[3] ? lastDay(m[3]) : null });
  }
  return roles;
}

/** Adds the entries of one actor file (its kind given by its name) to a dictionary. */
export function addActorFile(dict: ActorDictionary, fileName: string, text: string): void {
  const base = fileName.replace(/^.*\//, '').replace(/\.txt$/, '');
  const records = readRecords(text, fileName);
  for (const r of records) addRecord(dict, base, r);
}

function add(dict: ActorDictionary, entry: ActorEntry, names: string[]): void {
  const idx = dict.entries.length;
  dict.entries.push(entry);
  const seen = new Set<string>();
  for (const n of names) {
    const name = n.trim();
    if (!name || seen.has(name)) continue;
    seen.add(name);
    dict.names.push({ name, entry: idx });
  }
}

function addRecord(dict: ActorDictionary, base: string, r: RecordLine): void {
  const f = r.fields;
  const where = `${r.file}:${r.line}`;
  switch (base) {
    case 'countries': {
      const [code, name, alt, demonyms, capital, cities] = f;
      if (!code || !name) return void dict.problems.push(`${where}: needs CODE | Name`);
      add(dict, { id: `country:${code}`, kind: 'country', code, name }, [name, ...splitList(alt)]);
      add(dict, { id: `demonym:${code}`, kind: 'demonym', code, name }, splitList(demonyms));
      if (capital) add(dict, { id: `capital:${code}`, kind: 'capital', code, name: capital }, [capital]);
      for (const city of splitList(cities)) add(dict, { id: `city:${code}:${city}`, kind: 'city', code, name: city }, [city]);
      return;
    }
    case 'identities': {
      const [code, name, alt, adjectives] = f;
      if (!code || !name) return void dict.problems.push(`${where}: needs CODE | Name`);
      add(dict, { id: `identity:${code}`, kind: 'identity', code, name }, [name, ...splitList(alt), ...splitList(adjectives)]);
      return;
    }
    case 'organizations':
    case 'groups': {
      const [code, name, aliases] = f;
      if (!code || !name) return void dict.problems.push(`${where}: needs CODE | Name`);
      const kind = base === 'groups' ? 'group' : 'organization';
      add(dict, { id: `${kind}:${code}`, kind, code, name }, [name, ...splitList(aliases)]);
      return;
    }
    case 'institutions': {
      // "the Kremlin", "the Pentagon": a country's institution, named like an organisation (several may share a code)
      const [code, name, aliases] = f;
      if (!code || !name) return void dict.problems.push(`${where}: needs CODE | Name`);
      add(dict, { id: `institution:${name}`, kind: 'organization', code, name }, [name, ...splitList(aliases)]);
      return;
    }
    case 'people': {
      const [name, aliases, roles] = f;
      if (!name) return void dict.problems.push(`${where}: needs a name`);
      const parsed = parseRoles(roles, where, dict.problems);
      if (parsed.length === 0) return void dict.problems.push(`${where}: ${name} has no role`);
      add(dict, { id: `person:${name}`, kind: 'person', code: '', name, roles: parsed }, [name, ...splitList(aliases)]);
      return;
    }
    case 'agents': {
      const [role, words] = f;
      if (!role || !/^[A-Z]{3}$/.test(role)) return void dict.problems.push(`${where}: needs ROLE | words`);
      add(dict, { id: `agent:${role}:${r.line}`, kind: 'agent', code: role, name: role }, splitList(words));
      return;
    }
    default:
      dict.problems.push(`${where}: unknown actor file "${base}" (expected countries, identities, organizations, institutions, groups, people, agents)`);
  }
}

/** Picks the code a person has on a date: the role covering it, else the nearest role's country + ELI. */
export function personCode(roles: Role[], date: string): string {
  let nearest: Role | null = null;
  let nearestGap = Infinity;
  for (const r of roles) {
    if (r.from <= date && (r.to === null || date <= r.to)) return r.code;
    const gap = date < r.from ? daysBetween(date, r.from) : daysBetween(r.to ?? date, date);
    if (gap < nearestGap) {
      nearestGap = gap;
      nearest = r;
    }
  }
  if (!nearest) return '---ELI';
  const c = nearest.code;
  // A militant group code (IMG…) stays as it is: leaving the leadership does not change sides.
  if (c.startsWith('IMG') || c.startsWith('IGO')) return c;
  return `${c.slice(0, 3)}ELI`;
}

/** Whether a person holds any role on the date. */
export function inOffice(roles: Role[], date: string): boolean {
  return roles.some((r) => r.from <= date && (r.to === null || date <= r.to));
}

function daysBetween(a: string, b: string): number {
  return Math.abs(Date.parse(b) - Date.parse(a)) / 86_400_000;
}
