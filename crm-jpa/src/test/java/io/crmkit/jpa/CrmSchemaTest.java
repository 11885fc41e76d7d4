package io.crmkit.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CrmSchemaTest {

  @Test
  void location_ofEachSupportedProduct_holdsItsMigrations() {
    for (String product : new String[] {"H2", "PostgreSQL", "MariaDB"}) {
      String location = CrmSchema.location(product);
      String folder = location.substring("classpath:".length());
      assertThat(getClass().getClassLoader().getResource(folder + "/V1__customers.sql"))
          .as(product)
          .isNotNull();
    }
  }

  @Test
  void location_ofAnotherDatabase_isRefused() {
    assertThatThrownBy(() -> CrmSchema.location("Oracle"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Oracle");
  }
}
