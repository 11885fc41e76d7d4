package io.crmkit.benchmarks;

import java.util.List;

/**
 * The databases the B3/B4 agreement tests run on: H2 always; PostgreSQL and MariaDB too when the
 * system property {@code crmkit.databases} is {@code true} (the {@code databases} profile sets it),
 * and then an unreachable database fails the test rather than skipping it.
 */
final class Databases {
  private Databases() {}

  static List<BenchDatabase> enabled() {
    return Boolean.getBoolean("crmkit.databases")
        ? List.of(BenchDatabase.values())
        : List.of(BenchDatabase.H2);
  }
}
