/**
 * Screenshots of each view of the web UI on `faultline demo`, for docs/ and the README:
 * `npm run screenshots` (after `npm run build`; needs Debian's chromium).
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { idle, launchBrowser, startDemo } from '../test/web/browser.js';

const DOCS = fileURLToPath(new URL('../docs/', import.meta.url));
mkdirSync(DOCS, { recursive: true });

const demo = await startDemo();
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  const shot = async (name: string, query: string, prepare?: () => Promise<void>) => {
    await page.goto(`${demo.url}${query}`);
    await idle(page);
    if (prepare) (await prepare(), await idle(page));
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${DOCS}${name}.png` });
    console.log(`docs/${name}.png  ${page.url().replace(demo.url, '/')}`);
  };
  // the event opened is the most reported one, so the panel shows merged mentions
  const events = (await (await fetch(`${demo.url}events?modality=asserted&limit=1000`)).json()) as { items: Array<{ id: number; mentions: number; location: unknown }> };
  const top = [...events.items].filter((e) => e.location).sort((a, b) => b.mentions - a.mentions || a.id - b.id)[0];
  await shot('ui-map', '');
  await shot('ui-event', `?event=${top.id}&at=35.5,40.5,5`);
  await shot('ui-filtered', '?root=19&from=2014-06-01&to=2015-12-31&at=34.5,41.5,5');
  await shot('ui-actors', '?view=actors');
  await shot('ui-control', '?view=control&date=2014-06-20&at=35,42,5');
} finally {
  await browser.close();
  await demo.stop();
}
