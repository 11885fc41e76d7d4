package io.crmkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.activity.CustomerFacts;
import io.crmkit.core.activity.RecordedActivity;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.customer.Customer;
import io.crmkit.core.ownership.Ownership;
import io.crmkit.jpa.JpaCrmStore;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * B3 on small data: the bulk import, the repositories and the JDBC baseline store the same rows.
 */
class ImportAgreementTest {
  private static final List<List<String>> TABLES = ImportChecks.TABLES;

  @ParameterizedTest
  @MethodSource("io.crmkit.benchmarks.Databases#enabled")
  void bulkImportAndJdbc_storeTheSameRows_inSeveralChunks(BenchDatabase database) {
    ImportData data = ImportData.generate(JdbcImport.CUSTOMERS_PER_COMMIT + 500, 11);

    TableDigest digest = ImportChecks.requireSameRows(database, data);

    assertThat(digest.tables())
        .containsKeys("crm_customer", "crm_contact", "crm_activity", "crm_customer_facts");
    assertThat(digest.tables().get("crm_customer")).startsWith("1500 rows");
    assertThat(digest.tables().get("crm_contact")).startsWith("3000 rows");
    assertThat(digest.tables().get("crm_activity")).startsWith("7500 rows");
  }

  @ParameterizedTest
  @MethodSource("io.crmkit.benchmarks.Databases#enabled")
  void checks_failOnOtherRowsOrMissingRows(BenchDatabase database) {
    ImportData data = ImportData.generate(50, 7);
    try (BenchDatabase.Schema one = database.open("one");
        BenchDatabase.Schema other = database.open("other")) {
      JdbcImport.run(one, data);
      JdbcImport.run(other, ImportData.generate(50, 8));

      assertThatThrownBy(
              () -> TableDigest.of(one, TABLES).requireSame(TableDigest.of(other, TABLES), "x"))
          .hasMessageContaining("crm_customer:")
          .hasMessageContaining("crm_activity:");
      assertThatThrownBy(() -> ImportChecks.requireCounts(one, ImportData.generate(60, 7)))
          .hasMessageContaining("crm_customer: 50 rows, expected 60");
    }
  }

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
              // what CustomerService.register stores beside a customer with an owner
              data.customers().stream()
                  .filter(c -> c.owner() != null)
                  .forEach(
                      c ->
                          uow.ownerships()
                              .save(
                                  Ownership.registered(
                                      c.tenant(), c.id(), c.owner(), c.createdAt())));
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
