package io.crmkit.jpa.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatabaseTest {

  @Test
  void named_theDriversProductNames_areTheirDatabases() {
    assertThat(Database.named("H2")).isEqualTo(Database.H2);
    assertThat(Database.named("PostgreSQL")).isEqualTo(Database.POSTGRESQL);
    assertThat(Database.named("MariaDB")).isEqualTo(Database.MARIADB);
    assertThat(Database.named("MySQL")).isEqualTo(Database.MARIADB);
    assertThat(Database.named("Oracle")).isEqualTo(Database.OTHER);
    assertThat(Database.named(null)).isEqualTo(Database.OTHER);
  }

  @Test
  void ordersByEqualityColumns_everywhereButMariaDb() {
    assertThat(Database.H2.ordersByEqualityColumns()).isTrue();
    assertThat(Database.POSTGRESQL.ordersByEqualityColumns()).isTrue();
    assertThat(Database.OTHER.ordersByEqualityColumns()).isTrue();
    assertThat(Database.MARIADB.ordersByEqualityColumns()).isFalse();
  }
}
