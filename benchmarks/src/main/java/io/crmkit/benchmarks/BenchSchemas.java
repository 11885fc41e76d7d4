package io.crmkit.benchmarks;

import java.util.List;

/**
 * Drops the schemas B4 shares between the benchmarks of one JMH invocation ({@link
 * BenchDatabase#shared}) on every database; {@code run.sh} calls it before and after the database
 * benchmarks. A database that cannot be reached is reported and skipped, so that an H2-only run
 * works without the servers.
 */
public final class BenchSchemas {
  private BenchSchemas() {}

  /**
   * Drops the shared schemas.
   *
   * @param args {@code drop}
   */
  public static void main(String[] args) {
    if (args.length != 1 || !args[0].equals("drop")) {
      System.err.println("usage: BenchSchemas drop");
      System.exit(2);
    }
    for (BenchDatabase database : BenchDatabase.values()) {
      try {
        List<String> names = database.sharedNames();
        database.dropShared();
        if (!names.isEmpty()) {
          System.out.println("dropped " + names + " on " + database);
        }
      } catch (RuntimeException e) {
        System.out.println(
            "could not drop the shared schemas on " + database + ": " + e.getMessage());
      }
    }
  }
}
