/**
 * The web UI in a real browser (Debian's chromium via playwright-core) on `faultline demo`:
 * open the page, filter, brush the timeline, open an event and see its evidence highlighted,
 * use the keyboard, move the control slider, and find every filter in the URL.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { idle, launchBrowser, startDemo, type Demo } from './browser.js';

let demo: Demo;
let browser: Browser;
let page: Page;
const errors: string[] = [];

async function api<T>(path: string): Promise<T> {
  const res = await fetch(new URL(path, demo.url));
  expect(res.status, path).toBe(200);
  return (await res.json()) as T;
}

async function open(query = ''): Promise<void> {
  await page.goto(`${demo.url}${query}`);
  await idle(page);
}

const shownCount = async () => Number((await page.textContent('#count-shown'))!.replace(/,/g, ''));
const param = (name: string) => new URL(page.url()).searchParams.get(name);

beforeAll(async () => {
  [demo, browser] = await Promise.all([startDemo(), launchBrowser()]);
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await demo?.stop();
});

beforeEach(async () => {
  page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  errors.length = 0;
});

describe('web UI', () => {
  it('opens on the map, the list and the timeline of asserted events', async () => {
    await open();
    const { total } = await api<{ total: number }>('/timeline?modality=asserted');
    expect(total).toBeGreaterThan(50);
    expect(await shownCount()).toBe(total);
    expect(await page.locator('.cluster').count()).toBeGreaterThan(2);
    expect(await page.locator('#events .event-row').count()).toBe(50);
    expect(await page.locator('#timeline .bars rect').count()).toBeGreaterThan(10);
    // the offline base map: country borders drawn on a canvas, no tile images
    expect(await page.locator('.leaflet-overlay-pane canvas').count()).toBe(1);
    expect(await page.locator('.leaflet-tile').count()).toBe(0);
    // asserted only by default
    expect(await page.isChecked('input[name=modality][value=asserted]')).toBe(true);
    expect(await page.isChecked('input[name=modality][value=hypothetical]')).toBe(false);
    expect(errors).toEqual([]);
  });

  it('filters by CAMEO root, keeps the filter in the URL, and a shared link restores it', async () => {
    await open();
    const before = await shownCount();
    await page.selectOption('select[name=root]', '19');
    await idle(page);
    expect(param('root')).toBe('19');
    const { total } = await api<{ total: number }>('/timeline?modality=asserted&root=19');
    expect(await shownCount()).toBe(total);
    expect(total).toBeLessThan(before);
    const { items } = await api<{ items: Array<{ root: string; id: number }> }>('/events?modality=asserted&root=19&limit=50');
    const ids = await page.locator('#events .event-row').evaluateAll((rows) => rows.map((r) => Number((r as HTMLElement).dataset.id)));
    expect(ids).toEqual(items.map((e) => e.id));

    // text search and modality, then the link in a fresh page
    await page.check('input[name=modality][value=hypothetical]');
    await idle(page);
    expect(param('modality')).toBe('asserted,hypothetical');
    const shared = page.url();
    const other = await browser.newPage();
    await other.goto(shared);
    await idle(other);
    expect(await other.inputValue('select[name=root]')).toBe('19');
    expect(await other.isChecked('input[name=modality][value=hypothetical]')).toBe(true);
    expect(await other.textContent('#count-shown')).toBe(await page.textContent('#count-shown'));
    await other.close();
  });

  it('brushing the timeline narrows the dates of the map and the list', async () => {
    await open();
    const before = await shownCount();
    const box = (await page.locator('#timeline').boundingBox())!;
    // the bars end at the newest events: select the right third of the axis
    await page.mouse.move(box.x + box.width * 0.66, box.y + box.height * 0.5);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.8, box.y + box.height * 0.5, { steps: 5 });
    await page.mouse.move(box.x + box.width - 14, box.y + box.height * 0.5, { steps: 5 });
    await page.mouse.up();
    await idle(page);
    const from = param('from')!;
    const to = param('to')!;
    expect(from).toMatch(/^\d{4}-\d\d-\d\d$/);
    expect(to >= from).toBe(true);
    expect(await page.inputValue('input[name=from]')).toBe(from);
    const after = await shownCount();
    expect(after).toBeLessThan(before);
    expect(after).toBe((await api<{ total: number }>(`/timeline?modality=asserted&from=${from}&to=${to}`)).total);
    const dates = await page.locator('#events .when').allTextContents();
    for (const d of dates) expect(d >= from && d <= to, d).toBe(true);
    // the keyboard moves the range too, and Escape clears it
    await page.focus('#timeline');
    await page.keyboard.press('ArrowLeft');
    await idle(page);
    expect(param('from')! < from).toBe(true);
    await page.keyboard.press('Escape');
    await idle(page);
    expect(param('from')).toBeNull();
    expect(await shownCount()).toBe(before);
  });

  it('opens an event with its evidence highlighted, and closes it with Escape', async () => {
    await open();
    const first = page.locator('#events .event-row').first();
    const id = Number(await first.getAttribute('data-id'));
    await first.click();
    await idle(page);
    expect(param('event')).toBe(String(id));
    const panel = page.locator('#panel');
    await expect.poll(() => panel.isVisible()).toBe(true);
    const event = await api<{ mentionList: Array<{ sentence: string; record: { evidence: { trigger: { start: number; end: number } } }; sentenceStart: number }>; name: string }>(`/events/${id}`);
    expect(await panel.locator('h2').textContent()).toContain(event.name);
    const m = event.mentionList[0];
    const trigger = m.sentence.slice(m.record.evidence.trigger.start - m.sentenceStart, m.record.evidence.trigger.end - m.sentenceStart);
    expect(await panel.locator('.evidence').first().locator('mark.trigger').first().textContent()).toBe(trigger);
    expect(await panel.locator('.evidence').first().textContent()).toBe(m.sentence);
    expect(await panel.locator('.evidence mark.source').count()).toBeGreaterThan(0);
    expect(await panel.locator('.mentions li a').count()).toBe(event.mentionList.length);
    expect(await panel.locator('dd').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/asserted|negated|hypothetical|future|counterfactual/)]));
    await page.keyboard.press('Escape');
    await idle(page);
    expect(param('event')).toBeNull();
    expect(await panel.isVisible()).toBe(false);
  });

  it('is usable from the keyboard: tab to an event, Enter opens it', async () => {
    await open();
    await page.focus('#events .event-row');
    await page.keyboard.press('Tab');
    const id = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.id);
    expect(id).toBeTruthy();
    await page.keyboard.press('Enter');
    await idle(page);
    expect(param('event')).toBe(id);
    // "/" jumps to the text search
    await page.keyboard.press('Escape');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe('q');
  });

  it('merged events show every mention with its source', async () => {
    const { items } = await api<{ items: Array<{ id: number; mentions: number; sources: number }> }>('/events?modality=asserted&limit=1000');
    const merged = items.find((e) => e.mentions > 1 && e.sources > 1);
    expect(merged, 'the demo set reports some events in several outlets').toBeDefined();
    await open(`?event=${merged!.id}`);
    expect(await page.locator('#panel .mentions > li').count()).toBe(merged!.mentions);
    expect(await page.locator('#panel .mentions').textContent()).toMatch(/merged:/);
  });

  it('draws who acts on whom, and a click on an actor filters by it', async () => {
    await open('?view=actors');
    const actors = page.locator('#network .actor');
    expect(await actors.count()).toBeGreaterThan(5);
    expect(await page.locator('#network line.edge').count()).toBeGreaterThan(3);
    const label = await actors.first().getAttribute('aria-label');
    const code = /\(([^)]+)\)/.exec(label!)![1];
    await actors.first().click();
    await idle(page);
    expect(param('actor')).toBe(code);
    expect(await page.inputValue('input[name=actor]')).toBe(code);
  });

  it('the control slider shows who holds which places on the chosen date', async () => {
    await open('?view=control');
    const slider = page.locator('#control-slider');
    const last = await page.textContent('#control-date');
    const atLast = await api<{ holdings: Array<{ place: string; actor: string | null }> }>(`/control/map?date=${last}`);
    expect(await page.locator('.holding').count()).toBe(atLast.holdings.length);
    // Home: the first claim; the holdings then are the API's for that date
    await slider.focus();
    await page.keyboard.press('Home');
    await page.waitForFunction((before) => new URL(location.href).searchParams.get('date') !== before, param('date'));
    await idle(page);
    const date = param('date')!;
    expect(await page.textContent('#control-date')).toBe(date);
    expect(date < last!).toBe(true);
    const atFirst = await api<{ holdings: Array<{ place: string }> }>(`/control/map?date=${date}`);
    const shown = await page.locator('.holding-row').allTextContents();
    expect(shown.sort()).toEqual(atFirst.holdings.map((h) => h.place).sort());
    expect(shown.length).toBeLessThan(atLast.holdings.length);
    // a holding opens the event that reported it
    await page.locator('.holding-row').first().click();
    await idle(page);
    expect(param('event')).toMatch(/^\d+$/);
    expect(await page.locator('#panel .evidence mark.trigger').count()).toBeGreaterThan(0);
  });
});
