/** Runnable programs that show crmkit at work. */
module io.crmkit.examples {
  requires io.crmkit.core;

  exports io.crmkit.examples.quickstart;
}
