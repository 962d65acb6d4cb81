/** Shared reading of our dictionary text format: `#` comments, ` | ` fields, ` ; ` lists. */

/** One record line of a dictionary file, with where it came from. */
export interface RecordLine {
  /** the line split on `|` and trimmed (empty fields kept, so columns never shift) */
  fields: string[];
  /** the whole line, trimmed */
  raw: string;
  file: string;
  line: number;
  /** the comment line directly above the record, without `#` (used as a rule's example) */
  comment: string | null;
}

/** Splits a dictionary file into record lines, keeping the comment directly above each. */
export function readRecords(text: string, file: string): RecordLine[] {
  const out: RecordLine[] = [];
  let lastComment: string | null = null;
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].trim();
    if (raw === '') {
      lastComment = null;
      continue;
    }
    if (raw.startsWith('#')) {
      lastComment = raw.replace(/^#+\s*/, '');
      continue;
    }
    out.push({ fields: raw.split('|').map((f) => f.trim()), raw, file, line: i + 1, comment: lastComment });
    lastComment = null;
  }
  return out;
}

/** Splits a ` ; `-separated list field into its non-empty items. */
export function splitList(field: string | undefined): string[] {
  if (!field) return [];
  return field
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
