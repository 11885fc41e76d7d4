/**
 * The crmkit TCK: abstract JUnit 5 contract classes that every storage adapter extends from its own
 * tests, with the fixtures, clock and id generator they run on.
 */
module io.crmkit.tck {
  requires transitive io.crmkit.core;
  requires transitive org.junit.jupiter.api;
  requires transitive org.assertj.core;
  requires net.datafaker;

  exports io.crmkit.tck;

  opens io.crmkit.tck to
      org.junit.platform.commons;
}
