package io.crmkit.benchmarks;

import io.crmkit.core.contact.Contact;
import io.crmkit.core.customer.Customer;
import io.crmkit.jpa.CustomerImport;
import io.crmkit.jpa.ImportReport;
import io.crmkit.jpa.JpaBulkImport;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.AbstractList;
import java.util.List;

/**
 * B3's library side: {@link JpaBulkImport} with its default chunk and flush sizes (one transaction
 * per {@value JdbcImport#CUSTOMERS_PER_COMMIT} customers, as the baseline commits), on a clock at
 * the end of {@link ImportData#AS_OF}.
 */
final class LibraryImport {
  private LibraryImport() {}

  /** Imports every customer with its contacts and orders; returns the library's report. */
  static ImportReport run(EntityManagerFactory factory, ImportData data) {
    Clock clock =
        Clock.fixed(
            ImportData.AS_OF.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(1),
            ZoneOffset.UTC);
    return JpaBulkImport.into(factory, clock)
        .withChunkSize(JdbcImport.CUSTOMERS_PER_COMMIT)
        .run(ImportData.TENANT, inputs(data));
  }

  /** The data as the import's input, built on demand (the import reads it twice). */
  static List<CustomerImport> inputs(ImportData data) {
    int contactsEach = ImportData.CONTACTS_EACH;
    int ordersEach = ImportData.ORDERS_EACH;
    return new AbstractList<>() {
      @Override
      public CustomerImport get(int i) {
        return new CustomerImport(
            Customer.restore(data.customers().get(i)),
            data.contacts().subList(i * contactsEach, (i + 1) * contactsEach).stream()
                .map(Contact::restore)
                .toList(),
            data.orders().subList(i * ordersEach, (i + 1) * ordersEach));
      }

      @Override
      public int size() {
        return data.customers().size();
      }
    };
  }
}
