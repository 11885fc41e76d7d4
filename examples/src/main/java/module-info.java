/** Runnable programs that show crmkit at work. */
module io.crmkit.examples {
  requires io.crmkit.core;
  requires io.crmkit.rules;

  exports io.crmkit.examples.erp;
  exports io.crmkit.examples.quickstart;
}
