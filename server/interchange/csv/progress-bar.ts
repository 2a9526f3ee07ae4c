/**
 * A one-line progress bar on stderr, redrawn at most every 100 ms; stdout stays free for the summary. When stderr
 * is not a terminal (a log file, CI) it writes a plain line every 10% instead of carriage returns.
 */
export class ProgressBar {
  private lastDraw = 0;
  private lastTenth = -1;
  private readonly started = Date.now();

  constructor(
    private readonly stream: NodeJS.WriteStream = process.stderr,
    private readonly width = 30,
  ) {}

  update(done: number, total: number, detail: string, force = false): void {
    const fraction = total > 0 ? Math.min(1, done / total) : 1;
    const seconds = ((Date.now() - this.started) / 1000).toFixed(0);
    if (!this.stream.isTTY) {
      const tenth = Math.floor(fraction * 10);
      if (tenth === this.lastTenth) return;
      this.lastTenth = tenth;
      this.stream.write(`${(fraction * 100).toFixed(0)}% · ${detail} · ${seconds} s\n`);
      return;
    }
    const now = Date.now();
    if (!force && now - this.lastDraw < 100) return;
    this.lastDraw = now;
    const filled = Math.round(fraction * this.width);
    this.stream.write(
      `\r[${"#".repeat(filled)}${".".repeat(this.width - filled)}] ${(fraction * 100).toFixed(0).padStart(3)}% · ${detail} · ${seconds} s`,
    );
  }

  finish(): void {
    if (this.stream.isTTY) this.stream.write("\n");
  }
}
