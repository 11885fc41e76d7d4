package io.crmkit.jpa.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.shared.Address;
import io.crmkit.core.shared.AttributeKey;
import io.crmkit.core.shared.CustomAttributes;
import io.crmkit.core.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValueTextsTest {

  @Test
  void attributes_ofEverySupportedType_readBackEqualWithTheirTypes() {
    CustomAttributes attributes =
        CustomAttributes.empty()
            .with(AttributeKey.of("erp.note", String.class), "备注 | 100% 😀")
            .with(AttributeKey.of("erp.count", Long.class), -42L)
            .with(AttributeKey.of("erp.rank", Integer.class), 7)
            .with(AttributeKey.of("erp.vip", Boolean.class), true)
            .with(AttributeKey.of("erp.rate", BigDecimal.class), new BigDecimal("1.50"))
            .with(AttributeKey.of("erp.since", LocalDate.class), LocalDate.of(2019, 2, 28))
            .with(
                AttributeKey.of("erp.seen", Instant.class),
                Instant.parse("1969-12-31T23:59:59.999999Z"))
            .with(AttributeKey.of("erp.limit", Money.class), Money.of("128000.00", "CNY"));

    CustomAttributes read = ValueTexts.attributes(ValueTexts.attributes(attributes));

    assertThat(read).isEqualTo(attributes);
    assertThat(read.get(AttributeKey.of("erp.rate", BigDecimal.class)))
        .contains(new BigDecimal("1.50"));
  }

  @Test
  void addresses_withAbsentParts_readBackEqualInOrder() {
    List<Address> addresses =
        List.of(
            Address.of("CN", "上海市", "上海", "浦东新区", "世纪大道 100 号|A座").withPostalCode("200120"),
            new Address("DE", null, "Berlin", null, "Unter den Linden 1", null));

    assertThat(ValueTexts.addresses(ValueTexts.addresses(addresses))).isEqualTo(addresses);
  }
}
