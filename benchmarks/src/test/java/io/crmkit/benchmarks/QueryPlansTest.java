package io.crmkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QueryPlansTest {
  private static QueryPlans.Plan plan(BenchDatabase database, String... lines) {
    return new QueryPlans.Plan(database, "p", "select", List.of(lines), Path.of("p.txt"));
  }

  @Test
  void postgresql_indexScanInOrder_seqScanSorted() {
    QueryPlans.Plan index =
        plan(
            BenchDatabase.POSTGRESQL,
            "Limit  (cost=0.41..67.92 rows=51 width=1483)",
            "  ->  Index Scan using crm_reminder_by_owner_due on crm_reminder  (cost=0.41..3113.36)");
    QueryPlans.Plan scan =
        plan(
            BenchDatabase.POSTGRESQL,
            "Limit  (cost=9.1..9.2 rows=51 width=1483)",
            "  ->  Sort  (cost=9.1..9.2 rows=5408 width=1483)",
            "        ->  Seq Scan on crm_reminder  (cost=0.00..3113.36 rows=5408 width=1483)");
    QueryPlans.Plan bitmap =
        plan(BenchDatabase.POSTGRESQL, "  ->  Bitmap Index Scan on crm_reminder_by_due  (cost=1)");

    assertThat(index.index()).contains("crm_reminder_by_owner_due");
    assertThat(index.readsInIndexOrder()).isTrue();
    assertThat(scan.index()).isEmpty();
    assertThat(scan.readsInIndexOrder()).isFalse();
    assertThat(bitmap.index()).contains("crm_reminder_by_due");
  }

  @Test
  void mariadb_keyColumnCounts_notPossibleKeys() {
    QueryPlans.Plan other =
        plan(
            BenchDatabase.MARIADB,
            "id=1 | select_type=SIMPLE | table=crm_reminder | type=ref |"
                + " possible_keys=PRIMARY,crm_reminder_by_owner_due,crm_reminder_by_due |"
                + " key=crm_reminder_by_due | key_len=258 | ref=const | rows=29547 | Extra=Using where");
    QueryPlans.Plan none =
        plan(
            BenchDatabase.MARIADB,
            "id=1 | select_type=SIMPLE | table=crm_reminder | type=ALL |"
                + " possible_keys=crm_reminder_by_owner_due | key=null | key_len=null | ref=null |"
                + " rows=5000000 | Extra=Using where; Using filesort");

    assertThat(other.index()).contains("crm_reminder_by_due");
    assertThat(other.readsInIndexOrder()).isTrue();
    assertThat(none.index()).isEmpty();
    assertThat(none.readsInIndexOrder()).isFalse();
    assertThat(none.summary()).isEqualTo("index none (full scan), rows sorted after reading");
  }

  @Test
  void h2_indexComment_tableScan_indexSorted() {
    QueryPlans.Plan index =
        plan(
            BenchDatabase.H2,
            "FROM \"PUBLIC\".\"CRM_REMINDER\"",
            "    /* PUBLIC.CRM_REMINDER_BY_OWNER_DUE: DUE_AT_US >= ?3",
            "ORDER BY 23, 1",
            "/* index sorted */");
    QueryPlans.Plan scan =
        plan(
            BenchDatabase.H2,
            "FROM \"PUBLIC\".\"CRM_REMINDER\"",
            "    /* PUBLIC.CRM_REMINDER.tableScan */");

    assertThat(index.index()).isEqualTo(Optional.of("crm_reminder_by_owner_due"));
    assertThat(index.readsInIndexOrder()).isTrue();
    assertThat(scan.index()).isEmpty();
    assertThat(scan.readsInIndexOrder()).isFalse();
  }
}
