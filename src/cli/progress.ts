/** A one-line progress bar on stderr, drawn only on a terminal and at most ten times a second. */
export class Progress {
  private last = 0;
  private readonly started = Date.now();
  constructor(
    private readonly total: number,
    private readonly stream: NodeJS.WriteStream = process.stderr,
    private readonly enabled = stream.isTTY === true && total > 1,
  ) {}

  /** Redraws the bar for `done` documents (throttled). */
  tick(done: number, failed: number): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.last < 100 && done < this.total) return;
    this.last = now;
    const width = 30;
    const filled = Math.round((done / this.total) * width);
    const secs = (now - this.started) / 1000;
    const rate = secs > 0 ? (done / secs).toFixed(1) : '0';
    this.stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${this.total} docs · ${rate}/s${failed ? ` · ${failed} failed` : ''}  `);
  }

  /** Clears the bar's line. */
  done(): void {
    if (this.enabled) this.stream.write('\r\x1b[K');
  }
}
