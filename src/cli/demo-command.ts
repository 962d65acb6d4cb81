/** `faultline demo`: the bundled sample dispatches ingested into a fresh store, and the web UI on it. */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingest as ingestInputs } from '../ingest/index.js';
import { buildServer } from '../server/index.js';
import { openStore } from '../store/open.js';
import { parseCommandArgs, type CliCommand } from './command.js';
import { listen, parsePort, untilSignal } from './serving.js';

/** The sample dispatches (written for this project; see data/demo/README.md). */
export const DEMO_DISPATCHES = fileURLToPath(new URL('../../data/demo/dispatches.jsonl', import.meta.url));

const USAGE = `Usage: faultline demo [--port N] [--db PATH] [--no-open]   the web UI on bundled sample dispatches

Ingests the sample dispatches bundled in data/demo/ into a new store, serves the web UI and
the API on it, and opens the UI in your browser. Ctrl-C stops it.

Options:
  --port N      port (default 8080; 0 or a busy port: any free port)
  --db PATH     keep the store in this SQLite file (default: a temporary one, removed on exit)
  --no-open     do not open a browser; just print the address
  -h, --help    this help`;

/** The demo command. */
export const demo: CliCommand = {
  usage: USAGE,
  async run(rest) {
    const args = parseCommandArgs(rest, USAGE, { port: { type: 'string', default: '8080' }, db: { type: 'string' }, 'no-open': { type: 'boolean', default: false } }, { positionals: false });
    if (typeof args === 'number') return args;
    const { values } = args;
    const port = parsePort(values.port);
    if (port === null) return 2;
    const tempDir = values.db ? null : mkdtempSync(join(tmpdir(), 'faultline-demo-'));
    const removeTemp = () => tempDir && rmSync(tempDir, { recursive: true, force: true });
    const store = await openStore((values.db as string | undefined) ?? join(tempDir!, 'demo.db'));
    const t0 = performance.now();
    try {
      const stats = await ingestInputs([DEMO_DISPATCHES], { store, jobs: 1 });
      const counts = await store.stats();
      process.stderr.write(
        `faultline: demo: ${stats.documents + stats.known} sample dispatches → ${counts.mentions} event mentions merged into ${counts.events} events ` +
          `(${Math.round(performance.now() - t0)} ms)${stats.failed ? `; ${stats.failed} failed` : ''}\n`,
      );
    } catch (e) {
      await store.close();
      removeTemp();
      process.stderr.write(`faultline: demo: could not ingest the sample dispatches: ${(e as Error).message}\n`);
      return 1;
    }
    const app = buildServer({ store, token: null });
    let address = await listen(app, '127.0.0.1', port);
    if (address instanceof Error && port !== 0) {
      process.stderr.write(`faultline: demo: port ${port} is busy; using a free one\n`);
      address = await listen(app, '127.0.0.1', 0);
    }
    if (address instanceof Error) {
      await store.close();
      removeTemp();
      process.stderr.write(`faultline: ${address.message}\n`);
      return 1;
    }
    const stopped = untilSignal(async () => {
      await app.close();
      await store.close();
      removeTemp();
    });
    process.stderr.write(`faultline: demo: the web UI is at ${address} (Ctrl-C to stop)\n`);
    if (!values['no-open']) openBrowser(address);
    await stopped;
    return 0;
  },
};

/** Opens a URL in the desktop's browser when there is one; a headless machine just keeps the printed address. */
function openBrowser(url: string): void {
  const command = process.platform === 'darwin' ? ['open', url] : process.platform === 'win32' ? ['cmd', '/c', 'start', '', url] : ['xdg-open', url];
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return;
  try {
    const child = spawn(command[0], command.slice(1), { stdio: 'ignore', detached: true });
    child.on('error', () => {});
    child.unref();
  } catch {
    // no opener: the address is printed
  }
}
