/**
 * Preloaded into the benchmarked server (`--expose-gc --import ./test/bench/heap-probe.ts`), never into a real one:
 * on SIGUSR2 it collects garbage and prints the memory left, so the bench can tell live memory from the heap
 * headroom that RSS also counts.
 */
process.on("SIGUSR2", () => {
  (globalThis as { gc?: () => void }).gc?.();
  const usage = process.memoryUsage();
  console.log(
    `heap-probe ${JSON.stringify({ rss: usage.rss, heapUsed: usage.heapUsed, heapTotal: usage.heapTotal, external: usage.external })}`,
  );
});
