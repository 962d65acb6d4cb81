import { describe, it, expect } from 'vitest';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanDocument, type CleanedDocument } from './clean.js';

// Golden files: test/in/<name>.html → test/out/<name>.txt. Regenerate with UPDATE_GOLDEN=1.
const HERE = fileURLToPath(new URL('.', import.meta.url));
const IN = join(HERE, 'test', 'in');
const OUT = join(HERE, 'test', 'out');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

/** What a golden file guards: the metadata on top, then the cleaned text exactly. */
function render(doc: CleanedDocument): string {
  return [
    `title: ${doc.title}`,
    `publishedAt: ${doc.publishedAt}`,
    `url: ${doc.url}`,
    `warnings: ${JSON.stringify(doc.warnings)}`,
    `removed: ${JSON.stringify(doc.removed)}`,
    '---',
    doc.text,
    '',
  ].join('\n');
}

const inputs = readdirSync(IN).filter((f) => f.endsWith('.html')).sort();

describe('golden HTML pages', () => {
  it('has inputs', () => {
    expect(inputs.length).toBeGreaterThan(0);
  });

  it.each(inputs)('%s', (file) => {
    const name = basename(file, '.html');
    const actual = render(cleanDocument(readFileSync(join(IN, file)), { url: `https://golden.example/${name}` }));
    const expectedPath = join(OUT, `${name}.txt`);
    if (UPDATE) {
      mkdirSync(OUT, { recursive: true });
      writeFileSync(expectedPath, actual);
      return;
    }
    expect(existsSync(expectedPath), `${expectedPath} is missing; run with UPDATE_GOLDEN=1`).toBe(true);
    expect(actual).toBe(readFileSync(expectedPath, 'utf8'));
  });
});
