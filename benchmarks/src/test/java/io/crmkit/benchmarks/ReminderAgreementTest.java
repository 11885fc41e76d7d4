package io.crmkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.reminder.Reminder;
import io.crmkit.core.reminder.ReminderSnapshot;
import io.crmkit.core.shared.UserRef;
import io.crmkit.jpa.JpaCrmStore;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * B4 on small data: the load, the library and the hand-written SQL agree, and plans use the index.
 */
class ReminderAgreementTest {
  private static final List<List<String>> REMINDERS =
      List.of(List.of("crm_reminder", "tenant_id", "id"));

  @ParameterizedTest
  @MethodSource("io.crmkit.benchmarks.Databases#enabled")
  void load_writesTheRowsTheLibrarySaves(BenchDatabase database) {
    ReminderData data = new ReminderData(400, 5, 100);
    try (BenchDatabase.Schema saved = database.open("b4save");
        BenchDatabase.Schema loaded = database.open("b4load")) {
      EntityManagerFactory factory = BenchJpa.hibernate(saved);
      try {
        JpaCrmStore store = JpaCrmStore.create(factory);
        store.inTransaction(
            uow -> {
              for (long i = 0; i < data.count(); i++) {
                uow.reminders().save(Reminder.restore(data.snapshot(i).withVersion(0)));
              }
              return null;
            });
      } finally {
        factory.close();
      }
      assertThat(ReminderLoad.ensureLoaded(loaded, data)).isTrue();
      assertThat(ReminderLoad.ensureLoaded(loaded, data)).as("a loaded table is reused").isFalse();

      TableDigest.of(loaded, REMINDERS)
          .requireSame(TableDigest.of(saved, REMINDERS), "saved and loaded reminders");
    }
  }

  @Test
  void load_onH2_dropsTheSecondaryIndexesAndMakesThemAgain() throws Exception {
    try (BenchDatabase.Schema schema = BenchDatabase.H2.open("b4index");
        Connection c = schema.connect();
        Statement s = c.createStatement()) {
      List<String> migrated = ReminderLoad.h2SecondaryIndexes(s);
      assertThat(migrated)
          .containsExactly(
              "CRM_REMINDER_BY_CUSTOMER_DUE on crm_reminder (TENANT_ID, CUSTOMER_ID, DUE_AT_US, ID)",
              "CRM_REMINDER_BY_DUE on crm_reminder (TENANT_ID, DUE_AT_US, ID)",
              "CRM_REMINDER_BY_OWNER_DUE on crm_reminder (TENANT_ID, OWNER_REF, DUE_AT_US, ID)");

      assertThat(ReminderLoad.ensureLoaded(schema, new ReminderData(400, 5, 100))).isTrue();

      assertThat(ReminderLoad.h2SecondaryIndexes(s)).isEqualTo(migrated);
    }
  }

  @ParameterizedTest
  @MethodSource("io.crmkit.benchmarks.Databases#enabled")
  void ensureLoaded_otherDataOfTheSameCount_loadsAgain(BenchDatabase database) {
    ReminderData first = new ReminderData(400, 5, 100);
    ReminderData second = new ReminderData(400, 5, 30);
    try (BenchDatabase.Schema schema = database.open("b4keep");
        BenchDatabase.Schema expected = database.open("b4fresh")) {
      assertThat(ReminderLoad.ensureLoaded(schema, first)).isTrue();
      assertThat(ReminderLoad.ensureLoaded(schema, second))
          .as("a marker of other data is not reused")
          .isTrue();
      assertThat(ReminderLoad.ensureLoaded(schema, second)).isFalse();
      ReminderLoad.ensureLoaded(expected, second);
      TableDigest.of(schema, REMINDERS)
          .requireSame(TableDigest.of(expected, REMINDERS), "reloaded and fresh reminders");
    }
  }

  @ParameterizedTest
  @MethodSource("io.crmkit.benchmarks.Databases#enabled")
  void libraryAndSql_agreeOnEveryMeasuredQuery_andThePlansUseTheIndex(BenchDatabase database)
      throws Exception {
    ReminderData data = new ReminderData(60_000, 40, 6_000);
    int depth = 3_000;
    int pageSize = 50;
    try (BenchDatabase.Schema library = database.open("b4lib");
        BenchDatabase.Schema sqlSchema = database.open("b4sql");
        Connection sql = sqlSchema.connect()) {
      ReminderLoad.ensureLoaded(library, data);
      ReminderLoad.ensureLoaded(sqlSchema, data);
      LibrarySql librarySql = new LibrarySql();
      try (BenchJpa.Pooled pooled = BenchJpa.pooled(library, librarySql)) {
        JpaCrmStore store = JpaCrmStore.create(pooled.factory());
        ReminderChecks.requireLoadedAsGenerated(store, data);
        List<UserRef> owners =
            List.of(data.owner(6_000), data.owner(6_001), ReminderData.HOT_OWNER);
        for (UserRef owner : owners) {
          assertThat(ReminderSql.atOffset(sql, ReminderData.TENANT, owner, 0, 1000))
              .as("the generated rows of %s", owner)
              .isEqualTo(expectedLive(data, owner, 1000));
        }

        ReminderChecks.DeepPositions deep = ReminderChecks.walkTo(store, depth, pageSize, 4);
        assertThat(deep.offsets()).containsExactly(3_000L, 3_050L, 3_100L, 3_150L);
        ReminderChecks.requireAgreement(store, sql, deep, pageSize, owners, 100);
        List<ReminderSnapshot> expected = expectedLive(data, ReminderData.HOT_OWNER, 3_050);
        assertThat(ReminderChecks.libraryPageAfter(store, deep.cursors().get(0), pageSize))
            .isEqualTo(expected.subList(3_000, 3_050));

        List<QueryPlans.Plan> plans =
            ReminderPlans.check(
                library, sqlSchema, store, librarySql, deep, pageSize, owners.get(0));
        assertThat(plans).hasSize(5).allSatisfy(p -> assertThat(p.file()).exists());
        assertThatThrownBy(() -> ReminderChecks.walkTo(store, 5_900, pageSize, 4))
            .hasMessageContaining("backlog ends");
      }
    }
  }

  private static List<ReminderSnapshot> expectedLive(ReminderData data, UserRef owner, int limit) {
    return LongStream.range(0, data.count())
        .mapToObj(data::snapshot)
        .filter(r -> r.owner().equals(owner) && r.status().isLive())
        .sorted(Comparator.comparing(ReminderSnapshot::dueAt).thenComparing(r -> r.id().toString()))
        .limit(limit)
        .toList();
  }
}
