/**
 * Helpers of the browser tests and of the screenshot script: Debian's chromium through
 * playwright-core, `faultline demo` as a child process, and waiting until the page is idle.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The chromium binary: $CHROMIUM_PATH, else Debian's. */
export function chromiumPath(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((p): p is string => !!p);
  return candidates.find((p) => existsSync(p)) ?? null;
}

/** Launches headless chromium; throws a clear error when it is not installed. */
export async function launchBrowser(): Promise<Browser> {
  const path = chromiumPath();
  if (!path) throw new Error('no chromium: install Debian\'s "chromium" package (.ci/run does) or set CHROMIUM_PATH');
  return chromium.launch({ executablePath: path, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
}

/** A running `faultline demo` (built CLI, any free port, no browser opened). */
export interface Demo {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Starts `faultline demo` and resolves once it prints its address. */
export function startDemo(extra: string[] = []): Promise<Demo> {
  const child = spawn(process.execPath, [`${ROOT}dist/cli/index.js`, 'demo', '--port', '0', '--no-open', ...extra], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`faultline demo did not start in 60 s:\n${log}`)), 60_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      const m = /the web UI is at (http:\/\/\S+)/.exec(log);
      if (m) {
        clearTimeout(timer);
        resolve({
          url: m[1],
          child,
          stop: () => new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
        });
      }
    });
    child.once('exit', (code) => (clearTimeout(timer), reject(new Error(`faultline demo exited (${code}):\n${log}`))));
  });
}

/** Waits until the page has no request in flight (the app counts them in <html data-busy>). */
export async function idle(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.busy === '0', null, { timeout });
  // one frame for the DOM writes that follow the last response
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
}
