/**
 * crmkit core: the customer domain model, the application API ({@code CrmKit}), the storage SPI and
 * the embedded in-memory store.
 */
module io.crmkit.core {
  requires transitive org.jspecify;
  requires com.google.common;
  requires org.slf4j;
  requires com.google.i18n.phonenumbers.libphonenumber;

  exports io.crmkit.core;
  exports io.crmkit.core.shared;
  exports io.crmkit.core.customer;
  exports io.crmkit.core.contact;
  exports io.crmkit.core.activity;
  exports io.crmkit.core.lifecycle;
  exports io.crmkit.core.tier;
  exports io.crmkit.core.ownership;
  exports io.crmkit.core.segment;
  exports io.crmkit.core.reminder;
  exports io.crmkit.core.batch;
  exports io.crmkit.core.forecast;
  exports io.crmkit.core.memory;
  exports io.crmkit.spi;
}
