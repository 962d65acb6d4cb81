/**
 * The web UI benchmark (not a timed test): `node --import tsx bench/ui.ts [--events 100000] [--runs 20] [--fresh]`.
 *
 * Fills a SQLite store with N generated events (bench/store-fill.ts; kept in the temp dir and
 * reused), serves the API and the built UI on it, and measures
 *   1. each aggregate the UI asks for (timeline, clusters at three zooms, the event page, links,
 *      the control map) with the filter sets a user clicks through: median and worst of --runs;
 *   2. in Debian's chromium: loading the page until idle, a filter change, a timeline brush,
 *      a zoom into the map, opening the actor network and the control view.
 * Run `npm run build` first (the UI is served from dist/ui/).
 */
import { existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildServer } from '../src/server/index.js';
import { openSqliteStore } from '../src/store/backends/sqlite.js';
import { idle, launchBrowser } from '../test/web/browser.js';
import { fillEvents } from './store-fill.js';

const { values } = parseArgs({ options: { events: { type: 'string', default: '100000' }, runs: { type: 'string', default: '20' }, fresh: { type: 'boolean', default: false } } });
const total = Number(values.events);
const runs = Number(values.runs);
const path = join(tmpdir(), `faultline-bench-ui-${total}.db`);

if (values.fresh) for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
const store = await openSqliteStore(path);
if ((await store.stats()).events !== total) {
  if ((await store.stats()).events !== 0) throw new Error(`${path} holds other data: pass --fresh`);
  const seconds = await fillEvents(store, total);
  await store.analyze();
  console.log(`store: ${total.toLocaleString('en')} events in ${seconds.toFixed(1)} s → ${path}`);
}
const app = buildServer({ store });
const base = await app.listen({ host: '127.0.0.1', port: 0 });

const ms = (t0: number) => performance.now() - t0;
const fmt = (x: number) => `${x.toFixed(1).padStart(7)} ms`;

// 1. the aggregates, as the page asks for them
const FILTERS = ['modality=asserted', 'modality=asserted&root=19', 'modality=asserted&country=IQ&from=2014-01-01&to=2014-12-31', 'modality=asserted&actor=IRQ', 'q=militants&modality=asserted'];
const REQUESTS = [
  ...FILTERS.map((f) => [`timeline ${f}`, `/timeline?${f}`]),
  ...FILTERS.map((f) => [`events page ${f}`, `/events?${f}&limit=50`]),
  ...[2, 5, 9].flatMap((z) => FILTERS.slice(0, 2).map((f) => [`clusters zoom ${z} ${f}`, `/clusters?zoom=${z}&${f}${z === 9 ? '&bbox=43,35,45,37' : ''}`])),
  ...FILTERS.slice(0, 3).map((f) => [`links ${f}`, `/links?${f}&limit=60`]),
  ['control map', '/control/map?date=2020-01-01'],
];
console.log(`\n== API aggregates on ${total.toLocaleString('en')} events (${runs} runs each: median / worst)`);
let worstOverall = 0;
for (const [name, url] of REQUESTS) {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const res = await fetch(`${base}${url}`);
    const body = await res.text();
    times.push(ms(t0));
    bytes = body.length;
    if (res.status !== 200) throw new Error(`${url}: ${res.status} ${body}`);
  }
  times.sort((a, b) => a - b);
  worstOverall = Math.max(worstOverall, times[times.length - 1]);
  console.log(`${fmt(times[Math.floor(times.length / 2)])} ${fmt(times[times.length - 1])}  ${String(Math.round(bytes / 1024)).padStart(5)} KiB  ${name}`);
}

// 2. the page in a browser
console.log(`\n== chromium, 1366×768 (each step: until no request is in flight)`);
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
const step = async (name: string, action: () => Promise<unknown>) => {
  const t0 = performance.now();
  await action();
  await idle(page, 60_000);
  console.log(`${fmt(ms(t0))}  ${name}`);
};
await step('open the page (map, timeline, list)', () => page.goto(base));
await step('filter: CAMEO root 19', () => page.selectOption('select[name=root]', '19'));
await step('filter: country Iraq', () => page.selectOption('select[name=country]', 'IQ'));
await step('brush a third of the timeline', async () => {
  const box = (await page.locator('#timeline').boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2, { steps: 4 });
  await page.mouse.up();
});
await step('zoom the map in twice', async () => {
  await page.click('.leaflet-control-zoom-in');
  await idle(page, 60_000);
  await page.click('.leaflet-control-zoom-in');
});
await step('open an event', () => page.locator('#events .event-row').first().click());
await step('reset the filters', () => page.click('button[type=reset]'));
await step('actors view', () => page.click('[role=tab][data-view=actors]'));
await step('control view', () => page.click('[role=tab][data-view=control]'));
const clusters = await page.evaluate(() => document.querySelectorAll('.cluster, .holding').length);
console.log(`(markers on the control map at the end: ${clusters})`);
await browser.close();
await app.close();
await store.close();
console.log(`\nworst single API answer: ${worstOverall.toFixed(1)} ms`);
if (!existsSync(path)) console.log('(store removed)');
