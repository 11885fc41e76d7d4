package io.crmkit.examples.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.contact.ContactId;
import io.crmkit.core.customer.CustomerId;
import io.crmkit.core.segment.Segment;
import io.crmkit.core.segment.SegmentKey;
import io.crmkit.core.segment.SegmentKind;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.TenantId;
import io.crmkit.tck.Fixtures;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The store's codec: one readable line per record, read back equal, refusing what it did not write.
 */
class RecordTextTest {
  private static final Instant AT = Instant.parse("2024-03-15T08:30:00.123456Z");
  private final Fixtures fixtures = Fixtures.create();
  private final TenantId tenant = TenantId.of("acme");

  /** A record of the test's own: the codec writes any record, with any text in its strings. */
  record Note(String text, @Nullable Instant at) {}

  @Test
  void encode_segment_writesItsComponentsByName() {
    Segment segment =
        new Segment(
            tenant,
            SegmentKey.of("重点/客户"),
            3,
            "Key \"accounts\"",
            SegmentKind.DYNAMIC,
            "vip",
            AT,
            true);

    String text = RecordText.encode(segment);

    assertThat(text)
        .isEqualTo(
            "{tenant=acme,key=\"重点/客户\",version=3,name=\"Key \\\"accounts\\\"\",kind=DYNAMIC,"
                + "ruleRef=vip,computedAsOf=\"2024-03-15T08:30:00.123456Z\",marketingList=true}");
    assertThat(RecordText.decode(text, Segment.class)).isEqualTo(segment);
  }

  @Test
  void encodeThenDecode_richSnapshots_readBackEqualOnOneLine() {
    var customer =
        fixtures
            .fullCustomer(
                tenant, CustomerId.of(UUID.randomUUID()), CustomerId.of(UUID.randomUUID()), AT)
            .snapshot();
    var contact =
        fixtures.fullContact(tenant, ContactId.of(UUID.randomUUID()), customer.id(), AT).snapshot();

    for (Record value : new Record[] {customer, contact, Money.of("0.10", "USD")}) {
      String text = RecordText.encode(value);
      assertThat(text).doesNotContain("\n", "\r", "\u2028");
      assertThat(RecordText.decode(text, value.getClass())).isEqualTo(value);
    }
  }

  @Test
  void decode_stringsWithEscapesAndUnpairedSurrogates_readBackEqual() {
    Note note =
        new Note(
            "a\\b\"c\td\u0000e\u2028f\ud800g\r\n" + Fixtures.EMOJI + Fixtures.FOUR_BYTE_HAN, null);

    String text = RecordText.encode(note);

    assertThat(text).contains("\\u0000", "\\u2028", "\\ud800", Fixtures.EMOJI).doesNotContain("\n");
    assertThat(RecordText.decode(text, Note.class)).isEqualTo(note);
  }

  @Test
  void decode_componentMissingFromOlderText_readsAsAbsent() {
    Segment decoded =
        RecordText.decode("{tenant=acme,key=s,version=2,name=x,kind=STATIC}", Segment.class);

    assertThat(decoded)
        .isEqualTo(
            new Segment(tenant, SegmentKey.of("s"), 2, "x", SegmentKind.STATIC, null, null, false));
  }

  @Test
  void decode_textItDidNotWrite_isRefusedWithWhereItFailed() {
    assertThatThrownBy(() -> RecordText.decode("{tenant=acme,colour=red}", Segment.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a component of Segment instead of 'colour'");
    assertThatThrownBy(() -> RecordText.decode("{amount=1,currency=CNY} tail", Money.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the end of the value");
    assertThatThrownBy(() -> RecordText.decode("{amount=1,currency=XYZ}", Money.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'XYZ' is not a Currency");
  }
}
