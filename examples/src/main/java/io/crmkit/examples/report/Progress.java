package io.crmkit.examples.report;

import java.io.PrintStream;

/**
 * A progress bar on standard error, redrawn in place with a carriage return and at most once per
 * percent; silent when off (standard error is not a console and {@code --progress} was not given).
 */
final class Progress {
  private static final int WIDTH = 30;

  private final PrintStream err;
  private final boolean on;
  private String label = "";
  private long total;
  private long done;
  private long drawnAt = -1;
  private long startedNanos;

  Progress(PrintStream err, boolean on) {
    this.err = err;
    this.on = on;
  }

  /** Starts a phase of {@code total} steps; 0 for a phase of unknown length (shows a count). */
  void start(String phase, long steps) {
    finish();
    label = phase;
    total = steps;
    done = 0;
    drawnAt = -1;
    startedNanos = System.nanoTime();
    draw(false);
  }

  /** Counts steps done. */
  void step(long steps) {
    done += steps;
    draw(false);
  }

  /** Ends the current phase on its own line. */
  void finish() {
    if (on && !label.isEmpty()) {
      draw(true);
      err.printf(java.util.Locale.ROOT, " in %.1f s%n", (System.nanoTime() - startedNanos) / 1e9);
      err.flush();
    }
    label = "";
  }

  private void draw(boolean force) {
    if (!on || label.isEmpty()) {
      return;
    }
    long mark = total > 0 ? done * 100 / total : done / 10_000;
    if (mark == drawnAt && !force) {
      return;
    }
    drawnAt = mark;
    if (total > 0) {
      int filled = (int) Math.min(WIDTH, done * WIDTH / total);
      err.print(
          "\r"
              + label
              + " ["
              + "#".repeat(filled)
              + "-".repeat(WIDTH - filled)
              + "] "
              + Math.min(100, done * 100 / total)
              + "% "
              + done
              + "/"
              + total);
    } else {
      err.print("\r" + label + " " + done);
    }
    err.flush();
  }
}
