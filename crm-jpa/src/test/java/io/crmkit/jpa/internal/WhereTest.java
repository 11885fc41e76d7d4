package io.crmkit.jpa.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WhereTest {

  @Test
  void prefixPattern_likeWildcardsAndTheEscape_areMatchedLiterally() {
    assertThat(Where.prefixPattern("100%_a!b")).isEqualTo("100!%!_a!!b%");
    assertThat(Where.prefixPattern("华东")).isEqualTo("华东%");
  }

  @Test
  void jpql_criteriaSetOnly_andEveryValueBoundAsAParameter() {
    Where where =
        new Where()
            .and("r.tenant = :tenant", "tenant", "t1")
            .andIf(null, "r.industry = :industry", "industry")
            .andIf("north", "r.region = :region", "region")
            .and("r.deletedAt is null")
            .andWhen(false, "r.announcedAt is null")
            .andWhen(true, "r.superseded = false");

    assertThat(where.jpql())
        .isEqualTo(
            " where r.tenant = :tenant and r.region = :region and r.deletedAt is null"
                + " and r.superseded = false");
  }

  @Test
  void andIn_oneParameterPerValue() {
    Where where = new Where().andIn("r.status", "status", java.util.List.of("OPEN", "SNOOZED"));

    assertThat(where.jpql()).isEqualTo(" where r.status in (:status0, :status1)");
  }
}
