/** Runnable programs that show crmkit at work. */
module io.crmkit.examples {
  requires transitive io.crmkit.core;
  requires io.crmkit.rules;
  requires io.crmkit.jpa;
  requires info.picocli;
  requires org.apache.commons.csv;
  requires org.slf4j;
  requires java.logging;

  exports io.crmkit.examples.adapter;
  exports io.crmkit.examples.erp;
  exports io.crmkit.examples.quickstart;
  exports io.crmkit.examples.report;

  opens io.crmkit.examples.report to
      info.picocli;
}
