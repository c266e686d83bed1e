package dev.parallax.examples.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress on standard error, for a run over a corpus: a line every few seconds and one at the
 * end, such as {@code parallax: 1,204 articles annotated (310 per second, 1.2 MB/s)}. Silent
 * when made without a stream. Not thread-safe: one thread ticks.
 */
final class Progress {
  private static final long EVERY_NANOS = 5_000_000_000L;
  private final PrintStream err;
  private final String noun;
  private final String done;
  private final long started = System.nanoTime();
  private long last = started;
  private long items;
  private long chars;

  /**
   * @param err where to write, or null for no progress
   * @param noun what is counted, in the singular ("article", "event")
   * @param done what was done to them ("annotated", "compared")
   */
  Progress(PrintStream err, String noun, String done) {
    this.err = err;
    this.noun = noun;
    this.done = done;
  }

  /** One more item of {@code length} chars is done. */
  void tick(long length) {
    items++;
    chars += length;
    long now = System.nanoTime();
    if (err != null && now - last >= EVERY_NANOS) {
      last = now;
      report(now);
    }
  }

  /** The run is over: a last line, when anything was done. */
  void done() {
    if (err != null && items > 0) {
      report(System.nanoTime());
    }
  }

  private void report(long now) {
    double seconds = Math.max(1e-9, (now - started) / 1e9);
    double rate = items / seconds;
    err.println(String.format(Locale.ROOT, "parallax: %,d %s %s (%s per second%s)",
        items, items == 1 ? noun : noun + "s", done,
        String.format(Locale.ROOT, rate >= 10 ? "%,.0f" : "%.1f", rate),
        chars == 0 ? "" : String.format(Locale.ROOT, ", %.1f MB/s", chars / seconds / 1e6)));
  }
}
