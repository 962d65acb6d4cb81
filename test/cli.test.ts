/** The command line end to end, on the built `dist/cli/index.js` (npm test builds first). */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const cli = join(root, 'dist', 'cli', 'index.js');
const seed = join(root, '..', 'shared', 'seed', '000_bfba1ecb751b0907.txt');

function run(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

function tmp(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'faultline-cli-'));
  made.push(dir);
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
  return dir;
}

const STORY = 'Iraqi army soldiers abandoned their weapons and fled the city of Mosul on Tuesday, officials said.';

describe('faultline analyze', () => {
  it('is built', () => {
    expect(existsSync(cli)).toBe(true);
  });

  it('codes one document from stdin as JSON with the contract fields', () => {
    const r = run(['analyze', '--date', '2014-06-11', '-'], STORY);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out);
    expect(doc.document.publishedAt).toBe('2014-06-11');
    const e = doc.events.find((x: { cameo: { code: string } }) => x.cameo.code === '0874');
    expect(e).toBeDefined();
    expect(e.source.code).toBe('IRQMIL');
    expect(e.date).toMatchObject({ value: '2014-06-10', precision: 'day', text: expect.stringContaining('Tuesday') });
    expect(doc.document.text.slice(e.evidence.trigger.start, e.evidence.trigger.end)).toMatch(/abandoned|fled/);
    for (const k of ['id', 'cameo', 'plover', 'source', 'target', 'date', 'location', 'modality', 'historical', 'attribution', 'casualties', 'evidence', 'rule', 'confidence']) expect(e).toHaveProperty(k);
  });

  it('warns and uses today when no date is given or found', () => {
    const r = run(['analyze', '-'], STORY);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/no publication date/);
    expect(JSON.parse(r.out).document.publishedAt).toBe(new Date().toISOString().slice(0, 10));
  });

  it('reads the publication date of an HTML page from its metadata', () => {
    const r = run(['analyze', join(root, 'examples', '2014-06-11-mosul.html')]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out);
    expect(doc.document.publishedAt).toBe('2014-06-11');
    expect(doc.document.text).not.toMatch(/All rights reserved|Related stories/);
  });

  it('gives JSON Lines for many documents, in input order, with ids from jsonl', () => {
    const lines = ['a', 'b', 'c', 'd', 'e'].map((id) => JSON.stringify({ id, text: STORY, date: '2014-06-11' })).join('\n');
    const dir = tmp({ 'batch.jsonl': lines });
    const r = run(['analyze', '--jobs', '2', join(dir, 'batch.jsonl')]);
    expect(r.code).toBe(0);
    const ids = r.out.trim().split('\n').map((l) => JSON.parse(l).document.id);
    expect(ids).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('reports each bad file with a clear message and exit 1, and still outputs the good ones', () => {
    const latin1 = Buffer.from('Le caf\xe9 est ferm\xe9 aujourd\'hui.', 'latin1');
    const dir = tmp({
      '1-good.txt': STORY,
      '2-empty.txt': '',
      '3-binary.txt': Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10, 0x00]),
      '4-latin1.txt': latin1,
      '5-french.txt': "Les soldats ont quitté la ville de Mossoul mardi, selon les responsables de l'armée irakienne qui se sont exprimés devant la presse dans la capitale.",
      '6-broken.html': '<html><body><div><p>Rebels attacked an army base near Aleppo on Monday, the army said.<div></span></body>',
      '7-good.txt': STORY,
    });
    const r = run(['analyze', '--format', 'jsonl', '--date', '2014-06-11', dir]);
    expect(r.code).toBe(1);
    const ids = r.out.trim().split('\n').map((l) => JSON.parse(l).document.id.replace(/^.*\//, ''));
    expect(ids).toEqual(['1-good.txt', '6-broken.html', '7-good.txt']);
    expect(r.err).toMatch(/2-empty\.txt: .*empty/i);
    expect(r.err).toMatch(/3-binary\.txt: .*binary/i);
    expect(r.err).toMatch(/4-latin1\.txt: .*UTF-8/);
    expect(r.err).toMatch(/5-french\.txt: .*English/);
  });

  it('refuses a 50 MB document with a clear message', () => {
    const dir = tmp({ 'huge.txt': Buffer.alloc(50 * 1024 * 1024, 'a') });
    const r = run(['analyze', '--date', '2014-06-11', join(dir, 'huge.txt')]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/over the limit of .*MiB/);
  });

  it('reports a bad JSON line and goes on with the next', () => {
    const dir = tmp({ 'b.jsonl': `{"id":"x","text":${JSON.stringify(STORY)},"date":"2014-06-11"}\n{not json\n{"id":"y","text":${JSON.stringify(STORY)},"date":"2014-06-11"}\n` });
    const r = run(['analyze', '--format', 'jsonl', join(dir, 'b.jsonl')]);
    expect(r.code).toBe(1);
    expect(r.out.trim().split('\n')).toHaveLength(2);
    expect(r.err).toMatch(/b\.jsonl:2: not valid JSON/);
  });

  it('prints a readable table and adds predicates on request', () => {
    const t = run(['analyze', '--format', 'table', '--date', '2014-06-11', '-'], STORY);
    expect(t.out).toMatch(/IRQMIL/);
    expect(t.out).toMatch(/0874/);
    const p = JSON.parse(run(['analyze', '--predicates', '--date', '2014-06-11', '-'], STORY).out);
    expect(p.predicates.map((x: { lemma: string }) => x.lemma)).toEqual(expect.arrayContaining(['abandon', 'flee']));
  });

  it('adds user dictionaries with --dict without touching ours', () => {
    const dir = mkdtempSync(join(tmpdir(), 'faultline-dict-'));
    made.push(dir);
    mkdirSync(join(dir, 'actors'));
    writeFileSync(join(dir, 'actors', 'groups.txt'), 'IRQREBXMP | Brigade of Examples | the Example Brigade | Iraq ; 2020-\n');
    const text = 'The Example Brigade attacked an army base near Mosul on Monday.';
    const without = JSON.parse(run(['analyze', '--date', '2021-01-05', '-'], text).out);
    const withDict = JSON.parse(run(['analyze', '--dict', dir, '--date', '2021-01-05', '-'], text).out);
    expect(without.actors.some((a: { code: string }) => a.code === 'IRQREBXMP')).toBe(false);
    expect(withDict.events.map((e: { source: { code: string } }) => e.source.code)).toContain('IRQREBXMP');
  });

  it('rejects bad options with exit 2', () => {
    expect(run(['analyze', '--date', '11/06/2014', '-'], STORY).code).toBe(2);
    expect(run(['analyze', '--format', 'xml', '-'], STORY).code).toBe(2);
    expect(run(['analyze', '--jobs', '0', '-'], STORY).code).toBe(2);
    expect(run(['nonsense']).code).toBe(2);
  });

  it.skipIf(!existsSync(seed))('codes the seed article without asserting its speculation or counterfactual', () => {
    const r = run(['analyze', '--date', '2014-06-11', seed]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out);
    expect(doc.document.text).not.toMatch(/Listen to Latest Podcast|Subscribe Now/);
    for (const e of doc.events) {
      const s = doc.document.text.slice(e.evidence.sentence.start, e.evidence.sentence.end);
      const cf = s.indexOf('if President Obama had tried harder');
      if (cf >= 0 && e.evidence.trigger.start - e.evidence.sentence.start > cf) expect(e.modality).toBe('counterfactual');
      if (/ISIS could/.test(s) && e.evidence.trigger.start > s.indexOf('could')) expect(e.modality).not.toBe('asserted');
    }
  });
});

describe('library', () => {
  it("imports as 'faultline' from the project root", async () => {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', "import { analyze } from 'faultline'; const r = analyze({ text: 'Rebels attacked an army base near Aleppo on Monday.', date: '2016-11-29' }); console.log(r.events.length, r.events[0]?.cameo.root);"], { cwd: root, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toMatch(/^[1-9]\d* 19$/);
  });
});

describe('regression: large documents stay linear', () => {
  it('analyzes a 2 MB single document in well under 20 s (it took 34 s for 5 MB before per-sentence indexes)', () => {
    const corpus = join(root, '..', 'shared', 'corpus', 'reuters21578.jsonl');
    if (!existsSync(corpus)) return;
    const text = readFileSync(corpus, 'utf8')
      .split('\n')
      .slice(0, 2500)
      .filter(Boolean)
      .map((l: string) => JSON.parse(l).text)
      .join('\n\n');
    const dir = tmp({ 'big.txt': text.slice(0, 2_000_000) });
    const t0 = Date.now();
    const r = run(['analyze', '--date', '1987-03-01', '--format', 'jsonl', join(dir, 'big.txt')]);
    expect(r.code).toBe(0);
    expect(Date.now() - t0).toBeLessThan(20_000);
  });
});

describe('regression: reproducible output with several workers', () => {
  it('gives byte-identical JSON Lines for the same command run twice with --jobs 2', () => {
    const corpus = join(root, '..', 'shared', 'corpus', 'reuters21578.jsonl');
    if (!existsSync(corpus)) return;
    const dir = tmp({ 'docs.jsonl': readFileSync(corpus, 'utf8').split('\n').slice(0, 400).join('\n') });
    const a = run(['analyze', '--jobs', '2', '--format', 'jsonl', join(dir, 'docs.jsonl')]);
    const b = run(['analyze', '--jobs', '2', '--format', 'jsonl', join(dir, 'docs.jsonl')]);
    expect(a.out.length).toBeGreaterThan(0);
    expect(a.out).toBe(b.out);
  });
});
