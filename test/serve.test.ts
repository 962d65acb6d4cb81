/** `faultline serve` as a process: one or several serving processes on one port, stopped cleanly by a signal. */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const cli = join(import.meta.dirname, '..', 'dist', 'cli', 'index.js');
const dir = mkdtempSync(join(tmpdir(), 'faultline-serve-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const a = srv.address();
      srv.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
  });
}

/** Runs `faultline serve ARGS` until it prints its address; resolves to the child, its stderr and the exit promise. */
function start(args: string[]) {
  const child = spawn(process.execPath, [cli, 'serve', '--log-level', 'silent', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  const ready = new Promise<void>((resolve, reject) => {
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
      if (err.includes('the web UI is at')) resolve();
    });
    void exited.then((code) => reject(new Error(`exited ${code}: ${err}`)));
  });
  return { child, ready, exited, stderr: () => err };
}

describe('faultline serve', () => {
  it('--workers 2 serves from two processes on one port and stops them all on SIGINT', async () => {
    const port = await freePort();
    const s = start(['--db', join(dir, 'two.db'), '--port', String(port), '--workers', '2']);
    await s.ready;
    expect(s.stderr()).toContain('(2 processes)');
    for (let i = 0; i < 4; i++) expect(await (await fetch(`http://127.0.0.1:${port}/health`)).json()).toEqual({ status: 'ok', store: 'sqlite' });
    s.child.kill('SIGINT');
    expect(await s.exited).toBe(0);
  }, 30_000);

  it('--workers on a busy port fails with the reason instead of restarting forever', async () => {
    const blocker = createServer().listen(0, '127.0.0.1');
    await new Promise((r) => blocker.once('listening', r));
    const a = blocker.address();
    const port = typeof a === 'object' && a ? a.port : 0;
    const s = start(['--db', join(dir, 'busy.db'), '--port', String(port), '--workers', '2']);
    await expect(s.ready).rejects.toThrow(/EADDRINUSE/);
    expect(await s.exited).toBe(1);
    blocker.close();
  }, 30_000);

  it('a signal at any moment of start-up ends the process (a server closed in the middle of listen() used to keep it alive)', async () => {
    const db = join(dir, 'early.db');
    const t0 = performance.now();
    const first = start(['--db', db, '--port', '0']);
    await first.ready;
    const startup = performance.now() - t0;
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    // the dangerous moment is the last few percent of start-up, while the port opens
    for (let share = 0.8; share < 1.05; share += 0.015) {
      const s = start(['--db', db, '--port', '0']);
      s.ready.catch(() => {});
      await new Promise((r) => setTimeout(r, startup * share));
      s.child.kill('SIGTERM');
      const code = await Promise.race([s.exited, new Promise((r) => setTimeout(() => r('still running'), 10_000))]);
      if (code === 'still running') s.child.kill('SIGKILL');
      expect([0, null]).toContain(code);
    }
  }, 120_000);

  it('refuses a bad --workers or --log-level', async () => {
    for (const args of [['--workers', '0'], ['--workers', 'many'], ['--log-level', 'loud'], ['--workers', '2', '--port', '0']]) {
      const s = start(args);
      await expect(s.ready).rejects.toThrow();
      expect(await s.exited).toBe(2);
    }
  });
});
