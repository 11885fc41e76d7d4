package io.crmkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.activity.CustomerFacts;
import io.crmkit.core.activity.RecordedActivity;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.customer.Customer;
import io.crmkit.jpa.JpaCrmStore;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ImportRowsTest {
  private static final List<List<String>> TABLES =
      List.of(
          List.of("crm_customer", "tenant_id", "id"),
          List.of("crm_customer_tag", "tenant_id", "customer_id", "tag"),
          List.of("crm_customer_name_key", "tenant_id", "customer_id", "search_key"),
          List.of("crm_contact", "tenant_id", "id"),
          List.of("crm_contact_key", "tenant_id", "contact_id", "search_key"),
          List.of("crm_activity", "tenant_id", "id"),
          List.of("crm_customer_facts", "tenant_id", "customer_id"));

  @ParameterizedTest
  @MethodSource("io.crmkit.benchmarks.Databases#enabled")
  void jdbcBaseline_writesTheRowsTheRepositoriesWrite(BenchDatabase database) {
    ImportData data = ImportData.generate(300, 7);
    try (BenchDatabase.Schema library = database.open("repo");
        BenchDatabase.Schema jdbc = database.open("jdbc")) {
      EntityManagerFactory factory = BenchJpa.hibernate(library);
      try {
        JpaCrmStore store = JpaCrmStore.create(factory);
        store.inTransaction(
            uow -> {
              data.customers().forEach(c -> uow.customers().save(Customer.restore(c)));
              data.contacts().forEach(c -> uow.contacts().save(Contact.restore(c)));
              data.orders().forEach(uow.activities()::append);
              for (int k = 0; k < data.orders().size(); k += ImportData.ORDERS_EACH) {
                List<RecordedActivity> orders =
                    data.orders().subList(k, k + ImportData.ORDERS_EACH);
                RecordedActivity first = orders.get(0);
                uow.facts()
                    .save(
                        CustomerFacts.rebuild(
                            first.activity().tenant(), first.activity().customer(), orders));
              }
              return null;
            });
      } finally {
        factory.close();
      }
      JdbcImport.run(jdbc, data);
      TableDigest expected = TableDigest.of(library, TABLES);
      TableDigest.of(jdbc, TABLES).requireSame(expected, "repositories and JDBC");
      assertThat(expected.tables().get("crm_activity")).startsWith("1500 rows");
    }
  }
}
