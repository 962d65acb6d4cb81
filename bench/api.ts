/**
 * The API benchmark (not a timed test): `node --import tsx bench/api.ts [--events N] [--duration S] [--fresh] [--workers N]`.
 *
 * Fills a SQLite store with N generated events (default 1,000,000, made by bench/store-fill.ts; the
 * file is kept in the temp dir and reused while it holds N events), serves it from a child process (so the load generator
 * does not share the server's event loop), and runs autocannon with 50 connections against a few
 * filtered /events pages, printing p50/p99 latency and requests per second. The aim is p99 < 50 ms.
 */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildServer } from '../src/server/index.js';
import { openSqliteStore } from '../src/store/backends/sqlite.js';
import { fillEvents } from './store-fill.js';

/** The part of autocannon's result we read (the package ships no types). */
interface Histogram {
  p50: number;
  p90: number;
  p99: number;
  average: number;
  max: number;
}
interface CannonResult {
  latency: Histogram;
  requests: Histogram & { total: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
type Autocannon = (opts: { url: string; connections: number; duration: number; pipelining?: number }) => Promise<CannonResult>;

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '1000000' },
    duration: { type: 'string', default: '20' },
    connections: { type: 'string', default: '50' },
    db: { type: 'string' },
    fresh: { type: 'boolean', default: false },
    serve: { type: 'string' }, // internal: the child process serving this db file
    workers: { type: 'string', default: '1' }, // >1: \`faultline serve --workers N\` (run npm run build first)
  },
});

/** Child mode: serve the store and report the port to the parent. */
async function serveChild(path: string): Promise<void> {
  const store = await openSqliteStore(path);
  const app = buildServer({ store });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  process.send!({ port: typeof address === 'object' && address ? address.port : 0 });
  process.on('message', async () => {
    await app.close();
    await store.close();
    process.exit(0);
  });
}

async function main(): Promise<void> {
  const total = Number(values.events);
  const path = values.db ?? join(tmpdir(), `faultline-bench-api-fill-${total}.db`);
  await fill(path, total, values.fresh);

  const workers = Number(values.workers);
  let child: ChildProcess;
  let port: number;
  if (workers > 1) {
    // several serving processes sharing one port, as `faultline serve --workers N` runs them
    port = await freePort();
    child = spawn(process.execPath, [fileURLToPath(new URL('../dist/cli/index.js', import.meta.url)), 'serve', '--db', path, '--port', String(port), '--workers', String(workers), '--log-level', 'silent'], { stdio: 'inherit' });
    for (let i = 0; ; i++) {
      if ((await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.ok, () => false))) break;
      if (i > 100) throw new Error('faultline serve --workers did not start');
      await new Promise((r) => setTimeout(r, 100));
    }
  } else {
    child = fork(fileURLToPath(import.meta.url), ['--serve', path], { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
    port = await new Promise<number>((resolve, reject) => {
      child.once('message', (m) => resolve((m as { port: number }).port));
      child.once('exit', (code) => reject(new Error(`server exited (${code})`)));
    });
  }
  const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;
  const duration = Number(values.duration);
  const connections = Number(values.connections);
  const scenarios = [
    '/events?root=19&country=IRQ&from=2014-01-01&limit=50',
    '/events?limit=50',
    '/events?actor=SYR&modality=asserted&limit=50',
    '/events?code=193&to=2010-12-31&limit=50',
    '/events?plover=PROTEST&country=IQ&limit=50',
    '/events?bbox=35,29,49,38&from=2015-01-01&limit=50',
    '/events?target=USAGOV&historical=false&from=2020-01-01&to=2020-12-31&limit=50',
  ];
  console.log(`\n${connections} connections, ${duration} s per scenario, ${total.toLocaleString('en')} events, ${workers} serving process${workers > 1 ? 'es' : ''}\n`);
  // At saturation one server thread serves 1000/(req/s) ms per request; the rest of the latency is queueing.
  console.log(['p50 ms', 'p90 ms', 'p99 ms', 'max ms', 'req/s', 'svc ms', 'non-2xx', 'url'].map((h, i) => (i < 7 ? h.padStart(8) : ' ' + h)).join(''));
  for (const url of scenarios) {
    // a short warm-up so the first scenario does not pay for cold pages and JIT
    await autocannon({ url: `http://127.0.0.1:${port}${url}`, connections, duration: 2 });
    const r = await autocannon({ url: `http://127.0.0.1:${port}${url}`, connections, duration });
    const cells = [r.latency.p50, r.latency.p90, r.latency.p99, r.latency.max, Math.round(r.requests.average), (1000 / r.requests.average).toFixed(2), r.non2xx + r.errors + r.timeouts];
    console.log(cells.map((c) => String(c).padStart(8)).join('') + ' ' + url);
  }
  console.log(`\naim: p99 < 50 ms`);
  if (workers > 1) child.kill('SIGINT');
  else child.send('stop');
  await new Promise((resolve) => child.once('exit', resolve));
}

/** A port nothing listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Fills (or reuses) the store file with `total` generated events. */
async function fill(path: string, total: number, fresh: boolean): Promise<void> {
  if (fresh && existsSync(path)) for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
  const store = await openSqliteStore(path);
  const have = (await store.stats()).events;
  if (have === total) {
    console.log(`store: ${path} already holds ${total.toLocaleString('en')} events`);
    await store.close();
    return;
  }
  if (have !== 0) throw new Error(`${path} holds ${have} events, not ${total}: pass --fresh`);
  // The store benchmark's generator (bench/store-fill.ts), so both benchmarks measure the same data.
  const seconds = await fillEvents(store, total);
  await store.analyze();
  await store.close();
  console.log(`store: ${total.toLocaleString('en')} events in ${seconds.toFixed(1)} s → ${path}`);
}

// Last, so every table above is initialised before the run starts.
if (values.serve) await serveChild(values.serve);
else await main();
